// Config `suppressions`: what an inline comment may silence, and which silencing needs strategy sign-off.
// The pull request's content is the author's; the policy is read at base, so the author cannot widen it.
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { toComment } from '../../src/reports/index.js'
import type { Report } from '../../src/types.js'

const POST = 'content/post.md'
const BASE_POST = '---\ntitle: Post\n---\n# Post\n\nA calm sentence.\n'
const CODEOWNERS = '/strategy/ @cmo\n'
const ARTIFACT = '---\ntaglines: ["One inbox."]\n---\n'

interface Run {
  config?: string
  basePost?: string
  headPost: string
  approvedBy?: string
}

async function check({ config, basePost = BASE_POST, headPost, approvedBy }: Run): Promise<Report> {
  const baseFiles = { '.github/CODEOWNERS': CODEOWNERS, 'strategy/positioning.md': ARTIFACT, [POST]: basePost, ...(config ? { '.github/copydesk.yml': config } : {}) }
  const base = memoryTree(baseFiles, 'base')
  const head = memoryTree({ ...baseFiles, [POST]: headPost }, 'head')
  return runCheck({
    base,
    head,
    policy: await loadPolicy(base),
    files: [{ path: POST, status: 'modified' }],
    filter: 'added',
    failOn: 'error',
    signoff: {
      author: 'writer',
      headSha: 'h'.repeat(40),
      reviews: approvedBy ? [{ login: approvedBy, state: 'APPROVED', commitId: 'h'.repeat(40), submittedAt: '2026-01-01T00:00:00Z' }] : [],
      teamMembers: {},
      positioningStableSince: [],
      labels: [],
      body: '',
    },
  })
}

const withLine = (line: string): string => `${BASE_POST}${line}\n`
const GUARANTEE = '<!-- copydesk-disable-next-line recommended/no-guarantees -- sales wants this -->\nResults are guaranteed.'

describe('the secure default: an error-severity banned claim needs strategy sign-off to be silenced', () => {
  it('a PR that adds the suppression does not pass: the finding counts and sign-off is required', async () => {
    const report = await check({ headPost: withLine(GUARANTEE) })
    expect(report.verdict).toBe('fail')
    expect(report.signoff).toMatchObject({ required: true, state: 'pending', owners: ['@cmo'] })
    const finding = report.files[0]?.findings.find((f) => f.ruleId === 'recommended/no-guarantees')
    expect(finding?.suppression).toMatchObject({ status: 'awaiting-signoff', reason: 'sales wants this', line: 7 })
    expect(report.suppressions).toEqual([
      expect.objectContaining({ path: POST, line: 7, rules: ['recommended/no-guarantees'], reason: 'sales wants this', added: true, findings: [expect.objectContaining({ ruleId: 'recommended/no-guarantees', line: 8, outcome: 'awaiting-signoff' })] }),
    ])
  })

  it('once a strategy owner approves the head, the suppression is honoured and marked signed off', async () => {
    const report = await check({ headPost: withLine(GUARANTEE), approvedBy: 'cmo' })
    expect(report.verdict).toBe('pass')
    expect(report.files[0]?.suppressed[0]?.suppressed).toEqual({ reason: 'sales wants this', line: 7, signedOff: true })
    expect(report.suppressions?.[0]?.findings[0]?.outcome).toBe('signed-off')
  })

  it('a warning-severity suppression is honoured without sign-off, and still listed', async () => {
    const report = await check({ headPost: withLine('<!-- copydesk-disable-next-line recommended/no-best-in-class -- award title -->\nOur best-in-class inbox.') })
    expect(report.verdict).toBe('pass')
    expect(report.signoff.required).toBe(false)
    expect(report.suppressions?.[0]?.findings.map((f) => f.outcome)).toEqual(['suppressed'])
  })

  it('an existing suppression on lines the PR leaves alone is neither listed nor signed off again', async () => {
    const report = await check({ basePost: withLine(GUARANTEE), headPost: withLine(GUARANTEE).replace('A calm sentence.', 'A calmer sentence.') })
    expect(report.verdict).toBe('pass')
    expect(report.suppressions).toBeUndefined()
  })

  it('an existing suppression range that the PR puts a new claim under needs sign-off for it', async () => {
    const range = '<!-- copydesk-disable recommended/no-guarantees -- legal approved, LEGAL-1 -->\nOld text.'
    const report = await check({ basePost: withLine(range), headPost: withLine(`${range}\nNew text, guaranteed.`) })
    expect(report.verdict).toBe('fail')
    expect(report.suppressions).toEqual([expect.objectContaining({ line: 7, added: false, findings: [expect.objectContaining({ line: 9, outcome: 'awaiting-signoff' })] })])
  })
})

describe('config forbids or allows suppressing rules', () => {
  const forbid = 'suppressions:\n  forbid:\n    - rules: [recommended/no-guarantees]\n  require-signoff: []\n'

  it('a suppression of a forbidden rule is not honoured: the finding counts and the suppression is reported', async () => {
    const report = await check({ config: forbid, headPost: withLine(GUARANTEE), approvedBy: 'cmo' })
    expect(report.verdict).toBe('fail')
    const finding = report.files[0]?.findings.find((f) => f.ruleId === 'recommended/no-guarantees')
    expect(finding?.suppression?.status).toBe('forbidden')
    expect(finding?.suppression?.why).toContain('`suppressions.forbid`')
    expect(report.suppressions?.[0]?.findings.map((f) => f.outcome)).toEqual(['forbidden'])
    const comment = toComment(report, { marker: '<!-- m -->', headSha: 'h'.repeat(40), serverUrl: 'https://github.com', repository: 'acme/site' })
    expect(comment).toMatch(/Suppressions this pull request adds \(1\)[\s\S]*sales wants this[\s\S]*not honoured/)
  })

  it('a forbidden rule stays forbidden in a pre-existing suppression too (it just does not block outside changed lines)', async () => {
    const report = await check({ config: forbid, basePost: withLine(GUARANTEE), headPost: withLine(GUARANTEE).replace('A calm', 'A calmer') })
    expect(report.files[0]?.preExisting.map((f) => [f.ruleId, f.suppression?.status])).toEqual([['recommended/no-guarantees', 'forbidden']])
    expect(report.verdict).toBe('pass')
  })

  it('`allow` lists what may be suppressed; anything else keeps counting', async () => {
    const config = 'suppressions:\n  allow:\n    - severities: [warning, info]\n'
    const report = await check({ config, headPost: withLine('<!-- copydesk-disable -- everything, please -->\nResults are guaranteed. Our best-in-class inbox.') })
    const file = report.files[0]
    expect(file?.suppressed.map((f) => f.ruleId)).toEqual(['recommended/no-best-in-class'])
    expect(file?.findings.find((f) => f.ruleId === 'recommended/no-guarantees')?.suppression?.why).toContain('`suppressions.allow`')
    expect(report.verdict).toBe('fail')
  })

  it('`require-signoff` can name a category at any severity', async () => {
    const config = 'suppressions:\n  require-signoff:\n    - categories: [banned-claim]\n'
    const report = await check({ config, headPost: withLine('<!-- copydesk-disable-next-line recommended/no-best-in-class -- award title -->\nOur best-in-class inbox.') })
    expect(report.signoff.state).toBe('pending')
    expect(report.suppressions?.[0]?.findings.map((f) => f.outcome)).toEqual(['awaiting-signoff'])
  })

  it('a selector naming nothing is a located config error', async () => {
    await expect(check({ config: 'suppressions:\n  forbid:\n    - {}\n', headPost: BASE_POST })).rejects.toThrow(/^\.github\/copydesk\.yml:3: .*at least one of `rules`, `categories` or `severities`/)
  })
})
