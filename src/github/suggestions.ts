// One-click fixes: substitution findings on changed lines become GitHub suggestion blocks in ONE review.
// Each carries a hidden fingerprint so a re-run never posts the same suggestion twice, and suggestions
// whose finding is gone are deleted. Pure planning here; the calls are in run.ts.
import { createHash } from 'node:crypto'
import { SUGGESTION_MARKER_PREFIX } from '../contract.js'
import type { Finding, Report } from '../types.js'
import type { NewReviewComment, ReviewComment } from './types.js'

/** reviewdog's limit per request; GitHub's review API gets slow and flaky beyond it. */
export const MAX_SUGGESTIONS = 30

export interface SuggestionPlan {
  create: (NewReviewComment & { fingerprint: string })[]
  /** Existing copydesk suggestion comments whose finding is gone. */
  remove: ReviewComment[]
  /** Already posted on an earlier run. */
  kept: number
  /** Beyond MAX_SUGGESTIONS. */
  dropped: number
}

export function planSuggestions(
  report: Report,
  headText: (path: string) => string | null,
  isSubstitution: (ruleId: string) => boolean,
  existing: ReviewComment[],
): SuggestionPlan {
  const wanted: (NewReviewComment & { fingerprint: string })[] = []
  for (const file of report.files) {
    const text = headText(file.path)
    if (text === null) continue
    const lines = text.split(/\r?\n/)
    const byLine = new Map<number, Finding[]>()
    for (const finding of file.findings) {
      if (!finding.suggestion || finding.line !== finding.endLine || !isSubstitution(finding.ruleId)) continue
      byLine.set(finding.line, [...(byLine.get(finding.line) ?? []), finding])
    }
    for (const [line, findings] of byLine) {
      const original = lines[line - 1]
      if (original === undefined) continue
      // Apply right to left so earlier columns stay valid; overlapping fixes keep only the first.
      let fixed = original
      let lastStart = Infinity
      const applied: Finding[] = []
      for (const f of [...findings].sort((a, b) => b.column - a.column)) {
        if (f.endColumn - 1 > lastStart) continue
        fixed = fixed.slice(0, f.column - 1) + f.suggestion + fixed.slice(f.endColumn - 1)
        lastStart = f.column - 1
        applied.unshift(f)
      }
      if (fixed === original) continue
      const fingerprint = createHash('sha256').update([file.path, original, fixed].join('\0')).digest('hex').slice(0, 24)
      wanted.push({ path: file.path, line, body: suggestionBody(applied, fixed, fingerprint), fingerprint })
    }
  }

  const posted = new Map<string, ReviewComment>()
  for (const comment of existing) {
    const fp = fingerprintOf(comment.body)
    if (fp) posted.set(fp, comment)
  }
  const wantedPrints = new Set(wanted.map((w) => w.fingerprint))
  const fresh = wanted.filter((w) => !posted.has(w.fingerprint))
  return {
    create: fresh.slice(0, MAX_SUGGESTIONS),
    remove: [...posted.entries()].filter(([fp]) => !wantedPrints.has(fp)).map(([, c]) => c),
    kept: wanted.length - fresh.length,
    dropped: Math.max(0, fresh.length - MAX_SUGGESTIONS),
  }
}

export function fingerprintOf(body: string): string | null {
  const at = body.indexOf(SUGGESTION_MARKER_PREFIX)
  if (at < 0) return null
  const match = /^([0-9a-f]{8,64}) -->/.exec(body.slice(at + SUGGESTION_MARKER_PREFIX.length))
  return match?.[1] ?? null
}

function suggestionBody(findings: Finding[], fixed: string, fingerprint: string): string {
  // The fence must be longer than any backtick run in the suggested line, or the block breaks.
  const longest = Math.max(0, ...(fixed.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  const reasons = findings.map((f) => `**${f.ruleId}**: ${f.message}`).join('\n')
  return `${reasons}\n\n${fence}suggestion\n${fixed}\n${fence}\n${SUGGESTION_MARKER_PREFIX}${fingerprint} -->`
}
