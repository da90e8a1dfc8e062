// A table whose header row and delimiter row have different numbers of cells is not a table in GFM: the
// page shows its rows as one paragraph of pipes. Writers paste such tables from generators and never see
// the preview, so the file says so where the table starts. (A warning: the words are still checked as prose.)
import type { Nodes, Root } from 'mdast'
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

/** The problem for one paragraph when its first two lines are a table's header and a mismatched delimiter row. */
function brokenTable(paragraph: Nodes, body: string): ProblemSpec | null {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return null
  const [firstLine, secondLine] = body.slice(start, end).split(/\r?\n/, 2)
  if (firstLine === undefined || secondLine === undefined) return null
  const head = firstLine.replace(CONTAINER_PREFIX, '')
  const delimiter = secondLine.replace(CONTAINER_PREFIX, '')
  if (!head.includes('|') || !DELIMITER.test(delimiter)) return null
  const heads = cellCount(head)
  const columns = cellCount(delimiter)
  if (heads === columns) return null
  return {
    ruleId: 'input/broken-table',
    category: 'input',
    severity: 'warning',
    message: `This table's header row has ${heads} cells but the row of dashes under it has ${columns}, so the page shows it as a paragraph of pipes, not a table. Give both rows the same number of cells.`,
    start,
    end: start + firstLine.length,
  }
}

/**
 * Problems for the paragraphs of `tree` that are tables written with mismatched header and delimiter rows.
 * Iterative, like depth.ts's pass, so a deeply nested tree cannot overflow the stack; in source order.
 */
export function brokenTables(tree: Root, body: string): ProblemSpec[] {
  const out: ProblemSpec[] = []
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'paragraph') {
      const problem = brokenTable(node, body)
      if (problem) out.push(problem)
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
    }
  }
  return out
}
