// One claim, one finding: a banned superlative that lacks a source is one banned-claim finding saying it
// needs a source; a missing-source finding about the same words is folded into it, never about more words.
import { describe, expect, it } from 'vitest'
import { dropCovered } from '../../src/engine/filters.js'
import type { Finding, Severity } from '../../src/types.js'

function finding(ruleId: string, category: Finding['category'], column: number, endColumn: number, severity: Severity = 'error', extra: Partial<Finding> = {}): Finding {
  return { ruleId, category, claim: 'superlative', severity, message: ruleId, text: 'x', line: 3, column, endLine: 3, endColumn, suggestion: null, ...extra }
}

describe('one claim, one finding', () => {
  const banned = finding('recommended/no-number-one', 'banned-claim', 10, 12, 'error', { needsSource: true })

  it('drops the missing-source finding on the words the banned finding already says need a source', () => {
    expect(dropCovered([banned, finding('claims/superlative', 'missing-source', 10, 12)]).map((f) => f.ruleId)).toEqual(['recommended/no-number-one'])
  })

  it('keeps a missing-source finding about more words than the rule banned (a statistic beside it)', () => {
    const wider = finding('claims/superlative', 'missing-source', 10, 40)
    expect(dropCovered([banned, wider])).toHaveLength(2)
  })

  it('keeps it when the banned finding does not say it needs a source (a sourced or absolute claim)', () => {
    const plain = { ...banned, needsSource: undefined } as Finding
    expect(dropCovered([plain, finding('claims/superlative', 'missing-source', 10, 12)])).toHaveLength(2)
  })

  it('keeps a missing-source finding more severe than the banned one (a stricter content type)', () => {
    const mild = { ...banned, severity: 'warning' as const }
    expect(dropCovered([mild, finding('claims/superlative', 'missing-source', 10, 12, 'error')])).toHaveLength(2)
  })
})
