// Severity order and the `fail-on` threshold: one definition for the engine and every reporter.
import type { Severity } from './types.js'

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** 0 is the most severe. Unknown values sort last instead of crashing (a hand-written or newer JSON report). */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity] ?? 3
}

/** Does a finding at this severity reach the `fail-on` threshold? */
export function reachesFailOn(severity: Severity, failOn: 'error' | 'warning' | 'never'): boolean {
  if (failOn === 'never') return false
  return severityRank(severity) <= severityRank(failOn)
}
