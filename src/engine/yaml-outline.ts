// Where a line of a YAML policy file sits: its key path (`types.product.severity.acme/no-price-promises`)
// and the lines of the keys that enclose it. A policy diff shown without them reads a nested severity
// override as a top-level key; shown with them, it reads as the file does.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'

export type KeyPath = (string | number)[]

// A policy diff asks about the same one or two files (base and head) once per changed line or loosened key:
// each text is parsed once, not once per question. The few most recent texts are kept.
const parsed = new Map<string, Document.Parsed | null>()
const KEPT = 4

function parsedOnce(text: string): Document.Parsed | null {
  let doc = parsed.get(text)
  if (doc === undefined) {
    try {
      doc = parseDocument(text, { uniqueKeys: false })
    } catch {
      doc = null
    }
    if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value as string)
    parsed.set(text, doc)
  }
  return doc
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

/** The key path of the deepest mapping key or list item whose node covers `line` (1-based); [] when none. */
export function keyPathAt(text: string, line: number): KeyPath {
  const doc = parsedOnce(text)
  if (doc === null) return []
  const starts = lineStarts(text)
  const from = starts[line - 1]
  if (from === undefined) return []
  const to = (starts[line] ?? text.length + 1) - 1
  // A line "belongs" to a node when the node's source range reaches into it past its indentation.
  const lineText = text.slice(from, to)
  const offset = from + (lineText.length - lineText.trimStart().length)
  let best: KeyPath = []
  const visit = (node: unknown, path: KeyPath): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        const keyRange = (pair.key as Node | null)?.range
        const valueRange = (pair.value as Node | null)?.range
        const start = keyRange?.[0] ?? valueRange?.[0]
        const end = valueRange?.[2] ?? keyRange?.[2]
        if (start === undefined || end === undefined || offset < start || offset >= Math.max(end, start + 1)) continue
        best = [...path, key]
        visit(pair.value, best)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node | null)?.range
        if (!range) return
        // A list item's range starts after its `- `; the dash sits two columns to the left.
        if (offset < range[0] - 2 || offset >= Math.max(range[2], range[0] + 1)) return
        best = [...path, index]
        visit(item, best)
      })
    }
  }
  visit(doc.contents, [])
  return best
}

/** The value at a key path of parsed YAML, or undefined. */
export function valueAt(value: unknown, path: KeyPath): unknown {
  let node = value
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}

/** 1-based line of the key at `path` (its first line), or null. */
export function lineOfKey(text: string, path: KeyPath): number | null {
  const doc = parsedOnce(text)
  if (doc === null) return null
  let node: unknown = doc.contents
  let offset: number | undefined
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key))
      if (!pair) return null
      offset = (pair.key as Node | null)?.range?.[0]
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined
      offset = item?.range?.[0]
      node = item
    } else return null
  }
  if (offset === undefined) return null
  const starts = lineStarts(text)
  let line = 0
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++
  return line + 1
}

const indentOf = (line: string): number => line.length - line.trimStart().length

/**
 * The lines that enclose `line` (1-based) by indentation: each less-indented key above it, nearest first
 * from the top of the file down. Comments and blank lines are skipped.
 */
export function enclosingLines(text: string, line: number): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const target = lines[line - 1]
  if (target === undefined) return []
  let indent = target.trim() === '' ? Infinity : indentOf(target)
  const out: string[] = []
  for (let i = line - 2; i >= 0 && indent > 0; i--) {
    const candidate = lines[i] ?? ''
    const trimmed = candidate.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const own = indentOf(candidate)
    // Less indented is enclosing: a key, or a list item `- id: x` for the keys under it.
    if (own >= indent) continue
    out.unshift(candidate)
    indent = own
  }
  return out
}
