// The goals of issue #12, each as a ratio of two timings of the same run, with `ok` or `missed`.
// Pure arithmetic on what bench.ts measured, so the verdicts are tested without timing anything.
import { formatMs, formatRss } from './table.js'

export interface Measured {
  pages: number
  smallPages: number
  copydeskLargeMs: number | null
  copydeskSmallMs: number | null
  textlintMs: number | null
  ripgrepMs: number | null
  phrases50Ms: number | null
  phrases1000Ms: number | null
  peakRssKiB: number | null
  cache: { cachedMs: number; freshMs: number; same: boolean; changed: number } | { skipped: string }
}

export interface Goal {
  name: string
  /** e.g. `≥ 20×`. */
  target: string
  /** e.g. `12.3×`; null when it could not be measured. */
  value: string | null
  ok: boolean | null
  detail: string
}

const times = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)}×`

function ratioGoal(name: string, target: string, a: number | null, b: number | null, pass: (r: number) => boolean, detail: (r: number) => string, missing: string): Goal {
  if (a === null || b === null || !(a > 0) || !(b > 0)) return { name, target, value: null, ok: null, detail: missing }
  const r = a / b
  return { name, target, value: times(r), ok: pass(r), detail: detail(r) }
}

export function evaluateGoals(m: Measured): Goal[] {
  const cd = m.copydeskLargeMs
  const goals: Goal[] = [
    ratioGoal('faster than textlint + prh', '≥ 20×', m.textlintMs, cd, (r) => r >= 20, () => `${formatMs(m.textlintMs ?? 0)} / ${formatMs(cd ?? 0)} on ${m.pages} pages`, 'textlint not timed'),
    ratioGoal('time of ripgrep raw scan', '≤ 25×', cd, m.ripgrepMs, (r) => r <= 25, () => `${formatMs(cd ?? 0)} / ${formatMs(m.ripgrepMs ?? 0)}`, 'ripgrep not timed'),
    ratioGoal(`${m.pages} files vs ${m.smallPages}`, `≤ ${(5.5 * (m.pages / 5000) / (m.smallPages / 1000)).toFixed(1)}×`, cd, m.copydeskSmallMs, (r) => r <= (5.5 * m.pages) / 5000 / (m.smallPages / 1000), () => `${formatMs(cd ?? 0)} / ${formatMs(m.copydeskSmallMs ?? 0)}`, 'not timed'),
    ratioGoal('1000 phrases vs 50', '≤ 2×', m.phrases1000Ms, m.phrases50Ms, (r) => r <= 2, () => `${formatMs(m.phrases1000Ms ?? 0)} / ${formatMs(m.phrases50Ms ?? 0)} on ${m.smallPages} pages`, 'not timed'),
  ]
  goals.push(
    m.peakRssKiB === null
      ? { name: 'peak RSS', target: '< 500 MB', value: null, ok: null, detail: '/usr/bin/time not available' }
      : { name: 'peak RSS', target: '< 500 MB', value: formatRss(m.peakRssKiB), ok: m.peakRssKiB * 1024 < 500e6, detail: `copydesk on ${m.pages} pages` },
  )
  if ('skipped' in m.cache) goals.push({ name: '--cache after 1% changed', target: '≤ 0.1× and same report', value: null, ok: null, detail: `skipped: ${m.cache.skipped}` })
  else {
    const r = m.cache.cachedMs / m.cache.freshMs
    goals.push({
      name: '--cache after 1% changed',
      target: '≤ 0.1× and same report',
      value: `${r.toFixed(3)}×`,
      ok: r <= 0.1 && m.cache.same,
      detail: `${formatMs(m.cache.cachedMs)} / ${formatMs(m.cache.freshMs)}, ${m.cache.changed} files changed; report ${m.cache.same ? 'identical to a fresh run' : 'DIFFERS from a fresh run'}`,
    })
  }
  return goals
}

export function renderGoals(goals: readonly Goal[]): string {
  const rows = goals.map((g) => [g.name, g.target, g.value ?? 'n/a', g.ok === null ? 'skipped' : g.ok ? 'ok' : 'missed', g.detail])
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return ['Goals (issue #12):', ...rows.map((r) => `  ${r.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`)].join('\n')
}
