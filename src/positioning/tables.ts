// Tables as a reader reads them: rows named by their first cell, columns by their header. A price changed
// in the "SSO add-on" row is one changed row shown with its headers, and a new comparison row is one
// addition, not three cells. Works for any sentence that knows its table place: markdown, HTML and JSX
// data props alike.
import type { PositioningChange, Sentence } from '../types.js'
import type { Grounds } from './classify.js'
import { canonicalNumbers } from './figures.js'
import { judge, type PagePresence, type Side } from './judge.js'
import { normalizeSentence, sentenceSimilarity } from './text.js'

/** A table cell's sentence with what the diff already knows about it. */
export interface CellSentence {
  sentence: Sentence
  /** The heading the table sits under. */
  heading: string | undefined
  line: number
  grounds: Grounds
}

export interface TableRow {
  /** What a reader names the row by: its first cell (`Pro`, `SSO add-on`). */
  label: string
  /** Cell texts by column index; an empty cell is ''. */
  cells: string[]
  line: number
  grounds: Grounds
}

export interface PageTable {
  /** Heading, else component: what the reviewer is told the table is called. */
  owner: string | undefined
  /** Identity across base and head: owner and position among the owner's tables. */
  key: string
  columns: string[]
  header: TableRow | null
  rows: TableRow[]
}

const component = (s: Sentence): string | undefined => (s.field !== undefined ? s.field.split('.')[0] : undefined)
/** A markdown table's first row is its header: cells of row 0 have no header of their own. */
const isHeaderCell = (s: Sentence): boolean => s.table !== undefined && s.table.row === 0 && s.table.header === undefined

function mergeGrounds(list: Grounds[]): Grounds {
  const out: Grounds = { terms: [], prices: [], statements: [] }
  for (const g of list) {
    for (const t of g.terms) if (!out.terms.includes(t)) out.terms.push(t)
    for (const p of g.prices) if (!out.prices.includes(p)) out.prices.push(p)
    for (const s of g.statements) if (!out.statements.includes(s)) out.statements.push(s)
    if (g.type !== undefined) out.type ??= g.type
    if (g.field !== undefined) out.field ??= g.field
  }
  return out
}

interface Building {
  owner: string | undefined
  heading: string | undefined
  component: string | undefined
  last: { row: number; column: number }
  rows: Map<number, { cells: Map<number, string[]>; line: number; grounds: Grounds[]; header: boolean; label?: string }>
  headers: Map<number, string>
}

/** Groups cell sentences (in document order) into tables: a table ends where rows start over or the owner changes. */
export function readTables(cells: readonly CellSentence[]): PageTable[] {
  const built: Building[] = []
  let current: Building | null = null
  for (const cell of cells) {
    const place = cell.sentence.table
    if (place === undefined) continue
    const comp = component(cell.sentence)
    const restarts = current !== null && (place.row < current.last.row || (place.row === current.last.row && place.column < current.last.column))
    if (current === null || restarts || current.component !== comp || current.heading !== cell.heading) {
      current = { owner: cell.heading ?? comp, heading: cell.heading, component: comp, last: { row: -1, column: -1 }, rows: new Map(), headers: new Map() }
      built.push(current)
    }
    current.last = { row: place.row, column: place.column }
    let row = current.rows.get(place.row)
    if (!row) {
      row = { cells: new Map(), line: cell.line, grounds: [], header: isHeaderCell(cell.sentence), ...(place.rowLabel !== undefined ? { label: place.rowLabel } : {}) }
      current.rows.set(place.row, row)
    }
    row.cells.set(place.column, [...(row.cells.get(place.column) ?? []), cell.sentence.text])
    row.grounds.push(cell.grounds)
    if (place.header !== undefined && !current.headers.has(place.column)) current.headers.set(place.column, place.header)
  }

  const ordinals = new Map<string, number>()
  return built.map((b) => {
    const width = Math.max(0, ...[...b.rows.values()].flatMap((r) => [...r.cells.keys()].map((c) => c + 1)), ...[...b.headers.keys()].map((c) => c + 1))
    const rows: TableRow[] = []
    let header: TableRow | null = null
    for (const [, r] of [...b.rows].sort(([x], [y]) => x - y)) {
      const cells = Array.from({ length: width }, (_, c) => (r.cells.get(c) ?? []).join(' '))
      const row: TableRow = { label: r.label ?? cells[0] ?? '', cells, line: r.line, grounds: mergeGrounds(r.grounds) }
      if (r.header && header === null) header = row
      else rows.push(row)
    }
    const columns = Array.from({ length: width }, (_, c) => header?.cells[c] || b.headers.get(c) || `column ${c + 1}`)
    const id = `${b.heading ?? ''}\u0000${b.component ?? ''}`
    const ordinal = ordinals.get(id) ?? 0
    ordinals.set(id, ordinal + 1)
    return { owner: b.owner, key: `${id}\u0000${ordinal}`, columns, header, rows }
  })
}

const comparable = (text: string): string => canonicalNumbers(normalizeSentence(text))

interface TableDiffContext {
  path: string
  headPage: PagePresence
  similarity: number
}

/** Row-level changes between the tables of two versions of a page. */
export function diffTables(base: readonly PageTable[], head: readonly PageTable[], ctx: TableDiffContext): PositioningChange[] {
  const baseByKey = new Map(base.map((t) => [t.key, t]))
  const headByKey = new Map(head.map((t) => [t.key, t]))
  const out: PositioningChange[] = []
  for (const key of new Set([...baseByKey.keys(), ...headByKey.keys()])) {
    out.push(...diffTable(baseByKey.get(key) ?? null, headByKey.get(key) ?? null, ctx))
  }
  return out
}

function diffTable(before: PageTable | null, after: PageTable | null, ctx: TableDiffContext): PositioningChange[] {
  const owner = after?.owner ?? before?.owner
  const columns = unionColumns(before, after)
  const out: PositioningChange[] = []
  const emit = (kind: PositioningChange['kind'], b: TableRow | null, h: TableRow | null, name: string): void => {
    const bCells = b && before ? align(b, before.columns, columns) : null
    const hCells = h && after ? align(h, after.columns, columns) : null
    if (bCells && hCells && bCells.every((c, i) => comparable(c) === comparable(hCells[i] ?? ''))) return
    const side = (row: TableRow | null, cells: string[] | null): Side | null => (row && cells ? { text: cells.join(' | '), grounds: row.grounds } : null)
    const reason = judge(side(b, bCells), side(h, hCells), ctx.headPage, false)
    if (reason === null) return
    out.push({
      path: ctx.path,
      kind,
      before: bCells ? bCells.join(' | ') : null,
      after: hCells ? hCells.join(' | ') : null,
      line: (h ?? b)?.line ?? 1,
      reason,
      field: owner ? `${owner} › ${name}` : name,
      table: { columns, before: bCells, after: hCells },
    })
  }

  if (before?.header && after?.header) emit('modified', before.header, after.header, 'column headers')

  const pairs = pairRows(before?.rows ?? [], after?.rows ?? [], ctx.similarity)
  for (const [b, h] of pairs.pairs) emit('modified', b, h, h.label || b.label)
  for (const b of pairs.removed) emit('removed', b, null, b.label)
  for (const h of pairs.added) emit('added', null, h, h.label)
  return out
}

/**
 * The columns a row is shown under. Tables of one width line up by position, so a renamed header is a
 * rename; when a column came or went they line up by header, head's first, then any the head dropped.
 */
function unionColumns(before: PageTable | null, after: PageTable | null): string[] {
  if (!before || !after || before.columns.length === after.columns.length) return [...(after ?? before)?.columns ?? []]
  const columns = [...after.columns]
  for (const c of before.columns) if (!columns.some((x) => comparable(x) === comparable(c))) columns.push(c)
  return columns
}

function align(row: TableRow, own: readonly string[], columns: readonly string[]): string[] {
  if (own.length === columns.length) return columns.map((_, i) => row.cells[i] ?? '')
  return columns.map((name) => {
    const at = own.findIndex((c) => comparable(c) === comparable(name))
    return at === -1 ? '' : (row.cells[at] ?? '')
  })
}

/** Rows pair by their first cell; rows whose first cell changed pair by how alike the whole row reads. */
function pairRows(base: readonly TableRow[], head: readonly TableRow[], threshold: number): { pairs: [TableRow, TableRow][]; removed: TableRow[]; added: TableRow[] } {
  const pairs: [TableRow, TableRow][] = []
  const freeHead = [...head]
  const restBase: TableRow[] = []
  for (const b of base) {
    const i = freeHead.findIndex((h) => comparable(h.label) === comparable(b.label))
    if (i === -1) restBase.push(b)
    else pairs.push([b, freeHead.splice(i, 1)[0] as TableRow])
  }
  const candidates = restBase
    .flatMap((b) => freeHead.map((h) => ({ b, h, score: sentenceSimilarity(b.cells.join(' '), h.cells.join(' ')) })))
    .filter((c) => c.score >= threshold)
    .sort((x, y) => y.score - x.score)
  const taken = new Set<TableRow>()
  for (const c of candidates) {
    if (taken.has(c.b) || taken.has(c.h)) continue
    taken.add(c.b)
    taken.add(c.h)
    pairs.push([c.b, c.h])
  }
  return { pairs, removed: restBase.filter((b) => !taken.has(b)), added: freeHead.filter((h) => !taken.has(h)) }
}
