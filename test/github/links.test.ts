// Telling symbolic links from files through the API. GitHub's contents API answers a link to a file of the
// repository with that file's content; only the commit's tree (mode 120000) says it is a link. A truncated
// listing still answers for the paths it reached; past the cut, the contents API's `type: symlink` catches
// the links GitHub does not resolve, and a notice names the paths whose kind stayed unknown.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { readFileAt, readTreeListing, sharedListing } from '../../src/github/api.js'
import { apiTree } from '../../src/github/tree.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

const HEAD = 'e'.repeat(40)
const PRICING = 'Guaranteed results in 30 days.\n'
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  // Listed in this order (folders too): a, a/early.md, content, content/alias.md, content/outside.md, content/pricing.md.
  standin.state.trees[HEAD] = {
    'a/early.md': { symlink: '../content/pricing.md' },
    'content/alias.md': { symlink: 'pricing.md' },
    'content/outside.md': { symlink: '../../secret.md' },
    'content/pricing.md': PRICING,
  }
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

function headTree() {
  const ctx = contextFor(standin)
  return apiTree(ctx, HEAD, 'head', 1_000_000, { listing: sharedListing(() => readTreeListing(ctx, HEAD)) })
}

const contentReads = (path: string): number => standin.requestsTo('repos/get-content').filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${path}`)).length

describe('the stand-in serves links as GitHub does', () => {
  test('contents: a link to a file of the repository reads as that file; any other link as `type: symlink`', async () => {
    const ctx = contextFor(standin)
    expect((await readFileAt(ctx, 'content/alias.md', HEAD))?.text).toBe(PRICING)
    expect(await readFileAt(ctx, 'content/outside.md', HEAD)).toEqual({ text: '', size: 0, binary: false, tooLarge: false, symlink: '../../secret.md' })
  })

  test('trees: links carry mode 120000 and their target as blob', async () => {
    const listing = await readTreeListing(contextFor(standin), HEAD)
    expect(listing.truncated).toBe(false)
    expect(listing.entries.filter((e) => e.type === 'blob').map((e) => `${e.mode} ${e.path}`)).toEqual([
      '120000 a/early.md',
      '120000 content/alias.md',
      '120000 content/outside.md',
      '100644 content/pricing.md',
    ])
  })
})

describe('link detection of a tree read through the API', () => {
  test('a complete listing names every link and its target, from one trees call, without reading any link', async () => {
    const tree = headTree()
    expect(await tree.linkTarget('content/alias.md')).toBe('pricing.md')
    expect(await tree.linkTarget('content/outside.md')).toBe('../../secret.md')
    expect(await tree.linkTarget('content/pricing.md')).toBeNull()
    expect(await tree.linkTarget('content/missing.md')).toBeNull()
    // Never read through: a link reads as nothing, the file it points to as itself.
    expect(await tree.read('content/alias.md')).toBeNull()
    expect(new TextDecoder().decode((await tree.read('content/pricing.md')) ?? new Uint8Array())).toBe(PRICING)
    expect(standin.requestsTo('git/get-tree')).toHaveLength(1)
    expect(contentReads('content/alias.md') + contentReads('content/outside.md')).toBe(0)
    expect(tree.notices()).toEqual([])
  })

  test('a truncated listing answers for the paths it reached, falls back to `type: symlink` past the cut, and says what it could not tell', async () => {
    standin.state.treeEntryLimit = 2
    const tree = headTree()
    // Reached by the cut listing: known to be a link without a contents read.
    expect(await tree.linkTarget('a/early.md')).toBe('../content/pricing.md')
    expect(contentReads('a/early.md')).toBe(0)
    // Past the cut, a link GitHub does not resolve still says so.
    expect(await tree.linkTarget('content/outside.md')).toBe('../../secret.md')
    // Past the cut, a link GitHub resolves reads as its target's content: undetectable, and said so.
    expect(await tree.linkTarget('content/alias.md')).toBeNull()
    expect(await tree.linkTarget('content/pricing.md')).toBeNull()
    expect(await tree.linkTarget('content/missing.md')).toBeNull()
    expect(standin.requestsTo('git/get-tree')).toHaveLength(1)
    const notices = tree.notices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/^The file listing of commit `eeeeeee` is truncated .*could not detect symbolic links among `content\/alias\.md`, `content\/pricing\.md`: /)
  })

  test('without a listing (the base side), only the links GitHub does not resolve are known, and no trees call is made', async () => {
    const tree = apiTree(contextFor(standin), HEAD, 'base', 1_000_000)
    expect(await tree.linkTarget('content/outside.md')).toBe('../../secret.md')
    expect(await tree.read('content/outside.md')).toBeNull()
    expect(await tree.linkTarget('content/pricing.md')).toBeNull()
    expect(standin.requestsTo('git/get-tree')).toEqual([])
    expect(tree.notices()).toEqual([])
  })

  test('a failed trees call is an error, never "not a link"', async () => {
    standin.deny('git/get-tree')
    await expect(headTree().linkTarget('content/alias.md')).rejects.toThrow(/`contents: read`/)
  })
})
