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
