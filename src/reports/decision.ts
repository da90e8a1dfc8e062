// The decision at the top of the report, in the words of the person who makes it: "Needs sign-off from
// `@acme/strategy`: positioning changed in 2 files; policy loosened: `acme/no-price-promises` turned off."
import type { Report } from '../types.js'
import { code, oneLine, safeText } from './md.js'
import type { RenderContext } from './render-context.js'
import { plural } from './shared.js'

const POLICY_REASON = 'policy-file'

/** Everything the pull request's policy edits relax for later pull requests, once each. */
export function loosenings(report: Report): string[] {
  return [...new Set(report.positioning.changes.flatMap((c) => c.loosens ?? []))]
}

/** What changed, for the decision: content files with positioning changes, then the policy. */
export function whatChanged(report: Report): string[] {
  const changes = report.positioning.changes
  const content = new Set(changes.filter((c) => c.reason !== POLICY_REASON).map((c) => c.path))
  const parts: string[] = []
  if (content.size > 0) parts.push(`positioning changed in ${plural(content.size, 'file')}`)
  const loosened = loosenings(report)
  if (loosened.length > 0) parts.push(`policy loosened: ${loosened.map((l) => safeText(l)).join(', ')}`)
  const policyFiles = new Set(changes.filter((c) => c.reason === POLICY_REASON).map((c) => c.path))
  const looseningFiles = new Set(changes.filter((c) => (c.loosens ?? []).length > 0).map((c) => c.path))
  const other = [...new Set([...policyFiles, ...report.positioning.policyFiles])].filter((p) => !looseningFiles.has(p))
  if (other.length > 0) parts.push(`policy ${loosened.length > 0 ? 'also ' : ''}changed in ${other.map((p) => code(p)).join(', ')}`)
  return parts
}

/** A GitHub owner as a mention (`@acme/strategy`) when it is one; an email or odd value stays code. */
function mentionName(owner: string): string {
  const trimmed = oneLine(owner)
  return /^@?[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/.test(trimmed) ? (trimmed.startsWith('@') ? trimmed : `@${trimmed}`) : code(trimmed)
}

/** Owners as code spans: shown, but nobody is notified. */
export function ownerCode(owner: string): string {
  const trimmed = oneLine(owner)
  return code(/^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/.test(trimmed) ? `@${trimmed}` : trimmed)
}

/** The sentence a strategy owner acts on, or null when no sign-off is involved. */
export function decisionLine(report: Report, ctx: RenderContext): string | null {
  const s = report.signoff
  if (!s.required) return null
  const parts = whatChanged(report)
  const what = parts.length > 0 ? parts.join('; ') : 'positioning changed'
  const owners = s.owners.length > 0 ? s.owners.map((o) => (ctx.mention ? mentionName(o) : ownerCode(o))).join(', ') : 'a strategy owner (none configured: set `positioning.owners` or CODEOWNERS for the artifact)'
  if (s.state === 'pending') return `**Needs sign-off** from ${owners}: ${what}.`
  if (s.state === 'rejected') return `**Changes requested** by a strategy owner: ${what}.`
  if (s.override) return `**Sign-off overridden** with a label: ${what}.`
  return `**Signed off**: ${what}.`
}
