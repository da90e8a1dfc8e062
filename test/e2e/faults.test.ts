// End-to-end against a GitHub that misbehaves: the bundled Action against the stand-in with damaged answers
// (404s, bodies cut short, HTML from a gateway, resets, 5xx, secondary rate limits, a reviews API that never
// recovers). Every run ends with the verdict the content deserves or with an error; never a false success.
import { describe, expect, it } from 'vitest'
import { readsContent, type GitHubStandin } from '../support/github-standin.js'
import { edit, eventPayload, failures, markedComments, overlay, runAction, scenarioChanges, setPull, sha, siteTree, type RunResult, type Tree, useActionSuite } from './harness.js'

const CONTENT = 'copydesk/content'
const SIGNOFF = 'copydesk/strategy-signoff'
const BLOG = 'content/blog/five-tips-shared-inbox.md'
const PRICING_POST = 'content/blog/how-we-price.md'
const CONFIG = '.github/copydesk.yml'
const BASE_SHA = sha('base-main')

const { startGitHub } = useActionSuite()

interface Story {
  standin: GitHubStandin
  number: number
  headSha: string
  head: Tree
}

async function story(number: number, changes: Record<string, string | null>): Promise<Story> {
  const standin = await startGitHub()
  const base = siteTree()
  const head = overlay(base, changes)
  const headSha = sha(`head-${number}`)
  setPull(standin, { number, author: 'sam-okafor', base, head, baseSha: BASE_SHA, headSha })
  return { standin, number, headSha, head }
}

function run(s: Story): Promise<RunResult> {
  const pull = s.standin.state.pulls[s.number]
  if (pull === undefined) throw new Error(`no pull request #${s.number}`)
  return runAction({ standin: s.standin, event: 'pull_request', payload: eventPayload('pull_request', pull) })
}

const states = (s: Story): string[] => (s.standin.state.statuses[s.headSha] ?? []).map((status) => status.state)
const latest = (s: Story, context: string): string | undefined => s.standin.latestStatus(s.headSha, context)?.state

/** The house rule `acme/no-price-promises` (rules/acme.yml, listed in the base config) bans this phrase. */
const housePhrase = (): Record<string, string> => {
  const site = siteTree()
  return { [PRICING_POST]: edit(site[PRICING_POST], '# ', 'We will never raise your price.\n\n# ') }
}

/** A harmless edit plus a sentence with the recommended pack's `guaranteed`: the verdict must be fail. */
const bannedClaim = (): Record<string, string> => {
  const site = siteTree()
  return { [BLOG]: edit(site[BLOG], 'Keep a running list;', 'Guaranteed results in 30 days. Keep a running list;') }
}

/** Asserts the run could not check the changed blog post and said so everywhere, with no green anywhere. */
function expectUnreadBlog(s: Story, result: RunResult, reason: RegExp): void {
  expect(result.code).toBe(1)
  expect(result.outputs['verdict']).toBe('fail')
  expect(latest(s, CONTENT)).toBe('error')
  expect(s.standin.latestStatus(s.headSha, CONTENT)?.description).toContain(BLOG)
  // The unread file may hold a positioning change: sign-off cannot be called "not needed" either.
  expect(latest(s, SIGNOFF)).toBe('error')
  expect(states(s)).not.toContain('success')
  const files = (result.report?.['files'] ?? []) as { path: string; error?: string; findings: { ruleId: string }[] }[]
  const blog = files.find((file) => file.path === BLOG)
  expect(blog?.error).toMatch(reason)
  expect(blog?.findings.map((f) => f.ruleId)).toContain('input/read-failed')
  expect(failures(result).join('\n')).toMatch(/could not read 1 changed file/)
  const body = markedComments(s.standin, s.number)[0] ?? ''
  expect(body).toContain('could not read 1 changed file')
  expect(body).not.toMatch(/copydesk: pass/)
}

describe('a changed file the API will not give back', () => {
  it('a 404 on its contents at head is an error for that file, not a deleted file', async () => {
    const s = await story(501, scenarioChanges('01-harmless-edit'))
    s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(BLOG, s.headSha), times: Infinity, damage: { status: 404, body: { message: 'Not Found' } } })
    const result = await run(s)
    expectUnreadBlog(s, result, /lists this file as modified, but it is absent at head/)
    expect(states(s)).not.toContain('success')
  })

  it('a body cut short on every attempt is an error for that file, not "not a file"', async () => {
    const s = await story(502, scenarioChanges('01-harmless-edit'))
    s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(BLOG, s.headSha), times: Infinity, damage: 'truncate' })
    const result = await run(s)
    expectUnreadBlog(s, result, /not complete JSON/)
  })

  it('an HTML page from a gateway instead of JSON is an error for that file', async () => {
    const s = await story(503, scenarioChanges('01-harmless-edit'))
    s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(BLOG, s.headSha), times: Infinity, damage: 'html' })
    const result = await run(s)
    expectUnreadBlog(s, result, /not complete JSON/)
  })

  it('a body cut short once is read again and the run passes on the real content', async () => {
    const s = await story(504, scenarioChanges('01-harmless-edit'))
    s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(BLOG, s.headSha), damage: 'truncate' })
    const result = await run(s)
    expect(result.code).toBe(0)
    expect(result.outputs['verdict']).toBe('pass')
    expect(latest(s, CONTENT)).toBe('success')
    expect(s.standin.requestsTo('repos/get-content').filter((r) => readsContent(BLOG, s.headSha)(r)).length).toBeGreaterThanOrEqual(2)
  })
})

describe('a policy file the API will not give back', () => {
  it('a config cut short at base stops the run naming the file; the house rules never vanish into defaults', async () => {
    const s = await story(510, housePhrase())
    s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(CONFIG, BASE_SHA), times: Infinity, damage: 'truncate' })
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toContain(`could not read the policy file \`${CONFIG}\``)
    expect(result.stdout).not.toMatch(/running on defaults/)
    expect(latest(s, CONTENT)).toBe('error')
    expect(latest(s, SIGNOFF)).toBe('error')
    expect(states(s)).not.toContain('success')
    expect(result.outputs['verdict']).toBeUndefined()
  })

  it('the same PR without the damage fails on the house rule: the control for the test above', async () => {
    const s = await story(511, housePhrase())
    const result = await run(s)
    expect(result.code).toBe(1)
    expect(result.outputs['verdict']).toBe('fail')
    const files = (result.report?.['files'] ?? []) as { path: string; findings: { ruleId: string }[] }[]
    expect(files.find((f) => f.path === PRICING_POST)?.findings.map((f) => f.ruleId)).toContain('acme/no-price-promises')
  })

  it('a rule file that 500s on every attempt stops the run naming it', async () => {
    const s = await story(512, housePhrase())
    s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent('rules/acme.yml', BASE_SHA), times: Infinity, damage: { status: 500, body: { message: 'Server Error' } } })
    const result = await run(s)
    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toContain('could not read the policy file `rules/acme.yml`')
    expect(states(s)).not.toContain('success')
  })
})

describe('transient faults are retried and the verdict is the one the content deserves', () => {
  for (const [name, changes, verdict] of [
    ['a harmless edit passes', () => scenarioChanges('01-harmless-edit'), 'pass'],
    ['a banned claim fails', bannedClaim, 'fail'],
  ] as const) {
    it(`${name} through a 5xx, a reset, a cut body and a secondary rate limit with retry-after`, async () => {
      const s = await story(verdict === 'pass' ? 520 : 521, changes())
      s.standin.sabotage({ operationId: 'pulls/get', damage: { status: 403, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '1' } } })
      s.standin.sabotage({ operationId: 'pulls/list-files', damage: 'reset' })
      s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(BLOG, s.headSha), damage: { status: 502, body: { message: 'Bad Gateway' } } })
      s.standin.sabotage({ operationId: 'repos/get-content', when: readsContent(CONFIG, BASE_SHA), damage: 'truncate' })
      s.standin.sabotage({ operationId: 'pulls/list-reviews', damage: { status: 503, body: { message: 'Service Unavailable' } } })
      const result = await run(s)

      expect(result.outputs['verdict']).toBe(verdict)
      expect(result.code).toBe(verdict === 'pass' ? 0 : 1)
      expect(latest(s, CONTENT)).toBe(verdict === 'pass' ? 'success' : 'failure')
      expect(result.stdout).not.toMatch(/running on defaults/)
      expect(s.standin.requestsTo('pulls/get')).toHaveLength(2)
      expect(s.standin.requestsTo('pulls/list-reviews')).toHaveLength(2)
    })
  }
})

describe('the reviews API fails for good', () => {
  it('reading reviews: no verdict can be reached, so both statuses are `error`, never success', async () => {
    const s = await story(530, scenarioChanges('02-positioning-rewrite'))
    s.standin.sabotage({ operationId: 'pulls/list-reviews', times: Infinity, damage: { status: 502, body: { message: 'Bad Gateway' } } })
    const result = await run(s)
    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toMatch(/could not list the reviews of pull request #530: GitHub answered 502/)
    expect(latest(s, CONTENT)).toBe('error')
    expect(latest(s, SIGNOFF)).toBe('error')
    expect(states(s)).not.toContain('success')
  })

  it('posting suggestions: the fixes fall back to annotations and the verdict stands', async () => {
    const site = siteTree()
    const s = await story(531, { [BLOG]: edit(site[BLOG], 'Keep a running list;', 'Our best-in-class templates help. Keep a running list;') })
    s.standin.sabotage({ operationId: 'pulls/create-review', times: Infinity, damage: { status: 500, body: { message: 'Server Error' } } })
    const result = await run(s)
    expect(result.code).toBe(0)
    expect(result.outputs['verdict']).toBe('pass')
    expect(latest(s, CONTENT)).toBe('success')
    expect(result.commands.some((c) => c.command === 'warning' && c.message.includes('Suggestions could not be posted'))).toBe(true)
    expect(result.commands.some((c) => c.properties['file'] === BLOG && c.message.includes('well-regarded'))).toBe(true)
  })
})

describe('a hostile or broken config at base', () => {
  it('a 130,000-character glob is a located error naming the file and line, not an internal error with a stack', async () => {
    const site = siteTree()
    const standin = await startGitHub()
    const base = overlay(site, { [CONFIG]: `content:\n  include:\n    - "${'a'.repeat(130_000)}"\n` })
    const headSha = sha('head-540')
    setPull(standin, { number: 540, author: 'sam-okafor', base, head: overlay(base, scenarioChanges('01-harmless-edit')), baseSha: BASE_SHA, headSha })
    const s: Story = { standin, number: 540, headSha, head: base }
    const result = await run(s)

    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toMatch(/^\.github\/copydesk\.yml:3: `content\.include\[0\]`: the glob is 130,000 characters long/)
    expect(result.stdout + result.stderr).not.toMatch(/failed unexpectedly|internal error|\n\s+at /)
    expect(latest(s, CONTENT)).toBe('error')
    expect(states(s)).not.toContain('success')
  })
})
