import { describe, expect, it } from 'vitest'
import { toAnnotations } from '../../src/reports/annotations.js'
import { toSummary } from '../../src/reports/summary.js'
import { bigReport, finding, HEAD, sampleReport } from './fixture.js'

describe('toSummary', () => {
  it('renders the full report without the comment marker', () => {
    const out = toSummary(sampleReport(), [])
    expect(out.startsWith('## ❌ copydesk: fail')).toBe(true)
    expect(out).not.toContain('<!--')
    expect(out).toContain('```diff')
    expect(out).toContain('### Strategy sign-off: ⏳ pending')
    expect(out).toContain(`https://github.com/acme/site/blob/${HEAD}/content/landing/flow.md?plain=1#L12`)
  })

  it('lists the findings the annotation caps left out, with links to their lines', () => {
    const report = bigReport(3, 30)
    const { overflow } = toAnnotations(report)
    const out = toSummary(report, overflow)
    expect(out).toContain(`### Not shown as annotations (${overflow.length})`)
    const first = overflow[0]!
    expect(out).toContain(`[\`${first.path}:${first.finding.line}\`](https://github.com/acme/site/blob/${HEAD}/${first.path}?plain=1#L${first.finding.line})`)
  })

  it('lists every finding, unlike the comment, however many there are', () => {
    const out = toSummary(bigReport(40, 30), [])
    expect(out).not.toMatch(/more findings? in this file/)
    // A blocking finding's first line ends in a hard break; pre-existing ones fit on one line.
    expect(out.match(/^- (❌|⚠️|ℹ️) .* {2}$/gmu)?.length).toBe(40 * 30)
  })

  it('stays under its byte limit, counting multi-byte characters, and says it was cut', () => {
    const report = bigReport(20, 30)
    report.files[0]!.findings.push(finding({ message: 'Ünïcödé ✓ '.repeat(200) }))
    const out = toSummary(report, [], 20_000)
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(20_000)
    expect(out).toContain("This summary was cut at GitHub's 1 MiB limit")
    expect(out.split('\n').filter((l) => /^`{3,}/.test(l)).length % 2).toBe(0)
  })

  it('stays under 1 MiB by default for a huge report', () => {
    const out = toSummary(bigReport(400, 40), [])
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(1_048_576)
  })
})
