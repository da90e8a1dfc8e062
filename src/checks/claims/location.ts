// Locations for findings about frontmatter fields: the whole key line, so an editor underlines
// `valid-until: 2025-01-01` rather than a single column.
import type { ContentDocument, Location } from '../../types.js'
import { locate } from '../../content/index.js'

/** The line a key path is written on, else its nearest written parent, else line 1. */
export function fieldLine(doc: ContentDocument, path: string): number {
  for (let key = path; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
    const line = doc.fieldLines[key]
    if (line !== undefined) return line
  }
  return 1
}

/** The written text of a line, leading indentation and a trailing line break left out. */
export function lineLocation(doc: ContentDocument, line: number): Location & { text: string } {
  const start = doc.lineStarts[line - 1] ?? 0
  const next = doc.lineStarts[line] ?? doc.source.length
  const raw = doc.source.slice(start, next).replace(/\r?\n$|\r$/, '')
  const indent = raw.length - raw.trimStart().length
  const text = raw.trim()
  const from = start + indent
  return { ...locate(doc, from, from + text.length), text }
}
