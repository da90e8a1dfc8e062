// The LLM second opinion in a run: real documents, the real engine and rules, the real OpenAI SDK over real
// HTTP to a local stand-in. What is sent, how rule and model combine, the cache, the budget, and failures.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { createSecondOpinion, finishRun, llmSetup, memoryCache, SECOND_OPINION_PROMPT, type SecondOpinionOptions } from '../../src/llm/index.js'
import { configSchema } from '../../src/config/schema.js'
import type { Finding, Report } from '../../src/types.js'
import { byWords, formatOf, instructionsOf, sentCandidates, startOpenAIStandin, verdict, verdictsReply, type OpenAIStandin } from '../support/openai-standin.js'

const KEY = 'sk-second-5e4d3c2b1a0f9e8d7c6b'
const MODEL = 'gpt-4.1-mini'
const PATH = 'content/blog/reply.md'
// Line numbers matter: the expected positions below are counted from this text.
const POST = `---
title: How support teams reply faster
type: blog
sources:
  - id: forrester-2025
    title: "The Total Economic Impact of Acme Flow"
    url: https://www.forrester.com/report/tei-acme-flow
---
# How support teams reply faster

Acme Flow cuts reply times by 43% for every team.

Teams answer twice as fast as before, according to [Forrester's study](https://www.forrester.com/report/tei-acme-flow).

The Pro plan stores 3x more history than the Starter plan.

Half of our teams see results within a week.

Support leads say it is the calmest inbox they have used.

Nobody on your team will miss a message again.

Customers reply from one shared inbox.
`

/** What the model says, by words of the sentence: agree, veto, a veto naming no given source, add, invent. */
const ANSWERS = byWords([
  { match: '43%', verdict: { claims: ['statistic'], needsSource: true, words: '43%', reason: 'unsupported-claim', explanation: 'The figure `43%` names no study.' } },
  { match: 'twice as fast', verdict: { claims: ['comparison'], needsSource: true, supportedBy: 'link:1', words: 'twice as fast', reason: 'supported-by-given-source', explanation: 'Forrester backs `twice as fast`.' } },
  { match: '3x more', verdict: { claims: ['comparison'], words: '3x more history', reason: 'scoped-to-own-product', explanation: 'It compares two of Acme’s own plans.' } },
  { match: 'Half of our teams', verdict: { claims: ['statistic'], supportedBy: 'source:made-up', words: 'Half of our teams', reason: 'supported-by-given-source', explanation: 'A survey says so.' } },
  { match: 'Nobody', verdict: { claims: ['absolute'], absolute: true, words: 'Nobody on your team will miss a message again', reason: 'banned-absolute', explanation: 'No inbox can promise `will miss a message again` never happens.' } },
  { match: 'calmest', verdict: { claims: [], words: '', reason: 'not-a-claim', explanation: 'Taste, not a ranking.' } },
  { match: 'shared inbox', verdict: { claims: ['statistic'], needsSource: true, words: 'cuts costs by 40%', reason: 'unsupported-claim', explanation: 'Invented words.' } },
])

let standin: OpenAIStandin
beforeEach(async () => {
  standin = await startOpenAIStandin({ apiKey: KEY })
  standin.respond(ANSWERS)
})
afterEach(async () => {
  await standin.stop()
})

async function run(opts: Partial<SecondOpinionOptions> = {}, files: Record<string, string> = { [PATH]: POST }): Promise<Report> {
  const tree = memoryTree(files, 'head')
  const policy = await loadPolicy(tree)
  const so = createSecondOpinion({ apiKey: KEY, baseURL: standin.baseURL, model: MODEL, timeoutMs: 5_000, maxRetries: 0, ...opts })
  const report = await runCheck({
    base: null,
    head: tree,
    policy,
    files: Object.keys(files).map((path) => ({ path, status: 'added' as const })),
    filter: 'file',
    failOn: 'warning',
    review: so.review,
  })
  return finishRun(report, so, null)
}

const findingsOf = (report: Report): Finding[] => report.files.find((f) => f.path === PATH)?.findings ?? []
// As the JSON report writes it: a finding no model touched is the rule's.
const at = (report: Report, line: number): Finding[] => findingsOf(report).filter((f) => f.line === line).map((f) => ({ ...f, origin: f.origin ?? 'rule' }))

describe('what is sent', () => {
  test('each candidate with its block, links (href and anchor text), the page kind, publisher, sources and the rule’s tentative verdict', async () => {
    await run()

    expect(standin.requests).toHaveLength(1)
    const { page, candidates } = sentCandidates(standin.requests[0]!.body!)
    expect(page).toMatchObject({ path: PATH, kind: 'blog', sources: [{ id: 'source:forrester-2025', title: 'The Total Economic Impact of Acme Flow', url: 'https://www.forrester.com/report/tei-acme-flow' }] })
    const linked = candidates.find((c) => c.sentence.includes('twice as fast'))
    expect(linked).toMatchObject({
      where: 'paragraph',
      links: [{ id: 'link:1', href: 'https://www.forrester.com/report/tei-acme-flow', text: "Forrester's study" }],
      rule: { verdict: 'supported', findings: [] },
    })
    // The sentence as a reader sees it: the anchor text stays in, and the link travels beside it.
    expect(linked?.sentence).toBe("Teams answer twice as fast as before, according to Forrester's study.")
    expect(candidates.find((c) => c.sentence.includes('43%'))?.rule).toEqual({
      verdict: 'flagged',
      findings: [{ ruleId: 'claims/statistic', category: 'missing-source', claim: 'statistic', words: '43%' }],
    })
    // A sentence with no marker of a claim is not sent.
    expect(candidates.map((c) => c.sentence)).not.toContain('How support teams reply faster')
  })

  test('asks for the strict json_schema format with the versioned prompt (Responses API: text.format)', async () => {
    await run()

    const body = standin.requests[0]!.body!
    expect(standin.requests[0]!.path).toBe('/v1/responses')
    expect(formatOf(body)).toMatchObject({ type: 'json_schema', name: 'copydesk_second_opinion', strict: true })
    const schema = formatOf(body)?.schema as { properties: { verdicts: { items: { required: string[]; properties: { reason: { enum: string[] } } } } } }
    expect(schema.properties.verdicts.items.required).toEqual(['id', 'claims', 'needsSource', 'supportedBy', 'absolute', 'words', 'reason', 'explanation'])
    expect(schema.properties.verdicts.items.properties.reason.enum).toEqual(expect.arrayContaining(['hypothetical', 'quoted-example', 'own-specification', 'definition', 'scoped-to-own-product', 'supported-by-given-source']))
    expect(instructionsOf(body)).toBe(SECOND_OPINION_PROMPT.text)
    expect(body.model).toBe(MODEL)
  })

  test('over Chat Completions (`llm.api: chat-completions`): response_format json_schema, the same candidates', async () => {
    const chatOnly = await startOpenAIStandin({ apiKey: KEY, apis: ['chat'] })
    chatOnly.respond(ANSWERS)
    try {
      const report = await run({ api: 'chat-completions', baseURL: chatOnly.baseURL })
      const body = chatOnly.requests[0]!.body!
      expect(chatOnly.requests[0]!.path).toBe('/v1/chat/completions')
      expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'copydesk_second_opinion', strict: true } })
      expect(body.messages?.[0]).toEqual({ role: 'system', content: SECOND_OPINION_PROMPT.text })
      expect(sentCandidates(body).candidates.length).toBe(7)
      expect(at(report, 11)[0]?.origin).toBe('rule+llm')
    } finally {
      await chatOnly.stop()
    }
  })

  test('is batched: `batch` candidates per request, every candidate sent once', async () => {
    await run({ batch: 4 })
    const sent = standin.requests.map((r) => sentCandidates(r.body!).candidates)
    expect(sent.map((c) => c.length)).toEqual([4, 3])
    expect(new Set(sent.flat().map((c) => c.sentence)).size).toBe(7)
  })

  test('masks credentials pasted into the prose, the API key included', async () => {
    await run({}, { [PATH]: `Use token ${KEY} to log in: 100% of admins do.\n\nOr ghp_abcdefghijklmnopqrstuvwxyz0123 works for every user.\n` })
    const raw = standin.requests.map((r) => r.raw).join('\n')
    expect(raw).not.toContain(KEY)
    expect(raw).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123')
    expect(raw).toContain('[redacted]')
  })
})

describe('rule and model combined', () => {
  test('agree: the rule finding stands, marked rule+llm', async () => {
    const report = await run()
    expect(at(report, 11)).toEqual([expect.objectContaining({ ruleId: 'claims/statistic', severity: 'error', origin: 'rule+llm', text: '43%', column: 31 })])
  })

  test('veto with a closed-list reason: the finding is kept at info with the reason, never dropped', async () => {
    const report = await run()
    const [vetoed] = at(report, 15)
    expect(vetoed).toMatchObject({ ruleId: 'claims/statistic', severity: 'info', origin: 'rule', veto: { reason: 'scoped-to-own-product', severity: 'error' } })
    expect(vetoed?.veto?.note).toContain("scoped to the publisher's own product: It compares two of Acme’s own plans.")
  })

  test('a disagreement without a closed-list reason leaves the rule finding as it was', async () => {
    const report = await run()
    expect(at(report, 19)).toEqual([expect.objectContaining({ ruleId: 'claims/superlative', severity: 'warning', origin: 'rule' })])
  })

  test('a veto naming a source that was not given does not hold: the rule finding stands', async () => {
    const report = await run()
    expect(at(report, 17)).toEqual([expect.objectContaining({ ruleId: 'claims/statistic', severity: 'error', origin: 'rule' })])
    expect(at(report, 17)[0]?.veto).toBeUndefined()
  })

  test('model alone: a warning in its real category, on the exact words, marked llm', async () => {
    const report = await run()
    expect(at(report, 21)).toEqual([
      expect.objectContaining({ ruleId: 'llm/review', category: 'banned-claim', claim: 'absolute', severity: 'warning', origin: 'llm', text: 'Nobody on your team will miss a message again', line: 21, column: 1, endColumn: 46 }),
    ])
  })

  test('an invented span (words not in the sentence) is dropped, with a notice', async () => {
    const report = await run()
    expect(at(report, 23)).toEqual([])
    expect(report.notices).toContain(`\`${PATH}\`: 1 LLM finding dropped, quoting words that are not in the sentence named.`)
  })

  test('the run records model, prompt version, API and usage', async () => {
    const report = await run()
    expect(report.llm).toEqual({
      model: MODEL,
      promptVersion: SECOND_OPINION_PROMPT.version,
      api: 'responses',
      usage: { requests: 1, inputTokens: expect.any(Number), outputTokens: expect.any(Number), cachedHits: 0, candidates: 7, reviewed: 7 },
    })
    expect(report.llm?.usage?.inputTokens).toBeGreaterThan(500)
  })
})

describe('cache and budget', () => {
  test('a re-run on unchanged content makes no request and gives the same findings', async () => {
    const cache = memoryCache()
    const first = await run({ cache })
    expect(standin.requests).toHaveLength(1)
    const second = await run({ cache })

    expect(standin.requests).toHaveLength(1)
    expect(findingsOf(second)).toEqual(findingsOf(first))
    expect(second.llm?.usage).toMatchObject({ requests: 0, cachedHits: 7, inputTokens: 0 })
  })

  test('a changed sentence is asked about again; the others come from the cache', async () => {
    const cache = memoryCache()
    await run({ cache })
    const report = await run({ cache }, { [PATH]: POST.replace('43%', '45%') })
    expect(standin.requests).toHaveLength(2)
    expect(sentCandidates(standin.requests[1]!.body!).candidates.map((c) => c.sentence)).toEqual(['Acme Flow cuts reply times by 45% for every team.'])
    expect(report.llm?.usage).toMatchObject({ requests: 1, cachedHits: 6 })
  })

  test('the request budget stops the review; what was not sent is listed with the reason and a notice says so', async () => {
    const report = await run({ batch: 2, budget: { requests: 1, tokens: 1_000_000 } })

    expect(standin.requests).toHaveLength(1)
    expect(report.llm?.notReviewed).toHaveLength(5)
    expect(report.llm?.notReviewed?.[0]).toEqual({ path: PATH, line: 15, text: 'The Pro plan stores 3x more history than the Starter plan.', reason: 'budget: `llm.budget.requests` reached' })
    expect(report.notices).toContain("The LLM budget `llm.budget.requests` (1 requests) was reached: 5 candidates in 1 file were not reviewed; the rules' verdict stands for them. Raise the budget in the config to review more.")
    // What was not reviewed keeps the rule's verdict.
    expect(at(report, 15)[0]).toMatchObject({ severity: 'error', origin: 'rule' })
  })

  test('the token budget is checked before sending', async () => {
    const report = await run({ budget: { requests: 10, tokens: 100 } })
    expect(standin.requests).toHaveLength(0)
    expect(report.llm?.notReviewed).toHaveLength(7)
    expect(report.notices.some((n) => n.includes('`llm.budget.tokens` (100 tokens)'))).toBe(true)
  })
})

describe('never fatal', () => {
  test('429 then 200 is retried and the answer used', async () => {
    let calls = 0
    standin.respond((body, request) => (++calls === 1 ? { status: 429, message: 'Rate limit reached.' } : ANSWERS(body, request)))
    const report = await run({ maxRetries: 2 })
    expect(standin.requests).toHaveLength(2)
    expect(at(report, 11)[0]?.origin).toBe('rule+llm')
  })

  test('a timeout is a warning on the file; the rule findings stand as they were', async () => {
    standin.respond(() => ({ delayMs: 2_000, then: verdictsReply([]) }))
    const report = await run({ timeoutMs: 150 })
    const findings = findingsOf(report)
    expect(findings.find((f) => f.ruleId === 'llm/error')).toMatchObject({ severity: 'warning', origin: 'llm' })
    expect(findings.find((f) => f.ruleId === 'llm/error')?.message).toMatch(/^LLM review failed: timeout: no reply within 150 ms; 7 candidates of this file were not reviewed/)
    expect(at(report, 11)[0]).toMatchObject({ severity: 'error', origin: 'rule' })
    expect(report.llm?.notReviewed?.every((n) => n.reason === 'the request failed')).toBe(true)
  })

  test.each([
    ['text that is not JSON', (): string => 'Sure! 43% is unsourced.', /not JSON/],
    ['JSON of the wrong shape', (): string => JSON.stringify({ verdicts: [{ id: 'c1', reason: 'maybe' }] }), /does not match the schema \(`verdicts\.0\./],
    ['a refusal', () => ({ content: null, refusal: 'I cannot help with that.' }), /declined to review: I cannot help with that/],
    ['an answer cut off', () => ({ content: '{"verdicts": [', finishReason: 'length' }), /cut off/],
    ['a 500 that echoes the key', () => ({ status: 500, message: `upstream exploded holding ${KEY}` }), /500 the endpoint had a server error/],
  ])('%s is a warning without the key, and the rules’ verdict stands', async (_name, reply, message) => {
    standin.respond(reply as () => string)
    const report = await run()
    const error = findingsOf(report).find((f) => f.ruleId === 'llm/error')
    expect(error?.message).toMatch(message)
    expect(JSON.stringify(report)).not.toContain(KEY)
    expect(at(report, 11)[0]).toMatchObject({ severity: 'error', origin: 'rule' })
  })

  test('a verdict missing from the answer leaves that candidate unreviewed, listed', async () => {
    standin.respond((body) => verdictsReply(sentCandidates(body).candidates.slice(1).map((c) => verdict(c.id))))
    const report = await run()
    expect(report.llm?.notReviewed).toEqual([expect.objectContaining({ line: 11, reason: 'the answer had no verdict for it' })])
  })
})

describe('without a key', () => {
  test('no second opinion is built, nothing is sent, and a notice says why', () => {
    const setup = llmSetup({ config: configSchema.parse({}).llm, apiKey: '', keyName: '`OPENAI_API_KEY`' })
    expect(setup.secondOpinion).toBeNull()
    expect(setup.notices).toEqual(["The LLM second opinion was asked for, but `OPENAI_API_KEY` is not set: no request was made, and the rules' verdict stands."])
    expect(standin.requests).toHaveLength(0)
  })
})

describe('positioning drift note', () => {
  const ARTIFACT = { path: 'strategy/positioning.md', text: '---\ncategory: shared inbox\n---\nAcme is the shared inbox for small support teams.\n' }
  const change = (path: string, before: string | null, after: string | null) => ({ path, kind: 'modified' as const, before, after, line: 3, reason: 'field:tagline', field: 'tagline' })

  async function drift(cache = memoryCache()) {
    const so = createSecondOpinion({ apiKey: KEY, baseURL: standin.baseURL, model: MODEL, maxRetries: 0, cache })
    const report = { positioning: { changed: true, changes: [change('content/home.md', 'The shared inbox for small teams.', 'The AI platform for enterprise service.'), change('strategy/positioning.md', 'a', 'b')], policyFiles: [] }, notices: [] } as unknown as Report
    return finishRun(report, so, ARTIFACT)
  }

  test('each changed positioning file gets two sentences against the artifact, marked as the model’s', async () => {
    standin.respond(byWords([], { note: 'The tagline moves Acme from small teams to enterprise service. That drifts from the artifact’s `shared inbox for small support teams`.', assessment: 'drifts' }))
    const report = await drift()

    expect(standin.requests).toHaveLength(1)
    const sent = JSON.parse(String(standin.requests[0]!.body!.input)) as { artifact: string; path: string; changes: unknown[] }
    expect(sent).toEqual({ artifact: ARTIFACT.text, path: 'content/home.md', changes: [{ where: 'tagline', before: 'The shared inbox for small teams.', after: 'The AI platform for enterprise service.' }] })
    expect(formatOf(standin.requests[0]!.body!)).toMatchObject({ type: 'json_schema', name: 'copydesk_positioning_drift', strict: true })
    expect(report.positioning.drift).toEqual([{ path: 'content/home.md', note: expect.stringContaining('enterprise service'), assessment: 'drifts', origin: 'llm' }])
  })

  test('cached like the review, and a failure is a notice, never an error', async () => {
    const cache = memoryCache()
    await drift(cache)
    await drift(cache)
    expect(standin.requests).toHaveLength(1)

    standin.respond(() => ({ status: 503, message: 'busy' }))
    const failed = await drift()
    expect(failed.positioning.drift).toBeUndefined()
    expect(failed.notices).toEqual([expect.stringMatching(/^`content\/home\.md`: no positioning drift note: LLM review failed: 503/)])
  })
})
