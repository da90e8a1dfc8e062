// A parsed document as it is kept: a run holds every document of the site between the site-context
// stage and its check, so what one document costs in memory is multiplied by the size of the site.
// Measured on generated 8 KB pages (bench/results.md), a document held ~155 KB, of which
//  - ~64 KB was `Sentence.offsets` as `number[]` (8 bytes per character of prose): here one Int32Array per
//    document, each sentence's offsets a view on it (4 bytes per character, one view object per sentence);
//  - ~30 KB was the body as the markdown parser saw it (the source with frontmatter and templates masked):
//    link urls and texts and table row labels are slices of it, and a slice keeps its whole parent alive.
//    Those strings are copied here so the parent can go.
// Nothing a reader of the document sees changes: the same characters and the same offsets.
import type { ContentDocument, Link, Sentence } from '../types.js'

export function compactDocument(doc: ContentDocument): void {
  packOffsets(doc.sentences)
  for (const sentence of doc.sentences) {
    ownLinks(sentence.links)
    const table = sentence.table
    if (table?.rowLabel !== undefined) table.rowLabel = own(table.rowLabel)
    if (table?.header !== undefined) table.header = own(table.header)
  }
  for (const footnote of Object.values(doc.footnotes)) {
    footnote.text = own(footnote.text)
    ownLinks(footnote.links)
  }
}

function packOffsets(sentences: Sentence[]): void {
  let total = 0
  for (const s of sentences) total += s.offsets.length
  const packed = new Int32Array(total)
  let at = 0
  for (const s of sentences) {
    const length = s.offsets.length
    for (let i = 0; i < length; i++) packed[at + i] = s.offsets[i] as number
    s.offsets = packed.subarray(at, at + length)
    at += length
  }
}

function ownLinks(links: Link[]): void {
  for (const link of links) {
    link.url = own(link.url)
    link.text = own(link.text)
  }
}

/**
 * The same characters in a string of their own. V8 keeps `s.slice(…)` as a view on `s` (for 13 or more
 * characters); prefixing makes a rope, and slicing a rope first flattens it into a new string, so the
 * result holds on to a copy one character longer instead of the whole source it was cut from.
 */
function own(text: string): string {
  return ` ${text}`.slice(1)
}

/**
 * A copy whose strings are strings of their own (see `own`): for values that outlive the document they
 * were read from — a packed page's frontmatter, a file's findings — so they do not keep its text alive.
 * Arrays and plain objects are copied; anything else is kept as it is.
 */
export function ownValue(value: unknown): unknown {
  if (typeof value === 'string') return own(value)
  if (Array.isArray(value)) return value.map(ownValue)
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    // (defined, not assigned: a `__proto__` key is data here)
    for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: ownValue(v), enumerable: true, writable: true, configurable: true })
    return out
  }
  return value
}
