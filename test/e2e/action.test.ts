// End-to-end: the bundled Action, spawned as the runner spawns it, against a stand-in GitHub that holds the
// example site as the base commit. Each test is one pull request story and asserts what a PR author and a
// branch protection rule would see: commit statuses on the head sha, the comment, outputs and exit code.
import { describe, expect, it } from 'vitest'
import type { GitHubStandin } from '../support/github-standin.js'
import {
  GITHUB_TOKEN,
  edit,
  eventPayload,
  failures,
  lineOf,
  markedComments,
  overlay,
  push,
  runAction,
  scenarioChanges,
  setPull,
  sha,
  startBarrier,
  siteTree,
  type EventName,
  type RunResult,
  type Tree,
  useActionSuite,
  visibleText,
} from './harness.js'

const CONTENT = 'copydesk/content'
const SIGNOFF = 'copydesk/strategy-signoff'
const SIGNOFF_TOKEN = 'ghp_e2eSignoffToken9876543210zyxwvuZYXWVU'
const STRATEGIST = 'cmo-jane'
const BLOG = 'content/blog/five-tips-shared-inbox.md'
const HOME = 'content/pages/home.mdx'
const BASE_SHA = sha('base-main')

const { startGitHub } = useActionSuite()

async function newStandin(): Promise<GitHubStandin> {
  const standin = await startGitHub()
  // @acme/strategy owns the positioning artifact; only the signoff token may read the team.
  standin.state.teams['acme/strategy'] = [STRATEGIST, 'vp-marketing']
  standin.state.teamReaders = [SIGNOFF_TOKEN]
  return standin
}

interface Story {
  standin: GitHubStandin
  number: number
  base: Tree
  head: Tree
  headSha: string
}

async function story(number: number, author: string, changes: Record<string, string | null>, base: Tree = siteTree()): Promise<Story> {
  const standin = await newStandin()
  const head = overlay(base, changes)
  const headSha = sha(`head-${number}-1`)
  setPull(standin, { number, author, base, head, baseSha: BASE_SHA, headSha })
  return { standin, number, base, head, headSha }
}

function run(s: Story, opts: { event?: EventName; inputs?: Record<string, string>; githubSha?: string; apiUrl?: string; review?: { id: number; login: string; state: string; commitId: string } } = {}): Promise<RunResult> {
  const event = opts.event ?? 'pull_request'
  const pull = s.standin.state.pulls[s.number]
  if (pull === undefined) throw new Error(`no pull request #${s.number}`)
  return runAction({
    standin: s.standin,
    event,
    payload: eventPayload(event, pull, opts.review ? { review: opts.review } : {}),
    ...(opts.inputs ? { inputs: opts.inputs } : {}),
    ...(opts.githubSha ? { githubSha: opts.githubSha } : {}),
    ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}),
  })
}

function status(s: Story, context: string, onSha = s.standin.state.pulls[s.number]?.head.sha ?? s.headSha): { state: string; description: string | null } | undefined {
  const latest = s.standin.latestStatus(onSha, context)
  return latest === undefined ? undefined : { state: latest.state, description: latest.description }
}

function comment(s: Story): string {
  const bodies = markedComments(s.standin, s.number)
  expect(bodies).toHaveLength(1)
  return bodies[0] as string
}

const harmless = (): Tree => scenarioChanges('01-harmless-edit')
const positioningRewrite = (): Tree => scenarioChanges('02-positioning-rewrite')

describe('a pull request event, end to end', () => {
  it('passes a typo fix in a blog post: both statuses green on the head, one traceability comment, exit 0', async () => {
    const s = await story(418, 'sam-okafor', harmless())
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(status(s, CONTENT)?.state).toBe('success')
    expect(status(s, SIGNOFF)?.state).toBe('success')
    expect(result.outputs['verdict']).toBe('pass')
    expect(result.outputs['positioning-changed']).toBe('false')
    expect(result.report?.['verdict']).toBe('pass')
    expect(comment(s).startsWith('<!-- copydesk:traceability -->')).toBe(true)
    expect(result.summary.length).toBeGreaterThan(0)
    // The merge commit GITHUB_SHA names is not what the PR will merge as: nothing lands on it.
    expect(s.standin.state.statuses[sha('merge-commit')]).toBeUndefined()
  })

  it('fails copydesk/content on a banned claim, with an error annotation on the line that makes it', async () => {
    const base = siteTree()
    const claim = 'Guaranteed results in 30 days.'
    const text = edit(base[BLOG], 'Keep a running list;', `${claim} Keep a running list;`)
    const s = await story(430, 'sam-okafor', { [BLOG]: text }, base)
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(status(s, CONTENT)?.state).toBe('failure')
    const annotation = result.commands.find((c) => c.command === 'error' && c.properties['file'] === BLOG)
    expect(annotation).toBeDefined()
    expect(annotation?.properties['line']).toBe(String(lineOf(text, claim)))
    expect(annotation?.message).toContain('Guaranteed')
    expect(Number(result.outputs['errors'])).toBeGreaterThanOrEqual(1)
    expect(result.outputs['verdict']).toBe('fail')
    expect(failures(result).join('\n')).toMatch(/at `error` severity or above/)
  })

  it('leaves copydesk/strategy-signoff pending on a homepage positioning rewrite, and shows the before and after', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(status(s, CONTENT)?.state).toBe('success')
    expect(status(s, SIGNOFF)?.state).toBe('pending')
    expect(status(s, SIGNOFF)?.description).toMatch(/@acme\/strategy/)
    expect(result.outputs['verdict']).toBe('needs-signoff')
    expect(result.outputs['positioning-changed']).toBe('true')
    const body = comment(s)
    const diff = /```diff\n([\s\S]*?)\n```/.exec(body)?.[1] ?? ''
    expect(diff).toContain('- Every customer conversation, one platform.')
    expect(diff).toContain('+ Email, chat and SMS. One inbox. One team.')
  })
})

describe('strategy sign-off across events and pushes', () => {
  it('turns green when a member of @acme/strategy approves the head, and the comment says who approved which commit', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const review = s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: s.headSha })
    const result = await run(s, {
      event: 'pull_request_review',
      inputs: { 'signoff-token': SIGNOFF_TOKEN },
      review: { id: review.id, login: STRATEGIST, state: 'APPROVED', commitId: s.headSha },
    })

    expect(result.code).toBe(0)
    expect(status(s, SIGNOFF)?.state).toBe('success')
    expect(status(s, SIGNOFF)?.description).toContain(`@${STRATEGIST}`)
    expect(result.outputs['verdict']).toBe('pass')
    expect(comment(s)).toMatch(new RegExp(`\`@${STRATEGIST}\` approved .*${s.headSha.slice(0, 7)}`))
    // The team was read with the signoff token, never with the workflow token.
    const teamReads = s.standin.requestsTo('teams/list-members-in-org')
    expect(teamReads.length).toBeGreaterThan(0)
    expect(teamReads.every((r) => r.token === SIGNOFF_TOKEN)).toBe(true)
    // GITHUB_SHA is the merge commit on review events: statuses go to the head.
    expect(s.standin.state.statuses[sha('merge-commit')]).toBeUndefined()
  })

  it('stays pending without a signoff-token, since team membership cannot be verified, and says a signoff-token is needed', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const review = s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: s.headSha })
    const result = await run(s, {
      event: 'pull_request_review',
      review: { id: review.id, login: STRATEGIST, state: 'APPROVED', commitId: s.headSha },
    })

    expect(result.code).toBe(0)
    expect(status(s, SIGNOFF)?.state).toBe('pending')
    expect(status(s, SIGNOFF)?.description).toMatch(/could not be verified/)
    expect(comment(s)).toContain('`signoff-token`')
    expect(result.outputs['verdict']).toBe('needs-signoff')
  })

  it('makes an approval stale when a later push rewrites the tagline again', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const approvedSha = s.headSha
    s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: approvedSha })
    const newHeadSha = sha('head-421-2')
    push(s.standin, s.number, newHeadSha, overlay(s.head, { [HOME]: edit(s.head[HOME], 'One inbox. One team.', 'One inbox for the whole team.') }))
    const result = await run(s, { inputs: { 'signoff-token': SIGNOFF_TOKEN } })

    expect(result.code).toBe(0)
    expect(status(s, SIGNOFF, newHeadSha)?.state).toBe('pending')
    expect(status(s, SIGNOFF, newHeadSha)?.description).toContain(`approved an older commit (${approvedSha.slice(0, 7)})`)
    expect(result.outputs['verdict']).toBe('needs-signoff')
  })

  it('mentions the strategy owners once: in the comment that first needs their sign-off, not on the next push', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const mentions = (body: string): string[] => body.match(/(?<![`\w\u200d@])@acme\/strategy/g) ?? []
    await run(s)
    const first = comment(s)
    expect(mentions(first)).toEqual(['@acme/strategy'])
    expect(first.split('\n')[1]).toBe('<!-- copydesk:state signoff=pending -->')
    push(s.standin, s.number, sha('head-421-4'), overlay(s.head, { [HOME]: edit(s.head[HOME], 'One inbox. One team.', 'One inbox for the whole team.') }))
    await run(s)
    const second = comment(s)
    expect(second).not.toBe(first)
    expect(mentions(second)).toEqual([])
    expect(second).toContain('**Needs sign-off** from `@acme/strategy`')
  })

  it('keeps an approval standing when the later push changes only a non-positioning blog sentence, and says so', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const approvedSha = s.headSha
    s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: approvedSha })
    const newHeadSha = sha('head-421-3')
    push(s.standin, s.number, newHeadSha, overlay(s.head, { [BLOG]: edit(s.head[BLOG], 'recieve', 'receive') }))
    const result = await run(s, { inputs: { 'signoff-token': SIGNOFF_TOKEN } })

    expect(result.code).toBe(0)
    expect(status(s, SIGNOFF, newHeadSha)?.state).toBe('success')
    expect(result.outputs['verdict']).toBe('pass')
    expect(comment(s)).toContain(`@\u200d${STRATEGIST}'s approval on ${approvedSha.slice(0, 7)} still stands`)
  })

  it('asks for sign-off when an author edits the rules, and still flags the phrase the edit tried to allow', async () => {
    const s = await story(425, 'jonas-weber', scenarioChanges('03-loosen-rule'))
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(status(s, SIGNOFF)?.state).toBe('pending')
    expect(status(s, CONTENT)?.state).toBe('failure')
    expect(result.outputs['verdict']).toBe('fail')
    const files = (result.report?.['files'] ?? []) as { path: string; findings: { ruleId: string; text: string }[] }[]
    const post = files.find((f) => f.path === 'content/blog/how-we-price.md')
    expect(post?.findings.some((f) => f.ruleId === 'acme/no-price-promises')).toBe(true)
    const body = comment(s)
    expect(body).toContain('rules/acme.yml')
    expect(body).toContain('.github/copydesk.yml')
  })
})

describe('runs under real-world conditions', () => {
  it('leaves exactly one traceability comment when two runs overlap', async () => {
    const s = await story(418, 'sam-okafor', harmless())
    // Both runs list the comments, find none, and only then may either create one: the worst overlap.
    const gate = await startBarrier(s.standin.url, (method, path) => method === 'POST' && path.endsWith(`/issues/${s.number}/comments`), 2)
    try {
      const [first, second] = await Promise.all([run(s, { apiUrl: gate.url }), run(s, { apiUrl: gate.url })])

      expect(first.code).toBe(0)
      expect(second.code).toBe(0)
      expect(gate.held).toBe(2)
      expect(s.standin.requestsTo('issues/create-comment')).toHaveLength(2)
      expect(markedComments(s.standin, s.number)).toHaveLength(1)
    } finally {
      await gate.stop()
    }
  })

  it('retries a 502 from GitHub and then succeeds', async () => {
    const s = await story(418, 'sam-okafor', harmless())
    s.standin.failNext('pulls/get', 502)
    s.standin.failNext('pulls/list-files', 502)
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(s.standin.requestsTo('pulls/get')).toHaveLength(2)
    expect(s.standin.requestsTo('pulls/list-files')).toHaveLength(2)
    expect(status(s, CONTENT)?.state).toBe('success')
    expect(result.outputs['verdict']).toBe('pass')
  })

  it('names `statuses: write` when the token may not set commit statuses', async () => {
    const s = await story(418, 'sam-okafor', harmless())
    s.standin.deny('repos/create-commit-status', 403, 'Resource not accessible by integration')
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toContain('`statuses: write`')
    expect(s.standin.state.statuses[s.headSha]).toBeUndefined()
  })

  it('fails closed on a 3,001-file pull request, with no success status', async () => {
    const s = await story(440, 'sam-okafor', harmless())
    s.standin.setFileCount(s.number, 3001)
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toMatch(/changes 3001 files.*fails closed/)
    const states = (s.standin.state.statuses[s.headSha] ?? []).map((st) => st.state)
    expect(states).not.toContain('success')
    expect(status(s, CONTENT)?.state).toBe('error')
  })

  it('does not block on a finding on an untouched line of a touched file under `filter: added`, and lists it as pre-existing', async () => {
    const site = siteTree()
    const old = 'Every reply is guaranteed to sound human.'
    const base = overlay(site, { [BLOG]: edit(site[BLOG], 'Keep a running list;', `${old} Keep a running list;`) })
    const s = await story(445, 'sam-okafor', { [BLOG]: edit(base[BLOG], 'recieve', 'receive') }, base)
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(status(s, CONTENT)?.state).toBe('success')
    const body = comment(s)
    const preExisting = /Pre-existing \(not blocking\)[\s\S]*$/.exec(body)?.[0] ?? ''
    expect(preExisting).toContain('recommended/no-guarantees')
  })

  it('fails on the same untouched-line finding under `filter: file`', async () => {
    const site = siteTree()
    const old = 'Every reply is guaranteed to sound human.'
    const base = overlay(site, { [BLOG]: edit(site[BLOG], 'Keep a running list;', `${old} Keep a running list;`) })
    const s = await story(445, 'sam-okafor', { [BLOG]: edit(base[BLOG], 'recieve', 'receive') }, base)
    const result = await run(s, { inputs: { filter: 'file' } })

    expect(result.code).toBe(1)
    expect(status(s, CONTENT)?.state).toBe('failure')
    const annotation = result.commands.find((c) => c.command === 'error' && c.properties['file'] === BLOG)
    expect(annotation?.properties['line']).toBe(String(lineOf(s.head[BLOG] ?? '', old)))
  })

  it('posts a substitution fix as one suggestion, not again on a re-run, and deletes it once a push fixes the line', async () => {
    const site = siteTree()
    const added = 'Our best-in-class templates help new teammates.'
    const s = await story(450, 'sam-okafor', { [BLOG]: edit(site[BLOG], 'Keep a running list;', `${added} Keep a running list;`) }, site)

    const first = await run(s)
    expect(first.code).toBe(0)
    expect(s.standin.requestsTo('pulls/create-review')).toHaveLength(1)
    const posted = s.standin.state.reviewComments[s.number] ?? []
    expect(posted).toHaveLength(1)
    expect(posted[0]?.line).toBe(lineOf(s.head[BLOG] ?? '', added))
    expect(posted[0]?.body).toMatch(/```suggestion\n.*well-regarded templates/)
    expect(posted[0]?.body).toMatch(/<!-- copydesk:suggestion [0-9a-f]+ -->/)
    expect(s.standin.requestsTo('pulls/create-review')[0]?.body).toMatchObject({ event: 'COMMENT', commit_id: s.headSha })

    const again = await run(s)
    expect(again.code).toBe(0)
    expect(s.standin.requestsTo('pulls/create-review')).toHaveLength(1)
    expect(s.standin.state.reviewComments[s.number]).toHaveLength(1)

    push(s.standin, s.number, sha('head-450-2'), overlay(s.head, { [BLOG]: edit(s.head[BLOG], 'best-in-class', 'well-regarded') }))
    const fixed = await run(s)
    expect(fixed.code).toBe(0)
    expect(s.standin.state.reviewComments[s.number]).toEqual([])
    expect(s.standin.requestsTo('pulls/delete-review-comment')).toHaveLength(1)
  })
})

describe('what a workflow author sees when something is off', () => {
  it('reports a broken config at the base commit as a located error and marks both statuses `error`', async () => {
    const site = siteTree()
    const base = overlay(site, { '.github/copydesk.yml': 'content: [unclosed\n  - x: : :\n' })
    const s = await story(460, 'sam-okafor', { [BLOG]: edit(base[BLOG], 'recieve', 'receive') }, base)
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toMatch(/^\.github\/copydesk\.yml:\d+: invalid YAML/)
    expect(status(s, CONTENT)?.state).toBe('error')
    expect(status(s, SIGNOFF)?.state).toBe('error')
    expect(result.stderr).not.toMatch(/failed unexpectedly/)
  })

  it('turns copydesk/strategy-signoff red when a strategy owner requests changes', async () => {
    const site = siteTree()
    const s = await story(465, 'priya-nair', { [HOME]: edit(site[HOME], 'Every customer conversation, one platform.', 'The inbox for small teams.') }, site)
    s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'CHANGES_REQUESTED', commit_id: s.headSha })
    const result = await run(s, { inputs: { 'signoff-token': SIGNOFF_TOKEN } })

    expect(status(s, SIGNOFF)?.state).toBe('failure')
    expect(status(s, SIGNOFF)?.description).toContain(`@${STRATEGIST} requested changes`)
    expect(status(s, CONTENT)?.state).toBe('success')
    expect(result.outputs['verdict']).toBe('needs-signoff')
  })

  it('falls back to a warning, not a failure, when the token cannot post review suggestions (fork PRs)', async () => {
    const site = siteTree()
    const s = await story(470, 'sam-okafor', { [BLOG]: edit(site[BLOG], 'Keep a running list;', 'Our best-in-class templates help. Keep a running list;') }, site)
    s.standin.deny('pulls/create-review', 403, 'Resource not accessible by integration')
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(status(s, CONTENT)?.state).toBe('success')
    const warning = result.commands.find((c) => c.command === 'warning' && c.properties['file'] === undefined)
    expect(warning?.message).toContain('`pull-requests: write`')
    expect(s.standin.state.reviewComments[s.number] ?? []).toEqual([])
    // The fix is still visible where a read-only token can put it.
    expect(result.commands.some((c) => c.properties['file'] === BLOG && c.message.includes('well-regarded'))).toBe(true)
  })

  // The runner drops the 11th error of a step: the line saying why the step failed must never be that one.
  it("keeps the step's workflow commands within the runner's caps of 10 errors and 10 warnings", async () => {
    const site = siteTree()
    const many = Array.from({ length: 40 }, (_, i) => `Tip ${i + 6}: guaranteed best-in-class results.`).join('\n\n')
    const s = await story(475, 'sam-okafor', { [BLOG]: `${site[BLOG] ?? ''}\n${many}\n` }, site)
    const result = await run(s)

    expect(result.code).toBe(1)
    const count = (command: string): number => result.commands.filter((c) => c.command === command).length
    expect(failures(result).join('\n')).toContain('40 findings')
    expect(count('error')).toBeLessThanOrEqual(10)
    expect(count('warning')).toBeLessThanOrEqual(10)
  })
})

describe('events and secrets', () => {
  it('ignores a push event with a notice, exit 0 and no API calls', async () => {
    const s = await story(418, 'sam-okafor', harmless())
    const result = await run(s, { event: 'push' })

    expect(result.code).toBe(0)
    expect(result.commands.some((c) => c.command === 'notice' && c.message.includes('`push`'))).toBe(true)
    expect(s.standin.requests).toEqual([])
  })

  it('checks the PR head under pull_request_target, where GITHUB_SHA is the default branch, without a checkout', async () => {
    const s = await story(418, 'sam-okafor', harmless())
    const defaultBranchSha = sha('main-tip')
    const result = await run(s, { event: 'pull_request_target', githubSha: defaultBranchSha })

    expect(result.code).toBe(0)
    expect(status(s, CONTENT)?.state).toBe('success')
    expect(s.standin.state.statuses[defaultBranchSha]).toBeUndefined()
    const refs = s.standin.requestsTo('repos/get-content').map((r) => r.query['ref'])
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.every((ref) => ref === BASE_SHA || ref === s.headSha)).toBe(true)
  })

  it('never prints the github-token or the signoff-token, only masks them', async () => {
    const s = await story(421, 'priya-nair', positioningRewrite())
    const review = s.standin.addReview(s.number, { user: { login: STRATEGIST }, state: 'APPROVED', commit_id: s.headSha })
    const ok = await run(s, {
      event: 'pull_request_review',
      inputs: { 'signoff-token': SIGNOFF_TOKEN },
      review: { id: review.id, login: STRATEGIST, state: 'APPROVED', commitId: s.headSha },
    })
    // A failure whose message quotes GitHub's answer must not quote the request's credentials either.
    s.standin.deny('issues/list-comments', 403, 'Resource not accessible by integration')
    const denied = await run(s, { inputs: { 'signoff-token': SIGNOFF_TOKEN } })

    expect(ok.code).toBe(0)
    expect(denied.code).toBe(1)
    for (const result of [ok, denied]) {
      expect(result.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`)
      expect(result.stdout).toContain(`::add-mask::${SIGNOFF_TOKEN}`)
      const text = visibleText(s.standin, result)
      expect(text).not.toContain(GITHUB_TOKEN)
      expect(text).not.toContain(SIGNOFF_TOKEN)
    }
  })
})
