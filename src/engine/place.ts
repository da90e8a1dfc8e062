// Tells a writer where on the page a finding sits when the line alone does not: a frontmatter field, a
// component prop, a table cell, alt text. Stamped once here so every check (and the LLM review) gets it.
import type { ContentDocument, Finding, Sentence } from '../types.js'

/** The reader-facing name of the place a sentence was read from, or null for plain prose. */
export function placeOf(sentence: Sentence): string | null {
  const cell = sentence.table && sentence.table.row > 0 ? `row "${sentence.table.rowLabel ?? sentence.table.row}" · column "${sentence.table.header ?? sentence.table.column + 1}"` : null
  if (sentence.field !== undefined && cell !== null) return `${sentence.field.split('.').slice(0, 2).join('.')} · ${cell}`
  if (sentence.field !== undefined) return sentence.field
  return cell
}

export function stampPlaces(doc: ContentDocument, findings: Finding[]): Finding[] {
  // Each placed sentence's source range and name, worked out once; the first range holding a finding names it.
  const places = doc.sentences.flatMap((s) => {
    const where = placeOf(s)
    return where === null ? [] : [{ start: s.offsets[0] ?? 0, end: s.offsets[s.offsets.length - 1] ?? 0, where }]
  })
  if (places.length === 0) return findings
  return findings.map((finding) => {
    if (finding.where !== undefined) return finding
    const offset = (doc.lineStarts[finding.line - 1] ?? 0) + finding.column - 1
    const place = places.find(({ start, end }) => offset >= start && offset < end)
    return place === undefined ? finding : { ...finding, where: place.where }
  })
}
