// The LLM review end to end: real documents, the real OpenAI SDK, real HTTP to a local stand-in.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { CheckContext } from '../../src/checks/types.js'
import { configSchema } from '../../src/config/schema.js'
import { parseDocument } from '../../src/content/index.js'
import { createLlmReview, createLlmReviewer, LLM_PROMPT_VERSION, LLM_SYSTEM_PROMPT } from '../../src/llm/index.js'
import type { ContentDocument, Finding } from '../../src/types.js'
import { findingsReply, sentSentences, startOpenAIStandin, type OpenAIStandin } from '../support/openai-standin.js'

const KEY = 'sk-test-9f8e7d6c5b4a3f2e1d0c'
const MODEL = 'gpt-4.1-mini'

// Line numbers matter: the expected positions below are counted by hand from this text.
const LANDING = `---
title: "Acme Flow: the fastest inbox for growing teams"
description: Email automation that small teams love.
type: landing
owner: "@dana"
sources:
  - id: forrester-tei-2025
    title: "The Total Economic Impact of Acme Flow"
    url: https://www.forrester.com/report/tei-acme-flow
ai:
  assisted: true
  model: gpt-4.1
  prompt: prompts/launch-post.md
  reviewer: "@dana"
  reviewed_at: 2026-10-02
---
# Answer every customer in one place

Acme Flow cuts reply times by **73%** for every team.
"It changed how we work," says a happy customer.

Teams that switch to Acme answer
twice as fast as before.

- Nine out of ten marketers prefer Acme.
- Set up in an afternoon.
`

let standin: OpenAIStandin
let doc: ContentDocument

beforeEach(async () => {
  standin = await startOpenAIStandin({ apiKey: KEY })
  doc = parseDocument('content/landing.md', LANDING)
})
afterEach(async () => {
  await standin.stop()
})

function reviewer(overrides: Partial<Parameters<typeof createLlmReviewer>[0]> = {}) {
  return createLlmReviewer({ apiKey: KEY, baseURL: standin.baseURL, model: MODEL, timeoutMs: 5_000, ...overrides })
}

/** The source text a finding's location covers, read back through line arithmetic only. */
function covered(f: Finding): string {
  const lines = LANDING.split('\n')
  if (f.line === f.endLine) return (lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1)
  const first = (lines[f.line - 1] ?? '').slice(f.column - 1)
  return [first, ...lines.slice(f.line, f.endLine - 1), (lines[f.endLine - 1] ?? '').slice(0, f.endColumn - 1)].join('\n')
}

describe('findings from the model', () => {
  test('are placed at the exact line and column of the quoted words, in the body and in frontmatter prose', async () => {
    standin.respond((body) => {
      const sentences = sentSentences(body)
      const n = (words: string) => sentences.find((s) => s.text.includes(words))?.n
      return findingsReply([
        { sentence: n('73%'), text: '73%', message: 'Statistic `73%` has no source: cite the study.', claim: 'statistic', suggestion: 'Add a footnote to the benchmark.' },
        { sentence: n('fastest'), text: 'the fastest inbox', message: '`the fastest inbox` ranks Acme without a ranking.', claim: 'superlative', suggestion: null },
        { sentence: n('twice as fast'), text: 'answer twice as fast', message: 'Comparison `answer twice as fast` needs a measurement.', claim: 'comparison' },
      ])
    })

    const outcome = await reviewer()(doc, 'landing')

    expect(outcome.dropped).toBe(0)
    expect(outcome.findings).toHaveLength(3)
    const [stat, superlative, comparison] = outcome.findings
    expect(stat).toEqual({
      ruleId: 'llm/review',
      category: 'llm',
      claim: 'statistic',
      severity: 'warning',
      message: 'Statistic `73%` has no source: cite the study.',
      text: '73%',
      line: 19,
      column: 33,
      endLine: 19,
      endColumn: 36,
      suggestion: 'Add a footnote to the benchmark.',
      url: 'https://github.com/acme/copydesk#llm-review',
    })
    expect(superlative).toMatchObject({ line: 2, column: 20, endLine: 2, endColumn: 37, claim: 'superlative', suggestion: null })
    expect(covered(superlative!)).toBe('the fastest inbox')
    // Words wrapped over two source lines keep both ends exact.
    expect(comparison).toMatchObject({ line: 22, column: 27, endLine: 23, endColumn: 14 })
    expect(covered(comparison!)).toBe('answer\ntwice as fast')
  })

  test('match the sentence regardless of case and report the words as the file spells them', async () => {
    standin.respond((body) => {
      const n = sentSentences(body).find((s) => s.text.includes('Nine out of ten'))?.n
      return findingsReply([{ sentence: n, text: 'NINE OUT OF TEN MARKETERS', message: 'Unsourced survey.', claim: 'STATISTIC' }])
    })

    const outcome = await reviewer()(doc, 'landing')

    expect(outcome.findings).toHaveLength(1)
    expect(outcome.findings[0]).toMatchObject({ text: 'Nine out of ten marketers', claim: 'statistic', line: 25, column: 3, endLine: 25, endColumn: 28 })
  })

  test('quoting words that are not in the named sentence are dropped and counted, never placed elsewhere', async () => {
    standin.respond((body) => {
      const sentences = sentSentences(body)
      const n = (words: string) => sentences.find((s) => s.text.includes(words))?.n
      return findingsReply([
        // Real words, wrong sentence: `73%` is not in the heading.
        { sentence: n('Answer every customer'), text: '73%', message: 'Unsourced statistic.' },
        // Invented words.
        { sentence: n('73%'), text: 'cuts costs by 40%', message: 'Unsourced statistic.' },
        // A sentence number that was never sent.
        { sentence: 999, text: 'Acme', message: 'Something.' },
        { sentence: n('happy customer'), text: 'says a happy customer', message: 'Testimonial `says a happy customer` names nobody.', claim: 'quote' },
      ])
    })

    const outcome = await reviewer()(doc, 'landing')

    expect(outcome.dropped).toBe(3)
    expect(outcome.findings.map((f) => [f.text, f.line])).toEqual([['says a happy customer', 20]])
  })

  test('are reported once when the model repeats itself', async () => {
    standin.respond((body) => {
      const n = sentSentences(body).find((s) => s.text.includes('73%'))?.n
      const same = { sentence: n, text: '73%', message: 'Unsourced statistic.' }
      return findingsReply([same, same])
    })

    expect((await reviewer()(doc, 'landing')).findings).toHaveLength(1)
  })

  test('none back from the model means no findings', async () => {
    standin.respond(() => findingsReply([]))
    expect(await reviewer()(doc, 'landing')).toMatchObject({ findings: [], dropped: 0, truncated: false })
  })
})

describe('the request', () => {
  test('names the model, asks for JSON at temperature 0, and authenticates with a bearer token', async () => {
    await reviewer()(doc, 'landing')

    expect(standin.requests).toHaveLength(1)
    const request = standin.requests[0]!
    expect(request.method).toBe('POST')
    expect(request.path).toBe('/v1/chat/completions')
    expect(request.authorization).toBe(`Bearer ${KEY}`)
    expect(request.body).toMatchObject({ model: MODEL, temperature: 0, response_format: { type: 'json_object' } })
    expect(request.body?.messages?.[0]).toEqual({ role: 'system', content: LLM_SYSTEM_PROMPT })
    expect(LLM_PROMPT_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test('carries the prose, numbered and labelled, but none of the frontmatter YAML', async () => {
    await reviewer()(doc, 'landing')

    const body = standin.requests[0]!.body!
    const sentences = sentSentences(body)
    expect(sentences[0]).toEqual({ n: 1, kind: 'frontmatter', field: 'title', text: 'Acme Flow: the fastest inbox for growing teams' })
    expect(sentences.map((s) => s.kind)).toEqual(['frontmatter', 'frontmatter', 'heading', 'paragraph', 'paragraph', 'paragraph', 'list-item', 'list-item'])
    expect(sentences.map((s) => s.text)).toContain('Acme Flow cuts reply times by 73% for every team.')

    const user = JSON.stringify(body.messages?.[1])
    for (const yaml of ['ai:', 'sources:', 'assisted', 'reviewer', 'reviewed_at', 'prompts/launch-post.md', 'forrester.com', 'owner:', '@dana', '---']) {
      expect(user).not.toContain(yaml)
    }
  })

  test('masks credentials pasted into the prose, including the API key itself', async () => {
    const leaky = parseDocument('content/leak.md', `Use token ${KEY} to log in.\n\nOr ghp_abcdefghijklmnopqrstuvwxyz0123 works too.\n`)
    await reviewer()(leaky, null)

    const raw = standin.requests[0]!.raw
    expect(raw).not.toContain(KEY)
    expect(raw).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123')
    expect(raw).toContain('[redacted]')
  })

  test('sends at most maxSentences sentences and says, without a finding, that the rest went unread', async () => {
    const notices: string[] = []
    const check = createLlmReview({ apiKey: KEY, baseURL: standin.baseURL, model: MODEL, maxSentences: 3, onNotice: (m) => notices.push(m) })

    const findings = await check(contextFor(doc))

    expect(findings).toEqual([])
    expect(sentSentences(standin.requests[0]!.body!).map((s) => s.n)).toEqual([1, 2, 3])
    expect(JSON.parse(String(standin.requests[0]!.body!.messages?.[1]?.content)).note).toContain('first 3 of 8')
    expect(notices).toEqual(['`content/landing.md`: the LLM review read the first 3 of 8 sentences; the rest were not reviewed.'])
  })

  test('is not made at all for a document with no prose', async () => {
    const bare = parseDocument('content/empty.md', '---\ntype: landing\nai:\n  assisted: false\n---\n')
    const outcome = await reviewer()(bare, 'landing')

    expect(outcome.findings).toEqual([])
    expect(standin.requests).toHaveLength(0)
  })
})

describe('as the engine runs it', () => {
  test('returns the findings and reports dropped ones as a notice', async () => {
    standin.respond((body) => {
      const n = sentSentences(body).find((s) => s.text.includes('73%'))?.n
      return findingsReply([
        { sentence: n, text: '73%', message: 'Unsourced statistic.' },
        { sentence: n, text: '99%', message: 'Invented.' },
      ])
    })
    const notices: string[] = []
    const check = createLlmReview({ apiKey: KEY, baseURL: standin.baseURL, model: MODEL, onNotice: (m) => notices.push(m) })

    const findings = await check(contextFor(doc))

    expect(findings.map((f) => [f.ruleId, f.text, f.line])).toEqual([['llm/review', '73%', 19]])
    expect(notices).toEqual(['`content/landing.md`: 1 LLM finding dropped, quoting words that are not in the sentence named.'])
  })
})

describe('failures', () => {
  test('a reply that is not JSON is an error that says so', async () => {
    standin.respond(() => 'Sure! Here are the findings: 73% is unsourced.')
    await expect(reviewer()(doc, 'landing')).rejects.toThrow(/LLM review failed: the model replied with text that is not JSON/)
  })

  test('JSON of the wrong shape is an error naming the field', async () => {
    standin.respond(() => JSON.stringify({ findings: [{ sentence: 'four', text: '73%', message: 'x' }] }))
    await expect(reviewer()(doc, 'landing')).rejects.toThrow(/does not have the expected shape \(`findings\.0\.sentence`/)
  })

  test('a reply cut off at the token limit is an error, not a partial review', async () => {
    standin.respond(() => ({ content: '{"findings": [{"sentence": 4, "te', finishReason: 'length' }))
    await expect(reviewer()(doc, 'landing')).rejects.toThrow('LLM review failed: the reply was cut off at the token limit')
  })

  test('a refusal is an error quoting the refusal', async () => {
    standin.respond(() => ({ content: null, refusal: 'I cannot help with that.' }))
    await expect(reviewer()(doc, 'landing')).rejects.toThrow('LLM review failed: the model declined to review: I cannot help with that.')
  })

  test('a 200 whose body is not a completion is an error', async () => {
    standin.respond(() => ({ rawBody: '<html>gateway says hi</html>' }))
    await expect(reviewer()(doc, 'landing')).rejects.toThrow(/^LLM review failed: /)
  })

  test('a rejected key is a 401 error that never repeats the key, even the masked echo of it', async () => {
    const wrong = 'sk-wrong-0a1b2c3d4e5f6a7b8c9d'
    const error = await rejection(createLlmReviewer({ apiKey: wrong, baseURL: standin.baseURL, model: MODEL })(doc, 'landing'))

    expect(error.message).toMatch(/^LLM review failed: 401 the API key was rejected/)
    expect(error.message).not.toContain(wrong)
    expect(error.message).not.toContain(wrong.slice(0, 6))
    expect(error.message).not.toContain(wrong.slice(-4))
    expect(error.message).not.toContain('***')
    expect(error.cause).toBeUndefined()
    expect(standin.requests).toHaveLength(1)
  })

  test('a server error is retried once, then reported with its status and no key', async () => {
    standin.respond(() => ({ status: 500, message: `upstream exploded while using ${KEY}` }))
    const error = await rejection(reviewer()(doc, 'landing'))

    expect(error.message).toMatch(/^LLM review failed: 500 the endpoint had a server error/)
    expect(error.message).not.toContain(KEY)
    expect(standin.requests).toHaveLength(2)
  })

  test('a rate limit is reported as such', async () => {
    standin.respond(() => ({ status: 429, message: 'You exceeded your current quota.' }))
    await expect(reviewer()(doc, 'landing')).rejects.toThrow('LLM review failed: 429 rate limited or out of quota (You exceeded your current quota.)')
  })

  test('an endpoint slower than timeoutMs is a timeout error', async () => {
    standin.respond(() => ({ delayMs: 2_000, then: findingsReply([]) }))
    await expect(reviewer({ timeoutMs: 150 })(doc, 'landing')).rejects.toThrow('LLM review failed: timeout: no reply within 150 ms')
  })

  test('an endpoint nobody listens on is a network error without the key', async () => {
    const closed = await startOpenAIStandin()
    const url = closed.baseURL
    await closed.stop()

    const error = await rejection(createLlmReviewer({ apiKey: KEY, baseURL: url, model: MODEL, timeoutMs: 2_000 })(doc, 'landing'))

    expect(error.message).toMatch(/^LLM review failed: network error/)
    expect(error.message).not.toContain(KEY)
  })

  test('no model name is an error that says where to set one, and nothing is sent', async () => {
    await expect(reviewer({ model: ' ' })(doc, 'landing')).rejects.toThrow('`openai-model` input or config `llm.model`')
    expect(standin.requests).toHaveLength(0)
  })
})

function contextFor(document: ContentDocument): CheckContext {
  return { doc: document, policy: { config: configSchema.parse({}), packs: [], approvedSources: null }, contentType: 'landing', typePolicy: null }
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the review to fail')
}
