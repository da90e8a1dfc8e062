// The detector as the real-copy evaluation runs it: copydesk out of the box (zero config) on one page, the
// page checked on its own, and its findings split by the two questions the claims issue measures.
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import type { Finding } from '../../src/types.js'
import type { QUESTIONS } from './score.js'

export type Question = keyof typeof QUESTIONS

/** The page's findings that answer each question. */
/** `configText`: a config to check with (`--init`: the one `copydesk init` would write); zero config without. */
export async function detect(path: string, source: string, configText?: string): Promise<Record<Question, Finding[]>> {
  const tree = memoryTree({ [path]: source })
  const policy = await loadPolicy(tree, configText !== undefined ? { configText: { path: '.github/copydesk.yml', text: configText } } : {})
  const report = await checkAsIs(tree, policy, [path], { failOn: 'never', now: new Date('2026-11-30T00:00:00Z') })
  const findings: Finding[] = report.files.flatMap((f) => f.findings)
  return {
    // One claim, one finding: a banned superlative that says it needs a source answers the unsourced question;
    // the absolute question is asked of the banned findings about absolutes (a banned superlative is not one).
    unsourced: findings.filter((f) => f.category === 'missing-source' || (f.category === 'banned-claim' && f.needsSource === true)),
    absolute: findings.filter((f) => f.category === 'banned-claim' && f.claim === 'absolute'),
  }
}
