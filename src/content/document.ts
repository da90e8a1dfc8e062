// path + text → ContentDocument: the one value every check reads. Bad input becomes located problems;
// this function does not throw.
import type { ContentDocument, Finding } from '../types.js'
import { readBody } from './body.js'
import { readFrontmatter } from './frontmatter.js'
import { frontmatterBlocks } from './frontmatter-prose.js'
import { boundSourceNesting, limitDepth, nestingProblem } from './depth.js'
import { computeLineStarts } from './lines.js'
import { mergeBodies, parseBody } from './mdx-recovery.js'
import { makeProblem, type ProblemSpec } from './problems.js'
import { PROSE_FIELDS } from './prose-fields.js'
import { blockToSentences } from './sentences.js'
import { compactDocument } from './compact.js'
import { readSuppressions } from './suppressions.js'
import { readTemplates } from './templates.js'
import { brokenTables } from './table-shape.js'
import { SHORTCODE_ATTRIBUTES } from './visible-attributes.js'
import type { Block } from './block.js'

export interface ParseDocumentOptions {
  /** Frontmatter key paths read as prose (dotted; `*` or `[]` for any key or list index: `faq[].answer`); defaults to PROSE_FIELDS. */
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
    read(doc, options, problem)
  } catch (error) {
    // A parser bug must not take the whole run down: say so on the file and move on.
    doc.problems.push(
      problem({ ruleId: 'input/unreadable', category: 'input', severity: 'error', start: 0, end: 0, message: `copydesk could not read this file: \`${String((error as Error)?.message ?? error)}\`. Expected markdown it can parse.` }),
    )
  }
  return doc
}

function read(doc: ContentDocument, options: ParseDocumentOptions, problem: (spec: ProblemSpec) => Finding): void {
  const { source, lineStarts } = doc
  // Hugo reads a leading `{…}` as JSON frontmatter; in MDX it is an expression.
  const front = readFrontmatter(source, lineStarts, { json: doc.format !== 'mdx' })
  doc.frontmatter = front.frontmatter
  doc.fieldLines = front.fieldLines
  doc.problems.push(...front.problems)
  const blocks: Block[] = front.tree ? frontmatterBlocks(front.tree, source, options.proseFields ?? PROSE_FIELDS) : []

  // Blanking the frontmatter (newlines kept) keeps every body offset absolute without asking the
  // markdown parser to agree with the frontmatter reader on where frontmatter ends. Template syntax (Hugo
  // shortcodes, Vue interpolations) is masked the same way; visible parameters come back as blocks.
  // Nesting past what a reader follows is blanked before the parse and cut after it (depth.ts).
  const templates = readTemplates(mask(source, front.bodyStart), doc.format, options.shortcodeAttributes ?? SHORTCODE_ATTRIBUTES)
  const nesting = boundSourceNesting(templates.text)
  const body = nesting.text
  const parsed = parseBody(body, doc.format === 'mdx', lineStarts)
  doc.problems.push(...parsed.problems.map(problem))
  const tooDeep = nestingProblem([nesting.cut, ...parsed.trees.map((tree) => limitDepth(tree))])
  if (tooDeep) doc.problems.push(problem(tooDeep))
  // (on the trees limitDepth bounded: what sits deeper is not read, and the too-deep warning says so)
  doc.problems.push(...parsed.trees.flatMap((tree) => brokenTables(tree, body)).map(problem))
  const bodyOptions = options.textAttributes ? { textAttributes: options.textAttributes } : {}
  const content = mergeBodies(parsed.trees.map((tree) => readBody(tree, body, lineStarts, bodyOptions)))
  blocks.push(...content.blocks, ...templates.blocks)
  doc.footnotes = content.footnotes
  doc.sentences = blocks.flatMap((block, index) => blockToSentences(block, index))
  const suppressions = readSuppressions(content.comments, source, lineStarts)
  doc.suppressions = suppressions.suppressions
  doc.problems.push(...suppressions.problems)
  compactDocument(doc)
}

/** Replaces everything before `end` with spaces, keeping line breaks so lines and offsets do not move. */
function mask(source: string, end: number): string {
  if (end <= 0) return source
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end)
}
