// The report: one row per tool and how each peer compares with copydesk.

export interface Row {
  tool: string
  ms: number
  files: number
  maxRssKiB: number | null
  hits: number | null
  expected: number | null
  /** How the row is measured, e.g. `in-process, median of 3`. */
  how: string
  /** Name to compare against instead of `copydesk` (the CLI row is copydesk too). */
  versus?: string
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`
}

export function formatRss(kib: number | null): string {
  return kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`
}

/** `38.2× slower than copydesk` / `4.1× faster than copydesk` / `as fast as copydesk`. */
export function ratio(peerMs: number, copydeskMs: number, name = 'copydesk'): string {
  if (!(peerMs > 0) || !(copydeskMs > 0)) return 'n/a'
  const r = peerMs / copydeskMs
  if (r >= 1.05) return `${r.toFixed(1)}× slower than ${name}`
  if (r <= 1 / 1.05) return `${(1 / r).toFixed(1)}× faster than ${name}`
  return `as fast as ${name}`
}

function pad(cells: string[][]): string {
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length))) ?? []
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd()).join('\n')
}

/** The table; the first row is copydesk, the reference every ratio is taken against. */
export function renderTable(rows: readonly Row[]): string {
  const reference = rows[0]
  const header = ['tool', 'wall time', 'files/s', 'peak RSS', 'hits', 'expected', 'vs copydesk']
  const body = rows.map((row, i) => [
    row.tool,
    formatMs(row.ms),
    (row.files / (row.ms / 1000)).toFixed(0),
    formatRss(row.maxRssKiB),
    row.hits === null ? 'n/a' : String(row.hits),
    row.expected === null ? '-' : String(row.expected),
    i === 0 || !reference ? '(reference)' : ratio(row.ms, reference.ms, row.versus),
  ])
  const notes = rows.map((row) => `  ${row.tool}: ${row.how}`)
  return `${pad([header, ...body])}\n\n${notes.join('\n')}`
}
