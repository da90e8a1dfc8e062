import { describe, expect, it } from 'vitest'
import { toSarif } from '../../src/reports/sarif.js'
import { finding, sampleReport } from './fixture.js'

const opts = { toolVersion: '0.1.0', informationUri: 'https://github.com/acme/copydesk' }

describe('toSarif', () => {
  it('produces one SARIF 2.1.0 run naming the tool', () => {
    const log = toSarif(sampleReport(), opts)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toContain('sarif-2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'copydesk', version: '0.1.0', informationUri: opts.informationUri })
  })

  it('lists each rule once, with a short description and its help link', () => {
    const { rules } = toSarif(sampleReport(), opts).runs[0]!.tool.driver
    const ids = rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const guarantees = rules.find((r) => r.id === 'recommended/no-guarantees')
    expect(guarantees?.shortDescription.text).toContain('recommended/no-guarantees')
    expect(guarantees?.helpUri).toBe('https://github.com/acme/copydesk#no-guarantees')
    expect(rules.find((r) => r.id === 'claims/statistic')?.helpUri).toBeUndefined()
  })

  it('gives every result a rule, a level, a message and a relative location', () => {
    const run = toSarif(sampleReport(), opts).runs[0]!
    expect(run.results).toHaveLength(7)
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId)
      expect(['error', 'warning', 'note']).toContain(result.level)
      expect(result.message.text.length).toBeGreaterThan(0)
      const loc = result.locations[0]!.physicalLocation
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|^\.\//)
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1)
    }
    const info = run.results.find((r) => r.ruleId === 'claims/comparison')
    expect(info?.level).toBe('note')
    expect(info?.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 9, startColumn: 14, endLine: 9, endColumn: 33 })
    const blog = run.results.find((r) => r.ruleId === 'recommended/no-invented-studies')
    expect(blog?.locations[0]!.physicalLocation.artifactLocation.uri).toBe('content/blog/launch%20week.md')
  })

  it('marks suppressed findings with their justification and pre-existing ones as unchanged', () => {
    const results = toSarif(sampleReport(), opts).runs[0]!.results
    const suppressed = results.filter((r) => r.suppressions)
    expect(suppressed).toHaveLength(1)
    expect(suppressed[0]!.suppressions![0]).toEqual({ kind: 'inSource', justification: 'legal approved this wording, LEGAL-142' })
    const unchanged = results.filter((r) => r.baselineState === 'unchanged')
    expect(unchanged.map((r) => r.ruleId)).toEqual(['recommended/no-number-one'])
  })

  it('keeps fingerprints stable when the finding moves to another line', () => {
    const a = sampleReport()
    const b = sampleReport()
    b.files[2]!.findings[0] = { ...b.files[2]!.findings[0]!, line: 70, endLine: 70 }
    const fp = (r: typeof a) =>
      toSarif(r, opts).runs[0]!.results.find((x) => x.ruleId === 'recommended/no-invented-studies')!.partialFingerprints
    expect(fp(a)).toEqual(fp(b))
  })

  it('gives the same words flagged twice in one file distinct fingerprints', () => {
    const report = sampleReport()
    report.files[2]!.findings = [finding({ line: 3 }), finding({ line: 9 })]
    const prints = toSarif(report, opts).runs[0]!.results
      .filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.includes('launch'))
      .map((r) => Object.values(r.partialFingerprints)[0])
    expect(prints).toHaveLength(2)
    expect(prints[0]).not.toBe(prints[1])
  })

  it('clamps impossible positions instead of emitting an invalid region', () => {
    const report = sampleReport()
    report.files[2]!.findings = [finding({ line: 0, column: 0, endLine: 0, endColumn: -3 })]
    const region = toSarif(report, opts).runs[0]!.results.find((r) => r.ruleId === 'recommended/no-guarantees' && r.locations[0]!.physicalLocation.artifactLocation.uri.includes('launch'))!
      .locations[0]!.physicalLocation.region
    expect(region).toMatchObject({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 })
  })
})
