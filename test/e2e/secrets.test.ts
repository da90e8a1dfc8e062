// End-to-end: every secret the run knows, given a distinctive value, echoed back by a GitHub API, a gateway and
// an LLM endpoint that quote credentials in their error bodies, and searched for in every output copydesk
// writes: the comment, review bodies and comments, the job summary, commit status descriptions, annotations
// and logs, the JSON report, SARIF and the step outputs. Each run also shows the echo did reach those
// outputs (masked), so the search cannot pass by the echo never happening.
import { afterEach, describe, expect, it } from 'vitest'
import { readsContent, type GitHubStandin } from '../support/github-standin.js'
import { startOpenAIStandin, type OpenAIStandin } from '../support/openai-standin.js'
import { GITHUB_TOKEN, edit, eventPayload, failures, markedComments, overlay, runAction, setPull, sha, siteTree, type RunResult, useActionSuite, visibleText } from './harness.js'

// Not token-shaped on purpose: only the run's knowledge of them can mask them, not a pattern.
const SIGNOFF_TOKEN = 'opaque-signoff-0a9f3e7c1b2d'
const OPENAI_KEY = 'azure-key-5e1f0c9d8b7a6f4e'
const GATEWAY_PASSWORD = 'gw-pass-E2E-5f3a9c'
const SECRETS = [GITHUB_TOKEN, SIGNOFF_TOKEN, OPENAI_KEY, GATEWAY_PASSWORD]

const BLOG = 'content/blog/five-tips-shared-inbox.md'
const OTHER = 'content/blog/why-small-teams-leave-suites.md'
const BASE_SHA = sha('base-main')

const { startGitHub } = useActionSuite()
let openai: OpenAIStandin | null = null
afterEach(async () => {
  await openai?.stop()
  openai = null
})

async function story(number: number): Promise<{ standin: GitHubStandin; headSha: string }> {
  const standin = await startGitHub()
  standin.state.teams['acme/strategy'] = ['cmo-jane']
  standin.echoCredentials = true
  const base = siteTree()
  const head = overlay(base, {
    [BLOG]: edit(base[BLOG], 'recieve', 'receive'),
    [OTHER]: `${base[OTHER] ?? ''}\nOur best-in-class templates help.\n`,
  })
  const headSha = sha(`secrets-${number}`)
  setPull(standin, { number, author: 'sam-okafor', base, head, baseSha: BASE_SHA, headSha, labels: ['copydesk-override'] })
  return { standin, headSha }
}

function run(standin: GitHubStandin, number: number, baseUrl: string): Promise<RunResult> {
  const pull = standin.state.pulls[number]
  if (pull === undefined) throw new Error('no pull request')
  return runAction({
    standin,
    event: 'pull_request',
    payload: eventPayload('pull_request', pull),
    inputs: { 'signoff-token': SIGNOFF_TOKEN, 'openai-api-key': OPENAI_KEY, 'openai-base-url': baseUrl },
  })
}

function expectNoSecret(standin: GitHubStandin, result: RunResult, inputs: string[] = [GITHUB_TOKEN, SIGNOFF_TOKEN, OPENAI_KEY]): void {
  const text = visibleText(standin, result)
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret)
    expect(text).not.toContain(encodeURIComponent(secret))
  }
  // Each secret was masked for the runner too: the log is the runner's to protect, the rest copydesk's.
  for (const secret of inputs) expect(result.stdout).toContain(`::add-mask::${secret}`)
}

describe('no secret reaches anything copydesk writes', () => {
  it('when GitHub, a gateway and the LLM endpoint echo credentials in errors the run survives', async () => {
    const number = 701
    const { standin, headSha } = await story(number)
    // The workflow token, echoed: a changed file's contents, the override label's events, the review post.
    standin.sabotage({ operationId: 'repos/get-content', when: readsContent(BLOG, headSha), times: Infinity, damage: { status: 500, body: { message: 'Server Error' } } })
    standin.deny('issues/list-events', 500, 'Internal error')
    standin.deny('pulls/create-review', 500, 'Internal error')
    // The signoff token, echoed by the team endpoint.
    standin.deny('teams/list-members-in-org', 502, 'Bad Gateway')
    // The LLM key and a gateway URL with credentials, echoed by the endpoint.
    openai = await startOpenAIStandin({ apiKey: OPENAI_KEY })
    openai.respond((_body, request) => ({
      status: 500,
      message: `upstream failed for ${request.authorization ?? ''} via https://svc:${GATEWAY_PASSWORD}@gateway.example/v1?api-key=${OPENAI_KEY}`,
    }))
    const result = await run(standin, number, openai.baseURL)

    expect(result.code).toBe(1)
    expectNoSecret(standin, result)
    // The echoes did land, masked: in the file's error (comment, report, SARIF, annotations), the notices, the log.
    const comment = markedComments(standin, number)[0] ?? ''
    expect(comment).toMatch(/Server Error \(request: GET .*Authorization: token \*\*\*/)
    expect(comment).toMatch(/Could not read the members of @\u200d?acme\/strategy: .*token \*\*\*/)
    expect(JSON.stringify(result.report)).toContain('https://***@github.com/acme/website.git')
    expect(result.sarif ?? '').toContain('***')
    expect(result.summary).toContain('***')
    expect(result.commands.some((c) => c.command === 'error' && c.properties['file'] === BLOG && c.message.includes('***'))).toBe(true)
    expect(result.commands.some((c) => c.command === 'warning' && c.message.includes('Suggestions could not be posted') && c.message.includes('***'))).toBe(true)
    expect((openai.requests.length)).toBeGreaterThan(0)
    expect(JSON.stringify(result.report)).toMatch(/LLM review failed: 500 .*upstream failed for Bearer (\*\*\*|\[redacted\]) via https:\/\/\*\*\*@gateway\.example\/v1\?api-key=\*\*\*/)
  })

  // The status descriptions are searched too (visibleText); the echo itself falls past their 140 characters,
  // so that it is redacted before the cut is pinned in test/github/redaction.test.ts.
  it('when the run fails outright, the failure message is masked and both statuses are `error`', async () => {
    const number = 702
    const { standin, headSha } = await story(number)
    standin.deny('pulls/list-reviews', 500, 'Internal error')
    openai = await startOpenAIStandin({ apiKey: OPENAI_KEY })
    const result = await run(standin, number, openai.baseURL)

    expect(result.code).toBe(1)
    expectNoSecret(standin, result)
    expect(failures(result).join('\n')).toMatch(/Internal error \(request: GET .*token \*\*\*; https:\/\/\*\*\*@github\.com/)
    for (const context of ['copydesk/content', 'copydesk/strategy-signoff']) {
      const status = standin.latestStatus(headSha, context)
      expect(status?.state).toBe('error')
      expect(status?.description).toMatch(/^copydesk could not check this commit: .*list the reviews/)
    }
  })

  it('an endpoint URL with credentials in it never shows them, whatever the HTTP client says about the URL', async () => {
    const number = 703
    const { standin } = await story(number)
    openai = await startOpenAIStandin({ apiKey: OPENAI_KEY })
    const withCredentials = openai.baseURL.replace('http://', `http://svc:${GATEWAY_PASSWORD}@`)
    const result = await run(standin, number, withCredentials)

    expectNoSecret(standin, result, SECRETS)
    // Node refuses a URL with credentials and quotes the URL in its error: the echo happened, masked.
    expect(visibleText(standin, result)).toMatch(/http:\/\/\*\*\*@127\.0\.0\.1/)
  })
})
