// Parsers hand back a node's *value* (escapes resolved, continuation indentation dropped, YAML folded);
// findings need the *source* offset of every character of it. This walks both in step.
import { characterReferenceAt } from './character-reference.js'
import { isWhitespaceCode } from './whitespace.js'

/** How far ahead an escaped character may sit (`&CounterClockwiseContourIntegral;`, `\U0001F600`). */
const SEARCH_WINDOW = 40

/**
 * offsets[i] is the source offset of value[i], always inside [start, end) (or `start` when the range is
 * empty) and never decreasing. A character the source spells differently (an escape, an entity) maps to
 * the nearest position the walk can justify rather than failing.
 */
export function alignValue(value: string, source: string, start: number, end: number): number[] {
  const offsets = new Array<number>(value.length)
  if (end - start === value.length && source.startsWith(value, start)) {
    // The value is the source range as it stands (most text nodes): the walk below would find each
    // character where it stands (an `&` it meets is spelled the same in the value, so it is no reference).
    for (let i = 0; i < value.length; i++) offsets[i] = start + i
    return offsets
  }
  const last = Math.max(start, end - 1)
  let at = start
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const space = isWhitespaceCode(code)
    // `guar&#97;nteed`, `&nbsp;`: the value holds the character where the source spells a reference;
    // every character it decodes to sits at its `&`, and the walk goes on after its `;`.
    const reference = referenceAhead(source, at, end, !space)
    // A value that still spells the reference (raw HTML keeps `&amp;`) walks it character by character.
    if (reference && value.startsWith(reference.value, i) && !value.startsWith(source.slice(reference.start, reference.end), i)) {
      for (let k = 0; k < reference.value.length; k++) offsets[i + k] = reference.start
      i += reference.value.length - 1
      at = reference.end
      continue
    }
    if (space) {
      offsets[i] = Math.min(at, last)
      if (at < end && isWhitespaceCode(source.charCodeAt(at))) at++
      continue
    }
    const found = findAhead(source, code, at, end)
    if (found === -1) {
      offsets[i] = Math.min(at, last)
      continue
    }
    offsets[i] = found
    at = found + 1
  }
  return offsets
}

function findAhead(source: string, code: number, from: number, end: number): number {
  let at = from
  // Whitespace the value folded away (indentation, line breaks) does not count against the window.
  while (at < end && isWhitespaceCode(source.charCodeAt(at))) at++
  const limit = Math.min(end, at + SEARCH_WINDOW)
  for (let i = at; i < limit; i++) if (source.charCodeAt(i) === code) return i
  return -1
}

/** The character reference that starts at `from` (or, skipping whitespace, at the next character after it), inside [from, end). */
function referenceAhead(source: string, from: number, end: number, skipWhitespace: boolean): { value: string; start: number; end: number } | null {
  let at = from
  while (skipWhitespace && at < end && isWhitespaceCode(source.charCodeAt(at))) at++
  if (source.charCodeAt(at) !== 0x26) return null
  const reference = characterReferenceAt(source, at)
  return reference && reference.end <= end && reference.value.length > 0 ? { ...reference, start: at } : null
}
