// Content nested thousands deep (`> > > …`, lists or JSX elements inside each other) breaks the tools
// after it: every recursive walk of the syntax tree (ours, mdast-util-to-string's, a check's) overflows
// the stack, and micromark spends time on every open container of every line (a 6 KB line of `- - - …`
// took seconds, a 1 MB indented list minutes). No page a reader can follow nests anywhere near the
// bound, so nesting is cut there twice: in the source before parsing (container markers and indentation
// at the start of a line) and in the tree after it (everything else, e.g. JSX elements). What was cut
// is reported once, as a located problem; the walks downstream stay the simple recursive ones.
import type { Nodes, Root } from 'mdast'
import type { ProblemSpec } from './problems.js'

/**
 * How deep a node may sit (the root is depth 0). Real pages stay under 20; each level costs a walk a
 * handful of stack frames, so 200 levels stay far below Node's default stack.
 */
export const MAX_NESTING = 200

export interface NestingCut {
  /** Source offsets of the first content that was not read. */
  start: number
  end: number
}

/**
 * The body with every line's container prefix (quote markers, list markers, indentation) cut once it
 * could open more than `max` containers: the rest of that line is blanked (line breaks and offsets stay).
 * The count is an upper bound of micromark's nesting (two columns of indentation per level, the least a
 * nested list item needs), so a line that nests less is never touched.
 */
export function boundSourceNesting(text: string, max = MAX_NESTING): { text: string; cut: NestingCut | null } {
  let cut: NestingCut | null = null
  let pieces: string[] | null = null
  let copied = 0
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = lineStart
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++
    const over = prefixOverflow(text, lineStart, lineEnd, max)
    if (over !== -1) {
      cut ??= { start: over, end: lineEnd }
      pieces ??= []
      pieces.push(text.slice(copied, over), ' '.repeat(lineEnd - over))
      copied = lineEnd
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  if (pieces === null) return { text, cut: null }
  pieces.push(text.slice(copied))
  return { text: pieces.join(''), cut }
}

/** Offset in the line where its container prefix passes `max` levels, or -1. */
function prefixOverflow(text: string, start: number, end: number, max: number): number {
  let levels = 0
  let i = start
  while (i < end) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 9) {
      const runStart = i
      let columns = 0
      while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) columns += text.charCodeAt(i++) === 9 ? 4 : 1
      // A blank line opens nothing (the masked frontmatter is one).
      if (i === end) return -1
      levels += columns >> 1
      if (levels > max) return runStart
      continue
    }
    let next = i
    if (code === 62) next = i + 1 // `>`
    else if (code === 45 || code === 42 || code === 43) next = i + 1 // `-`, `*`, `+`
    else if (code >= 48 && code <= 57) {
      while (next < end && next - i < 9 && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57) next++
      const delimiter = text.charCodeAt(next)
      next = delimiter === 46 || delimiter === 41 ? next + 1 : i // `1.`, `1)`
    }
    // A list marker counts only when a space, a tab or the line end follows it; `>` always counts.
    const after = text.charCodeAt(next)
    if (next === i || (code !== 62 && next < end && after !== 32 && after !== 9)) return -1
    levels++
    if (levels > max) return i
    i = next
  }
  return -1
}

/**
 * Empties the children of every node at depth `max`, so no node sits deeper. Iterative, so the pass
 * itself cannot overflow. Returns where the first cut happened, or null when the tree was shallow enough.
 */
export function limitDepth(tree: Root, max = MAX_NESTING): NestingCut | null {
  let cut: NestingCut | null = null
  const stack: [Nodes, number][] = [[tree, 0]]
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry
    if (!('children' in node) || node.children.length === 0) continue
    if (depth >= max) {
      // Depth-first in source order (children pushed last-first), so the first cut met is the first in the file.
      if (cut === null) {
        const first = node.children[0] as Nodes
        const start = first.position?.start.offset ?? node.position?.start.offset ?? 0
        cut = { start, end: first.position?.end.offset ?? start }
      }
      node.children = []
      continue
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, depth + 1])
  }
  return cut
}

/** The one problem a file gets for nesting too deep: at the first place something was left unread. */
export function nestingProblem(cuts: readonly (NestingCut | null)[], max = MAX_NESTING): ProblemSpec | null {
  const first = cuts.reduce<NestingCut | null>((best, cut) => (cut && (!best || cut.start < best.start) ? cut : best), null)
  if (!first) return null
  return {
    ruleId: 'input/too-deep',
    category: 'input',
    severity: 'warning',
    start: first.start,
    end: Math.min(first.end, first.start + 1),
    message: `Content nests more than ${max} levels deep here (quotes, lists or elements inside each other); what sits deeper was not checked. Expected nesting a reader can follow.`,
  }
}
