// End-to-end: `filter: nofilter` checks the head's content files the pull request leaves alone, and their
// findings count. A small repository of its own keeps the example site's seeded findings out of the way.
import { describe, expect, it } from 'vitest'
import type { GitHubStandin } from '../support/github-standin.js'
import { edit, eventPayload, failures, lineOf, markedComments, overlay, runAction, setPull, sha, useActionSuite, type RunResult, type Tree } from './harness.js'

const CONTENT = 'copydesk/content'
const SIGNOFF = 'copydesk/strategy-signoff'
const TOUCHED = 'content/blog/clean-post.md'
const UNTOUCHED = 'content/blog/old-post.md'
const CLAIM = 'Guaranteed results in 30 days.'
const BASE_SHA = sha('nofilter-base')
const HEAD_SHA = sha('nofilter-head')

const BASE: Tree = {
  [TOUCHED]: '---\ntitle: Clean post\n---\n\n# Clean post\n\nWe answer every message in the order it arrives.\n\nShared notes help the next person pick up a thread.\n',
  [UNTOUCHED]: `---\ntitle: Old post\n---\n\n# Old post\n\nTeams switch for many reasons.\n\n${CLAIM} Ask us how.\n`,
  // Neither is content: a non-markdown file and the workflow folder.
  'src/site.ts': 'export const guaranteed = "Guaranteed results in 30 days."\n',
  '.github/PULL_REQUEST_TEMPLATE.md': `${CLAIM}\n`,
}

const { startGitHub } = useActionSuite()

async function cleanEdit(number: number): Promise<GitHubStandin> {
  const standin = await startGitHub()
  const head = overlay(BASE, { [TOUCHED]: edit(BASE[TOUCHED], 'pick up a thread', 'pick up a conversation') })
  setPull(standin, { number, author: 'sam-okafor', base: BASE, head, baseSha: BASE_SHA, headSha: HEAD_SHA })
  return standin
}

function run(standin: GitHubStandin, number: number, filter: string): Promise<RunResult> {
  const pull = standin.state.pulls[number]
  if (pull === undefined) throw new Error(`no pull request #${number}`)
  return runAction({ standin, event: 'pull_request', payload: eventPayload('pull_request', pull), inputs: { filter } })
}

type ReportFile = { path: string; status: string; findings: { ruleId: string; line: number }[] }
const reportFiles = (result: RunResult): ReportFile[] => (result.report?.['files'] ?? []) as ReportFile[]

describe('`filter: nofilter` in the Action', () => {
  it('passes a clean edit under `filter: added` without reading the files the PR does not touch', async () => {
    const standin = await cleanEdit(501)
    const result = await run(standin, 501, 'added')

    expect(result.code).toBe(0)
    expect(standin.latestStatus(HEAD_SHA, CONTENT)?.state).toBe('success')
    expect(result.outputs['verdict']).toBe('pass')
    expect(reportFiles(result).map((f) => f.path)).toEqual([TOUCHED])
    // The head's listing is read once, to tell symbolic links from files; the untouched file is never read.
    expect(standin.requestsTo('git/get-tree').map((r) => r.path)).toEqual([`/repos/acme/website/git/trees/${HEAD_SHA}`])
    expect(standin.requestsTo('repos/get-content').filter((r) => decodeURIComponent(r.path).endsWith(UNTOUCHED))).toEqual([])
  })

  it('fails under `filter: nofilter` on a banned claim in a content file the PR does not change, annotated on its line', async () => {
    const standin = await cleanEdit(502)
    const result = await run(standin, 502, 'nofilter')

    expect(result.code).toBe(1)
    expect(standin.latestStatus(HEAD_SHA, CONTENT)?.state).toBe('failure')
    expect(result.outputs['verdict']).toBe('fail')
    expect(failures(result).join('\n')).toMatch(/at `error` severity or above/)

    const line = lineOf(BASE[UNTOUCHED] ?? '', CLAIM)
    const untouched = reportFiles(result).find((f) => f.path === UNTOUCHED)
    expect(untouched?.status).toBe('unchanged')
    expect(untouched?.findings).toContainEqual(expect.objectContaining({ ruleId: 'recommended/no-guarantees', line }))
    const annotation = result.commands.find((c) => c.command === 'error' && c.properties['file'] === UNTOUCHED)
    expect(annotation?.properties['line']).toBe(String(line))
    // Only content files join: not the code file, not .github/.
    expect(reportFiles(result).map((f) => f.path).sort()).toEqual([UNTOUCHED, TOUCHED].sort())

    // The head commit was listed once through the git trees API, recursively.
    const listings = standin.requestsTo('git/get-tree')
    expect(listings.map((r) => [r.path, r.query['recursive']])).toEqual([[`/repos/acme/website/git/trees/${HEAD_SHA}`, '1']])
    // The PR changes nothing in the untouched file: it is read at head only, and carries no positioning change.
    const reads = standin.requestsTo('repos/get-content').filter((r) => decodeURIComponent(r.path).endsWith(UNTOUCHED))
    expect(reads.map((r) => r.query['ref'])).toEqual([HEAD_SHA])
    expect(result.outputs['positioning-changed']).toBe('false')
    expect(standin.latestStatus(HEAD_SHA, SIGNOFF)?.state).toBe('success')

    const body = markedComments(standin, 502)[0] ?? ''
    expect(body).toContain(UNTOUCHED)
    expect(body).toContain('recommended/no-guarantees')
    expect(body).toContain('`filter: nofilter` also checked the 1 content file this pull request does not change')
    expect(body).not.toContain('behaves like')
  })

  it('fails closed, with no success status, when GitHub truncates the listing of the head commit', async () => {
    const standin = await cleanEdit(503)
    standin.state.treeEntryLimit = 2
    const result = await run(standin, 503, 'nofilter')

    expect(result.code).toBe(1)
    expect(failures(result).join('\n')).toMatch(/listing of commit `[0-9a-f]{7}` is truncated.*fails closed/)
    const states = (standin.state.statuses[HEAD_SHA] ?? []).map((st) => st.state)
    expect(states).not.toContain('success')
    expect(standin.latestStatus(HEAD_SHA, CONTENT)?.state).toBe('error')
  })
})
