// path + text → ContentDocument: the one value every check reads. Bad input becomes located problems;
// this function does not throw.
import type { ContentDocument, Finding } from '../types.js'
import { readBody } from './body.js'
import { readFrontmatter } from './frontmatter.js'
import { frontmatterBlocks } from './frontmatter-prose.js'
import { boundSourceNesting, limitDepth, nestingProblem } from './depth.js'
import { computeLineStarts } from './lines.js'
import { parseMarkdown } from './markdown.js'
import { makeProblem, type ProblemSpec } from './problems.js'
import { PROSE_FIELDS } from './prose-fields.js'
import { blockToSentences } from './sentences.js'
import { readSuppressions } from './suppressions.js'
import type { Block } from './block.js'

export interface ParseDocumentOptions {
  /** Frontmatter key paths read as prose (dotted; `*` stands for any key or list index); defaults to PROSE_FIELDS. */
  proseFields?: readonly string[]
  /** JSX and HTML attribute names whose values a reader sees; defaults to TEXT_ATTRIBUTES. */
  textAttributes?: readonly string[]
  /** Hugo shortcode parameters read as prose; defaults to SHORTCODE_ATTRIBUTES. */
  shortcodeAttributes?: readonly string[]
}

export function parseDocument(path: string, source: string, options: ParseDocumentOptions = {}): ContentDocument {
  const lineStarts = computeLineStarts(source)
  const doc: ContentDocument = {
    path,
    source,
    format: /\.mdx$/i.test(path) ? 'mdx' : 'md',
    frontmatter: {},
    fieldLines: {},
    sentences: [],
    footnotes: {},
    suppressions: [],
    problems: [],
    lineStarts,
  }
  const problem = (spec: ProblemSpec): Finding => makeProblem(source, lineStarts, spec)
  const nul = source.indexOf('\u0000')
  if (nul !== -1) {
    doc.problems.push(
      problem({ ruleId: 'input/binary', category: 'input', severity: 'error', start: nul, end: nul + 1, message: 'Found a NUL byte: the file looks binary, expected UTF-8 text. It was not checked.' }),
    )
    return doc
  }
  try {
    read(doc, options.proseFields ?? PROSE_FIELDS, problem)
  } catch (error) {
    // A parser bug must not take the whole run down: say so on the file and move on.
    doc.problems.push(
      problem({ ruleId: 'input/unreadable', category: 'input', severity: 'error', start: 0, end: 0, message: `copydesk could not read this file: \`${String((error as Error)?.message ?? error)}\`. Expected markdown it can parse.` }),
    )
  }
  return doc
}

function read(doc: ContentDocument, proseFields: readonly string[], problem: (spec: ProblemSpec) => Finding): void {
  const { source, lineStarts } = doc
  const front = readFrontmatter(source, lineStarts)
  doc.frontmatter = front.frontmatter
  doc.fieldLines = front.fieldLines
  doc.problems.push(...front.problems)
  const blocks: Block[] = front.yaml ? frontmatterBlocks(front.yaml, source, front.yamlStart, proseFields) : []

  // Blanking the frontmatter (newlines kept) keeps every body offset absolute without asking the
  // markdown parser to agree with gray-matter on where frontmatter ends.
  const nesting = boundSourceNesting(mask(source, front.bodyStart))
  const body = nesting.text
  let parsed = parseMarkdown(body, doc.format === 'mdx')
  if (parsed.failure && doc.format === 'mdx') {
    const { message, line, column } = parsed.failure
    const start = line === null ? 0 : (lineStarts[line - 1] ?? 0) + Math.max(0, (column ?? 1) - 1)
    doc.problems.push(
      problem({ ruleId: 'input/mdx-syntax', category: 'input', severity: 'warning', start, end: start + 1, message: `MDX does not parse: ${message.replace(/`/g, "'")}. Checked as plain markdown instead; expected valid MDX.` }),
    )
    parsed = parseMarkdown(body, false)
  }
  if (parsed.failure) throw new Error(parsed.failure.message)
  const tooDeep = nestingProblem([nesting.cut, limitDepth(parsed.tree)])
  if (tooDeep) doc.problems.push(problem(tooDeep))
  const content = readBody(parsed.tree, body, lineStarts)
  blocks.push(...content.blocks)
  doc.footnotes = content.footnotes
  doc.sentences = blocks.flatMap((block, index) => blockToSentences(block, index))
  const suppressions = readSuppressions(content.comments, source, lineStarts)
  doc.suppressions = suppressions.suppressions
  doc.problems.push(...suppressions.problems)
}

/** Replaces everything before `end` with spaces, keeping line breaks so lines and offsets do not move. */
function mask(source: string, end: number): string {
  if (end <= 0) return source
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end)
}
