// Parsing threads (src/engine/parse-pool.ts): pages parsed side by side give the report the main thread
// alone gives, byte for byte, and the threads really parsed them.
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { MIN_FILES_PER_THREAD, threadsFor } from '../../src/engine/parse-pool.js'
import { runContext } from '../../src/engine/site-context.js'
import { memoryTree } from '../../src/engine/tree.js'
import { seeded } from '../../scripts/bench/random.js'
import { buildSite } from '../../scripts/bench/site.js'
import { SITE } from '../cli/site-fixture.js'

/** The CLI tests' site plus 240 generated pages of every flavour (MDX props, TOML and YAML frontmatter, tables), and pages a thread cannot send back as they are. */
function files(): Record<string, string> {
  const out: Record<string, string> = { ...SITE }
  for (const page of buildSite(240, ['guaranteed', 'risk-free', 'unlimited', 'cheapest', '#1'], seeded(7)).pages) out[`content/generated/${page.path}`] = page.text
  // TOML dates, a BOM, invalid UTF-8 is left to its check, and MDX that does not parse
  out['content/generated/hugo/dated.md'] = '+++\ntitle = "Launch notes"\ndate = 2026-03-01T09:00:00Z\n+++\nThe fastest inbox, guaranteed.\n'
  out['content/generated/bom.md'] = '\uFEFF---\ntitle: Notes\n---\nReplies arrive 3x faster than Frontline.\n'
  out['content/generated/broken.mdx'] = '---\ntitle: Broken\n---\n<Hero title="The #1 inbox" \n\nNever closed.\n'
  return out
}

async function report(all: Record<string, string>, concurrency: number | 'off'): Promise<string> {
  const policy = await loadPolicy(memoryTree(all), { configPath: '.github/copydesk.yml' })
  const paths = Object.keys(all).filter((p) => p.startsWith('content/')).sort()
  const result = await runCheck({
    base: null,
    head: memoryTree(all),
    policy,
    files: paths.map((path) => ({ path, status: 'unchanged' as const })),
    filter: 'nofilter',
    failOn: 'error',
    now: new Date('2026-11-01T00:00:00Z'),
    threads: { concurrency },
  })
  return JSON.stringify(result, null, 2)
}

describe('parsing threads', () => {
  it('give the same report byte for byte as parsing in the main thread', async () => {
    const all = files()
    const alone = await report(all, 'off')
    expect(await report(all, 2)).toBe(alone)
    expect(await report(all, 3)).toBe(alone)
    const parsed = JSON.parse(alone) as { files: { findings: { ruleId: string }[] }[] }
    expect(parsed.files.length).toBeGreaterThan(240)
    expect(new Set(parsed.files.flatMap((f) => f.findings.map((x) => x.ruleId))).size).toBeGreaterThan(4)
  }, 120_000)

  it('parse the pages in threads when asked, and in the main thread otherwise', async () => {
    const all = files()
    const policy = await loadPolicy(memoryTree(all), { configPath: '.github/copydesk.yml' })
    const paths = Object.keys(all).filter((p) => p.startsWith('content/')).sort()
    const threaded = await runContext(memoryTree(all), paths, policy.policy.config, { threads: { concurrency: 2 } })
    // every page, or nearly: a page a thread cannot send back as it is (a parse that throws) is parsed here
    expect(threaded.threaded).toBeGreaterThan(paths.length - 5)
    expect((await runContext(memoryTree(all), paths, policy.policy.config, { threads: { concurrency: 'off' } })).threaded).toBe(0)
  }, 120_000)

  it('are sized by the pages left to parse: a re-audit with a few changed pages starts none', async () => {
    const all = files()
    const policy = await loadPolicy(memoryTree(all), { configPath: '.github/copydesk.yml' })
    const paths = Object.keys(all).filter((p) => p.startsWith('content/')).sort()
    const config = policy.policy.config
    expect((await runContext(memoryTree(all), paths, config, { threads: { concurrency: 2 }, toParse: MIN_FILES_PER_THREAD })).threaded).toBe(0)
    expect((await runContext(memoryTree(all), paths, config, { threads: { concurrency: 2 }, toParse: 2 * MIN_FILES_PER_THREAD })).threaded).toBeGreaterThan(0)
  }, 120_000)

  it('are started only when there are enough files for two', () => {
    expect(threadsFor(10_000, 'off')).toBe(0)
    expect(threadsFor(2 * MIN_FILES_PER_THREAD - 1, 4)).toBe(0)
    expect(threadsFor(2 * MIN_FILES_PER_THREAD, 4)).toBe(2)
    expect(threadsFor(10_000, 3)).toBe(3)
    expect(threadsFor(10_000, 1)).toBe(0)
    expect(threadsFor(10_000, 'auto')).toBeLessThanOrEqual(4)
  })
})
