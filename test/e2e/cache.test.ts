// End-to-end: `cache: true` on a runner with no actions cache service (no ACTIONS_CACHE_URL or
// ACTIONS_RESULTS_URL, as in this harness) is a notice; the run checks every file and decides as without it.
import { describe, expect, it } from 'vitest'
import { eventPayload, overlay, edit, runAction, setPull, sha, useActionSuite, type Tree } from './harness.js'

const BASE: Tree = {
  'content/blog/post.md': '---\ntitle: Post\n---\n\n# Post\n\nWe answer every message in the order it arrives.\n',
  'content/blog/old.md': '---\ntitle: Old\n---\n\n# Old\n\nGuaranteed results in 30 days.\n',
}

const { startGitHub } = useActionSuite()

describe('`cache: true` in the Action', () => {
  it('without a cache service: a notice, and the same verdict, report and statuses as without the cache', async () => {
    const runs = []
    for (const [number, cache] of [[601, 'true'], [602, 'false']] as const) {
      const standin = await startGitHub()
      const head = overlay(BASE, { 'content/blog/post.md': edit(BASE['content/blog/post.md']!, 'arrives', 'comes in') })
      setPull(standin, { number, author: 'sam-okafor', base: BASE, head, baseSha: sha('cache-base'), headSha: sha('cache-head') })
      const pull = standin.state.pulls[number]!
      runs.push(await runAction({ standin, event: 'pull_request', payload: eventPayload('pull_request', pull), inputs: { filter: 'nofilter', cache } }))
    }
    const [cached, plain] = runs as [(typeof runs)[0], (typeof runs)[0]]
    const notice = (r: typeof cached) => r.commands.filter((c) => c.command === 'notice' && /actions cache/.test(c.message))
    expect(notice(cached).map((c) => c.message)).toEqual(['`cache: true`, but the actions cache is not available on this runner: every file is checked.'])
    expect(notice(plain)).toEqual([])
    expect(cached.code).toBe(1)
    expect(cached.outputs['verdict']).toBe('fail')
    const strip = (report: Record<string, unknown> | null) => JSON.stringify({ ...report, meta: null })
    expect(strip(cached.report)).toBe(strip(plain.report).replaceAll('"pullRequest":602', '"pullRequest":601'))
  })
})
