import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { createReview, deleteReviewComment, listReviewComments } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

const HEAD = 'f'.repeat(40)
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.addPull({ number: 9, head: { sha: HEAD, ref: 'copy' } })
  standin.state.files[9] = [
    { filename: 'content/landing.md', status: 'modified', patch: '@@ -3,4 +3,5 @@\n a\n-b\n+best-in-class\n+world-class\n c\n d' },
  ]
  standin.state.tokenLogins['test-token'] = 'copydesk[bot]'
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

const suggestion = (text: string) => `\`\`\`suggestion\n${text}\n\`\`\``

test('posts one COMMENT review on the head side, with single- and multi-line suggestions', async () => {
  const ctx = contextFor(standin)
  const id = await createReview(ctx, 9, {
    commitId: HEAD,
    body: 'copydesk suggestions',
    comments: [
      { path: 'content/landing.md', line: 4, body: suggestion('well-regarded') },
      { path: 'content/landing.md', startLine: 4, line: 5, body: suggestion('well-regarded\nproven') },
    ],
  })
  const [review] = standin.state.reviews[9] ?? []
  expect(review).toMatchObject({ id, state: 'COMMENTED', commit_id: HEAD, user: { login: 'copydesk[bot]' } })
  expect(standin.requestsTo('pulls/create-review')[0]?.body).toMatchObject({
    event: 'COMMENT',
    comments: [
      { line: 4, side: 'RIGHT' },
      { start_line: 4, start_side: 'RIGHT', line: 5, side: 'RIGHT' },
    ],
  })
  const listed = await listReviewComments(ctx, 9)
  expect(listed).toEqual([
    expect.objectContaining({ reviewId: id, login: 'copydesk[bot]', path: 'content/landing.md', line: 4, startLine: null, commitId: HEAD }),
    expect.objectContaining({ reviewId: id, line: 5, startLine: 4, body: suggestion('well-regarded\nproven') }),
  ])
})

test('a suggestion on a line outside the diff fails with GitHub’s reason', async () => {
  const err = await createReview(contextFor(standin), 9, {
    commitId: HEAD,
    body: 'x',
    comments: [{ path: 'content/landing.md', line: 40, body: 'no' }],
  }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toContain('422 `Unprocessable Entity: Line could not be resolved`')
})

test('a token that cannot review gets a message naming `pull-requests: write`', async () => {
  standin.deny('pulls/create-review')
  const err = await createReview(contextFor(standin), 9, { commitId: HEAD, body: 'x', comments: [] }).catch((e: unknown) => e)
  expect((err as Error).message).toContain('`pull-requests: write`')
})

test('deletes a review comment, and reports false when it is already gone', async () => {
  const ctx = contextFor(standin)
  await createReview(ctx, 9, { commitId: HEAD, body: 'x', comments: [{ path: 'content/landing.md', line: 4, body: 'fix' }] })
  const [comment] = await listReviewComments(ctx, 9)
  expect(await deleteReviewComment(ctx, comment?.id ?? 0)).toBe(true)
  expect(await listReviewComments(ctx, 9)).toEqual([])
  expect(await deleteReviewComment(ctx, comment?.id ?? 0)).toBe(false)
})
