// What a content file cites and how it was produced, as plain values for the report.
import type { ContentDocument, Provenance, Source } from '../types.js'
import { toDay } from './dates.js'

export { parseApprovedSources, isApprovedUrl, isApprovedPath } from './approved.js'
export { sourceEntrySchema, type SourceEntry } from './schema.js'
export { toDay } from './dates.js'

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** The frontmatter `sources` entries that have an id, with whatever else they carry. */
export function sourcesOf(doc: ContentDocument): Source[] {
  const list = doc.frontmatter['sources']
  if (!Array.isArray(list)) return []
  const out: Source[] = []
  for (const item of list) {
    const entry = record(item)
    const id = text(entry?.['id'])
    if (entry === null || id === undefined) continue
    const source: Source = { id }
    const url = text(entry['url'])
    const path = text(entry['path'])
    const title = text(entry['title'])
    const retrieved = toDay(entry['retrieved'])
    const validUntil = toDay(entry['valid-until'])
    if (url !== undefined) source.url = url
    if (path !== undefined) source.path = path
    if (title !== undefined) source.title = title
    if (retrieved !== null) source.retrieved = retrieved
    if (validUntil !== null) source.validUntil = validUntil
    out.push(source)
  }
  return out
}

/** The `ai:` block as recorded, or null when the file has none. */
export function provenanceOf(doc: ContentDocument): Provenance | null {
  const ai = record(doc.frontmatter['ai'])
  if (ai === null) return null
  const provenance: Provenance = { aiAssisted: ai['assisted'] !== false }
  const model = text(ai['model'])
  const prompt = text(ai['prompt'])
  const reviewer = text(ai['reviewer'])
  const reviewedAt = toDay(ai['reviewed_at'])
  if (model !== undefined) provenance.model = model
  if (prompt !== undefined) provenance.prompt = prompt
  if (reviewer !== undefined) provenance.reviewer = reviewer
  if (reviewedAt !== null) provenance.reviewedAt = reviewedAt
  return provenance
}
