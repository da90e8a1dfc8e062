// The Action's actions cache, driven through a stand-in service: the keys it restores and saves under, a
// second run that reuses the first run's results, and a missing or failing service that is only a notice.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import type { Tree } from '../../src/engine/tree.js'
import { actionCacheLocation, cacheKeys, keepCache, type CacheService } from '../../src/github/cache.js'

const FILES: Record<string, string> = {
  'content/a.md': '# A\n\nResults guaranteed.\n',
  'content/b.md': '# B\n\nWe moved offices.\n',
  'content/c.md': '# C\n\nThe #1 inbox for small teams.\n',
}
const SCOPE = { version: '1.2.3', policy: 'abc123def456', runId: 42, runAttempt: 1 }

function memoryTree(files: Record<string, string>): Tree {
  return { label: 'head', read: async (path) => (path in files ? new TextEncoder().encode(files[path]) : null), list: async () => Object.keys(files).sort(), linkTarget: async () => null }
}

/** An actions cache kept in a temp folder: entries by key, restored by exact key or newest prefix match. */
function standinService(options: { available?: boolean; failRestore?: boolean; failSave?: boolean } = {}): CacheService & { calls: string[]; entries: Map<string, string> } {
  const store = mkdtempSync(join(tmpdir(), 'copydesk-actions-cache-'))
  const entries = new Map<string, string>()
  const calls: string[] = []
  return {
    calls,
    entries,
    available: () => options.available ?? true,
    async restore(paths, key, restoreKeys) {
      calls.push(`restore ${paths.join(',')} ${key} ${restoreKeys.join(',')}`)
      if (options.failRestore) throw new Error('Cache service responded with 503')
      const found = entries.has(key) ? key : [...entries.keys()].reverse().find((k) => restoreKeys.some((p) => k.startsWith(p)))
      if (found === undefined) return undefined
      cpSync(entries.get(found)!, paths[0]!, { recursive: true })
      return found
    },
    async save(paths, key) {
      calls.push(`save ${paths.join(',')} ${key}`)
      if (options.failSave) throw new Error('Unable to reserve cache with key')
      const copy = join(store, String(entries.size))
      cpSync(paths[0]!, copy, { recursive: true })
      entries.set(key, copy)
    },
  }
}

/** One Action run over `files` with the cache kept through `service`: what it checked and noticed. */
async function actionRun(service: CacheService, files: Record<string, string>, runId: number): Promise<{ checked: string[]; notices: string[]; report: string }> {
  const location = mkdtempSync(join(tmpdir(), 'copydesk-runner-temp-'))
  rmSync(location, { recursive: true })
  const head = memoryTree(files)
  const policy = await loadPolicy(head)
  const notices: string[] = []
  const kept = await keepCache(service, location, { ...SCOPE, policy: policy.version, runId }, (m) => notices.push(m))
  const checked: string[] = []
  const store = kept.store && Object.assign(kept.store, { debug: (line: string) => line.startsWith('check ') && checked.push(line.slice(6)) })
  const report = await runCheck({
    base: null,
    head,
    policy,
    files: Object.keys(files).map((path) => ({ path, status: 'unchanged' as const })),
    filter: 'nofilter',
    failOn: 'error',
    ...(store ? { cache: store } : {}),
  })
  await kept.save()
  return { checked, notices, report: JSON.stringify(report) }
}

describe('the Action keeps the result cache in the actions cache', () => {
  it('keys: copydesk-<version>-<policy hash>-<run>-<attempt>, restoring the newest of the same version and policy', () => {
    expect(cacheKeys(SCOPE)).toEqual({ key: 'copydesk-1.2.3-abc123def456-42-1', restoreKeys: ['copydesk-1.2.3-abc123def456-'] })
  })

  it('the cache folder is in the runner temp dir', () => {
    expect(actionCacheLocation({ RUNNER_TEMP: '/home/runner/work/_temp' })).toBe('/home/runner/work/_temp/copydesk-cache')
  })

  it('restores under those keys, saves the run under its own key, and a later run checks only what changed', async () => {
    const service = standinService()
    const first = await actionRun(service, FILES, 1)
    expect(first.checked).toEqual(['content/a.md', 'content/b.md', 'content/c.md'])
    const policy = (await loadPolicy(memoryTree(FILES))).version
    expect(service.calls).toEqual([
      expect.stringMatching(new RegExp(`^restore .*copydesk-runner-temp-\\w+ copydesk-1\\.2\\.3-${policy}-1-1 copydesk-1\\.2\\.3-${policy}-$`)),
      expect.stringMatching(new RegExp(`^save .* copydesk-1\\.2\\.3-${policy}-1-1$`)),
    ])
    expect(first.notices).toEqual([])

    const edited = { ...FILES, 'content/b.md': '# B\n\nWe moved offices. Risk-free.\n' }
    const second = await actionRun(service, edited, 2)
    expect(second.checked).toEqual(['content/b.md'])
    expect(second.report).toBe((await actionRun(standinService({ available: false }), edited, 3)).report)
    expect(service.calls.at(-1)).toMatch(/^save .* copydesk-1\.2\.3-\w+-2-1$/)
  })

  it('saves nothing when the restored entry already held every result', async () => {
    const service = standinService()
    await actionRun(service, FILES, 1)
    const again = await actionRun(service, FILES, 2)
    expect(again.checked).toEqual([])
    expect(service.calls.filter((c) => c.startsWith('save'))).toHaveLength(1)
  })

  it('saves a new entry when another part of the run (the LLM review) added to the folder, even with every result restored', async () => {
    const service = standinService()
    await actionRun(service, FILES, 1)
    const policy = (await loadPolicy(memoryTree(FILES))).version
    const location = join(mkdtempSync(join(tmpdir(), 'copydesk-runner-temp-')), 'cache')
    const kept = await keepCache(service, location, { ...SCOPE, policy, runId: 2 }, () => undefined)
    expect(service.calls.at(-1)).toMatch(/^restore /)
    await kept.save({ other: false })
    expect(service.calls.filter((c) => c.startsWith('save'))).toHaveLength(1)
    await kept.save({ other: true })
    expect(service.calls.filter((c) => c.startsWith('save'))).toHaveLength(2)
    expect(service.calls.at(-1)).toMatch(/^save .* copydesk-1\.2\.3-\w+-2-1$/)
  })

  it('no cache service on the runner: a notice, every file checked, the same report', async () => {
    const plain = await actionRun(standinService(), FILES, 1)
    const run = await actionRun(standinService({ available: false }), FILES, 1)
    expect(run.notices).toEqual(['`cache: true`, but the actions cache is not available on this runner: every file is checked.'])
    expect(run.report).toBe(plain.report)
  })

  it('a failing restore and a failing save are notices; the run completes with the same report', async () => {
    const plain = await actionRun(standinService(), FILES, 1)
    const service = standinService({ failRestore: true, failSave: true })
    const run = await actionRun(service, FILES, 1)
    expect(run.notices).toEqual([
      'The actions cache could not be restored (Cache service responded with 503): every file is checked.',
      'The actions cache could not be saved (Unable to reserve cache with key): the next run checks these files again.',
    ])
    expect(run.checked).toHaveLength(3)
    expect(run.report).toBe(plain.report)
  })

  it('a service that throws when asked if it is available counts as unavailable', async () => {
    const service = { ...standinService(), available: () => { throw new Error('ACTIONS_RUNTIME_TOKEN missing') } }
    const notices: string[] = []
    const kept = await keepCache(service, join(tmpdir(), 'never-made'), SCOPE, (m) => notices.push(m))
    expect(kept.store).toBeUndefined()
    await kept.save()
    expect(notices).toHaveLength(1)
    expect(existsSync(join(tmpdir(), 'never-made'))).toBe(false)
  })
})
