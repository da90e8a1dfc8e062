// TOML frontmatter (Hugo's `+++`): read with toml-eslint-parser, which keeps the source range of every
// key, table header and value, and turned into the position tree and plain values.
import { ParseError, parseTOML, type AST } from 'toml-eslint-parser'
import type { FrontEntry, FrontList, FrontMap, FrontmatterRead, FrontNode, ReportProblem } from './frontmatter-tree.js'

/** Reads TOML `text`, which starts at source offset `base`; a syntax error is reported at its place. */
export function readTomlText(text: string, base: number, report: ReportProblem): FrontmatterRead | null {
  let program: AST.TOMLProgram
  try {
    program = parseTOML(text)
  } catch (error) {
    const at = error instanceof ParseError ? error.index : 0
    const message = String((error as Error)?.message ?? error).split('\n')[0]
    // An error found at a line break (an unterminated string) points at the end of that line.
    const width = at < text.length && !/[\r\n]/.test(text[at] as string) ? 1 : 0
    report('frontmatter/toml-syntax', `Frontmatter is not valid TOML: ${message}; expected \`key = value\` lines.`, base + at, base + at + width)
    return null
  }
  const root: FrontMap = { kind: 'map', start: base, entries: [] }
  const builder = new TreeBuilder(text, base)
  for (const item of program.body[0].body) {
    if (item.type === 'TOMLKeyValue') builder.addKeyValue(root, item)
    else builder.addTable(root, item)
  }
  return { data: toValue(root) as Record<string, unknown>, tree: root }
}

class TreeBuilder {
  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {}

  /** `[a.b]` and `[[a.b]]`: the parser resolves array-table indexes (`howto, 0, steps, 1`) for us. */
  addTable(root: FrontMap, table: AST.TOMLTable): void {
    let node: FrontNode = root
    let written = 0
    const path = table.resolvedKey
    path.forEach((part, index) => {
      const next = path[index + 1]
      const make = (start: number): FrontNode =>
        typeof next === 'number' ? { kind: 'list', start, items: [] } : { kind: 'map', start, entries: [] }
      if (typeof part === 'string' && node.kind === 'map') {
        const keyNode = table.key.keys[written++]
        node = this.child(node, part, this.base + (keyNode ?? table).range[0], make)
      } else if (typeof part === 'number' && node.kind === 'list') {
        const list: FrontList = node
        list.items[part] ??= make(this.base + table.range[0])
        node = list.items[part] as FrontNode
      }
    })
    if (node.kind === 'map') for (const pair of table.body) this.addKeyValue(node, pair)
  }

  /** `a.b.c = value`: dotted keys make the maps on the way. */
  addKeyValue(map: FrontMap, pair: AST.TOMLKeyValue): void {
    let target = map
    const keys = pair.key.keys
    keys.forEach((keyNode, index) => {
      const key = keyNode.type === 'TOMLBare' ? keyNode.name : keyNode.value
      const start = this.base + keyNode.range[0]
      if (index === keys.length - 1) {
        target.entries.push({ key, start, value: this.content(pair.value) })
        return
      }
      const next = this.child(target, key, start, (at) => ({ kind: 'map', start: at, entries: [] }))
      if (next.kind === 'map') target = next
    })
  }

  private child(map: FrontMap, key: string, start: number, make: (start: number) => FrontNode): FrontNode {
    let entry: FrontEntry | undefined = map.entries.find((candidate) => candidate.key === key)
    if (entry === undefined) {
      entry = { key, start, value: make(start) }
      map.entries.push(entry)
    }
    return entry.value
  }

  private content(node: AST.TOMLContentNode): FrontNode {
    const start = this.base + node.range[0]
    if (node.type === 'TOMLArray') return { kind: 'list', start, items: node.elements.map((element) => this.content(element)) }
    if (node.type === 'TOMLInlineTable') {
      const map: FrontMap = { kind: 'map', start, entries: [] }
      for (const pair of node.body) this.addKeyValue(map, pair)
      return map
    }
    if (node.kind === 'string') {
      const quote = node.multiline ? 3 : 1
      return { kind: 'string', start, value: node.value, content: [start + quote, this.base + node.range[1] - quote] }
    }
    // Dates keep the text as written (`2024-05-22`), as YAML frontmatter gives them.
    const value = node.kind === 'integer' || node.kind === 'float' || node.kind === 'boolean' ? node.value : this.text.slice(node.range[0], node.range[1])
    return { kind: 'other', start, value }
  }
}

function toValue(node: FrontNode): unknown {
  switch (node.kind) {
    case 'map':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, toValue(entry.value)]))
    case 'list':
      return node.items.map(toValue)
    case 'string':
      return node.value
    default:
      return node.value ?? null
  }
}
