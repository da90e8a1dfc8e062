// Finds the frontmatter the way the site generators do — YAML between `---` lines (gray-matter, which
// also names `---json` and `---toml`), TOML between `+++` lines and a JSON object opening the file (Hugo)
// — and reads it into values and a position tree whose offsets are into the whole file, so findings
// about fields and prose in them land on the right line and column.
import matter from 'gray-matter'
import { Parser } from 'yaml'
import type { Finding } from '../types.js'
import { fieldLinesOf, type FrontMap, type FrontmatterRead, type ReportProblem } from './frontmatter-tree.js'
import { readTomlText } from './frontmatter-toml.js'
import { readYamlText } from './frontmatter-yaml.js'
import { positionAt } from './lines.js'
import { makeProblem } from './problems.js'

export interface FrontmatterResult {
  frontmatter: Record<string, unknown>
  fieldLines: Record<string, number>
  problems: Finding[]
  /** Every field with its source position, when the frontmatter is a clean mapping; prose fields are read from it. */
  tree: FrontMap | null
  /** Source offset where the body begins; everything before it is frontmatter (or a BOM). */
  bodyStart: number
}

export interface FrontmatterOptions {
  /**
   * Whether a `{` opening the file starts JSON frontmatter, as Hugo reads it. Off for MDX, where a
   * leading `{…}` is an expression.
   */
  json?: boolean
}

type Reader = (text: string, base: number, source: string, report: ReportProblem) => FrontmatterRead | null

/** The frontmatter text a delimiter scan found, where it starts in the file, and who reads it. */
interface Found {
  reader: Reader
  text: string
  base: number
}

const readYaml: Reader = (text, base, source, report) => readYamlText(text, base, source, report)
const readJson: Reader = (text, base, source, report) => readYamlText(text, base, source, report, true)
const readToml: Reader = (text, base, _source, report) => readTomlText(text, base, report)

/** gray-matter's language names after the opening `---`, and who reads each. */
const LANGUAGES: Record<string, Reader> = { '': readYaml, yaml: readYaml, yml: readYaml, json: readJson, toml: readToml }

// gray-matter would `eval` js/javascript frontmatter (CVE-2022-25863). Every engine it may pick is
// inert: it only splits the file; the readers above do the reading.
const inert = { parse: (): Record<string, unknown> => ({}) }

/** Hugo's TOML delimiter: `+++` alone on its line (trailing spaces are tolerated, as editors leave them). */
const TOML_OPEN = /^\+\+\+[ \t]*(?=\r?\n|\r|$)/
const TOML_CLOSE = /^\+\+\+[ \t]*$/m
/** A JSON object, not a template tag (`{{< shortcode >}}`, `{% include %}`) that happens to open the file. */
const JSON_OPEN = /^\s*\{\s*(?:"|\})/

export function readFrontmatter(source: string, lineStarts: readonly number[], options: FrontmatterOptions = {}): FrontmatterResult {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const text = bom ? source.slice(bom) : source
  const result: FrontmatterResult = { frontmatter: {}, fieldLines: {}, problems: [], tree: null, bodyStart: bom }
  const report: ReportProblem = (ruleId, message, start, end) => {
    result.problems.push(makeProblem(source, lineStarts, { ruleId, category: 'frontmatter', severity: 'error', message, start, end }))
  }
  let found: Found | null
  // gray-matter's own test: `---` opens frontmatter unless a fourth `-` makes it a thematic break.
  if (text.startsWith('---') && text[3] !== '-') found = splitDashes(text, bom, source, result, report)
  else if (TOML_OPEN.test(text)) found = splitPluses(text, bom, result, report)
  else if (options.json && JSON_OPEN.test(text)) found = splitJson(text, bom, result, report)
  else return result

  const read = found ? found.reader(found.text, found.base, source, report) : null
  if (read) {
    result.frontmatter = read.data
    result.tree = read.tree
    result.fieldLines = fieldLinesOf(read.tree, (offset) => positionAt(lineStarts, source.length, offset).line)
  }
  return result
}

function splitDashes(text: string, bom: number, source: string, result: FrontmatterResult, report: ReportProblem): Found | null {
  const language = matter.language(text)
  const file = matter(text, { engines: { yaml: inert, json: inert, toml: inert, js: inert, javascript: inert, [language.name]: inert } })
  const base = bom + 3 + language.raw.length
  const closed = text.indexOf('\n---', 3 + language.raw.length) !== -1
  if (!closed || !source.startsWith(file.matter, base)) {
    report('frontmatter/yaml-syntax', 'Frontmatter opened with `---` on line 1 is never closed: expected a closing `---` line.', bom, bom + 3)
    result.bodyStart = base
    return null
  }
  result.bodyStart = base + file.matter.length + 4
  const reader = LANGUAGES[language.name.toLowerCase()]
  if (reader === undefined) {
    report(
      'frontmatter/unsupported-language',
      `Frontmatter language \`${language.name}\` is not read (it is never evaluated): expected YAML, JSON or TOML between \`---\` lines.`,
      bom + 3,
      base,
    )
    return null
  }
  return { reader, text: file.matter, base }
}

function splitPluses(text: string, bom: number, result: FrontmatterResult, report: ReportProblem): Found | null {
  const open = (TOML_OPEN.exec(text) as RegExpExecArray)[0].length
  const rest = text.slice(open)
  const close = TOML_CLOSE.exec(rest)
  // `index > 0`: the closing line comes after the line break that ends the opening one.
  if (close === null || close.index === 0) {
    report('frontmatter/toml-syntax', 'Frontmatter opened with `+++` on line 1 is never closed: expected a closing `+++` line.', bom, bom + 3)
    result.bodyStart = bom + open
    return null
  }
  result.bodyStart = bom + open + close.index + close[0].length
  return { reader: readToml, text: rest.slice(0, close.index), base: bom + open }
}

/**
 * Hugo's JSON frontmatter ends at the brace that closes the opening one. The `yaml` parser's syntax tree
 * finds it: JSON is YAML's flow style, and its lexer knows braces inside strings from real ones.
 */
function splitJson(text: string, bom: number, result: FrontmatterResult, report: ReportProblem): Found | null {
  const [first] = new Parser().parse(text)
  const value = first?.type === 'document' ? first.value : undefined
  const end = value?.type === 'flow-collection' ? value.end.find((token) => token.type === 'flow-map-end') : undefined
  if (value === undefined || value.type !== 'flow-collection' || end === undefined) {
    const at = bom + text.indexOf('{')
    report('frontmatter/json-syntax', 'JSON frontmatter opened with `{` does not close: expected a `}` ending the object before the page text.', at, at + 1)
    return null
  }
  result.bodyStart = bom + end.offset + 1
  return { reader: readJson, text: text.slice(0, end.offset + 1), base: bom }
}
