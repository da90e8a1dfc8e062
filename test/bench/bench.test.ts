// The benchmark's helpers: the rule set, the corpus and the arithmetic behind its table. Nothing
// here is timed; speed is measured by `npm run bench`, never asserted in a test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { evaluateGoals, renderGoals, type Measured } from '../../scripts/bench/goals.js'
import { median } from '../../scripts/bench/measure.js'
import { sumCounts } from '../../scripts/bench/peers.js'
import { summarizeProfile } from '../../scripts/bench/profile.js'
import { seeded } from '../../scripts/bench/random.js'
import { buildSite, expectedHits, strayPhrases } from '../../scripts/bench/site.js'
import { buildRuleSet, normalizePhrase, recommendedRules, toPhraseList, toPrhDictionary, toRuleFile } from '../../scripts/bench/ruleset.js'
import { formatMs, ratio, renderTable } from '../../scripts/bench/table.js'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { parseRulePack } from '../../src/rules/load.js'

const ROOT = join(import.meta.dirname, '..', '..')
const recommended = readFileSync(join(ROOT, 'rules/recommended.yml'), 'utf8')
const set = buildRuleSet(recommended)

describe('benchmark rule set', () => {
  it('holds 200 distinct phrases: every fixed phrase of the shipped pack, then generated ones', () => {
    expect(set.phrases).toHaveLength(200)
    expect(new Set(set.phrases.map(normalizePhrase)).size).toBe(200)
    const shipped = recommendedRules(recommended).flatMap((r) => r.phrases ?? Object.keys(r.swap ?? {}))
    expect(set.phrases.slice(0, set.fromRecommended)).toEqual(shipped)
    expect(shipped).toContain('guaranteed')
    expect(shipped).toContain('best-in-class')
  })

  it('grows to 1,000 distinct phrases and shrinks to 50 for the phrase-count row, the standard 200 unchanged', () => {
    const most = buildRuleSet(recommended, 1000)
    const fewest = buildRuleSet(recommended, 50)
    expect(new Set(most.phrases.map(normalizePhrase)).size).toBe(1000)
    expect(fewest.phrases).toEqual(set.phrases.slice(0, 50))
    expect(parseRulePack(toRuleFile(most, '1.0.0'), 'b.yml').problems).toEqual([])
    expect(buildRuleSet(recommended, 200)).toEqual(set)
  })

  it('leaves out pattern rules, which have no fixed-string form for ripgrep', () => {
    expect(recommendedRules(recommended).map((r) => r.id)).not.toContain('no-invented-proof')
  })

  it('never generates a phrase that contains a shipped phrase as whole words, or sits inside one', () => {
    const generated = set.phrases.slice(set.fromRecommended).map(normalizePhrase)
    const shipped = set.phrases.slice(0, set.fromRecommended).map(normalizePhrase)
    for (const g of generated) for (const s of shipped) {
      expect(` ${g} `.includes(` ${s} `), `${g} / ${s}`).toBe(false)
      expect(` ${s} `.includes(` ${g} `), `${s} / ${g}`).toBe(false)
    }
  })

  it('writes a rule file that copydesk loads without a problem, one phrase per line for rg, and a prh dictionary', () => {
    const { pack, problems } = parseRulePack(toRuleFile(set, '1.0.0'), '.bench/rules/bench.yml')
    expect(problems).toEqual([])
    expect(pack?.rules.every((r) => r.id.startsWith('bench/'))).toBe(true)
    expect(toPhraseList(set).trimEnd().split('\n')).toEqual(set.phrases)

    const prh = parse(toPrhDictionary(set)) as { version: number; rules: { expected: string; patterns: string[]; options: { wordBoundary: boolean } }[] }
    expect(prh.version).toBe(1)
    expect(prh.rules).toHaveLength(200)
    // prh compiles with the `u` flag, which rejects needless escapes such as `\-`.
    for (const rule of prh.rules) {
      const m = /^\/(.*)\/i$/.exec(rule.patterns[0] ?? '')
      expect(m, rule.patterns[0]).not.toBeNull()
      expect(() => new RegExp(m?.[1] ?? '', 'gmui')).not.toThrow()
    }
    expect(prh.rules.find((r) => r.patterns[0] === '/best-in-class/i')?.expected).toBe('well-regarded')
  })
})

describe('benchmark corpus', () => {
  it('is the same page for page with the same seed, differs with another, and never repeats a page', () => {
    const a = buildSite(20, set.phrases, seeded(1))
    expect(buildSite(20, set.phrases, seeded(1))).toEqual(a)
    expect(buildSite(20, set.phrases, seeded(2)).pages.map((p) => p.text)).not.toEqual(a.pages.map((p) => p.text))
    expect(new Set(a.pages.map((p) => p.text)).size).toBe(20)
    expect(new Set(a.pages.map((p) => p.path)).size).toBe(20)
    // The small corpus is the first fifth of the large one: one seed, pages drawn in order.
    expect(buildSite(4, set.phrases, seeded(1)).pages).toEqual(a.pages.slice(0, 4))
  })

  it('has the shapes of real sites: YAML and TOML frontmatter, FAQ arrays, MDX props, tables, code, HTML, shortcodes', () => {
    const pages = buildSite(60, set.phrases, seeded(3)).pages
    const text = pages.map((p) => p.text).join('\n')
    expect(pages.some((p) => p.path.endsWith('.mdx'))).toBe(true)
    expect(text).toMatch(/^---\ntitle: /m)
    expect(text).toMatch(/^\+\+\+\ntitle = /m)
    expect(text).toMatch(/^ {2}- question: /m)
    expect(text).toMatch(/^\[\[faq\]\]$/m)
    expect(text).toMatch(/^<Feature(Grid)?\b/m)
    expect(text).toMatch(/^<ComparisonTable headers=\{\[/m)
    expect(text).toMatch(/^\| Plan \| Price \|/m)
    expect(text).toMatch(/^```(yaml|json|bash|ts)$/m)
    expect(text).toMatch(/^<div class="note">$/m)
    expect(text).toMatch(/^\{\{< cta text="/m)
    expect(text).toMatch(/^hero:\n {2}name: /m)
  })

  it('contains no banned phrase outside the planted places', () => {
    // Same seed, placeholders for phrases: the same pages with the plants blanked out.
    const blank = buildSite(200, set.phrases.map(() => 'zqxplantzqx'), seeded(4))
    const traps = /^.*(#10|unguaranteed|infinitely|124\/7).*$/gm
    const stray = blank.pages.flatMap((p) => strayPhrases(p.text.replace(traps, ''), set.phrases))
    expect(stray).toEqual([])
  })

  it('plants exactly the phrase hits the copydesk engine finds in prose, frontmatter copy and component props', async () => {
    const corpus = buildSite(40, set.phrases, seeded(5))
    const files: Record<string, string> = {
      'bench.yml': toRuleFile(set, '1.0.0'),
      'copydesk.yml': 'rules: [bench.yml]\nllm:\n  enabled: false\n',
    }
    for (const page of corpus.pages) files[`corpus/${page.path}`] = page.text
    const tree = memoryTree(files)
    const policy = await loadPolicy(tree, { configPath: 'copydesk.yml' })
    const report = await runCheck({
      base: null,
      head: tree,
      policy,
      files: corpus.pages.map((p) => ({ path: `corpus/${p.path}`, status: 'unchanged' as const })),
      filter: 'nofilter',
      failOn: 'error',
      now: new Date('2026-11-01T00:00:00Z'),
    })
    const hits = report.files.flatMap((f) => f.findings).filter((f) => f.ruleId.startsWith('bench/'))
    expect(corpus.plants.body).toBeGreaterThan(0)
    expect(corpus.plants.frontmatter).toBeGreaterThan(0)
    expect(hits).toHaveLength(expectedHits(corpus.plants).copydesk)
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.category === 'input')).toEqual([])
  })

  it('expects ripgrep to count code and substrings too, and textlint to miss frontmatter, props and symbol-edged phrases', () => {
    const plants = { body: 10, frontmatter: 2, props: 3, code: 3, substring: 4, bodySymbolEdged: 1, shortcode: 1 }
    expect(expectedHits(plants)).toEqual({ copydesk: 15, ripgrep: 22, textlint: 10 })
  })
})

describe('benchmark goals', () => {
  const measured: Measured = {
    pages: 5000,
    smallPages: 1000,
    copydeskLargeMs: 3000,
    copydeskSmallMs: 700,
    textlintMs: 66_000,
    ripgrepMs: 110,
    phrases50Ms: 600,
    phrases1000Ms: 1300,
    peakRssKiB: 300 * 1024,
    cache: { skipped: '--cache not available' },
  }

  it('says ok or missed for each goal of the issue, from the ratios of one run', () => {
    const goals = evaluateGoals(measured)
    expect(goals.map((g) => [g.name, g.value, g.ok])).toEqual([
      ['faster than textlint + prh', '22.0×', true],
      ['time of ripgrep raw scan', '27.3×', false],
      ['5000 files vs 1000', '4.29×', true],
      ['1000 phrases vs 50', '2.17×', false],
      ['peak RSS', '300 MiB', true],
      ['--cache after 1% changed', null, null],
    ])
    expect(renderGoals(goals)).toMatch(/--cache after 1% changed .* skipped {2}skipped: --cache not available/)
  })

  it('misses the cache goal when the cached report differs from a fresh one, however fast', () => {
    const fast = evaluateGoals({ ...measured, cache: { cachedMs: 100, freshMs: 3000, same: true, changed: 50 } }).at(-1)
    const wrong = evaluateGoals({ ...measured, cache: { cachedMs: 100, freshMs: 3000, same: false, changed: 50 } }).at(-1)
    expect([fast?.value, fast?.ok]).toEqual(['0.033×', true])
    expect(wrong?.ok).toBe(false)
  })
})

describe('benchmark arithmetic', () => {
  it('takes the middle value as the median, and the mean of the two middle ones for an even count', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('sums the per-file counts ripgrep prints, paths with colons included', () => {
    expect(sumCounts('.bench/corpus/a.md:3\n.bench/corpus/b:c.md:12\n\n')).toBe(15)
    expect(sumCounts('')).toBe(0)
  })

  it('says how many times slower or faster a peer is than copydesk', () => {
    expect(ratio(38_200, 1000)).toBe('38.2× slower than copydesk')
    expect(ratio(100, 410)).toBe('4.1× faster than copydesk')
    expect(ratio(1010, 1000)).toBe('as fast as copydesk')
    expect(ratio(0, 1000)).toBe('n/a')
  })

  it('prints milliseconds below a second and seconds above', () => {
    expect(formatMs(47.4)).toBe('47 ms')
    expect(formatMs(3.21)).toBe('3.2 ms')
    expect(formatMs(2920)).toBe('2.92 s')
  })

  it('renders copydesk as the reference row and every peer against it', () => {
    const table = renderTable([
      { tool: 'copydesk (engine)', ms: 1000, files: 500, maxRssKiB: 102_400, hits: 10, expected: 10, how: 'in-process' },
      { tool: 'ripgrep', ms: 50, files: 500, maxRssKiB: null, hits: 12, expected: 12, how: 'rg' },
    ])
    expect(table).toMatch(/copydesk \(engine\)\s+1\.00 s\s+500\s+100 MiB\s+10\s+10\s+\(reference\)/)
    expect(table).toMatch(/ripgrep\s+50 ms\s+10000\s+n\/a\s+12\s+12\s+20\.0× faster than copydesk/)
  })
})

describe('profile summary', () => {
  it('gives self time per file and total time per own function, counting a recursive function once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'))
    try {
      const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 })
      const profile = {
        nodes: [
          { id: 1, callFrame: frame('(root)', ''), children: [2] },
          { id: 2, callFrame: frame('parseDocument', `file://${ROOT}/src/content/document.ts`), children: [3, 4] },
          { id: 3, callFrame: frame('parseDocument', `file://${ROOT}/src/content/document.ts`), children: [] },
          { id: 4, callFrame: frame('go', `file://${ROOT}/node_modules/micromark/lib/x.js`), children: [] },
        ],
        samples: [4, 4, 3, 1],
        timeDeltas: [1000, 1000, 1000, 1000],
      }
      const path = join(dir, 'p.cpuprofile')
      writeFileSync(path, JSON.stringify(profile))
      const summary = summarizeProfile(path, ROOT)
      expect(summary.totalMs).toBe(4)
      expect(summary.selfByArea[0]).toEqual({ where: 'node_modules/micromark', ms: 2, share: 0.5 })
      expect(summary.inclusiveOwn).toEqual([{ where: 'src/content/document.ts parseDocument', ms: 3, share: 0.75 }])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
