// Comparison tables: a table whose header or first column lists the publisher beside other products (or
// lists competitors), or whose header sets "the traditional way" beside another column. Every cell about a competitor is a comparison claim, and each row is one claim:
// "| Rollback | Yes | No | No |" is one finding, not three.
import { findAny } from './kinds/types.js'
import { namesIn, productsHeader } from '../../site/names.js'
import type { Sentence } from '../../types.js'

export interface ComparisonCells {
  /** Sentence indexes of cells that describe a competitor. */
  competitorCells: Set<number>
  /** Sentence index → a key shared by the cells of one table row, for every cell of a comparison table. */
  rowOf: Map<number, string>
}

// A column for "the old way" beside the product's own: "| Aspect | Traditional Updates | OTA Updates |",
// "| | Manual process | With Acme |". It stands for the alternatives, so its cells compare as a competitor's do.
const OLD_WAY = /^[\W_]*(?:traditional|legacy|conventional|manual|classic|old(?:er)?|typical|existing|other|without)\b/i

// A column saying whom each product suits ("Best for", "Ideal for", "Use case"): the table is a round-up
// recommending each product to its readers, not a comparison of them.
const BEST_FOR = /^[\W_]*(?:(?:best|ideal|good|great|perfect|recommended|suited)\s+(?:for|fit)|(?:\w+\s+)?use[\s-]cases?|who\s+it['’]?s\s+for)\b/i

// Columns that only say what each listed thing is or needs ("| Software | Purpose | Version Requirements |"):
// a list of prerequisites or parts, whatever products it names.
const DESCRIBES = /^[\W_]*(?:purpose|role|what\s+it\s+does|used\s+for|(?:minimum\s+|required\s+)?versions?(?:\s+requirements?)?|requirements?|install(?:ation)?|command|package|licen[cs]e)[\W_]*$/i

function nameOf(cell: string): string {
  return namesIn(cell.replace(/\*+/g, ''))[0]?.name ?? ''
}

export function comparisonCells(sentences: readonly Sentence[], publisher: readonly string[], competitors: readonly string[]): ComparisonCells {
  const out: ComparisonCells = { competitorCells: new Set(), rowOf: new Map() }
  let run: number[] = []
  let table = 0
  const isPublisher = (text: string): boolean => findAny(text, publisher) !== null
  const isCompetitor = (text: string): boolean => findAny(text, competitors) !== null
  const flush = (): void => {
    if (run.length === 0) return
    table++
    const cells = run.map((i) => ({ i, s: sentences[i] as Sentence }))
    const headers = cells.filter(({ s }) => s.table?.row === 0 && (s.table?.column ?? 0) > 0)
    const labels = cells.filter(({ s }) => s.table?.column === 0 && (s.table?.row ?? 0) > 0)
    // A side (columns or rows) compares when it names the publisher and another product, or two competitors.
    const rivalsOf = (side: typeof cells): Set<number> => {
      const named = side.filter(({ s }) => nameOf(s.text) !== '')
      const hasPublisher = named.some(({ s }) => isPublisher(s.text))
      // With no publisher known for the page, a first column under "Tool" naming three products or more, a
      // competitor among them, is the page's own line-up (Acme, Relay, Northwind): every product on it compares.
      // (Not a header row: its feature columns "Appflow support", "Live updates" are capitalised words too.)
      const lineUp = side === labels && publisher.length === 0 && named.length >= 3 && named.some(({ s }) => isCompetitor(s.text))
      const rivals = named.filter(({ s }) => !isPublisher(s.text) && (hasPublisher || lineUp || isCompetitor(s.text)))
      // Without the publisher, competitors side by side compare: a round-up that names mostly other tools
      // ("| Feature | VS Code | Xcode | Android Studio | Chrome DevTools |") lists them, whatever a page says
      // of one of them. (Most, not all: "| Feature | Relay | Northwind | Verdict |" still compares.)
      if (!hasPublisher && !lineUp && (rivals.length < 2 || rivals.length * 2 <= named.length)) return new Set()
      return new Set(rivals.map(({ s }) => (side === headers ? (s.table?.column ?? -1) : (s.table?.row ?? -1))))
    }
    if (headers.some(({ s }) => BEST_FOR.test(s.text)) || (headers.length > 0 && headers.every(({ s }) => DESCRIBES.test(s.text)))) {
      run = []
      return
    }
    const rivalColumns = rivalsOf(headers)
    const oldWay = headers.filter(({ s }) => OLD_WAY.test(s.text))
    // The old way is set beside the new: a column after it, or the publisher's own. A last column of
    // "Typical failure mode" after "Core question" describes a problem, not an alternative.
    const columnOf = ({ s }: (typeof cells)[number]): number => s.table?.column ?? -1
    const newWay = headers.filter((h) => !oldWay.includes(h))
    const beside = (h: (typeof cells)[number]): boolean => newWay.some((n) => columnOf(n) > columnOf(h) || isPublisher(n.s.text))
    for (const h of oldWay) if (beside(h)) rivalColumns.add(columnOf(h))
    // Rows list products only under a header that says so ("Platform", "Tool", or nothing): a "Requirement"
    // column listing "GitHub Account", "Acme Account", "Node.js" is a checklist, not a comparison.
    const corner = cells.find(({ s }) => s.table?.row === 0 && s.table?.column === 0)?.s.text ?? ''
    const rivalRows = productsHeader(corner) ? rivalsOf(labels) : new Set<number>()
    if (rivalColumns.size === 0 && rivalRows.size === 0) {
      run = []
      return
    }
    for (const { i, s } of cells) {
      const row = s.table?.row ?? 0
      const column = s.table?.column ?? 0
      out.rowOf.set(i, `${table}:${row}`)
      if (row === 0 || column === 0 || s.text.trim() === '' || /^[-–—]$/.test(s.text.trim())) continue
      if (rivalColumns.has(column) || rivalRows.has(row)) out.competitorCells.add(i)
    }
    run = []
  }
  sentences.forEach((s, i) => {
    if (s.kind === 'table-cell' && s.table) {
      if (run.length > 0 && s.table.row === 0 && s.table.column === 0) flush()
      run.push(i)
    } else flush()
  })
  flush()
  return out
}
