// YAML frontmatter, and JSON frontmatter through the same parser (JSON is YAML's flow style, and the
// `yaml` package keeps a source range on every node of either): values, and the position tree.
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml'
import type { FrontMap, FrontmatterRead, FrontNode, ReportProblem } from './frontmatter-tree.js'

/**
 * Reads `text`, which starts at source offset `base`. `json` holds YAML to JSON's rules (no plain
 * strings) and words the problems for a JSON writer. Problems are reported; null when nothing can be read.
 */
export function readYamlText(text: string, base: number, source: string, report: ReportProblem, json = false): FrontmatterRead | null {
  const language = json ? 'JSON' : 'YAML'
  const syntaxRule = json ? 'frontmatter/json-syntax' : 'frontmatter/yaml-syntax'
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error', ...(json ? { schema: 'json' } : {}) })
  const error = doc.errors[0]
  if (error) {
    const expected = json ? 'expected one JSON object of fields' : 'expected `key: value` lines'
    report(syntaxRule, `Frontmatter is not valid ${language}: ${firstLine(error.message)}; ${expected}.`, base + error.pos[0], base + Math.max(error.pos[0] + 1, error.pos[1]))
    return null
  }
  const contents = doc.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) return null
  const [start, end] = contents.range ?? [0, 0]
  if (!isMap(contents)) {
    const found = isSeq(contents) ? `a ${language} list` : `the value \`${firstLine(String(contents.toJSON()))}\``
    const expected = json ? 'an object of fields (`{"key": "value"}`)' : 'a mapping of fields (`key: value`)'
    report('frontmatter/not-a-mapping', `Frontmatter is ${found}: expected ${expected}.`, base + start, base + end)
    return null
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (failure) {
    // Alias bombs and similar: the document parsed but cannot be turned into values safely.
    report(syntaxRule, `Frontmatter ${language} cannot be read: ${firstLine(String((failure as Error).message))}.`, base + start, base + end)
    return null
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null
  return { data: data as Record<string, unknown>, tree: toTree(contents, base, source) as FrontMap }
}

function toTree(node: YamlNode, base: number, source: string): FrontNode {
  const start = base + (node.range?.[0] ?? 0)
  if (isMap(node)) {
    const entries = node.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : pair.key === null ? '' : String(pair.key)
      const keyRange = (pair.key as YamlNode | null)?.range ?? (pair.value as YamlNode | null)?.range
      const value: FrontNode = isNode(pair.value) ? toTree(pair.value, base, source) : { kind: 'other', start: keyRange ? base + keyRange[0] : start }
      return { key, start: keyRange ? base + keyRange[0] : start, value }
    })
    return { kind: 'map', start, entries }
  }
  if (isSeq(node)) {
    return { kind: 'list', start, items: node.items.map((item) => (isNode(item) ? toTree(item, base, source) : { kind: 'other', start })) }
  }
  if (isScalar(node) && typeof node.value === 'string') {
    return { kind: 'string', start, value: node.value, content: contentRange(node, base, source) }
  }
  return { kind: 'other', start }
}

function isNode(value: unknown): value is YamlNode {
  return isMap(value) || isSeq(value) || isScalar(value) || isAlias(value)
}

/** The source range holding the scalar's characters: inside the quotes, or below a block scalar's `|`/`>` header. */
function contentRange(node: Scalar, base: number, source: string): [number, number] {
  const [rangeStart, valueEnd] = node.range ?? [0, 0]
  let start = base + rangeStart
  let end = base + valueEnd
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    start += 1
    end = Math.max(start, end - 1)
  } else if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) {
    const newline = source.indexOf('\n', start)
    start = newline === -1 || newline >= end ? end : newline + 1
  }
  return [start, end]
}

export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+:?\s*$/, '').trim()
}
