import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { setStatus } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

const SHA = 'e'.repeat(40)
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

test('sets a status on the sha, and a later one with the same context becomes the latest', async () => {
  const ctx = contextFor(standin)
  await setStatus(ctx, SHA, 'copydesk/strategy-signoff', 'pending', 'Waiting for @acme/strategy', 'https://example.test/run/1')
  await setStatus(ctx, SHA, 'copydesk/strategy-signoff', 'success', 'Approved by @dana')
  await setStatus(ctx, SHA, 'copydesk/content', 'failure', '2 errors')
  expect(standin.state.statuses[SHA]).toHaveLength(3)
  expect(standin.latestStatus(SHA, 'copydesk/strategy-signoff')).toMatchObject({ state: 'success', description: 'Approved by @dana', target_url: null })
  expect(standin.latestStatus(SHA, 'copydesk/content')).toMatchObject({ state: 'failure' })
  expect(standin.requestsTo('repos/create-commit-status')[0]?.body).toMatchObject({ target_url: 'https://example.test/run/1' })
})

test('a description longer than GitHub’s 140 characters is shortened instead of refused', async () => {
  await setStatus(contextFor(standin), SHA, 'copydesk/content', 'failure', 'é'.repeat(200))
  const description = standin.latestStatus(SHA, 'copydesk/content')?.description ?? ''
  expect(Array.from(description)).toHaveLength(140)
  expect(description.endsWith('…')).toBe(true)
})

test('a token without the statuses permission gets a message naming `statuses: write`, and never the token', async () => {
  standin.deny('repos/create-commit-status')
  const err = await setStatus(contextFor(standin, 'ghs_secret123'), SHA, 'copydesk/content', 'success', 'ok').catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  const { message, hint } = err as CopydeskError
  expect(message).toBe(
    `copydesk could not set the commit status \`copydesk/content\` on \`${SHA}\`: GitHub answered 403 \`Resource not accessible by integration\`. The workflow token needs \`statuses: write\`.`,
  )
  expect(hint).toContain('permissions:')
  expect(`${message} ${hint ?? ''}`).not.toContain('ghs_secret123')
  // A permission problem is not retried.
  expect(standin.requestsTo('repos/create-commit-status')).toHaveLength(1)
})
