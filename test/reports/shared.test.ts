import { describe, expect, it } from 'vitest'
import { compareLocated, countReport, fingerprint, formatUtc, reachesFailOn, shortSha } from '../../src/reports/shared.js'
import { finding, sampleReport } from './fixture.js'

describe('report helpers', () => {
  it('fingerprints depend on path, rule and words, not on position', () => {
    const a = fingerprint(finding({ line: 3 }), 'a.md')
    expect(fingerprint(finding({ line: 90, column: 7 }), 'a.md')).toBe(a)
    expect(fingerprint(finding(), 'b.md')).not.toBe(a)
    expect(fingerprint(finding({ text: 'guarantee' }), 'a.md')).not.toBe(a)
    expect(fingerprint(finding(), 'a.md', 1)).not.toBe(a)
  })

  it('orders findings most severe first, then by path and line', () => {
    const list = [
      { path: 'b.md', finding: finding({ severity: 'warning', line: 1 }) },
      { path: 'b.md', finding: finding({ severity: 'error', line: 9 }) },
      { path: 'a.md', finding: finding({ severity: 'error', line: 20 }) },
    ].sort(compareLocated)
    expect(list.map((x) => `${x.path}:${x.finding.line}`)).toEqual(['a.md:20', 'b.md:9', 'b.md:1'])
  })

  it('counts blocking findings by severity, and suppressed and pre-existing apart', () => {
    expect(countReport(sampleReport())).toEqual({ errors: 3, warnings: 1, infos: 1, suppressed: 1, preExisting: 1, files: 3, filesWithFindings: 3 })
  })

  it('knows which severities reach fail-on', () => {
    expect(reachesFailOn('warning', 'error')).toBe(false)
    expect(reachesFailOn('warning', 'warning')).toBe(true)
    expect(reachesFailOn('error', 'never')).toBe(false)
  })

  it('formats times in UTC and shortens SHAs, leaving odd values as given', () => {
    expect(formatUtc('2026-11-24T11:02:00+01:00')).toBe('2026-11-24 10:02 UTC')
    expect(formatUtc('yesterday')).toBe('yesterday')
    expect(shortSha('abc1234def5678')).toBe('abc1234')
    expect(shortSha('main')).toBe('main')
  })
})
