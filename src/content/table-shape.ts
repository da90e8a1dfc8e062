// A table whose header row and delimiter row have different numbers of cells is not a table in GFM: the
// page shows its rows as one paragraph of pipes. Writers paste such tables from generators and never see
// the preview, so the file says so where the table starts. (A warning: the words are still checked as prose.)
import type { Root } from 'mdast'
import type { ProblemSpec } from './problems.js'

// A delimiter row: cells of dashes with optional colons, at least one pipe (GFM's definition).
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|?\s*$/
// What a blockquote or list item puts before a line of its paragraph ("> ", "  ").
const CONTAINER_PREFIX = /^(?:\s{0,3}>\s?)*/

/** Cells in a table row: pipes split it unless escaped; the outer pipes are the row's edges. */
function cellCount(row: string): number {
  let text = row.trim()
  if (text.startsWith('|')) text = text.slice(1)
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1)
  return text.split(/(?<!\\)\|/).length
}

/** Problems for the paragraphs of `tree` that are tables written with mismatched header and delimiter rows. */
export function brokenTables(tree: Root, body: string): ProblemSpec[] {
  const out: ProblemSpec[] = []
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }): void => {
    if (node.type === 'paragraph') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const [head, delimiter] = body.slice(start, end).split(/\r?\n/, 2).map((line) => line.replace(CONTAINER_PREFIX, ''))
      if (head === undefined || delimiter === undefined || !head.includes('|') || !DELIMITER.test(delimiter)) return
      const heads = cellCount(head)
      const columns = cellCount(delimiter)
      if (heads === columns) return
      out.push({
        ruleId: 'input/broken-table',
        category: 'input',
        severity: 'warning',
        message: `This table's header row has ${heads} cells but the row of dashes under it has ${columns}, so the page shows it as a paragraph of pipes, not a table. Give both rows the same number of cells.`,
        start,
        end: start + (body.slice(start, end).split(/\r?\n/, 1)[0]?.length ?? 0),
      })
      return
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child)
  }
  visit(tree as unknown as Parameters<typeof visit>[0])
  return out
}
