// Splits the frontmatter off with gray-matter and reads it with the `yaml` package, keeping every
// position as an offset into the whole file so findings about fields land on the right line.
import matter from 'gray-matter'
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import type { Finding } from '../types.js'
import { positionAt } from './lines.js'
import { makeProblem } from './problems.js'

export interface FrontmatterResult {
  frontmatter: Record<string, unknown>
  fieldLines: Record<string, number>
  problems: Finding[]
  /** The parsed YAML when it is a clean mapping; prose fields are read from it. */
  yaml: Document.Parsed | null
  /** Source offset of the first character of the YAML text (the newline after the opening `---`). */
  yamlStart: number
  /** Source offset where the markdown body begins; everything before it is frontmatter (or a BOM). */
  bodyStart: number
}

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml', 'json'])
// gray-matter would `eval` js/javascript frontmatter (CVE-2022-25863). Every engine it may pick is
// inert: it only splits the file; the `yaml` package does the reading.
const inert = { parse: (): Record<string, unknown> => ({}) }

export function readFrontmatter(source: string, lineStarts: readonly number[]): FrontmatterResult {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const text = bom ? source.slice(bom) : source
  const result: FrontmatterResult = { frontmatter: {}, fieldLines: {}, problems: [], yaml: null, yamlStart: bom, bodyStart: bom }
  // gray-matter's own test: `---` opens frontmatter unless a fourth `-` makes it a thematic break.
  if (!text.startsWith('---') || text[3] === '-') return result

  const language = matter.language(text)
  const file = matter(text, { engines: { yaml: inert, json: inert, js: inert, javascript: inert, [language.name]: inert } })
  const yamlStart = bom + 3 + language.raw.length
  const closed = text.indexOf('\n---', 3 + language.raw.length) !== -1
  const problem = (ruleId: string, message: string, start: number, end: number): void => {
    result.problems.push(makeProblem(source, lineStarts, { ruleId, category: 'frontmatter', severity: 'error', message, start, end }))
  }
  result.yamlStart = yamlStart
  if (!closed || !source.startsWith(file.matter, yamlStart)) {
    problem('frontmatter/yaml-syntax', 'Frontmatter opened with `---` on line 1 is never closed: expected a closing `---` line.', bom, bom + 3)
    result.bodyStart = yamlStart
    return result
  }
  result.bodyStart = yamlStart + file.matter.length + 4
  if (!YAML_LANGUAGES.has(language.name.toLowerCase())) {
    problem(
      'frontmatter/unsupported-language',
      `Frontmatter language \`${language.name}\` is not read (it is never evaluated): expected YAML between \`---\` lines.`,
      bom + 3,
      yamlStart,
    )
    return result
  }
  readYaml(file.matter, source, lineStarts, result, problem)
  return result
}

function readYaml(
  yamlText: string,
  source: string,
  lineStarts: readonly number[],
  result: FrontmatterResult,
  problem: (ruleId: string, message: string, start: number, end: number) => void,
): void {
  const base = result.yamlStart
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' })
  const error = doc.errors[0]
  if (error) {
    problem('frontmatter/yaml-syntax', `Frontmatter is not valid YAML: ${firstLine(error.message)}; expected \`key: value\` lines.`, base + error.pos[0], base + Math.max(error.pos[0] + 1, error.pos[1]))
    return
  }
  const contents = doc.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) return
  const [start, end] = contents.range ?? [0, 0]
  if (!isMap(contents)) {
    const found = isSeq(contents) ? 'a YAML list' : `the value \`${firstLine(String(contents.toJSON()))}\``
    problem('frontmatter/not-a-mapping', `Frontmatter is ${found}: expected a mapping of fields (\`key: value\`).`, base + start, base + end)
    return
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 })
    if (data && typeof data === 'object' && !Array.isArray(data)) result.frontmatter = data as Record<string, unknown>
  } catch (failure) {
    // Alias bombs and similar: the document parsed but cannot be turned into values safely.
    problem('frontmatter/yaml-syntax', `Frontmatter YAML cannot be read: ${firstLine(String((failure as Error).message))}.`, base + start, base + end)
    return
  }
  result.yaml = doc
  const lineOf = (offset: number): number => positionAt(lineStarts, source.length, base + offset).line
  collectFieldLines(contents, '', lineOf, result.fieldLines)
}

function collectFieldLines(node: YamlNode, prefix: string, lineOf: (offset: number) => number, into: Record<string, number>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : pair.key === null ? '' : String(pair.key)
      const path = prefix ? `${prefix}.${key}` : key
      const keyRange = (pair.key as YamlNode | null)?.range ?? (pair.value as YamlNode | null)?.range
      if (keyRange) into[path] ??= lineOf(keyRange[0])
      if (pair.value && typeof pair.value === 'object') collectFieldLines(pair.value as YamlNode, path, lineOf, into)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = `${prefix}.${index}`
      const range = (item as YamlNode | null)?.range
      if (range) into[path] ??= lineOf(range[0])
      if (item && typeof item === 'object') collectFieldLines(item as YamlNode, path, lineOf, into)
    })
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+:?\s*$/, '').trim()
}
