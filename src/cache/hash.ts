// The one digest the caches key and check their entries with (results, site pages, LLM answers).
import { createHash } from 'node:crypto'

/** sha256 of a text or of bytes, as hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
