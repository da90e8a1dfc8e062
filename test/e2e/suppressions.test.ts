// End-to-end: inline suppressions under config `suppressions`, as a PR author and a strategy owner see them.
import { describe, expect, it } from 'vitest'
import type { GitHubStandin } from '../support/github-standin.js'
import { edit, eventPayload, markedComments, overlay, runAction, setPull, sha, siteTree, type RunResult, type Tree, useActionSuite } from './harness.js'

const CONTENT = 'copydesk/content'
const SIGNOFF = 'copydesk/strategy-signoff'
const SIGNOFF_TOKEN = 'ghp_e2eSignoffToken9876543210zyxwvuZYXWVU'
const STRATEGIST = 'cmo-jane'
const BLOG = 'content/blog/five-tips-shared-inbox.md'
const CONFIG = '.github/copydesk.yml'
const BASE_SHA = sha('base-main')
const SALES = '<!-- copydesk-disable-next-line recommended/no-guarantees -- sales wants this -->\nGuaranteed results in 30 days.\n\n'

const { startGitHub } = useActionSuite()

interface Story {
  standin: GitHubStandin
  number: number
  headSha: string
}

async function story(number: number, changes: Record<string, string>, baseChanges: Record<string, string> = {}): Promise<Story> {
  const standin = await startGitHub()
  standin.state.teams['acme/strategy'] = [STRATEGIST]
  standin.state.teamReaders = [SIGNOFF_TOKEN]
  const base: Tree = overlay(siteTree(), baseChanges)
  const headSha = sha(`head-${number}`)
  setPull(standin, { number, author: 'sam-okafor', base, head: overlay(base, changes), baseSha: BASE_SHA, headSha })
  return { standin, number, headSha }
}

function run(s: Story): Promise<RunResult> {
  const pull = s.standin.state.pulls[s.number]
  if (pull === undefined) throw new Error('no pull request')
  return runAction({ standin: s.standin, event: 'pull_request', payload: eventPayload('pull_request', pull), inputs: { 'signoff-token': SIGNOFF_TOKEN } })
}

const addToBlog = (text: string): Record<string, string> => {
  const site = siteTree()
  return { [BLOG]: edit(site[BLOG], '## 1. Give every conversation one owner', `${text}## 1. Give every conversation one owner`) }
}
const latest = (s: Story, context: string): string | undefined => s.standin.latestStatus(s.headSha, context)?.state
const comment = (s: Story): string => markedComments(s.standin, s.number)[0] ?? ''

/** The suppression list comes before the changed-files table: near the top, where nobody scrolls past it. */
function suppressionBlock(body: string): string {
  const start = body.indexOf('### 🔕 Suppressions this pull request adds')
  expect(start).toBeGreaterThan(0)
  expect(start).toBeLessThan(body.indexOf('### Changed files'))
  return body.slice(start, body.indexOf('### Changed files'))
}

describe('suppressions a pull request adds', () => {
  it('silencing an error-severity banned claim needs a strategy owner: failing and pending until the head is approved', async () => {
    const s = await story(601, addToBlog(SALES))
    const first = await run(s)

    expect(first.code).toBe(1)
    expect(first.outputs['verdict']).toBe('fail')
    expect(latest(s, CONTENT)).toBe('failure')
    expect(latest(s, SIGNOFF)).toBe('pending')
    const block = suppressionBlock(comment(s))
    expect(block).toContain('`recommended/no-guarantees`')
    expect(block).toContain('sales wants this')
    expect(block).toMatch(/awaiting a strategy owner's sign-off/)

    s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: s.headSha })
    const approved = await run(s)
    expect(approved.code).toBe(0)
    expect(approved.outputs['verdict']).toBe('pass')
    expect(latest(s, CONTENT)).toBe('success')
    expect(latest(s, SIGNOFF)).toBe('success')
    expect(suppressionBlock(comment(s))).toMatch(/signed off by a strategy owner/)
  })

  it('a suppression of a rule config forbids is not honoured, even with approval, and is reported', async () => {
    const site = siteTree()
    const forbid = `${site[CONFIG] ?? ''}\nsuppressions:\n  forbid:\n    - rules: [recommended/no-guarantees]\n`
    const s = await story(602, addToBlog(SALES), { [CONFIG]: forbid })
    s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: s.headSha })
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(result.outputs['verdict']).toBe('fail')
    expect(latest(s, CONTENT)).toBe('failure')
    expect(suppressionBlock(comment(s))).toMatch(/not honoured: config forbids suppressing it/)
    const files = (result.report?.['files'] ?? []) as { path: string; findings: { ruleId: string; suppression?: { status: string } }[] }[]
    expect(files.find((f) => f.path === BLOG)?.findings.find((f) => f.ruleId === 'recommended/no-guarantees')?.suppression?.status).toBe('forbidden')
    const annotation = result.commands.find((c) => c.command === 'error' && c.properties['file'] === BLOG)
    expect(annotation?.message).toContain('Guaranteed')
  })

  it('a permitted suppression shows in the comment with its reason and passes without sign-off', async () => {
    const s = await story(603, addToBlog('<!-- copydesk-disable-next-line recommended/no-best-in-class -- G2 award title, source g2-2026 -->\nOur best-in-class templates help.\n\n'))
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(result.outputs['verdict']).toBe('pass')
    expect(latest(s, SIGNOFF)).toBe('success')
    const block = suppressionBlock(comment(s))
    expect(block).toContain('G2 award title, source g2-2026')
    expect(block).toMatch(/🔕 suppressed: `recommended\/no-best-in-class`/)
    expect((result.report?.['suppressions'] as unknown[] | undefined)?.length).toBe(1)
  })
})
