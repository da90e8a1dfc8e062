// Bytes to text, refusing what is not text: a content check on binary data would be a silent pass.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** UTF-8 text (BOM stripped by the decoder), or null for invalid UTF-8. NUL bytes are left for the parser to report. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes)
  } catch {
    return null
  }
}

/** Where a file stops being UTF-8: the first byte that does not fit, and its place as an editor shows it. */
export interface InvalidUtf8 {
  /** 0-based offset of the byte in the file. */
  byte: number
  /** 1-based line and column (UTF-16 units, as every other position) of that byte. */
  line: number
  column: number
}

export type Decoded = { text: string; invalid: null } | { text: null; invalid: InvalidUtf8 }

/** Decodes like decodeText; when the bytes are not UTF-8, says where the first bad byte is. */
export function decodeContent(bytes: Uint8Array): Decoded {
  const text = decodeText(bytes)
  if (text !== null) return { text, invalid: null }
  const byte = firstInvalidByte(bytes)
  return { text: null, invalid: { byte, ...placeOf(bytes, byte) } }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (WHATWG's decoder, which fails on the same byte). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      else if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      else if (lead === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      // The second byte has the narrower range (overlongs, surrogates, past U+10FFFF); the rest any continuation.
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i
    }
    i += length
  }
  return bytes.length
}

/** Line and column of `byte`: lines end at `\n`, `\r\n` or a lone `\r`, as computeLineStarts counts them. */
function placeOf(bytes: Uint8Array, byte: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < byte; i++) {
    const code = bytes[i]
    if (code === 0x0a || (code === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++
      lineStart = i + 1
    }
  }
  // Everything before the bad byte is valid UTF-8: its decoded length is the column. A BOM is not counted,
  // as the decoder drops it from the text every other position is measured in.
  const bom = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && byte >= 3 ? 3 : 0
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart + bom, byte))
  return { line, column: before.length + 1 }
}
