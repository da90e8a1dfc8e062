// End-to-end: a pull request that adds a symbolic link to a markdown page. GitHub's contents API answers a
// link to a file of the repository with that file's content, so the Action tells links apart by their git
// mode (120000) in one trees listing of the head commit, and lists them as skipped, never read through.
import { describe, expect, it } from 'vitest'
import type { GitHubStandin } from '../support/github-standin.js'
import { edit, eventPayload, lineOf, overlay, runAction, setPull, sha, useActionSuite, type RunResult, type Tree } from './harness.js'

const CONTENT = 'copydesk/content'
const PRICING = 'content/pricing.md'
const ALIAS = 'content/alias.md'
const OUTSIDE = 'content/outside.md'
const POST = 'content/blog/clean-post.md'
const CLAIM = 'Guaranteed results in 30 days.'
const BASE_SHA = sha('symlink-base')
const HEAD_SHA = sha('symlink-head')

const BASE: Tree = {
  // A claim already on the base branch: `filter: added` leaves it alone, and a link must not bring it back.
  [PRICING]: `---\ntitle: Pricing\n---\n\n# Pricing\n\nPlans start at ten seats.\n\n${CLAIM} Ask us how.\n`,
  [POST]: '---\ntitle: Clean post\n---\n\n# Clean post\n\nWe answer every message in the order it arrives.\n\nShared notes help the next person pick up a thread.\n',
}

const { startGitHub } = useActionSuite()

/**
 * The PR adds `content/alias.md` → `pricing.md` (a file of the repository, which GitHub resolves) and
 * `content/outside.md` → a path outside it (which GitHub answers with `type: symlink`), plus `changes`.
 * The listing's patch for a new link is its target path, as git shows it.
 */
async function linkPull(number: number, changes: Record<string, string>): Promise<GitHubStandin> {
  const standin = await startGitHub()
  const links = { [ALIAS]: 'pricing.md', [OUTSIDE]: '../../../etc/secret.md' }
  const head = overlay(BASE, { ...changes, ...links })
  setPull(standin, { number, author: 'sam-okafor', base: BASE, head, baseSha: BASE_SHA, headSha: HEAD_SHA })
  const stored = standin.state.trees[HEAD_SHA] ?? {}
  for (const [path, target] of Object.entries(links)) stored[path] = { symlink: target }
  return standin
}

function run(standin: GitHubStandin, number: number): Promise<RunResult> {
  const pull = standin.state.pulls[number]
  if (pull === undefined) throw new Error(`no pull request #${number}`)
  return runAction({ standin, event: 'pull_request', payload: eventPayload('pull_request', pull), inputs: { filter: 'added' } })
}

type ReportFile = { path: string; status: string; skipped?: string; findings: { ruleId: string; line: number; severity: string }[] }
const byPath = (result: RunResult): Record<string, ReportFile> =>
  Object.fromEntries(((result.report?.['files'] ?? []) as ReportFile[]).map((file) => [file.path, file]))

/** Contents reads of `path` at the head commit: a link's must be none (its listing entry says what it is). */
const headReads = (standin: GitHubStandin, path: string): number =>
  standin.requestsTo('repos/get-content').filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${path}`) && r.query['ref'] === HEAD_SHA).length

describe('symbolic links in the Action', () => {
  it('lists an added link as skipped with its target, never reads it, and lets the other files decide the verdict', async () => {
    const standin = await linkPull(601, { [POST]: edit(BASE[POST], 'pick up a thread', 'pick up a conversation') })
    const result = await run(standin, 601)

    const files = byPath(result)
    expect(Object.keys(files).sort()).toEqual([ALIAS, POST, OUTSIDE].sort())
    for (const [path, target] of [[ALIAS, 'pricing.md'], [OUTSIDE, '../../../etc/secret.md']] as const) {
      expect(files[path]?.status).toBe('added')
      expect(files[path]?.skipped).toBe(`a symbolic link to \`${target}\`: links are not followed, so it was not checked (the file it points to is checked under its own path)`)
      expect(files[path]?.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['input/symlink info'])
      expect(headReads(standin, path)).toBe(0)
      expect(result.report?.['notices']).toContainEqual(expect.stringMatching(new RegExp(`^\`${path}\`: a symbolic link to`)))
    }
    // The claim behind the link is the base branch's, untouched by this PR: it is not reported under the link.
    expect(JSON.stringify(result.report)).not.toContain('recommended/no-guarantees')
    expect(result.code).toBe(0)
    expect(result.outputs['verdict']).toBe('pass')
    expect(standin.latestStatus(HEAD_SHA, CONTENT)?.state).toBe('success')
    // One recursive listing of the head commit told the links apart, whatever the number of files.
    expect(standin.requestsTo('git/get-tree').map((r) => [r.path, r.query['recursive']])).toEqual([[`/repos/acme/website/git/trees/${HEAD_SHA}`, '1']])
  })

  it('reports a claim added to the linked page once, under the page, and fails on it', async () => {
    const pricing = edit(BASE[PRICING], 'Plans start at ten seats.', 'Plans start at ten seats. Risk-free for a month.')
    const standin = await linkPull(602, { [PRICING]: pricing })
    const result = await run(standin, 602)

    const files = byPath(result)
    expect(files[PRICING]?.findings.map((f) => `${f.ruleId} ${f.line}`)).toEqual([`recommended/no-risk-free ${lineOf(pricing, 'Risk-free')}`])
    expect(files[ALIAS]?.findings.map((f) => f.ruleId)).toEqual(['input/symlink'])
    expect(result.code).toBe(1)
    expect(result.outputs['verdict']).toBe('fail')
    expect(standin.latestStatus(HEAD_SHA, CONTENT)?.state).toBe('failure')
  })
})
