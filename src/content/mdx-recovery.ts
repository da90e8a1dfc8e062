// One MDX syntax error (a `<5 minutes`, an HTML comment, an unclosed `{`) makes the MDX parser reject the
// whole file. Reading the whole file as plain markdown instead would silently drop every JSX prop and
// `{"…"}` string in it, so the failing top-level block is set aside and the rest is parsed as MDX again;
// the blocks set aside are read as plain markdown. The attempts are bounded: past them the whole file is
// read as markdown, as before. Offsets never move: set-aside text is blanked, line breaks kept.
import type { Root } from 'mdast'
import type { BodyContent } from './body.js'
import { positionAt } from './lines.js'
import { parseMarkdown, type SyntaxFailure } from './markdown.js'
import type { ProblemSpec } from './problems.js'

/** Each attempt is one more MDX parse of the file; past this many, the file is read as markdown. */
export const MAX_RECOVERY_ATTEMPTS = 12

export interface BodyTrees {
  /** The MDX tree of the readable part, then the markdown tree of the blocks set aside (if any). */
  trees: Root[]
  problems: ProblemSpec[]
}

interface Span {
  start: number
  end: number
}

interface Cause {
  failure: SyntaxFailure
  at: number
  attempt: number
}

/** Parses the body as MDX (`mdx`) or markdown; an MDX error costs the blocks it is in, not the file. */
export function parseBody(body: string, mdx: boolean, lineStarts: readonly number[]): BodyTrees {
  const first = parseMarkdown(body, mdx)
  if (first.tree) return { trees: [first.tree], problems: [] }
  if (!mdx) throw new Error(first.failure.message)
  const markdown = parseMarkdown(body, false)
  if (!markdown.tree) throw new Error(markdown.failure.message)
  return recover(body, lineStarts, markdown.tree, first.failure) ?? wholeFileAsMarkdown(body, lineStarts, markdown.tree, first.failure)
}

function recover(body: string, lineStarts: readonly number[], markdown: Root, failure: SyntaxFailure): BodyTrees | null {
  const blocks = topLevelBlocks(markdown, body, lineStarts)
  const causes = new Map<number, Cause>()
  let current = failure
  for (let attempt = 0; attempt < MAX_RECOVERY_ATTEMPTS; attempt++) {
    const at = failureOffset(current, body, lineStarts)
    const index = culprit(blocks, causes, at)
    if (index === -1) return null
    causes.set(index, { failure: current, at, attempt })
    const parsed = parseAside(body, blocks, causes)
    if (parsed.failure === null) {
      const tree = restoreBystanders(body, blocks, causes) ?? parsed.tree
      const rest = parseMarkdown(blank(body, blocks.filter((_, i) => !causes.has(i))), false)
      if (!rest.tree) return null
      return { trees: [tree, rest.tree], problems: regionProblems(regions(blocks, causes), body, lineStarts) }
    }
    current = parsed.failure
  }
  return null
}

/** MDX parse of the body with the blocks in `aside` blanked. */
function parseAside(body: string, blocks: readonly Span[], aside: ReadonlyMap<number, Cause>): ReturnType<typeof parseMarkdown> {
  return parseMarkdown(blank(body, blocks.filter((_, i) => aside.has(i))), true)
}

/**
 * An error reported at the end of the file (an unclosed `{`) sets aside every block on the way back to
 * its cause. Those bystanders go back to MDX one by one when the file still parses without them; the
 * blocks an error pointed into stay aside. Returns the tree of the last successful parse, or null when
 * no block came back. Costs one parse per bystander, at most MAX_RECOVERY_ATTEMPTS.
 */
function restoreBystanders(body: string, blocks: readonly Span[], causes: Map<number, Cause>): Root | null {
  let tree: Root | null = null
  const bystanders = [...causes.entries()].filter(([index, cause]) => cause.at < (blocks[index] as Span).start || cause.at >= (blocks[index] as Span).end)
  for (const [index, cause] of bystanders) {
    causes.delete(index)
    const parsed = parseAside(body, blocks, causes)
    if (parsed.tree) tree = parsed.tree
    else causes.set(index, cause)
  }
  return tree
}

function wholeFileAsMarkdown(body: string, lineStarts: readonly number[], tree: Root, failure: SyntaxFailure): BodyTrees {
  const start = failureOffset(failure, body, lineStarts)
  return {
    trees: [tree],
    problems: [syntaxProblem(start, `MDX does not parse: ${quote(failure.message)}. Checked as plain markdown instead; expected valid MDX.`)],
  }
}

/**
 * Where to look for the cause. A message that names an opening tag or brace (`Expected a closing tag for
 * \`<Callout>\` (5:15-5:33)`) points at it; otherwise the reported place; the end of the file when neither.
 */
function failureOffset(failure: SyntaxFailure, body: string, lineStarts: readonly number[]): number {
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(failure.message)
  const line = named ? Number(named[1]) : failure.line
  const column = named ? Number(named[2]) : failure.column
  if (line === null) return body.length
  const start = lineStarts[line - 1]
  if (start === undefined) return body.length
  return Math.min(body.length, start + Math.max(0, (column ?? 1) - 1))
}

/** Top-level blocks as whole lines, in order: the units that can be set aside. */
function topLevelBlocks(tree: Root, body: string, lineStarts: readonly number[]): Span[] {
  const spans: Span[] = []
  for (const node of tree.children) {
    const start = node.position?.start.line
    const end = node.position?.end.line
    if (start === undefined || end === undefined || node.type === 'yaml') continue
    const span = { start: lineStarts[start - 1] ?? 0, end: lineStarts[end] ?? body.length }
    const last = spans[spans.length - 1]
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else spans.push(span)
  }
  return spans
}

/** The block holding the error, or (an error at the end, in a blank line or in a set-aside block) the nearest readable block before it. */
function culprit(blocks: readonly Span[], aside: ReadonlyMap<number, Cause>, at: number): number {
  const holding = blocks.findIndex((block) => at >= block.start && at < block.end)
  if (holding !== -1 && !aside.has(holding)) return holding
  for (let i = blocks.length - 1; i >= 0; i--) if (!aside.has(i) && (blocks[i] as Span).start <= at) return i
  return blocks.findIndex((_, i) => !aside.has(i))
}

/** Replaces the text of `spans` with spaces, keeping line breaks, so no offset moves. */
function blank(body: string, spans: readonly Span[]): string {
  let out = ''
  let from = 0
  for (const span of spans) {
    out += body.slice(from, span.start) + body.slice(span.start, span.end).replace(/[^\r\n]/g, ' ')
    from = span.end
  }
  return out + body.slice(from)
}

interface Region extends Span {
  cause: Cause
}

/** Adjacent set-aside blocks are one region, reported once, at the first error that hit it. */
function regions(blocks: readonly Span[], causes: ReadonlyMap<number, Cause>): Region[] {
  const out: Region[] = []
  let previous = -2
  for (const index of [...causes.keys()].sort((a, b) => a - b)) {
    const block = blocks[index] as Span
    const cause = causes.get(index) as Cause
    const last = out[out.length - 1]
    if (last && index === previous + 1) {
      last.end = block.end
      if (cause.attempt < last.cause.attempt) last.cause = cause
    } else {
      out.push({ ...block, cause })
    }
    previous = index
  }
  return out
}

/** One problem per error, naming every region it sent to markdown (an unclosed `{` can cost two). */
function regionProblems(regions: readonly Region[], body: string, lineStarts: readonly number[]): ProblemSpec[] {
  const byCause = new Map<Cause, Region[]>()
  for (const region of regions) {
    const same = [...byCause.keys()].find((cause) => cause.at === region.cause.at && cause.failure.message === region.cause.failure.message) ?? region.cause
    byCause.set(same, [...(byCause.get(same) ?? []), region])
  }
  const lineOf = (offset: number): number => positionAt(lineStarts, body.length, offset).line
  return [...byCause].map(([cause, group]) => {
    const ranges = group.map((region) => [lineOf(region.start), lineOf(Math.max(region.start, region.end - 1))] as const)
    const named = ranges.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`))
    const single = ranges.length === 1 && ranges[0]?.[0] === ranges[0]?.[1]
    const lines = `${single ? 'Line' : 'Lines'} ${named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]} ${single ? 'was' : 'were'}`
    const inside = group.some((region) => cause.at >= region.start && cause.at < region.end)
    return syntaxProblem(
      inside ? cause.at : (group[0] as Region).start,
      `MDX does not parse: ${quote(cause.failure.message)}. ${lines} checked as plain markdown, so JSX props and \`{…}\` strings there were not read; the rest of the file was read as MDX. Expected valid MDX.`,
    )
  })
}

function syntaxProblem(start: number, message: string): ProblemSpec {
  return { ruleId: 'input/mdx-syntax', category: 'input', severity: 'warning', start, end: start + 1, message }
}

const quote = (message: string): string => message.replace(/`/g, "'")

/** The readings of the MDX part and the set-aside part, as one body in document order. */
export function mergeBodies(parts: readonly BodyContent[]): BodyContent {
  if (parts.length === 1) return parts[0] as BodyContent
  const first = (offsets: readonly number[]): number => offsets[0] ?? Number.MAX_SAFE_INTEGER
  const merged: BodyContent = { blocks: [], footnotes: {}, comments: [] }
  for (const part of parts) {
    merged.blocks.push(...part.blocks)
    merged.comments.push(...part.comments)
    for (const [id, footnote] of Object.entries(part.footnotes)) merged.footnotes[id] ??= footnote
  }
  merged.blocks.sort((a, b) => first(a.offsets) - first(b.offsets))
  merged.comments.sort((a, b) => a.start - b.start)
  return merged
}
