// HTML character references (`&#97;`, `&#x61;`, `&shy;`) as CommonMark reads them: markdown hands the
// decoded character over, so mapping it back to the source, and folding text that still holds one,
// both need to read the reference the same way.
import { decodeNamedCharacterReference } from 'decode-named-character-reference'

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y

/** The character reference starting at `index`, decoded, and the index just after its `;`; null when there is none. */
export function characterReferenceAt(text: string, index: number): { value: string; end: number } | null {
  if (text.charCodeAt(index) !== 0x26) return null
  REFERENCE.lastIndex = index
  const match = REFERENCE.exec(text)
  if (!match) return null
  const end = index + match[0].length
  if (match[3] !== undefined) {
    const value = decodeNamedCharacterReference(match[3])
    return value === false ? null : { value, end }
  }
  const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2] as string, 16)
  // NUL, surrogates and values past Unicode are not characters (CommonMark reads them as U+FFFD).
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
  return { value: String.fromCodePoint(code), end }
}
