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
  return finding.category === 'input' || finding.ruleId === 'frontmatter/yaml-syntax'
}

function touches(finding: Finding, touched: Set<number>): boolean {
  for (let line = finding.line; line <= finding.endLine; line++) if (touched.has(line)) return true
  return false
}

/**
 * A banned claim already tells the writer what is wrong with those words and how to fix them; an
 * "unsupported claim" finding on the same words would only repeat it. The banned claim is kept.
 */
export function dropCovered(findings: Finding[]): Finding[] {
  const banned = findings.filter((f) => f.category === 'banned-claim')
  if (!banned.length) return findings
  return findings.filter(
    (f) =>
      f.category !== 'missing-source' ||
      !banned.some((b) => b.line === f.line && b.endLine === f.endLine && b.column <= f.column && f.endColumn <= b.endColumn),
  )
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


