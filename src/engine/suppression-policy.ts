// Config `suppressions`: which findings an inline `copydesk-disable` comment may silence, and which
// silencing needs a strategy owner's sign-off. A comment in the content is written by the PR author; the
// policy comes from the base commit, so the author cannot widen what they may silence.
import type { Config, FindingSelector } from '../config/schema.js'
import type { Finding } from '../types.js'

export interface SuppressionPolicy {
  /** null: every finding may be suppressed. */
  allow: FindingSelector[] | null
  forbid: FindingSelector[]
  requireSignoff: FindingSelector[]
}

export function suppressionPolicy(config: Config): SuppressionPolicy {
  const s = config.suppressions
  return { allow: s.allow ?? null, forbid: s.forbid, requireSignoff: s['require-signoff'] }
}

/** A policy that honours every suppression and asks for no sign-off (the engine's behaviour before config). */
export const PERMISSIVE: SuppressionPolicy = { allow: null, forbid: [], requireSignoff: [] }

/** `pack/rule` exactly, `pack/*`, a bare `rule` in any pack, or `*`. The same reading as the comments' own ids. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*' || pattern === ruleId) return true
  if (pattern.endsWith('/*')) return ruleId.startsWith(pattern.slice(0, -1))
  return !pattern.includes('/') && ruleId.endsWith(`/${pattern}`)
}

export function selects(selector: FindingSelector, finding: Pick<Finding, 'ruleId' | 'category' | 'severity'>): boolean {
  if (selector.rules !== undefined && !selector.rules.some((rule) => ruleMatches(rule, finding.ruleId))) return false
  if (selector.categories !== undefined && !(selector.categories as string[]).includes(finding.category)) return false
  if (selector.severities !== undefined && !selector.severities.includes(finding.severity)) return false
  return true
}

/** Why config forbids suppressing `finding`, or null when it may be suppressed. */
export function refusal(policy: SuppressionPolicy, finding: Finding): string | null {
  const forbidden = policy.forbid.find((selector) => selects(selector, finding))
  if (forbidden) return `config \`suppressions.forbid\` does not let an inline comment suppress ${describeSelector(forbidden)}`
  if (policy.allow !== null && !policy.allow.some((selector) => selects(selector, finding))) {
    return `config \`suppressions.allow\` does not list ${finding.severity} \`${finding.ruleId}\` (${finding.category}) findings as suppressible`
  }
  return null
}

export function needsSignoff(policy: SuppressionPolicy, finding: Finding): boolean {
  return policy.requireSignoff.some((selector) => selects(selector, finding))
}

/** "`recommended/no-guarantees`", "error-severity banned-claim findings". */
export function describeSelector(selector: FindingSelector): string {
  const severity = selector.severities ? `${selector.severities.join('/')}-severity ` : ''
  const category = selector.categories ? `${selector.categories.join('/')} ` : ''
  const rules = selector.rules ? `findings of ${selector.rules.map((r) => `\`${r}\``).join(', ')}` : 'findings'
  return `${severity}${category}${rules}`
}
