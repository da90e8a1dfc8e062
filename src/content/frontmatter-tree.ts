// One shape for frontmatter whatever it was written in (YAML, TOML, JSON): keys, lists and string
// values, each with the source offset where the writer typed it. Prose fields and field lines are
// read from this tree, so they work the same for every format.

export type FrontNode = FrontMap | FrontList | FrontString | FrontOther

/** What a format's reader hands back: plain values for checks, and the tree for positions. */
export interface FrontmatterRead {
  data: Record<string, unknown>
  tree: FrontMap
}

/** How a reader reports a problem with the frontmatter, at source offsets. */
export type ReportProblem = (ruleId: string, message: string, start: number, end: number) => void

export interface FrontMap {
  kind: 'map'
  /** Source offset of the node's first character. */
  start: number
  entries: FrontEntry[]
}

export interface FrontEntry {
  key: string
  /** Source offset of the key as written (a TOML table header for keys it creates). */
  start: number
  value: FrontNode
}

export interface FrontList {
  kind: 'list'
  start: number
  items: FrontNode[]
}

export interface FrontString {
  kind: 'string'
  start: number
  value: string
  /** Source range of the characters that spell the value: inside the quotes, below a block header. */
  content: [number, number]
}

/** A number, boolean, date, null or alias: never prose. */
export interface FrontOther {
  kind: 'other'
  start: number
  /** The plain value, for readers that build values from this tree (TOML keeps dates as written). */
  value?: unknown
}

/** Line of every key path (`faq.2.answer`) and list item (`faq.2`), first occurrence wins. */
export function fieldLinesOf(root: FrontNode, lineOf: (offset: number) => number): Record<string, number> {
  const into: Record<string, number> = {}
  const visit = (node: FrontNode, prefix: string): void => {
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        const path = prefix ? `${prefix}.${entry.key}` : entry.key
        into[path] ??= lineOf(entry.start)
        visit(entry.value, path)
      }
    } else if (node.kind === 'list') {
      node.items.forEach((item, index) => {
        const path = `${prefix}.${index}`
        into[path] ??= lineOf(item.start)
        visit(item, path)
      })
    }
  }
  visit(root, '')
  return into
}
