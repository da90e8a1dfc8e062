// Suppression comments that name a rule no loaded pack or check has (`copydesk-disable-next-line
// no-numbr-one -- …`): the id is a typo, so the comment silences nothing it meant to. Such an id is not
// honoured (a comment naming only unknown ids is dropped, never read as "every rule") and is reported at
// the id itself with the nearest real one.
import { makeProblem } from '../content/problems.js'
import { didYouMean, namesKnownRule, type KnownRules } from '../rules/known-ids.js'
import type { ContentDocument, Finding, Suppression } from '../types.js'

export const UNKNOWN_RULE_ID = 'copydesk/unknown-rule'

export interface CheckedSuppressions {
  suppressions: Suppression[]
  problems: Finding[]
}

export function checkSuppressionIds(doc: Pick<ContentDocument, 'source' | 'lineStarts' | 'suppressions'>, known: KnownRules): CheckedSuppressions {
  const suppressions: Suppression[] = []
  const problems: Finding[] = []
  const reported = new Set<string>()
  for (const suppression of doc.suppressions) {
    const unknown = suppression.rules.filter((rule) => !namesKnownRule(rule, known))
    if (unknown.length === 0) {
      suppressions.push(suppression)
      continue
    }
    for (const rule of unknown) {
      // One comment can stand behind several ranges (`copydesk-enable a` splits `disable a, b`): report it once.
      const key = `${suppression.line}\0${rule}`
      if (reported.has(key)) continue
      reported.add(key)
      const start = idOffset(doc, suppression.line, rule)
      problems.push(
        makeProblem(doc.source, doc.lineStarts, {
          ruleId: UNKNOWN_RULE_ID,
          category: 'input',
          severity: 'warning',
          message: `The suppression names \`${rule}\`, which matches no rule, so it is not honoured${didYouMean(rule, known)}`,
          start,
          end: start + rule.length,
        }),
      )
    }
    const kept = suppression.rules.filter((rule) => !unknown.includes(rule))
    if (kept.length > 0) suppressions.push({ ...suppression, rules: kept })
  }
  return { suppressions, problems }
}

/** Where the id is written: its first whole-token occurrence from the comment's line on, else that line's start. */
function idOffset(doc: Pick<ContentDocument, 'source' | 'lineStarts'>, line: number, rule: string): number {
  const from = doc.lineStarts[line - 1] ?? 0
  // A directive's ids come before its ` -- ` reason, on the comment's first lines; a few lines is plenty.
  const to = doc.lineStarts[line + 2] ?? doc.source.length
  const window = doc.source.slice(from, to)
  const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(?<![\\w/-])${escaped}(?![\\w/-])`).exec(window)
  return from + (match?.index ?? 0)
}
