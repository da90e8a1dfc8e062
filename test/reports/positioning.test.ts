// The positioning part of the report as a strategy owner reads it: the decision at the top, a readable
// before/after for each change, tables as tables, policy edits as the file reads, and the owners
// mentioned once, when their sign-off becomes required.
import { describe, expect, it } from 'vitest'
import { readCommentState, shouldMention, toComment, type CommentOptions } from '../../src/reports/comment.js'
import { toMarkdown } from '../../src/reports/markdown.js'
import { describeReason, highlight } from '../../src/reports/positioning-md.js'
import type { PositioningChange, Report } from '../../src/types.js'
import { cleanReport, HEAD, sampleReport } from './fixture.js'

const MARKER = '<!-- copydesk:traceability -->'
const opts: CommentOptions = { marker: MARKER, headSha: HEAD, serverUrl: 'https://github.com', repository: 'acme/site' }

function pending(changes: PositioningChange[], over: Partial<Report> = {}): Report {
  const report = sampleReport()
  return {
    ...report,
    verdict: 'needs-signoff',
    files: cleanReport().files,
    positioning: { changed: true, changes, policyFiles: [...new Set(changes.filter((c) => c.reason === 'policy-file').map((c) => c.path))] },
    signoff: { required: true, state: 'pending', owners: ['@acme/strategy'], approvedBy: [], reason: '0 of 1 strategy owners approved the current head.', notes: [] },
    ...over,
  }
}

const LONG_BEFORE =
  'Relay sends your JavaScript, CSS and image updates straight to the phones of every user on iOS and Android, without a new store review, and rolls them back in one click when a release goes wrong.'
const LONG_AFTER = LONG_BEFORE.replace('in one click', 'in seconds')

const SENTENCE: PositioningChange = { path: 'content/pages/product.md', kind: 'modified', before: LONG_BEFORE, after: LONG_AFTER, line: 9, reason: 'type:product', field: 'Live updates' }
const ROW: PositioningChange = {
  path: 'content/pages/pricing.md',
  kind: 'modified',
  before: 'SSO add-on | $49 per month | Monthly or yearly',
  after: 'SSO add-on | $79 per month | Monthly or yearly',
  line: 12,
  reason: 'price-changed:$49 → $79',
  field: 'Pricing › SSO add-on',
  table: { columns: ['Add-on', 'Price', 'Billing'], before: ['SSO add-on', '$49 per month', 'Monthly or yearly'], after: ['SSO add-on', '$79 per month', 'Monthly or yearly'] },
}
const POLICY: PositioningChange = {
  path: '.github/copydesk.yml',
  kind: 'modified',
  before: '      acme/no-price-promises: error',
  after: '      acme/no-price-promises: "off"',
  line: 10,
  reason: 'policy-file',
  field: 'copydesk config',
  context: 'types:\n  product:\n    severity:',
  rule: 'acme/no-price-promises',
  loosens: ['`acme/no-price-promises` turned off for `product` pages'],
}

describe('the decision at the top', () => {
  it('says what a strategy owner must decide: positioning changed, policy loosened', () => {
    const body = toComment(pending([SENTENCE, ROW, POLICY]), opts)
    expect(body.split('\n').slice(2, 5)).toEqual([
      '## ⏳ copydesk: needs sign-off',
      '',
      '**Needs sign-off** from @acme/strategy: positioning changed in 2 files; policy loosened: `acme/no-price-promises` turned off for `product` pages.',
    ])
  })

  it('a failing PR that loosens a rule says it needs sign-off too, not only "fix it"', () => {
    const report = { ...sampleReport(), positioning: { changed: true, changes: [POLICY], policyFiles: ['.github/copydesk.yml'] } }
    const body = toComment(report, opts)
    expect(body).toContain('## ❌ copydesk: fail · ⏳ needs sign-off\n\n**Needs sign-off** from @acme/strategy: policy loosened: `acme/no-price-promises` turned off for `product` pages.')
    expect(body).toContain("fix them or suppress with a reason. This pull request's own policy edits apply only after it merges.")
  })

  it('puts the sign-off right under the header when the PR touches many files', () => {
    const report = pending([SENTENCE])
    report.files = Array.from({ length: 15 }, (_, i) => ({ ...cleanReport().files[0]!, path: `content/blog/post-${i}.md`, status: 'renamed' as const, previousPath: `content/posts/post-${i}.md` }))
    const body = toComment(report, opts)
    expect(body.indexOf('### Strategy sign-off')).toBeGreaterThan(body.indexOf('**Needs sign-off**'))
    expect(body.indexOf('### Strategy sign-off')).toBeLessThan(body.indexOf('### Changed files'))
    // A folder move says only what moved, so the file table stays narrow.
    expect(body).toContain('| moved from `content/posts/` |')
    const few = toComment(pending([SENTENCE]), opts)
    expect(few.indexOf('### Strategy sign-off')).toBeGreaterThan(few.indexOf('### 🧭 Positioning changes'))
  })
})

describe('a readable before/after', () => {
  it('shows a three-word edit in a long sentence as those words, struck and bold, with the unchanged ends cut', () => {
    expect(highlight(LONG_BEFORE, LONG_AFTER)).toBe('… and rolls them back in ~~one click~~ **seconds** when a release goes wrong.')
  })

  it('wraps the diff block so no line is cut off at a 780 px column', () => {
    const body = toComment(pending([SENTENCE]), opts)
    const block = body.slice(body.indexOf('```diff'), body.indexOf('```', body.indexOf('```diff') + 3))
    const lines = block.split('\n').slice(1).filter((l) => l !== '')
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.every((l) => l.length <= 78 && /^[-+] /.test(l))).toBe(true)
    expect(body).toContain('· **modified** · content type product under “Live updates”')
  })

  it('leaves the highlight out when the sentence was rewritten rather than edited', () => {
    expect(highlight('Every customer conversation, one platform.', 'Email, chat and SMS. One inbox. One team.')).toBeNull()
  })

  it('escapes markdown in the words it highlights', () => {
    expect(highlight('Pricing for plan_pro [teams] from $29', 'Pricing for plan_pro [teams] from $35')).toBe('Pricing for plan\\_pro \\[teams\\] from ~~$29~~ **$35**')
  })

  it('shows a changed table row as a small table under the column headers, the changed words marked', () => {
    const body = toComment(pending([ROW]), opts)
    expect(body).toContain(
      [
        `[L12](https://github.com/acme/site/blob/${HEAD}/content/pages/pricing.md?plain=1#L12) · **modified** · price $49 → $79 in Pricing › SSO add-on`,
        '',
        '|   | Add-on | Price | Billing |',
        '| --- | --- | --- | --- |',
        '| before | SSO add-on | ~~$49~~ per month | Monthly or yearly |',
        '| after | SSO add-on | **$79** per month | Monthly or yearly |',
      ].join('\n'),
    )
  })

  it('shows an added comparison row as one added row', () => {
    const added: PositioningChange = { ...ROW, kind: 'added', before: null, reason: 'type:comparison', field: 'At a glance › End-to-end encryption', table: { columns: ['Feature', 'Relay', 'Appflow'], before: null, after: ['End-to-end encryption', '✅', '❌ only for Portal'] } }
    expect(toComment(pending([added]), opts)).toContain('| added | End-to-end encryption | ✅ | ❌ only for Portal |')
  })

  it('shows a policy edit with its indentation and enclosing keys, the rule and what it loosens', () => {
    const body = toComment(pending([POLICY]), opts)
    expect(body).toContain(
      [
        `[L10](https://github.com/acme/site/blob/${HEAD}/.github/copydesk.yml#L10) · **modified** · rule \`acme/no-price-promises\` in copydesk config  `,
        '⚠️ loosens: `acme/no-price-promises` turned off for `product` pages',
        '',
        '```diff',
        '  types:',
        '    product:',
        '      severity:',
        '-       acme/no-price-promises: error',
        '+       acme/no-price-promises: "off"',
        '```',
      ].join('\n'),
    )
  })

  it('names both sides of a change in the reason', () => {
    expect(describeReason('term-removed:open-source')).toBe('term removed: open-source')
    expect(describeReason('price-changed:$49 → $79')).toBe('price $49 → $79')
    expect(describeReason('figure-changed:15 minutes → 3 minutes')).toBe('figure 15 minutes → 3 minutes')
    expect(describeReason('statement-removed:value-proposition')).toBe('approved value proposition dropped')
  })
})

describe('owners are mentioned once, when their sign-off becomes required', () => {
  const mentions = (body: string): string[] => body.match(/(?<![`\w\u200d@])@[A-Za-z0-9][\w./-]*/g) ?? []

  it('mentions them in the first comment that needs their sign-off, and records the state', () => {
    const body = toComment(pending([SENTENCE]), opts)
    expect(mentions(body)).toEqual(['@acme/strategy'])
    expect(readCommentState(body)).toEqual({ signoff: 'pending' })
  })

  it('does not mention them again while the request stands', () => {
    const first = toComment(pending([SENTENCE]), opts)
    const again = toComment(pending([SENTENCE, ROW]), { ...opts, previousBody: first })
    expect(mentions(again)).toEqual([])
    expect(again).toContain('**Needs sign-off** from `@acme/strategy`')
  })

  it('never mentions anyone in a passing or unchanged comment, approvers and override users included', () => {
    const passing = cleanReport()
    passing.signoff = { ...passing.signoff, owners: ['@acme/strategy'] }
    expect(mentions(toComment(passing, opts))).toEqual([])
    const approved: Report = { ...pending([SENTENCE]), verdict: 'pass', signoff: { required: true, state: 'approved', owners: ['@acme/strategy'], approvedBy: [{ login: 'jane', commit: HEAD, at: '2026-11-24T10:02:31Z' }], reason: '@jane approved the current head.', notes: [] } }
    const body = toComment(approved, { ...opts, previousBody: toComment(pending([SENTENCE]), opts) })
    expect(mentions(body)).toEqual([])
    expect(body).toContain('`@jane` approved')
  })

  it('mentions them again when positioning changes after they approved', () => {
    const approved = `${MARKER}\n<!-- copydesk:state signoff=approved -->\n## ✅ copydesk: pass\n`
    expect(mentions(toComment(pending([SENTENCE]), { ...opts, previousBody: approved }))).toEqual(['@acme/strategy'])
  })

  it('decides from the previous state alone', () => {
    const report = pending([SENTENCE])
    expect(shouldMention(report, null)).toBe(true)
    expect(shouldMention(report, { signoff: 'not-required' })).toBe(true)
    expect(shouldMention(report, { signoff: 'pending' })).toBe(false)
    expect(shouldMention(report, { signoff: 'rejected' })).toBe(false)
    expect(shouldMention({ ...report, signoff: { ...report.signoff, state: 'rejected' } }, null)).toBe(false)
    expect(readCommentState('<!-- copydesk:traceability -->\n## old comment without a state')).toBeNull()
  })

  it('never mentions anyone in the job summary or markdown output', () => {
    expect(mentions(toMarkdown(pending([SENTENCE])))).toEqual([])
  })
})
