// Frontmatter copy as real marketing sites write it — nested and list fields, Hugo TOML and JSON,
// VitePress hero and feature cards — read at the characters the writer typed and checked like the body.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { at, locationOf, sourceAt } from './helpers.js'

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/content/frontmatter/${name}`, import.meta.url)), 'utf8')

/** Findings of the shipped checks (recommended rules, claims) on one file, as `rule line:col-line:col text`. */
async function findings(name: string, source = fixture(name)): Promise<string[]> {
  const tree = memoryTree({ [`content/${name}`]: source })
  const report = await checkAsIs(tree, await loadPolicy(tree), [`content/${name}`], { failOn: 'error' })
  return (report.files[0]?.findings ?? []).map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.text}`)
}

const fields = (name: string, source = fixture(name)): string[] =>
  parseDocument(name, source)
    .sentences.filter((s) => s.kind === 'frontmatter')
    .map((s) => s.field ?? '')

describe('frontmatter copy through the real checks', () => {
  // Each fixture also plants banned words in values no reader sees as prose (image paths, links, slugs,
  // keywords, schema.org URLs): the exact lists below show none of them is flagged.
  it('Hugo TOML page with [[howto]] steps: a statistic and a banned word in step texts, not in URLs or images', async () => {
    const source = fixture('hugo-howto.md')
    expect(source).toContain('unlimited-data-model.png')
    expect(source).toContain('#2-risk-free-processes')
    expect(await findings('hugo-howto.md')).toEqual([
      'claims/statistic 19:53-19:56 43%',
      'recommended/no-guarantees 25:15-25:25 guaranteed',
    ])
  })

  it('VitePress home: hero tagline in a folded block and feature details wrapped in HTML', async () => {
    const source = fixture('vitepress-home.md')
    expect(source).toContain('/img/home/unlimited-sync.svg')
    expect(source).toContain('/product/cloud/risk-free-trial')
    expect(await findings('vitepress-home.md')).toEqual([
      'recommended/no-perfect-uptime 11:10-11:23 zero downtime',
      'recommended/no-guarantees 11:24-11:34 guaranteed',
      'claims/statistic 35:50-35:53 43%',
    ])
  })

  it('Astro blog post with a FAQ list: a quoted answer and a block literal answer', async () => {
    const source = fixture('astro-blog-faq.md')
    expect(source).toContain('slug: live-updates-guaranteed-results')
    expect(source).toContain('risk-free deploys')
    expect(await findings('astro-blog-faq.md')).toEqual([
      'recommended/no-guarantees 20:56-20:66 guaranteed',
      'claims/statistic 23:52-23:55 43%',
    ])
  })

  it('Hugo JSON frontmatter: the description and a FAQ answer, not the slug or images', async () => {
    const source = fixture('hugo-json.md')
    expect(source).toContain('"slug": "guaranteed-internal-tools"')
    expect(await findings('hugo-json.md')).toEqual([
      'recommended/no-number-one 3:23-3:25 #1',
      'claims/statistic 8:64-8:67 43%',
    ])
  })

  it('checks the body after a TOML syntax error, and reports the error at its line', async () => {
    const source = '+++\ntitle = "Unclosed\ndate = 2024-01-02\n+++\n\nUptime is guaranteed.\n'
    expect(await findings('broken.md', source)).toEqual([
      'frontmatter/toml-syntax 2:18-2:18 ',
      'recommended/no-guarantees 6:11-6:21 guaranteed',
    ])
  })
})

describe('nested and list prose fields', () => {
  it('names each value by its dotted path with list indexes', () => {
    expect(fields('vitepress-home.md')).toEqual([
      'title',
      'description',
      'hero.name',
      'hero.text',
      'hero.tagline',
      'hero.actions.0.text',
      'hero.actions.1.text',
      'features.0.title',
      'features.0.details',
      'features.1.title',
      'features.1.details',
    ])
    expect(fields('astro-blog-faq.md')).toEqual([
      'title',
      'description',
      'head_image_alt',
      'faq.0.question',
      'faq.0.answer',
      'faq.1.question',
      'faq.1.answer',
      'faq.2.question',
      'faq.2.answer',
    ])
    expect(fields('hugo-howto.md')).toEqual([
      'description',
      'title',
      'howto.0.name',
      'howto.0.description',
      'howto.0.steps.0.name',
      'howto.0.steps.0.text',
      'howto.0.steps.1.name',
      'howto.0.steps.1.text',
      'howto.0.steps.2.name',
      'howto.0.steps.2.text',
    ])
    expect(fields('hugo-json.md')).toEqual(['title', 'description', 'faq.0.question', 'faq.0.answer'])
  })

  it('reads HTML in a value as the reader sees it: tags left out, &nbsp; a space', () => {
    const doc = parseDocument('x.md', fixture('vitepress-home.md'))
    const details = doc.sentences.find((s) => s.field === 'features.0.details')
    expect(details?.text).toBe('Sync subsets of your Postgres data into local apps and services.')
    expect(locationOf(doc, 'local apps', 1)).toEqual(at(27, 9, 27, 24))
    expect(sourceAt(doc, locationOf(doc, 'modern apps'))).toBe('modern&nbsp;apps')
  })

  it('maps a TOML multi-line string with a line-ending backslash character by character', () => {
    const doc = parseDocument('x.md', fixture('hugo-howto.md'))
    expect(doc.sentences.find((s) => s.field === 'howto.0.steps.2.text')?.text).toBe('Normalization keeps every record consistent, guaranteed.')
    expect(locationOf(doc, 'record consistent')).toEqual(at(24, 27, 25, 13))
  })

  it('keeps the line of every key and list item, whatever the format', () => {
    const toml = parseDocument('x.md', fixture('hugo-howto.md'))
    expect(toml.fieldLines).toMatchObject({ date: 3, howto: 9, 'howto.0': 9, 'howto.0.steps.1': 17, 'howto.0.steps.1.text': 19, 'softwareApplications.0.url': 32 })
    expect(toml.frontmatter).toMatchObject({ date: '2024-05-22T23:00:00Z', howto: [{ steps: [{}, { name: 'Define Business Processes' }, {}] }] })
    const json = parseDocument('x.md', fixture('hugo-json.md'))
    expect(json.fieldLines).toMatchObject({ title: 2, faq: 7, 'faq.0': 8, 'faq.0.answer': 8 })
    expect(json.frontmatter).toMatchObject({ date: '2024-08-03', faq: [{ answer: 'Teams ship apps 43% faster.' }] })
    const yaml = parseDocument('x.md', fixture('astro-blog-faq.md'))
    expect(yaml.fieldLines).toMatchObject({ faq: 16, 'faq.1': 19, 'faq.1.answer': 20 })
  })

  it('accepts `faq[].answer`, `faq.*.answer` and `*` inside a key as configured prose fields', () => {
    const source = '---\nfaq:\n  - question: Why?\n    answer: Because.\nfirstBenefitTitle: Fast\nfirstBenefitImage: fast.png\nsecondBenefitDescription: Simple\n---\n'
    const read = (proseFields: string[]): string[] => parseDocument('x.md', source, { proseFields }).sentences.map((s) => s.field ?? '')
    expect(read(['faq[].answer'])).toEqual(['faq.0.answer'])
    expect(read(['faq.*.answer'])).toEqual(['faq.0.answer'])
    expect(read(['faq[0].question'])).toEqual(['faq.0.question'])
    expect(read(['*BenefitTitle', '*BenefitDescription'])).toEqual(['firstBenefitTitle', 'secondBenefitDescription'])
    expect(read(['faq'])).toEqual(['faq.0.question', 'faq.0.answer'])
  })

  it('leaves addresses, media files, dates and layout keys out, even under a prose field', () => {
    const source = [
      '---',
      'hero:',
      '  title: Ship faster',
      '  date: 2025-01-02',
      '  background: hero-unlimited.webp',
      '  button_url: https://example.com/cheapest',
      '  thumbnailColor: bb-coral',
      '  target: _blank',
      'description: /img/unlimited.png',
      'tagline: "#1"',
      '---',
    ].join('\n')
    expect(fields('x.md', source)).toEqual(['hero.title', 'tagline'])
  })

  it('reads a configured path exactly even when its key names a link', () => {
    const source = '---\nhero:\n  link: Read the guide\n---\n'
    expect(parseDocument('x.md', source).sentences).toEqual([])
    expect(parseDocument('x.md', source, { proseFields: ['hero.link'] }).sentences.map((s) => s.field)).toEqual(['hero.link'])
  })
})

describe('TOML and JSON frontmatter', () => {
  it('reads `---toml` and `---json` between dashes', () => {
    const toml = parseDocument('x.md', '---toml\ntitle = "Zero risk, guaranteed"\n---\nBody.\n')
    expect(toml.problems).toEqual([])
    expect(locationOf(toml, 'guaranteed')).toEqual(at(2, 21, 2, 31))
    const json = parseDocument('x.md', '---json\n{"title": "Zero risk, guaranteed"}\n---\nBody.\n')
    expect(json.problems).toEqual([])
    expect(locationOf(json, 'guaranteed')).toEqual(at(2, 23, 2, 33))
  })

  it('tolerates blank lines and trailing spaces around `+++`, as Hugo sites have them', () => {
    const doc = parseDocument('x.md', '+++ \n\ntitle = "Hello"\n\n+++\nBody.\n')
    expect(doc.problems).toEqual([])
    expect(doc.frontmatter).toEqual({ title: 'Hello' })
    expect(doc.fieldLines).toEqual({ title: 3 })
    expect(doc.sentences.map((s) => s.text)).toEqual(['Hello', 'Body.'])
  })

  it('reads TOML and JSON frontmatter after a byte order mark and with CRLF line endings', () => {
    const toml = parseDocument('x.md', '\uFEFF+++\r\ntitle = "Zero risk, guaranteed"\r\n+++\r\nBody.\r\n')
    expect(toml.problems).toEqual([])
    expect(toml.fieldLines).toEqual({ title: 2 })
    expect(locationOf(toml, 'guaranteed')).toEqual(at(2, 21, 2, 31))
    const json = parseDocument('x.md', '\uFEFF{\r\n  "title": "Zero risk, guaranteed"\r\n}\r\nBody.\r\n')
    expect(json.problems).toEqual([])
    expect(locationOf(json, 'guaranteed')).toEqual(at(2, 24, 2, 34))
    expect(json.sentences.map((s) => s.text)).toEqual(['Zero risk, guaranteed', 'Body.'])
  })

  it('reports TOML that is never closed and reads what follows as the body', () => {
    const doc = parseDocument('x.md', '+++\ntitle = "a"\n\nSave 40% today.\n')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/toml-syntax', category: 'frontmatter', line: 1, column: 1 })])
    expect(doc.problems[0]!.message).toContain('never closed')
    expect(locationOf(doc, '40%')).toEqual(at(4, 6, 4, 9))
  })

  it('reports a duplicate TOML key at the repeated key', () => {
    const doc = parseDocument('x.md', '+++\ntitle = "a"\ntitle = "b"\n+++\n')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/toml-syntax', line: 3, column: 1 })])
    expect(doc.frontmatter).toEqual({})
  })

  it('reports invalid JSON at the offending character and still reads the body', () => {
    const doc = parseDocument('x.md', '{\n  "title": "Hi",\n  "draft": nope\n}\n\nUptime is guaranteed.\n')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/json-syntax', line: 3, column: 12 })])
    expect(locationOf(doc, 'guaranteed')).toEqual(at(6, 11, 6, 21))
    expect(doc.sentences.map((s) => s.kind)).toEqual(['paragraph'])
  })

  it('reports a JSON object that never closes at its brace', () => {
    const doc = parseDocument('x.md', '{\n  "title": "Hi",\n\nUptime is guaranteed.\n')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/json-syntax', line: 1, column: 1 })])
    expect(locationOf(doc, 'guaranteed')).toEqual(at(4, 11, 4, 21))
  })

  it('reports a JSON list between dashes as not a mapping', () => {
    const doc = parseDocument('x.md', '---json\n["a"]\n---\n')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/not-a-mapping', line: 2, column: 1 })])
  })

  it('does not take a leading MDX expression or a Hugo shortcode for JSON frontmatter', () => {
    const mdx = parseDocument('x.mdx', '{/* draft */}\n\nUptime is guaranteed.\n')
    expect(mdx.problems).toEqual([])
    expect(locationOf(mdx, 'guaranteed')).toEqual(at(3, 11, 3, 21))
    const shortcode = parseDocument('x.md', '{{< figure src="a.png" >}}\n\nUptime is guaranteed.\n')
    expect(shortcode.problems).toEqual([])
    expect(shortcode.frontmatter).toEqual({})
  })

  it('finds the closing brace past braces inside strings, with the body right after it', () => {
    const doc = parseDocument('x.md', '{"title": "Sets {x} apart }"}\nUptime is guaranteed.\n')
    expect(doc.problems).toEqual([])
    expect(doc.frontmatter).toEqual({ title: 'Sets {x} apart }' })
    expect(locationOf(doc, 'guaranteed')).toEqual(at(2, 11, 2, 21))
  })
})

describe('cut-off and damaged frontmatter never throws', () => {
  const names = ['hugo-howto.md', 'vitepress-home.md', 'astro-blog-faq.md', 'hugo-json.md']

  /** Every frontmatter sentence offset inside the file and in order; every problem on a line of the file. */
  function expectSound(path: string, source: string): void {
    const doc = parseDocument(path, source)
    for (const sentence of doc.sentences.filter((s) => s.kind === 'frontmatter')) {
      sentence.offsets.forEach((offset, i) => {
        expect(offset).toBeGreaterThanOrEqual(i > 0 ? sentence.offsets[i - 1]! : 0)
        expect(offset).toBeLessThanOrEqual(source.length)
      })
    }
    for (const problem of doc.problems) expect(problem.line).toBeLessThanOrEqual(doc.lineStarts.length)
  }

  it.each(names)('%s cut at every 13th character, and with a character removed there', (name) => {
    const source = fixture(name)
    for (let cut = 0; cut < source.length; cut += 13) {
      expect(() => expectSound(name, source.slice(0, cut)), `cut at ${cut}`).not.toThrow()
      expect(() => expectSound(name, source.slice(0, cut) + source.slice(cut + 1)), `removed at ${cut}`).not.toThrow()
    }
  })
})
