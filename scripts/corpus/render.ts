// The survey as plain text (a block per site, then one overview row per site) and as committable JSON.
import type { SiteSummary, SkipReason } from './survey.js'

const TOP_RULES = 10
const MAX_LISTED = 20
const SKIP_ORDER: SkipReason[] = ['not content', 'symlink', 'submodule', 'not a regular file', 'object missing', 'too large', 'binary']

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(rows: (string | number)[][], indent = '  '): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)))
  return rows
    .map((row) => indent + row.map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i]!) : String(cell).padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n')
}

function counted(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
}

function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${n} B`
}

function more(shown: number, total: number, where: string): string[] {
  return total > shown ? [`  … and ${total - shown} more (${where})`] : []
}

export function renderSite(s: SiteSummary): string {
  const out: string[] = []
  out.push(`== ${s.site} ==`)
  out.push(`  location   ${s.describe}`)
  const skippedContent = s.files.content - s.files.checked
  out.push(`  files      ${s.files.listed} listed: ${s.files.content} content (${s.files.checked} checked, ${skippedContent} skipped), ${s.files.listed - s.files.content} not content or not files`)
  out.push(
    `  time       ${s.time.totalSeconds.toFixed(2)} s in all; engine ${s.time.engineSeconds.toFixed(2)} s for ${s.files.content} files = ${s.time.filesPerSecond} files/s; reading ${s.time.readSeconds.toFixed(2)} s; sentence count ${s.time.sentenceSeconds.toFixed(2)} s`,
  )
  if (s.time.slowest.length) out.push(`  slowest    ${s.time.slowest.map((t) => `${t.path} (${Math.round(t.ms)} ms)`).join(', ')}`)

  out.push('', table([['sentences by construct', 'count'], ...counted(s.sentences.byConstruct), ['total', s.sentences.total]]))
  out.push('', table([['sentences by kind', 'count'], ...counted(s.sentences.byKind)]))
  out.push('', table([['findings by category', 'count'], ...counted(s.findings.byCategory), ['total', s.findings.total], ['suppressed (not in total)', s.findings.suppressed]]))
  if (s.findings.byRule.length) {
    out.push('', table([[`top rule ids`, 'count'], ...s.findings.byRule.slice(0, TOP_RULES).map((r): [string, number] => [r.ruleId, r.count])]))
    out.push(...more(TOP_RULES, s.findings.byRule.length, 'rule ids'))
  }

  const skipRows: (string | number)[][] = [['skipped', 'count', 'files']]
  for (const reason of SKIP_ORDER) {
    const n = s.skipped.byReason[reason] ?? 0
    if (!n && reason !== 'symlink' && reason !== 'too large' && reason !== 'binary') continue
    const detail =
      reason === 'not content'
        ? counted(s.skipped.notContentByExtension)
            .slice(0, 6)
            .map(([ext, c]) => `${ext} ${c}`)
            .join(', ')
        : s.skipped.files
            .filter((f) => f.reason === reason)
            .slice(0, 4)
            .map((f) => (f.bytes !== undefined ? `${f.path} (${bytes(f.bytes)})` : f.path))
            .join(', ') + (n > 4 ? ', …' : '')
    skipRows.push([reason, n, detail])
  }
  out.push('', table(skipRows))

  out.push('', `  parse/input problems: ${s.problems.length}${s.problems.length ? ` (${counted(count(s.problems.map((p) => p.ruleId))).map(([id, n]) => `${id} ${n}`).join(', ')})` : ''}`)
  out.push(...s.problems.slice(0, MAX_LISTED).map((p) => `    ${p.path}:${p.line}:${p.column}  ${p.ruleId}  ${p.message}`))
  out.push(...more(MAX_LISTED, s.problems.length, 'all of them in --json'))

  out.push('', `  crashes: ${s.crashes.length || 'none'}`)
  out.push(...s.crashes.map((c) => `    ${c.path}  [${c.where}]  ${c.message}`))
  return out.join('\n')
}

function count(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const k of keys) out[k] = (out[k] ?? 0) + 1
  return out
}

export function renderOverview(sites: SiteSummary[]): string {
  const rows: (string | number)[][] = [['site', 'files', 'content', 'checked', 'sentences', 'findings', 'problems', 'crashes', 'files/s']]
  for (const s of sites) rows.push([s.site, s.files.listed, s.files.content, s.files.checked, s.sentences.total, s.findings.total, s.problems.length, s.crashes.length, s.time.filesPerSecond])
  return table(rows, '')
}

export interface CorpusJson {
  copydesk: string
  policy: { config: string | null; packs: { name: string; version: string }[]; include: string[]; exclude: string[]; maxFileSize: number }
  sites: (Omit<SiteSummary, 'problems'> & { problems: Omit<SiteSummary['problems'][number], 'message'>[] })[]
}

/**
 * Figures and file paths only, for committing. Problem messages are dropped: some quote the file
 * (a YAML error near the offending text), and the page's words must never reach the repository.
 */
export function toCommittable(sites: SiteSummary[], policy: CorpusJson['policy'], version: string): CorpusJson {
  return {
    copydesk: version,
    policy,
    sites: sites.map((s) => ({ ...s, problems: s.problems.map(({ path, ruleId, line, column }) => ({ path, ruleId, line, column })) })),
  }
}
