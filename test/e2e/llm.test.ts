// End-to-end: the optional LLM second opinion, with the bundled Action talking to a local OpenAI-compatible
// stand-in through `openai-base-url`, and the bundled CLI with `--llm` and OPENAI_BASE_URL. What a PR author
// sees of it, that both paths give the same findings, and that the key never shows anywhere.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { GitHubStandin } from '../support/github-standin.js'
import { byWords, sentCandidates, startOpenAIStandin, type OpenAIStandin, type Responder } from '../support/openai-standin.js'
import {
  ROOT,
  eventPayload,
  lineOf,
  markedComments,
  overlay,
  runAction,
  useActionSuite,
  scenarioChanges,
  setPull,
  sha,
  siteTree,
  visibleText,
  type RunResult,
} from './harness.js'

const CONTENT = 'copydesk/content'
const SIGNOFF = 'copydesk/strategy-signoff'
const BLOG = 'content/blog/five-tips-shared-inbox.md'
const OPENAI_KEY = 'sk-proj-e2eOpenAIKey0123456789abcdefGHIJKL'
const MODEL = 'acme-review-e2e-1'
const CHANGED_WORDS = 'answer it like a form letter'

const { startGitHub } = useActionSuite()
let openai: OpenAIStandin | null = null

afterEach(async () => {
  await openai?.stop()
  openai = null
})

/** The harmless typo fix to the blog post (`recieve` → `receive`), reviewed by the stand-in model. */
async function typoFix(number: number): Promise<{ github: GitHubStandin; openai: OpenAIStandin; head: Record<string, string>; headSha: string }> {
  const github = await startGitHub()
  openai = await startOpenAIStandin({ apiKey: OPENAI_KEY })
  const base = siteTree()
  const head = overlay(base, scenarioChanges('01-harmless-edit'))
  const headSha = sha(`llm-head-${number}`)
  setPull(github, { number, author: 'sam-okafor', base, head, baseSha: sha('llm-base'), headSha })
  return { github, openai, head, headSha }
}

function run(gh: GitHubStandin, ai: OpenAIStandin, number: number, extra: Record<string, string> = {}): Promise<RunResult> {
  const pull = gh.state.pulls[number]
  if (pull === undefined) throw new Error(`no pull request #${number}`)
  return runAction({
    standin: gh,
    event: 'pull_request',
    payload: eventPayload('pull_request', pull),
    inputs: { 'openai-api-key': OPENAI_KEY, 'openai-base-url': ai.baseURL, 'openai-model': MODEL, ...extra },
  })
}

type ReportFinding = { ruleId: string; severity: string; line: number; column: number; text: string; message: string; origin?: string; category: string }
type ReportFile = { path: string; findings: ReportFinding[]; preExisting: ReportFinding[] }
const fileOf = (result: RunResult, path: string): ReportFile | undefined => ((result.report?.['files'] ?? []) as ReportFile[]).find((f) => f.path === path)

/** The bundled CLI as a process (asynchronously: the stand-in answers from this process's event loop). */
function copydeskCheck(dir: string, ai: OpenAIStandin): Promise<{ stdout: string; stderr: string }> {
  const args = [join(ROOT, 'dist', 'cli.js'), 'check', BLOG, '--llm', '--llm-model', MODEL, '--format', 'json', '--cache-location', join(dir, '.cache')]
  const env = { PATH: process.env['PATH'] ?? '', HOME: dir, OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: ai.baseURL }
  return new Promise((resolve) => execFile(process.execPath, args, { cwd: dir, env, encoding: 'utf8' }, (_error, stdout, stderr) => resolve({ stdout, stderr })))
}

function expectNoKey(gh: GitHubStandin, result: RunResult): void {
  expect(result.stdout).toContain(`::add-mask::${OPENAI_KEY}`)
  const text = visibleText(gh, result)
  expect(text).not.toContain(OPENAI_KEY)
  // Nor a recognisable piece of it, as an echoed masked key would carry.
  expect(text).not.toContain(OPENAI_KEY.slice(0, 16))
  expect(text).not.toContain(OPENAI_KEY.slice(-8))
}

/** The model flags the changed sentence's words, which no rule flags: a model-only finding. */
const FLAG_CHANGED: Responder = byWords([
  {
    match: CHANGED_WORDS,
    verdict: { claims: ['comparison'], needsSource: true, words: CHANGED_WORDS, reason: 'unsupported-claim', explanation: 'Vague comparison: say what a form-letter reply misses.' },
  },
])

describe('the LLM review in the Action', () => {
  it('adds an `llm/review` warning on the changed sentence, records the model, and keeps the content status green', async () => {
    const { github: gh, openai: ai, head, headSha } = await typoFix(480)
    ai.respond(FLAG_CHANGED)
    const result = await run(gh, ai, 480)

    // The request reached the stand-in, with the model asked for and the key as a bearer token.
    expect(ai.requests.length).toBeGreaterThanOrEqual(1)
    expect(ai.requests.every((r) => r.body?.model === MODEL)).toBe(true)
    expect(ai.requests.every((r) => r.authorization === `Bearer ${OPENAI_KEY}`)).toBe(true)
    expect(ai.requests.some((r) => sentCandidates(r.body ?? {}).candidates.some((c) => c.sentence.includes(CHANGED_WORDS)))).toBe(true)

    // LLM findings are warnings: with fail-on `error` the run passes and both statuses are green.
    expect(result.code).toBe(0)
    expect(gh.latestStatus(headSha, CONTENT)?.state).toBe('success')
    expect(gh.latestStatus(headSha, SIGNOFF)?.state).toBe('success')
    expect(result.outputs['verdict']).toBe('pass')

    const line = lineOf(head[BLOG] ?? '', CHANGED_WORDS)
    const finding = fileOf(result, BLOG)?.findings.find((f) => f.ruleId === 'llm/review')
    expect(finding).toMatchObject({ severity: 'warning', line, text: CHANGED_WORDS, origin: 'llm', category: 'missing-source' })
    expect(result.report?.['llm']).toMatchObject({ model: MODEL, promptVersion: expect.any(String), api: 'responses', usage: { requests: ai.requests.length, cachedHits: 0 } })
    const annotation = result.commands.find((c) => c.command === 'warning' && c.properties['file'] === BLOG && c.message.includes('form-letter'))
    expect(annotation?.properties['line']).toBe(String(line))

    const body = markedComments(gh, 480)[0] ?? ''
    expect(body).toContain('llm/review')
    // The finding's own line in the comment names the rule and links the line it is on.
    expect(body.split('\n').find((l) => l.includes('`llm/review`'))).toMatch(new RegExp(`\\[L${line}:\\d+\\]\\(.*#L${line}\\)`))
    expect(body).toContain(`LLM review \`${MODEL}\``)
    expect(result.summary).toContain(`LLM review \`${MODEL}\``)
    expectNoKey(gh, result)
  })

  it('turns a 500 from the endpoint into an `llm/error` warning; the run still completes and sets both statuses', async () => {
    const { github: gh, openai: ai, headSha } = await typoFix(481)
    ai.respond(() => ({ status: 500, message: `upstream exploded while holding ${OPENAI_KEY}` }))
    const result = await run(gh, ai, 481)

    expect(ai.requests.length).toBeGreaterThanOrEqual(1)
    expect(result.code).toBe(0)
    expect(gh.latestStatus(headSha, CONTENT)?.state).toBe('success')
    expect(gh.latestStatus(headSha, SIGNOFF)?.state).toBe('success')
    const file = fileOf(result, BLOG)
    const error = file?.findings.find((f) => f.ruleId === 'llm/error')
    expect(error?.severity).toBe('warning')
    expect(error?.message).toMatch(/LLM review failed: 500/)
    expect(markedComments(gh, 481)[0] ?? '').toContain('llm/error')
    expectNoKey(gh, result)
  })

  it('reviews only the changed file under `filter: nofilter`, while the deterministic rules read every content file', async () => {
    const { github: gh, openai: ai } = await typoFix(482)
    const result = await run(gh, ai, 482, { filter: 'nofilter' })

    const files = (result.report?.['files'] ?? []) as { path: string; status: string }[]
    expect(files.filter((f) => f.status === 'unchanged').length).toBeGreaterThan(5)
    // Only the typo-fixed post is reviewed: its candidates are the only ones sent.
    const sent = ai.requests.flatMap((r) => sentCandidates(r.body ?? {}).candidates.map((c) => c.sentence))
    expect(ai.requests.every((r) => sentCandidates(r.body ?? {}).page.path === BLOG)).toBe(true)
    expect(sent.some((text) => text.includes(CHANGED_WORDS))).toBe(true)
    expect(sent.some((text) => text.includes('Every customer conversation, one platform'))).toBe(false)
    expect(markedComments(gh, 482)[0] ?? '').toContain('The LLM review read only the files the pull request changes.')
    expectNoKey(gh, result)
  })

  it('`copydesk check --llm` (the CLI, OPENAI_BASE_URL at the stand-in) gives the same findings as the Action path', async () => {
    const { github: gh, openai: ai, head } = await typoFix(483)
    ai.respond(FLAG_CHANGED)
    const action = await run(gh, ai, 483, { filter: 'file' })
    const actionFindings = fileOf(action, BLOG)?.findings ?? []
    const actionRequests = ai.requests.length

    const dir = mkdtempSync(join(tmpdir(), 'copydesk-llm-cli-'))
    for (const [path, text] of Object.entries(head)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    const cli = await copydeskCheck(dir, ai)
    expect(cli.stderr).not.toContain(OPENAI_KEY)
    expect(cli.stdout).not.toContain(OPENAI_KEY)
    const report = JSON.parse(cli.stdout) as { files: ReportFile[]; llm: { model: string; usage: { requests: number } } }
    const cliFindings = report.files.find((f) => f.path === BLOG)?.findings ?? []
    const key = (f: ReportFinding) => [f.ruleId, f.category, f.severity, f.line, f.column, f.text, f.origin].join(' ')

    expect(ai.requests.length).toBeGreaterThan(actionRequests)
    expect(cliFindings.some((f) => f.origin === 'llm' && f.text === CHANGED_WORDS)).toBe(true)
    expect(cliFindings.map(key).sort()).toEqual(actionFindings.map(key).sort())
    expect(report.llm).toMatchObject({ model: MODEL, usage: { requests: ai.requests.length - actionRequests } })

    // A second run reads its answers from the cache location: no request.
    const before = ai.requests.length
    const again = await copydeskCheck(dir, ai)
    expect(ai.requests.length).toBe(before)
    expect(((JSON.parse(again.stdout) as { files: ReportFile[] }).files.find((f) => f.path === BLOG)?.findings ?? []).map(key).sort()).toEqual(cliFindings.map(key).sort())
  })
})
