// Checking threads (src/engine/check-pool.ts): the files of a whole-site audit checked in the parse pool's
// threads give the report the main thread alone gives, byte for byte in every format, the threads really
// checked them, and a thread that dies mid-run leaves its files to the main thread.
import { describe, expect, it } from 'vitest'
import { render } from '../../src/cli/check.js'
import type { ResultCache } from '../../src/engine/cached.js'
import { runCheck, type CheckRequest } from '../../src/engine/check.js'
import type { ParseThreads } from '../../src/engine/parse-pool.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree, type MemoryLink } from '../../src/engine/tree.js'
import { seeded } from '../../scripts/bench/random.js'
import { buildSite } from '../../scripts/bench/site.js'
import { SITE } from '../cli/site-fixture.js'

/** The CLI tests' site plus 240 generated pages, and pages only the main thread checks (a link, bad bytes, TOML dates). */
function files(): Record<string, string | Uint8Array | MemoryLink> {
  const out: Record<string, string | Uint8Array | MemoryLink> = { ...SITE }
  for (const page of buildSite(240, ['guaranteed', 'risk-free', 'unlimited', 'cheapest', '#1'], seeded(11)).pages) out[`content/generated/${page.path}`] = page.text
  out['content/generated/hugo/dated.md'] = '+++\ntitle = "Launch notes"\ndate = 2026-03-01T09:00:00Z\n+++\nThe fastest inbox, guaranteed.\n'
  out['content/generated/bom.md'] = '\uFEFF---\ntitle: Notes\n---\nReplies arrive 3x faster than Frontline.\n'
  out['content/generated/broken.mdx'] = '---\ntitle: Broken\n---\n<Hero title="The #1 inbox" \n\nNever closed.\n'
  out['content/generated/latin1.md'] = new Uint8Array([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a])
  // a suppression honoured and one naming no rule: suppressed findings and their problems come back from the threads
  out['content/generated/suppressed.md'] = '# Plans\n\n<!-- copydesk-disable-next-line recommended/no-guarantees -- the SLA says so -->\nUptime, guaranteed.\n\n<!-- copydesk-disable-next-line recommended/no-guarentees -- typo -->\nThe #1 inbox.\n'
  out['content/generated/link.md'] = { symlink: 'content/generated/bom.md' }
  return out
}

async function report(all: Record<string, string | Uint8Array | MemoryLink>, threads: ParseThreads, more: { compared?: boolean; retainBudget?: number; cache?: ResultCache } = {}): Promise<string[]> {
  const tree = memoryTree(all)
  const policy = await loadPolicy(tree, { configPath: '.github/copydesk.yml' })
  const paths = Object.keys(all).filter((p) => p.startsWith('content/')).sort()
  const request: CheckRequest = {
    base: more.compared ? tree : null,
    head: tree,
    policy,
    files: paths.map((path) => ({ path, status: 'unchanged' as const })),
    filter: 'nofilter',
    failOn: 'error',
    now: new Date('2026-11-01T00:00:00Z'),
    threads,
    ...(more.retainBudget !== undefined ? { retainBudget: more.retainBudget } : {}),
    ...(more.cache ? { cache: more.cache } : {}),
  }
  const result = await runCheck(request)
  return (['json', 'text', 'markdown', 'sarif'] as const).map((format) => render(result, format, false))
}

/** A result cache in memory, values stored as JSON as the cache file stores them (see src/cache/store.ts). */
function memoryCache(): ResultCache {
  const entries = new Map<string, { key: string; json: string }>()
  return {
    get(name, key, isValid) {
      const entry = entries.get(name)
      const value = entry?.key === key ? (JSON.parse(entry.json) as unknown) : undefined
      return value !== undefined && isValid(value) ? value : undefined
    },
    has: (name, key) => entries.get(name)?.key === key,
    set: (name, key, value) => void entries.set(name, { key, json: JSON.stringify(value) }),
  }
}

/** The debug line's count of files threads checked. */
function checkedInThreads(lines: string[]): number {
  const line = lines.find((l) => / threads checked /.test(l))
  return Number(/checked (\d+) of/.exec(line ?? '')?.[1] ?? -1)
}

describe('checking threads', () => {
  it('give the same report byte for byte as checking in the main thread, in every format', async () => {
    const all = files()
    const alone = await report(all, { concurrency: 'off' })
    const lines: string[] = []
    expect(await report(all, { concurrency: 2, debug: (line) => lines.push(line) })).toEqual(alone)
    expect(await report(all, { concurrency: 3 })).toEqual(alone)
    // the threads checked every file but the few only the main thread does
    const total = Object.keys(all).filter((p) => p.startsWith('content/')).length
    expect(checkedInThreads(lines)).toBeGreaterThan(total - 6)
    const parsed = JSON.parse(alone[0] as string) as { files: { findings: { ruleId: string }[]; suppressed: unknown[] }[] }
    expect(parsed.files.length).toBeGreaterThan(240)
    expect(new Set(parsed.files.flatMap((f) => f.findings.map((x) => x.ruleId))).size).toBeGreaterThan(4)
    expect(parsed.files.some((f) => f.suppressed.length > 0)).toBe(true)
  }, 120_000)

  it('leave the files of a thread that dies mid-run to the main thread: the same report, no file lost', async () => {
    const all = files()
    const alone = await report(all, { concurrency: 'off' })
    const lines: string[] = []
    expect(await report(all, { concurrency: 2, crashAfter: 20, debug: (line) => lines.push(line) })).toEqual(alone)
    // each thread checked 20 files and died on its 21st
    expect(checkedInThreads(lines)).toBeGreaterThan(0)
    expect(checkedInThreads(lines)).toBeLessThanOrEqual(40)
  }, 120_000)

  it('parse the pages a budget left unkept, and check the files the result cache does not hold', async () => {
    const all = files()
    const alone = await report(all, { concurrency: 'off' })
    const lines: string[] = []
    const debug = (line: string): number => lines.push(line)
    // no page kept from the site-context stage: each thread parses its files again
    expect(await report(all, { concurrency: 2, debug }, { retainBudget: 0 })).toEqual(alone)
    expect(checkedInThreads(lines)).toBeGreaterThan(200)
    // a cold cache: every file is checked, in threads; a warm one: none is, and no thread is started
    const cache = memoryCache()
    lines.length = 0
    expect(await report(all, { concurrency: 2, debug }, { cache })).toEqual(alone)
    expect(checkedInThreads(lines)).toBeGreaterThan(200)
    lines.length = 0
    expect(await report(all, { concurrency: 2, debug }, { cache })).toEqual(alone)
    expect(lines.some((l) => / threads checked /.test(l))).toBe(false)
  }, 120_000)

  it('are not used when the run compares with a base, or with --concurrency off', async () => {
    const all = files()
    const lines: string[] = []
    await report(all, { concurrency: 'off', debug: (line) => lines.push(line) })
    expect(lines.some((l) => / threads checked /.test(l))).toBe(false)
    lines.length = 0
    // (a comparison's checks diff positioning against the base tree, which only the main thread reads; its pages are still parsed in threads)
    await report(all, { concurrency: 2, debug: (line) => lines.push(line) }, { compared: true })
    expect(lines.some((l) => / threads parsed /.test(l))).toBe(true)
    expect(lines.some((l) => / threads checked /.test(l))).toBe(false)
  }, 120_000)
})
