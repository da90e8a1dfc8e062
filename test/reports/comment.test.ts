import { describe, expect, it } from 'vitest'
import { toComment, type CommentOptions } from '../../src/reports/comment.js'
import type { Report } from '../../src/types.js'
import { bigReport, cleanReport, finding, HEAD, sampleReport } from './fixture.js'

const MARKER = '<!-- copydesk:traceability -->'
const opts: CommentOptions = {
  marker: MARKER,
  headSha: HEAD,
  serverUrl: 'https://github.com',
  repository: 'acme/site',
  runUrl: 'https://github.com/acme/site/actions/runs/77',
  summaryUrl: 'https://github.com/acme/site/actions/runs/77#summary',
}

function fences(markdown: string): number {
  return markdown.split('\n').filter((l) => /^`{3,}/.test(l)).length
}

describe('toComment', () => {
  it('starts with the hidden marker and state, then the verdict, the decision and why', () => {
    const body = toComment(sampleReport(), opts)
    expect(body.startsWith(`${MARKER}\n<!-- copydesk:state signoff=pending -->\n## ❌ copydesk: fail · ⏳ needs sign-off\n`)).toBe(true)
    expect(body).toContain('3 findings in 2 files reach `fail-on: error`: fix them or suppress with a reason.')
  })

  it('titles the other verdicts with their icon and reason', () => {
    const pending: Report = { ...sampleReport(), verdict: 'needs-signoff', files: cleanReport().files }
    const body = toComment(pending, opts)
    expect(body).toContain('## ⏳ copydesk: needs sign-off\n\n**Needs sign-off** from @acme/strategy: positioning changed in 2 files; policy changed in `strategy/positioning.md`.')
    expect(body).toContain('No finding reaches `fail-on: error`. 0 of 1 strategy owners approved the current head; @\u200djane approved an older commit.')
    expect(toComment(cleanReport(), opts)).toContain('## ✅ copydesk: pass\n\nNo finding reaches `fail-on: error`.')
  })

  it('links each finding to its exact line at the head SHA', () => {
    const body = toComment(sampleReport(), opts)
    expect(body).toContain(`[L12:5](https://github.com/acme/site/blob/${HEAD}/content/landing/flow.md?plain=1#L12)`)
    expect(body).toContain(`https://github.com/acme/site/blob/${HEAD}/content/blog/launch%20week.md?plain=1#L7`)
  })

  it('lists changed files in a table with type, owners, counts and status', () => {
    const body = toComment(sampleReport(), opts)
    expect(body).toContain('| File | Change | Type | Owners | Findings | Status |')
    expect(body).toContain(
      `| [\`content/landing/flow.md\`](https://github.com/acme/site/blob/${HEAD}/content/landing/flow.md) | modified | \`landing\` | \`@dana\` \`@acme/web\` | 2 errors · 1 warning (1 suppressed, 1 pre-existing) | ❌ blocking · 🧭 positioning |`,
    )
  })

  it('shows the offending text and suggestion, suppressed reasons, and pre-existing findings collapsed', () => {
    const report = sampleReport()
    report.files[0]!.findings[1] = finding({ message: 'An outcome nobody can promise.', text: 'guaranteed results' })
    const body = toComment(report, opts)
    expect(body).toContain('  An outcome nobody can promise.  \n  Flagged: `guaranteed results`  \n  💡 Describe what customers typically see, with a source.')
    // When the message already quotes the words, they are not repeated.
    expect(body).not.toContain('Flagged: `3x faster`')
    expect(body).toContain('suppressed: legal approved this wording, LEGAL-142 (comment on line 29)')
    expect(body).toContain('<details>\n<summary>Pre-existing (not blocking) — 1</summary>')
  })

  it('shows each positioning change with what changed, a diff block and the edited words highlighted', () => {
    const body = toComment(sampleReport(), opts)
    expect(body).toContain(
      `[L3](https://github.com/acme/site/blob/${HEAD}/content/index.mdx?plain=1#L3) · **modified** · protected field \`tagline\`\n\n\`\`\`diff\n- Every customer conversation, one platform.\n+ Every conversation, one all-in-one hub.\n\`\`\`\n\n> Every ~~customer~~ conversation, one ~~platform~~ **all-in-one hub**.`,
    )
    expect(body).toContain('· **removed** · protected term "all-in-one"\n\n```diff\n- Acme is the all-in-one conversation hub.\n```')
  })

  it('states the sign-off with owners, approvals by short SHA and UTC time, and notes', () => {
    const body = toComment(sampleReport(), opts)
    expect(body).toContain('### Strategy sign-off: ⏳ pending')
    expect(body).toContain('- **Owners:** `@acme/strategy`')
    expect(body).toMatch(/- ✅ `@jane` approved \[`1111111`\]\(https:\/\/github\.com\/acme\/site\/commit\/1111111a+\S*\) on 2026-11-24 10:02 UTC \(an older commit\)/)
    expect(body).toContain('- ℹ️ Approval by @\u200djane on `1111111` is stale')
  })

  it('shows an override with who used it and why', () => {
    const report = sampleReport()
    report.signoff = { ...report.signoff, state: 'approved', override: { by: 'cmo-jane', justification: 'launch embargo, see @legal' } }
    const body = toComment(report, opts)
    expect(body).toContain('⚠️ **Override** by `@cmo-jane`: launch embargo, see @\u200dlegal')
  })

  it('dates an audited override, and never mentions a made-up user when the actor is unknown', () => {
    const report = sampleReport()
    report.signoff = { ...report.signoff, state: 'approved', override: { by: 'cmo-jane', justification: 'embargo', at: '2026-11-24T08:30:00Z' } }
    expect(toComment(report, opts)).toContain('⚠️ **Override** by `@cmo-jane` on 2026-11-24 08:30 UTC: embargo')
    report.signoff = { ...report.signoff, override: { by: 'unknown', justification: 'embargo' } }
    const body = toComment(report, opts)
    expect(body).toContain('⚠️ **Override** by an unknown user: embargo')
    expect(body).not.toContain('@unknown')
  })

  it('tabulates sources and AI provenance per file', () => {
    const body = toComment(sampleReport(), opts)
    expect(body).toContain(
      '| `content/landing/flow.md` | `forrester-tei-2025` | [The Total Economic Impact of Acme Flow](https://www.forrester.com/report/tei-acme-flow) | 2026-03-02 | 2027-03-02 |',
    )
    expect(body).toContain('| `content/landing/flow.md` | yes | `gpt-4.1` | `prompts/launch-post.md` | `@dana` | 2026-10-02 |')
  })

  it('ends with the rule set, fail-on, the run link and who generated it', () => {
    const body = toComment(sampleReport(), opts)
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      '<sub>Rule set `2026.11.0` (`recommended` 2026.11.0, `rules/acme.yml` 1.2.0) · fail-on `error` · [workflow run](https://github.com/acme/site/actions/runs/77) · generated by copydesk</sub>',
    )
  })

  it('neutralises mentions, issue references, pipes and HTML in content', () => {
    const report = sampleReport()
    report.files[2]!.findings = [
      finding({ message: 'Ask @everyone about #12 <details> now', text: 'a | b', suggestion: 'cc @dana' }),
    ]
    report.files[0]!.sources[0]!.title = 'Report | 2026 by @analyst'
    const body = toComment(report, opts)
    expect(body).toContain('Ask @\u200deveryone about #\u200d12 &lt;details> now')
    expect(body).toContain('💡 cc @\u200ddana')
    expect(body).not.toMatch(/(^|[^`\w])@everyone/m)
    expect(body).toContain('[Report \\| 2026 by @\u200danalyst]')
    expect(body).toContain('Flagged: `a | b`')
    expect(body).not.toContain('<details> now')
  })

  it('fences content containing backticks with a longer fence', () => {
    const report = sampleReport()
    report.positioning.changes[0]!.after = 'Use ``` to fence code'
    const body = toComment(report, opts)
    expect(body).toContain('````diff\n')
    expect(body).toContain('+ Use ``` to fence code\n')
  })

  it('degrades under a small limit: stays within it, keeps the marker, points to the job summary', () => {
    const body = toComment(sampleReport(), { ...opts, maxLength: 3_000 })
    expect(body.length).toBeLessThanOrEqual(3_000)
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain('[job summary](https://github.com/acme/site/actions/runs/77#summary)')
    expect(fences(body) % 2).toBe(0)
    expect(body.split('<details>').length).toBe(body.split('</details>').length)
  })

  it('drops finding details before cutting when a large PR exceeds the limit', () => {
    const big = bigReport(40, 30)
    const body = toComment(big, opts)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/more findings? in this file/)
    expect(body).toContain('### Strategy sign-off')
    expect(body).toContain('```diff')
  })

  it('never exceeds the limit, whatever the limit', () => {
    for (const max of [0, 10, 40, 200, 800, 1_500, 5_000, 20_000]) {
      const body = toComment(bigReport(10, 10), { ...opts, maxLength: max })
      expect(body.length).toBeLessThanOrEqual(max)
      if (max >= MARKER.length) expect(body.startsWith(MARKER)).toBe(true)
    }
  })

  it('links a removed file at the base commit, or not at all without one', () => {
    const report = sampleReport()
    report.files[2]!.status = 'removed'
    expect(toComment(report, opts)).toContain('| `content/blog/launch week.md` | removed |')
    expect(toComment(report, { ...opts, baseSha: 'b'.repeat(40) })).toContain(`/blob/${'b'.repeat(40)}/content/blog/launch%20week.md) | removed |`)
  })
})
