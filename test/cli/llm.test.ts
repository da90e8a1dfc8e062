// `copydesk check --llm`: the openai package's own environment variables, no request without a key, and
// the model's findings in the CLI's JSON with their origin.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { byWords, startOpenAIStandin, type OpenAIStandin } from '../support/openai-standin.js'
import { gitRepo } from './helpers.js'

const KEY = 'sk-cli-0f1e2d3c4b5a69788796'
const PAGE = '---\ntitle: Ad\n---\nAcme cuts reply times by 43% for every team.\n'

let standin: OpenAIStandin
beforeEach(async () => {
  standin = await startOpenAIStandin({ apiKey: KEY })
  standin.respond(byWords([{ match: '43%', verdict: { claims: ['statistic'], needsSource: true, words: '43%', reason: 'unsupported-claim', explanation: 'No study named.' } }]))
})
afterEach(async () => {
  await standin.stop()
})

async function check(args: string[], env: Record<string, string | undefined>) {
  const r = gitRepo({ 'copydesk.yml': 'rules: [recommended]\n', 'content/ad.md': PAGE })
  let stdout = ''
  let stderr = ''
  const code = await main(['check', 'content/ad.md', '--format', 'json', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: r.dir, isTTY: false, env })
  return { code, stdout, stderr, report: stdout ? (JSON.parse(stdout) as { files: { findings: { ruleId: string; origin: string }[] }[]; notices: string[]; llm?: unknown }) : null }
}

describe('copydesk check --llm', () => {
  it('asks the endpoint named by OPENAI_BASE_URL with OPENAI_API_KEY and marks the confirmed finding rule+llm', async () => {
    const { report, stdout } = await check(['--llm', '--llm-model', 'acme-model'], { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: standin.baseURL })
    expect(standin.requests).toHaveLength(1)
    expect(standin.requests[0]?.body?.model).toBe('acme-model')
    expect(report?.files[0]?.findings.find((f) => f.ruleId === 'claims/statistic')?.origin).toBe('rule+llm')
    expect(report?.llm).toMatchObject({ model: 'acme-model', usage: { requests: 1 } })
    expect(stdout).not.toContain(KEY)
  })

  it('makes no request without OPENAI_API_KEY, and a notice says why', async () => {
    const { report } = await check(['--llm'], { OPENAI_BASE_URL: standin.baseURL })
    expect(standin.requests).toHaveLength(0)
    expect(report?.notices).toContain("The LLM second opinion was asked for, but `OPENAI_API_KEY` is not set: no request was made, and the rules' verdict stands.")
    expect(report?.files[0]?.findings.every((f) => f.origin === 'rule')).toBe(true)
    expect(report?.llm).toBeUndefined()
  })

  it('without --llm asks nothing, even with a key in the environment', async () => {
    await check([], { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: standin.baseURL })
    expect(standin.requests).toHaveLength(0)
  })

  it('--llm-model without --llm is a usage error', async () => {
    const { code, stderr } = await check(['--llm-model', 'x'], {})
    expect(code).toBe(2)
    expect(stderr).toContain('--llm-model NAME goes with --llm')
  })
})
