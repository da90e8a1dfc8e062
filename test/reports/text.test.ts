import { describe, expect, it } from 'vitest'
import { toText } from '../../src/reports/text.js'
import { cleanReport, finding, sampleReport } from './fixture.js'

const ANSI = /\u001b\[\d+m/

describe('toText', () => {
  it('prints one `path:line:col  severity  message  rule-id` line per finding, grouped under its file', () => {
    const out = toText(sampleReport(), { color: false })
    const lines = out.split('\n')
    expect(lines[0]).toBe('content/landing/flow.md')
    expect(lines[1]).toMatch(/^content\/landing\/flow\.md:2:8 +error +Unsupported statistic `3x faster`.* +claims\/statistic$/)
    expect(out).toMatch(/^content\/index\.mdx:9:14 +info +Comparison .* +claims\/comparison$/m)
    expect(out).toMatch(/^content\/blog\/launch week\.md:7:1 +error +`Studies show` cites research without naming it\. +recommended\/no-invented-studies$/m)
  })

  it('puts the suggestion under the finding that has one', () => {
    const lines = toText(sampleReport(), { color: false }).split('\n')
    const at = lines.findIndex((l) => l.startsWith('content/landing/flow.md:12:5'))
    expect(lines[at + 1]).toBe('    → Describe what customers typically see, with a source.')
  })

  it('shows suppressed findings with their reason, and pre-existing ones in their own group', () => {
    const out = toText(sampleReport(), { color: false })
    expect(out).toMatch(/^content\/landing\/flow\.md:30:3 +suppressed +`guaranteed`.*recommended\/no-guarantees$/m)
    expect(out).toContain('    reason: legal approved this wording, LEGAL-142 (line 29)')
    const group = out.indexOf('Pre-existing (not blocking)')
    expect(group).toBeGreaterThan(out.indexOf('content/blog/launch week.md:7:1'))
    expect(out.indexOf('content/landing/flow.md:40:10')).toBeGreaterThan(group)
  })

  it('shows each positioning change as before and after, then the sign-off', () => {
    const out = toText(sampleReport(), { color: false })
    expect(out).toContain('  content/index.mdx:3  modified  positioning field tagline (tagline)\n    - Every customer conversation, one platform.\n    + Every conversation, one all-in-one hub.')
    expect(out).toContain('policy files changed: strategy/positioning.md')
    expect(out).toContain('Sign-off: pending (owners: @acme/strategy) — 0 of 1 strategy owners approved the current head')
    expect(out).toContain('  @jane approved 1111111 on 2026-11-24 10:02 UTC')
  })

  it('ends with a summary line of counts and the verdict', () => {
    const lines = toText(sampleReport(), { color: false }).trimEnd().split('\n')
    expect(lines.at(-1)).toBe('✖ 3 errors, 1 warning, 1 info in 3 files (1 suppressed, 1 pre-existing) · verdict: fail')
    const clean = toText(cleanReport(), { color: false }).trimEnd().split('\n')
    expect(clean.at(-1)).toBe('✔ 0 errors, 0 warnings in 3 files · verdict: pass')
  })

  it('uses ANSI colours only when asked', () => {
    expect(toText(sampleReport(), { color: false })).not.toMatch(ANSI)
    const coloured = toText(sampleReport(), { color: true })
    expect(coloured).toMatch(ANSI)
    expect(coloured).toContain('\u001b[31merror')
  })

  it('keeps a finding on one row even when content carries newlines or escape codes', () => {
    const report = sampleReport()
    report.files[2]!.findings = [finding({ message: 'first line\nsecond \u001b[2Jline', line: 4, column: 2 })]
    const out = toText(report, { color: false })
    expect(out).toMatch(/^content\/blog\/launch week\.md:4:2 +error +first line second \[2Jline +recommended\/no-guarantees$/m)
    expect(out).not.toContain('\u001b')
  })

  it('prints notices first', () => {
    const report = { ...cleanReport(), notices: ['No config file found: running on defaults.'] }
    expect(toText(report, { color: false }).startsWith('notice  No config file found: running on defaults.\n')).toBe(true)
  })
})
