import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { getPull, listPullFiles, listReviews } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.addPull({
    number: 12,
    title: 'Launch page',
    body: null,
    user: { login: 'dana' },
    labels: ['copy', 'launch'],
    head: { sha: 'a'.repeat(40), ref: 'launch' },
    base: { sha: 'b'.repeat(40), ref: 'main' },
  })
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

describe('getPull', () => {
  test('reads the fields the pipeline needs, with a null body as empty text', async () => {
    standin.setFileCount(12, 4)
    const pull = await getPull(contextFor(standin), 12)
    expect(pull).toEqual({
      number: 12,
      title: 'Launch page',
      body: '',
      author: 'dana',
      labels: ['copy', 'launch'],
      state: 'open',
      draft: false,
      head: { sha: 'a'.repeat(40), ref: 'launch' },
      base: { sha: 'b'.repeat(40), ref: 'main' },
      changedFiles: 4,
    })
  })

  test('a missing pull request is a CopydeskError naming it and GitHub’s answer', async () => {
    const err = await getPull(contextFor(standin), 99).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CopydeskError)
    expect((err as Error).message).toBe('copydesk could not read pull request #99: GitHub answered 404 `Not Found`.')
  })
})

describe('listPullFiles', () => {
  test('pages through every file 100 at a time', async () => {
    standin.setFileCount(12, 250)
    const files = await listPullFiles(contextFor(standin), 12)
    expect(files).toHaveLength(250)
    expect(new Set(files.map((file) => file.path)).size).toBe(250)
    const pages = standin.requestsTo('pulls/list-files')
    expect(pages.map((request) => request.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ])
  })

  test('keeps renames, removals and patches as GitHub reports them', async () => {
    standin.state.files[12] = [
      { filename: 'content/new-name.md', status: 'renamed', previous_filename: 'content/old-name.md', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'content/gone.md', status: 'removed', deletions: 12 },
      { filename: 'content/added.md', status: 'added', patch: '@@ -0,0 +1,2 @@\n+one\n+two' },
    ]
    const files = await listPullFiles(contextFor(standin), 12)
    expect(files).toEqual([
      { path: 'content/new-name.md', status: 'renamed', previousPath: 'content/old-name.md', patch: '@@ -1 +1 @@\n-a\n+b', additions: 1, deletions: 1 },
      { path: 'content/gone.md', status: 'removed', additions: 0, deletions: 12 },
      { path: 'content/added.md', status: 'added', patch: '@@ -0,0 +1,2 @@\n+one\n+two', additions: 2, deletions: 0 },
    ])
  })

  test('a pull request of 3,001 files fails closed after listing, since GitHub cuts the listing at 3,000', async () => {
    standin.setFileCount(12, 3001)
    const err = await listPullFiles(contextFor(standin), 12).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CopydeskError)
    expect((err as Error).message).toContain('changes at least 3000 files')
    expect((err as Error).message).toContain('fails closed')
  })

  test('a pull request known to have 3,001 files fails closed without listing any', async () => {
    standin.setFileCount(12, 3001)
    const ctx = contextFor(standin)
    const pull = await getPull(ctx, 12)
    await expect(listPullFiles(ctx, pull)).rejects.toThrow(/fails closed/)
    expect(standin.requestsTo('pulls/list-files')).toEqual([])
  })

  test('a pull request of 2,999 files is listed in full', async () => {
    standin.setFileCount(12, 2999)
    const ctx = contextFor(standin)
    const files = await listPullFiles(ctx, await getPull(ctx, 12))
    expect(files).toHaveLength(2999)
  })
})

describe('listReviews', () => {
  test('lists reviews oldest first across pages with the commit each was made on', async () => {
    for (let i = 0; i < 130; i++) standin.addReview(12, { user: { login: `user${i}` }, state: 'COMMENTED' })
    standin.addReview(12, { user: { login: 'cmo' }, state: 'APPROVED', commit_id: 'c'.repeat(40), submitted_at: '2026-10-02T10:00:00Z' })
    standin.addReview(12, { user: { login: 'old' }, state: 'CHANGES_REQUESTED', commit_id: null })
    const reviews = await listReviews(contextFor(standin), 12)
    expect(reviews).toHaveLength(132)
    expect(reviews[0]?.login).toBe('user0')
    expect(reviews[130]).toMatchObject({ login: 'cmo', state: 'APPROVED', commitId: 'c'.repeat(40), submittedAt: '2026-10-02T10:00:00Z' })
    expect(reviews[131]).toMatchObject({ login: 'old', state: 'CHANGES_REQUESTED', commitId: null })
    expect(standin.requestsTo('pulls/list-reviews')).toHaveLength(2)
  })
})
