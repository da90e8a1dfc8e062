// Every reader-visible string outside plain paragraphs, through the real checks: one fixture per construct,
// shaped like the sites copydesk is used on, each with a planted banned phrase and an unsourced statistic.
// The full list of findings is asserted, so a URL, class name, id, attribute name or script that is read as
// prose shows up as an extra finding and fails the test.
import { describe, expect, it } from 'vitest'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import type { Finding } from '../../src/types.js'
import { fixture, locationOf, parseFixture, sentenceWith, sourceAt } from './helpers.js'

async function findings(name: string, transform: (source: string) => string = (source) => source): Promise<Finding[]> {
  const path = `content/${name}`
  const tree = memoryTree({ '.github/copydesk.yml': 'rules: [recommended]\n', [path]: transform(fixture(name)) })
  const report = await checkAsIs(tree, await loadPolicy(tree), [path], { failOn: 'error' })
  return report.files[0]?.findings ?? []
}

/** [rule id, line, column, end column, the characters the finding covers in the fixture]. */
type Expected = [string, number, number, number, string]

function summary(found: Finding[], source: string): Expected[] {
  const lines = source.split(/\r?\n/)
  return found.map((f) => {
    expect(f.endLine).toBe(f.line)
    return [f.ruleId, f.line, f.column, f.endColumn, (lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1)]
  })
}

const cases: [string, string, Expected[]][] = [
  [
    'html-blocks.md',
    'HTML blocks: headings, paragraphs, list and quote containers; alt text; code, classes, ids and URLs left out',
    [
      ['recommended/no-number-one', 7, 30, 32, '#1'],
      // One claim, two categories: a banned superlative still needs its source.
      ['recommended/no-guarantees', 9, 33, 43, 'guaranteed'],
      ['claims/statistic', 20, 38, 41, '43%'],
      ['recommended/no-guarantees', 29, 30, 40, 'guaranteed'],
    ],
  ],
  [
    'html-inline.md',
    'inline HTML: tags inside a word keep it whole, <br> separates, <code> is left out, <a href> is a source',
    [
      ['recommended/no-guarantees', 5, 21, 55, 'guaran<span class="hl"></span>teed'],
      ['recommended/no-guarantees', 7, 13, 26, 'guaran<b>teed'],
      ['recommended/no-number-one', 9, 30, 32, '#1'],
      ['claims/statistic', 15, 14, 17, '38%'],
    ],
  ],
  [
    'html-table.md',
    'an HTML comparison table: every cell read, code in a cell left out',
    [
      ['recommended/no-guarantees', 19, 35, 45, 'guaranteed'],
      // A comparison table: each row about a competitor is one comparison claim, placed on its first claim.
      ['claims/comparison', 20, 11, 17, 'Manual'],
      ['recommended/no-number-one', 24, 19, 21, '#1'],
      ['claims/comparison', 29, 31, 34, '72%'],
    ],
  ],
  [
    'vitepress.md',
    'a VitePress page: script and style blocks, {{ }} interpolations and code imports are not prose; component text props are, on one line or many',
    [
      ['claims/statistic', 28, 30, 33, '61%'],
      ['recommended/no-guarantees', 28, 53, 63, 'guaranteed'],
      ['recommended/no-number-one', 46, 58, 60, '#1'],
      ['recommended/no-unlimited', 52, 10, 19, 'Unlimited'],
    ],
  ],
  [
    'hugo-shortcodes.md',
    'a Hugo page: shortcode tags are not prose, their visible parameters and paired content are, highlight blocks are code',
    [
      ['recommended/no-guarantees', 12, 45, 55, 'guaranteed'],
      ['recommended/no-number-one', 14, 102, 104, '#1'],
      ['claims/statistic', 18, 65, 68, '35%'],
    ],
  ],
  [
    'alt-titles.md',
    'image alt text (inline and by reference) and link titles',
    [
      ['recommended/no-number-one', 7, 7, 9, '#1'],
      ['recommended/no-guarantees', 9, 80, 90, 'guaranteed'],
      ['claims/statistic', 13, 37, 40, '48%'],
    ],
  ],
  [
    'footnotes.md',
    'footnote text: read as prose for banned phrases, still the source of the claims that cite it, never a claim itself',
    [
      ['claims/statistic', 9, 14, 17, '58%'],
      ['recommended/no-guarantees', 15, 22, 32, 'guaranteed'],
    ],
  ],
]

describe.each(cases)('%s', (name, _what, expected) => {
  it(`flags exactly the planted claims: ${_what}`, async () => {
    expect(summary(await findings(name), fixture(name))).toEqual(expected)
  })

  it('flags the same places with CRLF line endings', async () => {
    const crlf = (source: string): string => source.replace(/\n/g, '\r\n')
    expect(summary(await findings(name, crlf), crlf(fixture(name)))).toEqual(expected)
  })
})

describe('what stays out of the prose', () => {
  it('never flags the banned words planted in class names, ids, URLs, data attributes, code, scripts and styles', async () => {
    // Each of these fixtures has `guaranteed` or `#1` in wiring or code as well as in prose; the prose
    // occurrences are the only ones flagged (the full lists above), and these lines hold only wiring.
    const wiring: [string, number][] = [
      ['html-blocks.md', 6], // id="guaranteed-hero"
      ['html-blocks.md', 11], // src="/img/home/guaranteed-sync.svg", class="… guaranteed"
      ['html-blocks.md', 25], // data-name="guaranteed"
      ['html-blocks.md', 36], // <pre><code>
      ['html-blocks.md', 39], // <code> in a template div
      ['html-inline.md', 13], // <code>guaranteed: true</code>
      ['html-table.md', 30], // <code>guaranteed</code>
      ['vitepress.md', 11], // <script setup>
      ['vitepress.md', 15], // <style scoped> class
      ['vitepress.md', 50], // id="guaranteed-delivery" of a multi-line component tag
      ['alt-titles.md', 17], // a link title that is only a URL
      ['hugo-shortcodes.md', 24], // {{< highlight >}} content
    ]
    for (const [name, line] of wiring) {
      const source = fixture(name).split('\n')[line - 1] ?? ''
      expect(source, `${name}:${line}`).toMatch(/guaranteed|#1/)
      expect((await findings(name)).filter((f) => f.line === line)).toEqual([])
    }
  })
})

describe('image alt text, titles and footnotes in the document model', () => {
  it('reads alt text and titles as blocks of their own, with construct and field', () => {
    const doc = parseFixture('alt-titles.md')
    const read = doc.sentences.filter((s) => s.construct !== undefined && s.construct !== 'frontmatter').map((s) => [s.construct, s.field, s.text])
    expect(read).toEqual([
      ['alt', 'image.alt', 'The #1 live update dashboard'],
      ['link-title', 'image.title', 'Dashboard with rollout controls'],
      ['link-title', 'link.title', 'Rollouts guaranteed to reach every device'],
      ['alt', 'image.alt', 'Open the rollout guide'],
      ['link-title', 'image.title', 'Cover of the rollout guide'],
      ['alt', 'image.alt', 'Rollout chart: crash rate down by 48% after the first release'],
    ])
    // The paragraph's own text is unchanged: the title is not part of the link text.
    expect(sentenceWith(doc, 'Push a fix').text).toBe('Push a fix to every device in minutes with channels.')
    expect(sourceAt(doc, locationOf(doc, 'Cover of the rollout guide'))).toBe('Cover of the rollout guide')
  })

  it('reads footnote text as footnote prose and keeps the definitions as sources', () => {
    const doc = parseFixture('footnotes.md')
    expect(doc.sentences.filter((s) => s.construct === 'footnote').map((s) => s.text)).toEqual([
      'Acme customer survey of 1,200 teams, methodology, 2025.',
      'Replies are guaranteed within the hour, per our 2025 support report of 640 teams.',
    ])
    expect(Object.keys(doc.footnotes)).toEqual(['survey', 'note'])
    expect(doc.footnotes.survey?.links.map((link) => link.url)).toEqual(['https://acme.example/survey'])
  })
})
