import { describe, expect, it } from 'vitest'
import { jsonReportSchema, toJson, toJsonValue } from '../../src/reports/json.js'
import { bigReport, cleanReport, finding, sampleReport } from './fixture.js'

describe('toJson', () => {
  it('writes a file at a time the same text as the whole report stringified at once', () => {
    const tricky = sampleReport()
    // a finding whose text looks like structure: quotes, a backslash, a line break, a NUL and the files key
    tricky.files[0]!.findings.push(finding({ text: '"files": [\n  {\\ \u0000files\u0000', message: '"\u0000files\u0000"' }))
    for (const report of [sampleReport(), cleanReport(), bigReport(5, 3), tricky, { ...cleanReport(), files: [] }]) {
      expect(toJson(report)).toBe(`${JSON.stringify(toJsonValue(report), null, 2)}\n`)
    }
    expect(toJson(tricky)).toContain('\\u0000files\\u0000')
  })

  it('produces a report that validates against the contract schema', () => {
    const parsed = JSON.parse(toJson(sampleReport()))
    const result = jsonReportSchema.safeParse(parsed)
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true)
  })

  it('writes every contract field of a finding, in the contract types', () => {
    const parsed = JSON.parse(toJson(sampleReport()))
    const first = parsed.files[0].findings[0]
    expect(Object.keys(first).slice(0, 11)).toEqual([
      'ruleId', 'category', 'claim', 'severity', 'message', 'text', 'line', 'column', 'endLine', 'endColumn', 'suggestion',
    ])
    expect(first).toMatchObject({ ruleId: 'recommended/no-guarantees', severity: 'error', line: 12, column: 5 })
  })

  it('serialises a missing suggestion or claim as null, as the contract requires', () => {
    const report = sampleReport()
    const loose = { ...finding(), suggestion: undefined, claim: undefined } as unknown as ReturnType<typeof finding>
    report.files[0]!.findings = [loose]
    const parsed = JSON.parse(toJson(report))
    expect(parsed.files[0].findings[0].suggestion).toBeNull()
    expect(parsed.files[0].findings[0].claim).toBeNull()
    expect(jsonReportSchema.safeParse(parsed).success).toBe(true)
  })

  it('keeps the extra fields: pre-existing, suppressed, sign-off reason, rule set', () => {
    const parsed = JSON.parse(toJson(sampleReport()))
    expect(parsed.files[0].preExisting).toHaveLength(1)
    expect(parsed.files[0].suppressed[0].suppressed.reason).toContain('LEGAL-142')
    expect(parsed.signoff.reason).toContain('0 of 1')
    expect(parsed.ruleset.version).toBe('2026.11.0')
    expect(parsed.positioning.changes[0]).toMatchObject({ kind: 'modified', line: 3, reason: 'field:tagline' })
    expect(parsed.signoff.approvedBy[0]).toEqual({ login: 'jane', commit: expect.any(String), at: '2026-11-24T10:02:31Z' })
  })

  it('schema rejects a report that breaks the contract', () => {
    const parsed = JSON.parse(toJson(sampleReport()))
    expect(jsonReportSchema.safeParse({ ...parsed, verdict: 'maybe' }).success).toBe(false)
    const { approvedBy: _dropped, ...signoff } = parsed.signoff
    expect(jsonReportSchema.safeParse({ ...parsed, signoff }).success).toBe(false)
    parsed.files[0].findings[0].line = 0
    expect(jsonReportSchema.safeParse(parsed).success).toBe(false)
  })

  it('ends with a newline so shells and diffs treat it as a text file', () => {
    expect(toJson(sampleReport()).endsWith('}\n')).toBe(true)
  })
})
