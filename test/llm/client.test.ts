// One structured request over the real SDK to the stand-in: authentication, retries, and errors that are
// readable and never carry the key.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createAsk, reviewAnswerSchema, type LlmApi } from '../../src/llm/index.js'
import { startOpenAIStandin, verdict, verdictsReply, type OpenAIStandin } from '../support/openai-standin.js'

const KEY = 'sk-test-9f8e7d6c5b4a3f2e1d0c'
let standin: OpenAIStandin
beforeEach(async () => {
  standin = await startOpenAIStandin({ apiKey: KEY })
})
afterEach(async () => {
  await standin.stop()
})

function ask(api: LlmApi, overrides: { apiKey?: string; baseURL?: string; timeoutMs?: number; maxRetries?: number } = {}) {
  const send = createAsk({ apiKey: KEY, baseURL: standin.baseURL, model: 'gpt-4.1-mini', api, timeoutMs: 5_000, maxRetries: 1, ...overrides })
  return send({ instructions: 'Review.', message: '{"candidates":[]}', schema: reviewAnswerSchema, name: 'copydesk_second_opinion' })
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the request to fail')
}

describe.each(['responses', 'chat-completions'] as const)('over %s', (api) => {
  test('authenticates with a bearer token, parses the answer and counts its tokens', async () => {
    standin.respond(() => verdictsReply([verdict('c1')]))
    const answer = await ask(api)
    expect(standin.requests[0]?.authorization).toBe(`Bearer ${KEY}`)
    expect(standin.requests[0]?.path).toBe(api === 'responses' ? '/v1/responses' : '/v1/chat/completions')
    expect(answer.value.verdicts[0]).toMatchObject({ id: 'c1', reason: 'not-a-claim' })
    expect(answer.inputTokens).toBeGreaterThan(0)
    expect(answer.outputTokens).toBeGreaterThan(0)
  })

  test('a rejected key is a 401 error that never repeats the key, even its masked echo', async () => {
    const wrong = 'sk-wrong-0a1b2c3d4e5f6a7b8c9d'
    const error = await rejection(ask(api, { apiKey: wrong }))
    expect(error.message).toMatch(/^LLM review failed: 401 the API key was rejected/)
    for (const piece of [wrong, wrong.slice(0, 6), wrong.slice(-4), '***']) expect(error.message).not.toContain(piece)
    expect(standin.requests).toHaveLength(1)
  })

  test('a server error is retried, then reported with its status and without the key', async () => {
    standin.respond(() => ({ status: 500, message: `upstream exploded while using ${KEY}` }))
    const error = await rejection(ask(api))
    expect(error.message).toMatch(/^LLM review failed: 500 the endpoint had a server error/)
    expect(error.message).not.toContain(KEY)
    expect(standin.requests).toHaveLength(2)
  })

  test('429 then 200: retried, and the answer used', async () => {
    let calls = 0
    standin.respond(() => (++calls === 1 ? { status: 429, message: 'Rate limit reached.' } : verdictsReply([])))
    expect((await ask(api)).value).toEqual({ verdicts: [] })
    expect(standin.requests).toHaveLength(2)
  })

  test('an endpoint slower than the timeout is a timeout error', async () => {
    standin.respond(() => ({ delayMs: 2_000, then: verdictsReply([]) }))
    await expect(ask(api, { timeoutMs: 150, maxRetries: 0 })).rejects.toThrow('LLM review failed: timeout: no reply within 150 ms')
  })

  test('a 200 whose body is not an answer is an error', async () => {
    standin.respond(() => ({ rawBody: '<html>gateway says hi</html>' }))
    await expect(ask(api)).rejects.toThrow(/^LLM review failed: /)
  })
})

test('an endpoint nobody listens on is a network error without the key', async () => {
  const closed = await startOpenAIStandin()
  const url = closed.baseURL
  await closed.stop()
  const error = await rejection(ask('responses', { baseURL: url, timeoutMs: 2_000, maxRetries: 0 }))
  expect(error.message).toMatch(/^LLM review failed: network error/)
  expect(error.message).not.toContain(KEY)
})
