// Bounded retention of parsed documents (src/engine/site-context.ts): past the memory budget a page keeps
// only what the site context reads and its check parses the file again. The report must not change: the
// same site context, the same findings at the same positions, byte for byte.
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { runContext } from '../../src/engine/site-context.js'
import { PackedDocument } from '../../src/engine/site-document.js'
import { memoryTree, type Tree } from '../../src/engine/tree.js'
import { parseDocument } from '../../src/content/index.js'
import { seeded } from '../../scripts/bench/random.js'
import { buildSite } from '../../scripts/bench/site.js'
import { SITE } from '../cli/site-fixture.js'
import type { ContentDocument } from '../../src/types.js'

/** The cache and shard tests' small site (publisher, competitors, every kind of finding) plus a competitor named only in a comparison table. */
const SMALL: Record<string, string> = {
  ...SITE,
  'content/compare/inbox-tools.md': '---\ntitle: Inbox tools compared\n---\n# Inbox tools compared\n\n| | Acme Flow | Frontline |\n| --- | --- | --- |\n| Setup | 5 minutes | 2 days |\n\nRead the [Acme Flow](/product/) tour.\n',
  // A BOM, CRLF line ends and wide characters: a kept page's text is rebuilt from its decoded bytes.
  'content/blog/bom.md': '\uFEFF---\r\ntitle: Notes — 2026\r\n---\r\nAcme Flow is the fastest inbox 🚀, guaranteed.\r\nReplies arrive 3x faster than Frontline.\r\n',
}

/** The small site plus generated pages of every flavour the benchmark makes (MDX props, Hugo shortcodes, VitePress heroes, tables). */
function files(): Record<string, string> {
  const out: Record<string, string> = { ...SMALL }
  const generated = buildSite(30, ['guaranteed', 'risk-free', 'unlimited', 'cheapest', '#1'], seeded(12))
  for (const page of generated.pages) out[`content/generated/${page.path}`] = page.text
  return out
}

function counting(tree: Tree): { tree: Tree; reads: Map<string, number> } {
  const reads = new Map<string, number>()
  return { tree: { ...tree, read: (path) => (reads.set(path, (reads.get(path) ?? 0) + 1), tree.read(path)) }, reads }
}

/** A document packed as the site-context stage packs it: with its file's bytes. */
function pack(doc: ContentDocument): PackedDocument {
  return PackedDocument.pack(doc, Buffer.from(doc.source))
}

async function report(all: Record<string, string>, retainBudget: number | undefined): Promise<{ json: string; reads: Map<string, number> }> {
  const policy = await loadPolicy(memoryTree(all), { configPath: '.github/copydesk.yml' })
  const { tree, reads } = counting(memoryTree(all))
  const paths = Object.keys(all).filter((p) => p.startsWith('content/')).sort()
  const result = await runCheck({
    base: null,
    head: tree,
    policy,
    files: paths.map((path) => ({ path, status: 'unchanged' as const })),
    filter: 'nofilter',
    failOn: 'error',
    now: new Date('2026-11-01T00:00:00Z'),
    ...(retainBudget !== undefined ? { retainBudget } : {}),
  })
  return { json: JSON.stringify(result, null, 2), reads }
}

describe('bounded retention of parsed documents', () => {
  it('gives the same report byte for byte when every page is parsed again for its check', async () => {
    for (const all of [SMALL, files()]) {
      const unlimited = await report(all, Number.POSITIVE_INFINITY)
      const none = await report(all, 0)
      const byDefault = await report(all, undefined)
      // The runs differ: with no budget every page is read (and parsed) a second time by its check.
      expect([...unlimited.reads.values()].every((n) => n === 1)).toBe(true)
      expect([...none.reads.entries()].filter(([path]) => /\.mdx?$/.test(path)).every(([, n]) => n === 2)).toBe(true)
      // A report worth comparing: a site context derived across files, and findings of several rules.
      const parsed = JSON.parse(unlimited.json) as { site: { publisher: unknown }; files: { findings: { ruleId: string }[] }[] }
      expect(parsed.site.publisher).not.toBeNull()
      expect(new Set(parsed.files.flatMap((f) => f.findings.map((x) => x.ruleId))).size).toBeGreaterThan(4)
      expect(none.json).toBe(unlimited.json)
      expect(byDefault.json).toBe(unlimited.json)
    }
    // The small site's context needs the table cells and titles of the slim documents.
    expect((await report(SMALL, 0)).json).toMatch(/"name": "Frontline",\s+"aliases": \[\],\s+"from": "a comparison table"/)
  })

  it('keeps documents while they fit the budget, in path order, and slims the rest', async () => {
    const all = files()
    const policy = await loadPolicy(memoryTree(all), { configPath: '.github/copydesk.yml' })
    const paths = Object.keys(all).filter((p) => p.startsWith('content/generated/')).sort()
    const sizes = paths.map((path) => pack(parseDocument(path, all[path] as string)).size + Buffer.byteLength(all[path] as string))
    const budget = (sizes[0] as number) + (sizes[1] as number)
    const context = await runContext(memoryTree(all), paths, policy.policy.config, { retainBudget: budget })
    expect([...context.docs.keys()]).toEqual(paths.slice(0, 2))
    expect([...context.bytes.keys()]).toEqual(paths.slice(0, 2))
    expect(context.site.pages.map((p) => p.path)).toEqual(paths)
  })

  it('a packed document unpacks into the document a fresh parse gives, every offset included', () => {
    const plain = (doc: ContentDocument): unknown => ({ ...doc, sentences: doc.sentences.map((s) => ({ ...s, offsets: Array.from(s.offsets) })) })
    const pages: [string, string][] = [
      ...Object.entries(files()),
      // footnotes, a suppression, a YAML problem, HTML alt text, JSX props, a CRLF line and wide characters
      ['content/notes.md', '---\ntitle: Notes\n---\nFaster setup than Frontline[^1] — per the 2025 survey.\r\n\n<!-- copydesk-disable-next-line recommended/no-guarantees -- quoted -->\nGuaranteed 🎉 “results”.\n\n<img src="a.png" alt="The #1 inbox">\n\n[^1]: See [the survey](https://example.com/s).\n'],
      ['content/broken.md', '---\ntitle: [unclosed\n---\nText with **emphasis** and `code`.\n'],
      ['content/hero.mdx', '---\ntitle: Hero\n---\nimport { Hero } from "./hero"\n\n<Hero title="The fastest inbox" items={["Zero setup", "No hidden fees"]} />\n\n> “It halved our response time.” — Dana, Ops lead\n'],
    ]
    let offsets = 0
    for (const [path, source] of pages) {
      if (!/\.mdx?$/.test(path)) continue
      // (as the engine parses a file: decoded, a BOM left out)
      const doc = parseDocument(path, new TextDecoder().decode(Buffer.from(source)))
      offsets += doc.sentences.reduce((n, s) => n + s.offsets.length, 0)
      const unpacked = pack(doc).unpack()
      expect(plain(unpacked)).toEqual(plain(doc))
      // (the same keys in the same order, so anything that serialises a document serialises it the same)
      expect(JSON.stringify(plain(unpacked))).toBe(JSON.stringify(plain(doc)))
    }
    expect(offsets).toBeGreaterThan(10_000)
  })

  it('a slim document gives back every sentence as the site context reads it, without offsets', () => {
    const source =
      '---\ntitle: Acme vs Frontline\nfaq:\n  - answer: Yes, see [pricing](/pricing/).\n---\n# Acme vs Frontline\n\nSee [the docs](https://example.com/docs) today. Then [Acme](/product/) — twice.\n\n| | Acme | Frontline |\n| --- | --- | --- |\n| Setup | 5 minutes | 2 days |\n'
    const doc = parseDocument('compare/a.md', source, { proseFields: ['faq[].answer'] })
    // (as the site context keeps a page past the budget)
    const slim = pack(doc).slim()
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const expected = doc.sentences.map(({ offsets, footnotes, ...sentence }) => sentence)
    expect(expected.some((s) => s.table) && expected.some((s) => s.links.length > 0) && expected.some((s) => s.field)).toBe(true)
    expect(slim.sentences).toEqual(expected)
    expect(slim.sentences).toEqual(expected)
    expect(slim.frontmatter).toEqual(doc.frontmatter)
    expect(slim.path).toBe(doc.path)
    expect(slim.sentences.some((s) => 'offsets' in s || 'footnotes' in s)).toBe(false)
  })
})
