import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { MAX_COMMENT_LENGTH, upsertComment } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

const MARKER = '<!-- copydesk:traceability -->'
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.addPull({ number: 5 })
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

const marked = () => (standin.state.issueComments[5] ?? []).filter((comment) => comment.body.startsWith(MARKER))

test('creates the comment when none exists, then updates it in place', async () => {
  const ctx = contextFor(standin)
  const first = await upsertComment(ctx, 5, MARKER, `${MARKER}\nrun 1`)
  expect(first.action).toBe('created')
  const second = await upsertComment(ctx, 5, MARKER, `${MARKER}\nrun 2`)
  expect(second).toEqual({ id: first.id, action: 'updated' })
  expect(marked()).toEqual([expect.objectContaining({ id: first.id, body: `${MARKER}\nrun 2`, user: { login: 'github-actions[bot]' } })])
})

test('an unchanged body is not written again', async () => {
  const ctx = contextFor(standin)
  await upsertComment(ctx, 5, MARKER, `${MARKER}\nsame`)
  await upsertComment(ctx, 5, MARKER, `${MARKER}\nsame`)
  expect(standin.requestsTo('issues/update-comment')).toEqual([])
})

test('a person quoting the marker keeps their comment; copydesk writes its own', async () => {
  const quote = standin.addIssueComment(5, `> ${MARKER}\n> what does this mean?`, 'dana')
  await upsertComment(contextFor(standin), 5, MARKER, `${MARKER}\nreport`)
  expect(standin.state.issueComments[5]?.find((comment) => comment.id === quote.id)?.body).toBe(quote.body)
  expect(marked()).toHaveLength(1)
})

test('duplicates left by earlier runs collapse into the oldest one', async () => {
  const oldest = standin.addIssueComment(5, `${MARKER}\nold a`, 'github-actions[bot]')
  standin.addIssueComment(5, 'unrelated', 'dana')
  standin.addIssueComment(5, `${MARKER}\nold b`, 'github-actions[bot]')
  const result = await upsertComment(contextFor(standin), 5, MARKER, `${MARKER}\nnew`)
  expect(result).toEqual({ id: oldest.id, action: 'updated' })
  expect(marked()).toEqual([expect.objectContaining({ id: oldest.id, body: `${MARKER}\nnew` })])
  expect(standin.state.issueComments[5]).toHaveLength(2)
})

test('two overlapping runs leave exactly one comment', async () => {
  standin.delayMs = 25
  const [a, b] = await Promise.all([
    upsertComment(contextFor(standin), 5, MARKER, `${MARKER}\nrun A`),
    upsertComment(contextFor(standin), 5, MARKER, `${MARKER}\nrun B`),
  ])
  // Both listed before either created: the race this guards against really happened.
  expect(standin.requestsTo('issues/create-comment')).toHaveLength(2)
  const left = marked()
  expect(left).toHaveLength(1)
  expect([`${MARKER}\nrun A`, `${MARKER}\nrun B`]).toContain(left[0]?.body)
  expect(a.id).toBe(left[0]?.id)
  expect(b.id).toBe(left[0]?.id)
})

test('a body over GitHub’s 65,536 characters is cut with a note, keeping the marker', async () => {
  await upsertComment(contextFor(standin), 5, MARKER, `${MARKER}\n${'x'.repeat(70_000)}`)
  const [comment] = marked()
  expect(comment?.body).toHaveLength(MAX_COMMENT_LENGTH)
  expect(comment?.body).toContain('65,536-character limit')
})

test('a token that cannot comment gets a message naming `pull-requests: write`', async () => {
  standin.deny('issues/create-comment')
  const err = await upsertComment(contextFor(standin), 5, MARKER, `${MARKER}\nx`).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toContain('The workflow token needs `pull-requests: write`.')
  expect((err as CopydeskError).hint).toContain('forks')
})

test('a body built from the previous comment sees that comment, or null when there is none', async () => {
  const ctx = contextFor(standin)
  const seen: (string | null)[] = []
  const render = (previous: string | null): string => {
    seen.push(previous)
    return `${MARKER}\nrun ${seen.length}`
  }
  await upsertComment(ctx, 5, MARKER, render)
  await upsertComment(ctx, 5, MARKER, render)
  expect(seen).toEqual([null, `${MARKER}\nrun 1`])
  expect(marked()).toEqual([expect.objectContaining({ body: `${MARKER}\nrun 2` })])
})
