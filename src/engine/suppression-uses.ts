// The suppressions a pull request adds (or extends to lines it changed), gathered for the top of the report,
// and the last step of sign-off suppressions: honoured once a strategy owner approved the head, else the
// findings they would silence keep counting.
import type { FileReport, Finding, Suppression, SuppressionOutcome, SuppressionUse } from '../types.js'
import { byPosition, type Partitioned } from './filters.js'

export const AWAITING_SIGNOFF_WHY =
  "config `suppressions.require-signoff` covers it: it is honoured once a strategy owner approves the pull request's head"

/**
 * Every suppression comment with a reason that this PR added, or that silences (or tried to silence) words
 * on lines this PR changed. `added` null means every line is new; an empty set, nothing is (no PR).
 */
export function suppressionUses(path: string, suppressions: readonly Suppression[], parts: Partitioned, added: Set<number> | null): SuppressionUse[] {
  const all = [...parts.findings, ...parts.preExisting, ...parts.suppressed]
  const isNew = (f: Finding): boolean => added === null || touches(f, added)
  const uses: SuppressionUse[] = []
  for (const s of suppressions) {
    if (s.reason === null) continue
    const directiveAdded = added === null || added.has(s.line)
    const covered = all.filter((f) => (f.suppressed?.line ?? f.suppression?.line) === s.line && (directiveAdded || isNew(f)))
    if (!directiveAdded && covered.length === 0) continue
    uses.push({
      path,
      line: s.line,
      rules: s.rules,
      reason: s.reason,
      added: directiveAdded,
      findings: covered.sort(byPosition).map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        text: f.text,
        line: f.line,
        column: f.column,
        outcome: outcomeOf(f),
      })),
    })
  }
  return uses
}

function outcomeOf(f: Finding): SuppressionOutcome {
  if (f.suppression) return f.suppression.status
  return f.suppressed?.signedOff === false ? 'awaiting-signoff' : 'suppressed'
}

/**
 * Resolves suppressions that awaited sign-off: approved, they are honoured and marked signed off; otherwise
 * each finding goes back among those that count, saying why.
 */
export function settleSignoffSuppressions(files: FileReport[], uses: SuppressionUse[], approved: boolean): { files: FileReport[]; uses: SuppressionUse[] } {
  const awaiting = (f: Finding): boolean => f.suppressed?.signedOff === false
  if (!files.some((file) => file.suppressed.some(awaiting))) return { files, uses }
  const settledFiles = files.map((file) => {
    if (!file.suppressed.some(awaiting)) return file
    if (approved) {
      return { ...file, suppressed: file.suppressed.map((f) => (awaiting(f) && f.suppressed ? { ...f, suppressed: { ...f.suppressed, signedOff: true } } : f)) }
    }
    const back = file.suppressed.filter(awaiting).map((f): Finding => {
      const { suppressed, ...rest } = f
      return { ...rest, suppression: { reason: suppressed?.reason ?? '', line: suppressed?.line ?? f.line, status: 'awaiting-signoff', why: AWAITING_SIGNOFF_WHY } }
    })
    return { ...file, findings: [...file.findings, ...back].sort(byPosition), suppressed: file.suppressed.filter((f) => !awaiting(f)) }
  })
  const settledUses = approved
    ? uses.map((use) => ({ ...use, findings: use.findings.map((f) => (f.outcome === 'awaiting-signoff' ? { ...f, outcome: 'signed-off' as const } : f)) }))
    : uses
  return { files: settledFiles, uses: settledUses }
}

function touches(finding: Finding, lines: Set<number>): boolean {
  for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true
  return false
}
