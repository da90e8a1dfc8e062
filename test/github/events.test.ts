// labelActor against the stand-in: who applied a label, read from the pull request's event timeline.
import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { labelActor } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

const LABEL = 'copydesk-override'
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.addPull({ number: 12 })
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

test('names who applied the label most recently, and when, after it was removed and applied again', async () => {
  standin.label(12, LABEL, 'sam-okafor', { at: '2025-03-01T09:00:00Z' })
  standin.label(12, LABEL, 'cmo-jane', { at: '2025-03-01T10:00:00Z', remove: true })
  standin.label(12, LABEL, 'head-of-legal', { at: '2025-03-02T08:30:00Z' })

  expect(await labelActor(contextFor(standin), 12, LABEL)).toEqual({ login: 'head-of-legal', at: '2025-03-02T08:30:00Z' })
})

test('ignores other labels and matches the label name case-insensitively, as GitHub does', async () => {
  standin.label(12, 'Copydesk-Override', 'cmo-jane', { at: '2025-03-01T09:00:00Z' })
  standin.label(12, 'needs-review', 'sam-okafor', { at: '2025-03-01T11:00:00Z' })

  expect(await labelActor(contextFor(standin), 12, LABEL)).toEqual({ login: 'cmo-jane', at: '2025-03-01T09:00:00Z' })
})

test('is null when the timeline has no labeled event for the label', async () => {
  standin.label(12, 'needs-review', 'sam-okafor')
  expect(await labelActor(contextFor(standin), 12, LABEL)).toBeNull()
})

test('records a deleted account as GitHub shows it, `ghost`', async () => {
  standin.label(12, LABEL, null, { at: '2025-03-01T09:00:00Z' })
  expect(await labelActor(contextFor(standin), 12, LABEL)).toEqual({ login: 'ghost', at: '2025-03-01T09:00:00Z' })
})

test('reads every page, 100 events at a time, so a busy pull request still yields the latest labeling', async () => {
  standin.label(12, LABEL, 'early-bird', { at: '2025-01-01T00:00:00Z' })
  for (let i = 0; i < 150; i++) standin.label(12, `noise-${i}`, 'bot[bot]', { at: '2025-01-02T00:00:00Z' })
  standin.label(12, LABEL, 'late-owl', { at: '2025-01-03T00:00:00Z' })

  expect(await labelActor(contextFor(standin), 12, LABEL)).toEqual({ login: 'late-owl', at: '2025-01-03T00:00:00Z' })
  const requests = standin.requestsTo('issues/list-events')
  expect(requests).toHaveLength(2)
  expect(requests.every((request) => request.query['per_page'] === '100')).toBe(true)
})

test('a token without access gets a message naming the permission to add', async () => {
  standin.deny('issues/list-events')
  const error = await labelActor(contextFor(standin), 12, LABEL).catch((err: unknown) => err)
  expect(error).toBeInstanceOf(CopydeskError)
  expect((error as CopydeskError).message).toContain('could not read who applied the `copydesk-override` label to #12')
  expect((error as CopydeskError).message).toContain('`pull-requests: read`')
})
