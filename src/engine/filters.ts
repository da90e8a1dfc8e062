// The chain that runs after the checks: Finding[] → Finding[]. Checks never filter themselves;
// every decision about what counts is made here, once, in this order.
import { severityRank } from '../severity.js'
import type { ContentDocument, Finding, Suppression } from '../types.js'
import { needsSignoff, PERMISSIVE, refusal, ruleMatches, type SuppressionPolicy } from './suppression-policy.js'

export interface Partitioned {
  findings: Finding[]
  preExisting: Finding[]
  suppressed: Finding[]
}

/** A suppression applies when it names the rule (or its pack, `pack/*`), covers the line, and gives a reason. */
export function suppressionFor(finding: Finding, suppressions: Suppression[]): Suppression | null {
  for (const s of suppressions) {
    if (s.reason === null) continue
    if (finding.line < s.fromLine || finding.line > s.toLine) continue
    if (s.rules.length === 0 || s.rules.some((rule) => ruleMatches(rule, finding.ruleId))) return s
  }
  return null
}

/** What the suppression step needs beyond the comments: config's policy and what the PR changed. */
export interface SuppressionContext {
  policy: SuppressionPolicy
  /** Lines the pull request added or changed; null when every line is new (an added file). */
  added: Set<number> | null
}

/** Outside a pull request (checking files as they are) nothing is "added", so nothing needs sign-off. */
const NO_PR: SuppressionContext = { policy: PERMISSIVE, added: new Set() }

export function partition(
  all: Finding[],
  doc: Pick<ContentDocument, 'suppressions'> | null,
  touched: Set<number> | null,
  context: SuppressionContext = NO_PR,
): Partitioned {
  const out: Partitioned = { findings: [], preExisting: [], suppressed: [] }
  for (const found of dropCovered(dedupe(all))) {
    let finding = found
    const suppression = doc && !isMeta(finding) ? suppressionFor(finding, doc.suppressions) : null
    if (suppression) {
      const reason = suppression.reason ?? ''
      const refused = refusal(context.policy, finding)
      if (refused === null) {
        // New silencing: the comment or the silenced words are on lines this PR changed.
        const isNew = context.added === null || context.added.has(suppression.line) || touches(finding, context.added)
        const pending = isNew && needsSignoff(context.policy, finding)
        out.suppressed.push({ ...finding, suppressed: { reason, line: suppression.line, ...(pending ? { signedOff: false } : {}) } })
        continue
      }
      finding = { ...finding, suppression: { reason, line: suppression.line, status: 'forbidden', why: refused } }
    }
    if (touched && !isMeta(finding) && !touches(finding, touched)) {
      out.preExisting.push(finding)
    } else {
      out.findings.push(finding)
    }
  }
  out.findings.sort(byPosition)
  out.preExisting.sort(byPosition)
  out.suppressed.sort(byPosition)
  return out
}

/** Findings about reading the file itself: never suppressible from inside it, never "pre-existing". */
function isMeta(finding: Finding): boolean {
  return finding.category === 'input' || /^frontmatter\/(?:yaml|toml|json)-syntax$/.test(finding.ruleId)
}

function touches(finding: Finding, touched: Set<number>): boolean {
  for (let line = finding.line; line <= finding.endLine; line++) if (touched.has(line)) return true
  return false
}

/**
 * One claim, one finding. A banned superlative, comparison or quote that also lacks a source is one
 * banned-claim finding that says it needs a source (`needsSource`): the missing-source finding on the same
 * words is dropped. The claims check's own absolute is dropped when a rule-pack finding already bans the
 * same words: the pack's message and suggestion are the more specific.
 */
export function dropCovered(findings: Finding[]): Finding[] {
  const pack = findings.filter((f) => f.category === 'banned-claim' && f.ruleId !== 'claims/absolute')
  if (!pack.length) return findings
  // Indexed by line: a long paragraph holds thousands of both kinds, and only findings on one line can overlap.
  const byLine = new Map<number, Finding[]>()
  for (const b of pack) {
    for (let line = b.line; line <= b.endLine; line++) {
      const onLine = byLine.get(line)
      if (onLine) onLine.push(b)
      else byLine.set(line, [b])
    }
  }
  const overlaps = (a: Finding, b: Finding): boolean =>
    a.line <= b.endLine && b.line <= a.endLine && !(a.line === b.endLine && a.column >= b.endColumn) && !(b.line === a.endLine && b.column >= a.endColumn)
  const overlapsPack = (f: Finding): boolean => {
    for (let line = f.line; line <= f.endLine; line++) if ((byLine.get(line) ?? []).some((b) => overlaps(f, b))) return true
    return false
  }
  // One claim, one finding: the words a banned-claim finding already says need a source are not reported a
  // second time as missing a source; a missing-source finding about more words than the rule's is kept.
  const within = (f: Finding, b: Finding): boolean =>
    (b.line < f.line || (b.line === f.line && b.column <= f.column)) && (b.endLine > f.endLine || (b.endLine === f.endLine && b.endColumn >= f.endColumn))
  // Folded only into a finding at least as severe, so a content type's stricter claims policy is not lost.
  // (a finding that covers f covers f's first line: only the pack findings on that line are candidates)
  const foldedIntoPack = (f: Finding): boolean =>
    f.category === 'missing-source' && (byLine.get(f.line) ?? []).some((b) => b.needsSource === true && within(f, b) && severityRank(b.severity) <= severityRank(f.severity))
  return findings.filter((f) => (f.ruleId !== 'claims/absolute' || !overlapsPack(f)) && !foldedIntoPack(f))
}

export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.line}:${f.column}\0${f.endLine}:${f.endColumn}\0${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId)
}


