// Listing a commit's files through the git trees API: what `filter: nofilter` checks beyond the PR's own files.
import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { listTreePaths } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

const HEAD = 'e'.repeat(40)
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.state.trees[HEAD] = {
    'README.md': '# Site\n',
    'content/blog/launch post.md': 'Body\n',
    'content/blog/2024/recap.mdx': 'Recap\n',
    'content/img/logo.png': Buffer.from([0x89, 0x50, 0x00, 0x01]),
  }
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

test('lists every file of the commit at any depth, sorted, without the directories', async () => {
  const paths = await listTreePaths(contextFor(standin), HEAD)
  expect(paths).toEqual(['README.md', 'content/blog/2024/recap.mdx', 'content/blog/launch post.md', 'content/img/logo.png'])
  const [request] = standin.requestsTo('git/get-tree')
  expect(request?.path).toBe(`/repos/acme/site/git/trees/${HEAD}`)
  expect(request?.query).toEqual({ recursive: '1' })
})

test('fails closed, naming the commit and the way out, when GitHub says the listing is truncated', async () => {
  standin.state.treeEntryLimit = 3
  const err = await listTreePaths(contextFor(standin), HEAD).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as CopydeskError).message).toMatch(/listing of commit `eeeeeee` is truncated.*fails closed/)
  expect((err as CopydeskError).hint).toContain('`filter: file`')
})

test('a listing exactly at the limit is complete, not truncated', async () => {
  // 4 files and 4 directories (content, content/blog, content/blog/2024, content/img).
  standin.state.treeEntryLimit = 8
  expect(await listTreePaths(contextFor(standin), HEAD)).toHaveLength(4)
})

test('a commit GitHub does not know is an error, not an empty listing', async () => {
  const err = await listTreePaths(contextFor(standin), 'f'.repeat(40)).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toMatch(/could not list the files of commit `f{40}`: GitHub answered 404/)
})

test('a token without contents access gets a message naming `contents: read`', async () => {
  standin.deny('git/get-tree')
  const err = await listTreePaths(contextFor(standin), HEAD).catch((e: unknown) => e)
  expect((err as Error).message).toContain('`contents: read`')
})

test('the stand-in lists only the top level without `recursive`, as GitHub does', async () => {
  const response = await fetch(`${standin.url}/repos/acme/site/git/trees/${HEAD}`, { headers: { authorization: 'token t' } })
  const body = (await response.json()) as { tree: { path: string; type: string }[]; truncated: boolean }
  expect(body.tree.map((entry) => `${entry.type} ${entry.path}`)).toEqual(['blob README.md', 'tree content'])
  expect(body.truncated).toBe(false)
})
