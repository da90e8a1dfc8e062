// Retries and rate limits, measured against the stand-in with the wait base shrunk to milliseconds.
import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { getPull, RATE_LIMIT_RETRIES } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.addPull({ number: 3 })
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

test('a 502 followed by success is retried and answered in well under a second', async () => {
  standin.failNext('pulls/get', 502)
  const started = performance.now()
  const pull = await getPull(contextFor(standin), 3)
  expect(pull.number).toBe(3)
  expect(performance.now() - started).toBeLessThan(1000)
  expect(standin.requestsTo('pulls/get')).toHaveLength(2)
})

test('a server error that persists gives up after the retries with the status and GitHub’s message', async () => {
  standin.failNext('pulls/get', 503, 10, { message: 'Service Unavailable' })
  const err = await getPull(contextFor(standin), 3).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toBe('copydesk could not read pull request #3: GitHub answered 503 `Service Unavailable`.')
  expect(standin.requestsTo('pulls/get')).toHaveLength(4)
})

test('a 404 is not retried: asking again cannot change the answer', async () => {
  await expect(getPull(contextFor(standin), 404)).rejects.toThrow(/404/)
  expect(standin.requestsTo('pulls/get')).toHaveLength(1)
})

test('a secondary rate limit is waited out with a warning, then the request succeeds', async () => {
  standin.failNext('pulls/get', 403, 1, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' })
  const ctx = contextFor(standin)
  const pull = await getPull(ctx, 3)
  expect(pull.number).toBe(3)
  expect(ctx.warnings).toHaveLength(1)
  expect(ctx.warnings[0]).toContain('secondary rate limit')
  expect(ctx.warnings[0]).toContain('retrying in 1 s')
})

test('a primary rate limit that does not lift gives up after two retries', async () => {
  const reset = String(Math.floor(Date.now() / 1000))
  standin.failNext('pulls/get', 403, 10, { message: 'API rate limit exceeded for installation.' }, {
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': reset,
  })
  const ctx = contextFor(standin)
  const err = await getPull(ctx, 3).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  // A rate limit is not a permission problem: no permission is suggested.
  expect((err as Error).message).toContain('403 `API rate limit exceeded for installation.`')
  expect((err as Error).message).not.toContain('needs')
  expect(standin.requestsTo('pulls/get')).toHaveLength(RATE_LIMIT_RETRIES + 1)
  expect(ctx.warnings.at(-1)).toContain('giving up')
})

test('a 200 whose body is cut short is asked for again, and an error once the retries run out', async () => {
  standin.sabotage({ operationId: 'pulls/get', damage: 'truncate' })
  expect((await getPull(contextFor(standin), 3)).number).toBe(3)
  expect(standin.requestsTo('pulls/get')).toHaveLength(2)

  standin.sabotage({ operationId: 'pulls/get', damage: 'truncate', times: Infinity })
  const err = await getPull(contextFor(standin), 3).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toMatch(/^copydesk could not read pull request #3: GitHub's answer to `GET \/repos\/acme\/site\/pulls\/3` \(200, \d+ bytes\) is not complete JSON/)
})

test('a pull request answer without head and base commits is an error, not a pull request', async () => {
  standin.sabotage({ operationId: 'pulls/get', damage: { status: 200, body: { number: 3, title: 'x' } } })
  await expect(getPull(contextFor(standin), 3)).rejects.toThrow(/GitHub's answer has no head and base commit/)
})
