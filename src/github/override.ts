// The audit side of an emergency sign-off override. The decision itself is the pure sign-off evaluation;
// this module says when the GitHub layer must find out who applied the label, and stamps what it found
// (when, and whether it was the author's own doing) onto the result the reports render.
import type { SignoffResult } from '../types.js'
import type { LabelActor } from './types.js'

export interface OverridePolicy {
  allowed: boolean
  label: string
}

/** Only an allowed override on a labelled PR needs its actor: anything else costs no API call. */
export function needsOverrideActor(policy: OverridePolicy, labels: readonly string[]): boolean {
  if (!policy.allowed) return false
  const wanted = policy.label.toLowerCase()
  return labels.some((label) => label.toLowerCase() === wanted)
}

/**
 * `signoff` with the override's time filled in and, when the author labelled their own pull request, a note
 * that says so: the config allows it, but a reviewer of the audit trail must see it at a glance.
 */
export function auditOverride(signoff: SignoffResult, applied: LabelActor | null, author: string, label: string): SignoffResult {
  if (!signoff.override || applied === null) return signoff
  const override = { ...signoff.override, at: applied.at }
  const own = sameLogin(applied.login, author)
  const notes = own ? [...signoff.notes, `@${applied.login} applied the \`${label}\` label to their own pull request.`] : signoff.notes
  return { ...signoff, override, notes }
}

function sameLogin(a: string, b: string): boolean {
  return a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase()
}
