// Which head lines a change added or modified: the `filter: added` mode decides the verdict on these only.
// Computed from the two texts (not from the API's patch, which GitHub omits for large diffs).
import { diffLines } from 'diff'

/** 1-based head line numbers that are new or changed relative to base. A null base means every line is new. */
export function changedLines(base: string | null, head: string): Set<number> {
  const lines = new Set<number>()
  if (base === null) {
    const count = head.split('\n').length
    for (let line = 1; line <= count; line++) lines.add(line)
    return lines
  }
  let line = 1
  for (const part of diffLines(normalizeEol(base), normalizeEol(head))) {
    const count = part.count ?? part.value.split('\n').length - (part.value.endsWith('\n') ? 1 : 0)
    if (part.removed) continue
    if (part.added) for (let i = 0; i < count; i++) lines.add(line + i)
    line += count
  }
  return lines
}

function normalizeEol(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}
