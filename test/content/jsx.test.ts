// JSX props and `{"…"}` strings read as prose: fixtures shaped like the documenso marketing blog and the
// Capgo docs and blog, checked end to end with the recommended rules, every finding at its exact line:col.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import type { ContentDocument, Finding } from '../../src/types.js'
import { at, fixture, locationOf, parseFixture, sentenceWith, sourceAt } from './helpers.js'

/** Every finding of the real checks on one fixture, as `[rule, line, column, endLine, endColumn, text]`. */
async function findings(name: string): Promise<[string, number, number, number, number, string][]> {
  const path = `content/${name}`
  const tree = memoryTree({ '.github/copydesk.yml': 'rules: [recommended]\n', [path]: fixture(name) })
  const report = await checkAsIs(tree, await loadPolicy(tree), [path], { failOn: 'error' })
  const file = report.files[0]
  const all: Finding[] = [...(file?.findings ?? []), ...(file?.preExisting ?? [])]
  return all.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.text])
}

/**
 * Each finding's text is what the file holds at its line:col, read back through line starts only. A span
 * that runs over markup (`{"…"}` around part of a sentence) holds the same words with the markup around them.
 */
function expectAtSource(doc: ContentDocument, list: [string, number, number, number, number, string][]): void {
  for (const [ruleId, line, column, endLine, endColumn, text] of list) {
    if (ruleId.startsWith('input/')) continue
    const typed = sourceAt(doc, { line, column, endLine, endColumn })
    if (typed === text) continue
    expect(typed.replace(/\{["'`]|["'`]\}/g, ''), ruleId).toBe(text)
  }
}

const prose = (doc: ContentDocument): string => doc.sentences.map((sentence) => sentence.text).join('\n')

describe('documenso-shaped blog post: image alt, figcaption and string expressions', () => {
  const doc = parseFixture('jsx-blog.mdx')

  it('flags banned phrases and unsourced statistics in alt props, JSX children and {"…"} strings at their line:col', async () => {
    const list = await findings('jsx-blog.mdx')
    expect(list).toEqual([
      ['recommended/no-number-one', 17, 14, 17, 16, '#1'], // alt="…" on a multi-line <MdxNextImage>; one claim, one finding: it also says it needs a source
      ['claims/statistic', 20, 68, 20, 71, '43%'], // <figcaption> children
      ['recommended/no-guarantees', 30, 100, 30, 110, 'guaranteed'], // alt="…" on a one-line <MdxNextImage>
      ['recommended/no-guarantees', 37, 22, 37, 32, 'guaranteed'], // {"…"} on its own line
      // One sentence, one missing-source finding listing its kinds (superlative and statistic), first claim to last.
      ['claims/superlative', 39, 28, 39, 95, 'number one open signing tool, and it doubles throughput by 250%'],
      ['recommended/no-number-one', 39, 28, 39, 38, 'number one'], // {"…"} inside a paragraph
    ])
    expectAtSource(doc, list)
  })

  it('names where each string came from', () => {
    expect(sentenceWith(doc, 'The #1 signing profile')).toMatchObject({ kind: 'paragraph', field: 'MdxNextImage.alt', construct: 'jsx-attribute' })
    expect(sentenceWith(doc, 'Profiles cut signing time')).toMatchObject({ kind: 'paragraph', construct: 'jsx-text' })
    expect(sentenceWith(doc, 'Every signature')).toMatchObject({ kind: 'paragraph', construct: 'jsx-expression' })
    // Inline `{"…"}` strings join their sentence, so it reads as the page does.
    expect(sentenceWith(doc, 'Self-hosters').text).toBe('Self-hosters call it the number one open signing tool, and it doubles throughput by 250% on one server.')
    expect(sentenceWith(doc, 'Self-hosters').construct).toBeUndefined()
  })

  it('never reads image paths, sizes, class names or element names', () => {
    for (const code of ['/blog/', '.png', '1260', 'text-center', 'aspect-video', 'MdxNextImage', 'figcaption', 'https://app.example.com']) {
      expect(prose(doc)).not.toContain(code)
    }
  })
})

describe('Capgo-docs-shaped page: Starlight cards, plugin overview cards, asides', () => {
  const doc = parseFixture('jsx-docs.mdx')

  it('flags claims in string props, object props and {…} props at their line:col', async () => {
    const list = await findings('jsx-docs.mdx')
    expect(list).toEqual([
      ['recommended/no-unlimited', 15, 16, 15, 25, 'Unlimited'], // <Card title="…">
      ['claims/statistic', 24, 57, 24, 60, '37%'], // summary="…"
      ['recommended/no-risk-free', 28, 48, 28, 57, 'risk-free'], // cards={[{ body: '…' }]}
      ['claims/superlative', 42, 16, 42, 47, 'The only plugin collection with'], // description="…"
      ['recommended/no-guarantees', 42, 48, 42, 58, 'guaranteed'],
      ['recommended/no-risk-free', 46, 45, 46, 54, 'risk-free'], // title={'…'}
    ])
    expectAtSource(doc, list)
  })

  it('reads object props by key path, with card titles as headings', () => {
    expect(doc.sentences.find((s) => s.text === 'Native auth')).toMatchObject({ kind: 'heading', field: 'PluginOverview.cards.0.title', construct: 'jsx-attribute' })
    expect(sentenceWith(doc, 'Handle OAuth')).toMatchObject({ kind: 'paragraph', field: 'PluginOverview.cards.0.body' })
    expect(sentenceWith(doc, 'Flowchart of CI')).toMatchObject({ field: 'MermaidGraph.ariaLabel' })
    expect(sentenceWith(doc, 'Unlimited channels')).toMatchObject({ kind: 'heading', field: 'Card.title' })
  })

  it('keeps the static words of a template literal and leaves its holes out', () => {
    const title = sentenceWith(doc, 'Capacitor Plugins')
    expect(title).toMatchObject({ text: 'Capacitor Plugins', field: 'LinkCard.title', kind: 'heading' })
    expect(sourceAt(doc, locationOf(doc, 'Capacitor Plugins'))).toBe('Capacitor Plugins')
  })

  it('never reads icons, hrefs, class names, imports, package names or identifiers', () => {
    for (const code of ['rocket', 'approve-check', '/docs/plugins', 'card-accent', 'caution', 'pluginCountLabel', '@astrojs', '@capgo', 'pnpm', 'releaseDecisionGraph', 'PluginOverview', 'stagger']) {
      expect(prose(doc)).not.toContain(code)
    }
  })
})

describe('landing page with a JSX pricing table and a feature grid', () => {
  const doc = parseFixture('jsx-landing.mdx')

  it('flags claims in the hero props, table cells, feature cards, templates and children at their line:col', async () => {
    const list = await findings('jsx-landing.mdx')
    expect(list).toEqual([
      ['recommended/no-guarantees', 12, 10, 12, 20, 'Guaranteed'], // title="…"
      ['recommended/no-perfect-uptime', 12, 21, 12, 34, 'zero downtime'],
      ['recommended/no-number-one', 12, 40, 12, 42, '#1'],
      ['claims/statistic', 13, 47, 13, 50, '52%'], // subtitle={"…"}
      ['recommended/no-unlimited', 24, 24, 24, 33, 'Unlimited'], // data={{ rows: [[…]] }}
      ['claims/statistic', 31, 69, 31, 72, '43%'], // features={[{ description: "…" }]}
      ['recommended/no-risk-free', 32, 72, 32, 79, 'no risk'], // description: `…`
      ['claims/statistic', 36, 13, 36, 21, 'save 30%'], // {`…`} on its own line
      ['claims/superlative', 39, 13, 39, 68, 'cheapest way to ship updates, and it cut churn by 18%'], // {"…"} inside the children: one finding, both kinds
      ['recommended/no-cheapest', 39, 13, 39, 21, 'cheapest'], // <Callout> children
    ])
    expectAtSource(doc, list)
  })

  it('reads the table as cells with their row, column, header and row label', () => {
    const price = sentenceWith(doc, '$100')
    expect(price).toMatchObject({
      kind: 'table-cell',
      field: 'PricingTable.data.rows.1.1',
      construct: 'jsx-attribute',
      table: { row: 2, column: 1, header: 'Price', rowLabel: 'Pro' },
    })
    expect(locationOf(doc, '$100')).toEqual(at(24, 16, 24, 20))
    expect(sentenceWith(doc, 'Seats')).toMatchObject({ kind: 'table-cell', table: { row: 0, column: 2, header: 'Seats' } })
    expect(sentenceWith(doc, 'Solo').table).toEqual({ row: 1, column: 0, header: 'Plan', rowLabel: 'Solo' })
  })

  it('gives hero titles and subtitles the heading kind, feature cards their key path', () => {
    expect(sentenceWith(doc, 'Guaranteed zero downtime')).toMatchObject({ kind: 'heading', field: 'Hero.title' })
    expect(sentenceWith(doc, 'Teams cut release review')).toMatchObject({ kind: 'heading', field: 'Hero.subtitle' })
    expect(sentenceWith(doc, 'Cuts onboarding time')).toMatchObject({ kind: 'paragraph', field: 'FeatureGrid.features.0.description' })
  })

  it('never reads variants, class names, icons, hrefs, ids or component names', () => {
    for (const code of ['dark', 'mt-8', 'rocket', '/features/rollouts', 'audit-trail', 'PricingTable', 'FeatureGrid', '@/components']) {
      expect(prose(doc)).not.toContain(code)
    }
  })
})

describe('MDX with a syntax error in one place', () => {
  const doc = parseFixture('jsx-broken.mdx')

  it('still flags the claims in JSX props and children elsewhere at their line:col', async () => {
    const list = await findings('jsx-broken.mdx')
    expect(list).toEqual([
      ['recommended/no-guarantees', 7, 14, 7, 24, 'Guaranteed'], // <Hero title="…"> before the error
      ['input/mdx-syntax', 9, 23, 9, 24, '5'],
      ['recommended/no-number-one', 12, 22, 12, 24, '#1'], // <Callout> children after it
      ['claims/statistic', 15, 85, 15, 88, '64%'], // features={[…]} after it
    ])
    expectAtSource(doc, list)
  })

  it('says where the error is and which lines were read as plain markdown', () => {
    const problem = doc.problems.find((finding) => finding.ruleId === 'input/mdx-syntax')
    expect(problem).toMatchObject({ severity: 'warning', line: 9, column: 23 })
    expect(problem?.message).toContain("Unexpected character '5'")
    expect(problem?.message).toContain('Line 9 was checked as plain markdown')
    // The failing line is still read, as markdown.
    expect(sentenceWith(doc, 'Builds now finish').text).toBe('Builds now finish in <5 minutes on the default runner.')
    expect(sentenceWith(doc, 'Delta updates')).toMatchObject({ field: 'FeatureGrid.features.0.title', kind: 'heading' })
  })
})

describe('reading props', () => {
  const read = (source: string, options = {}) => parseDocument('x.mdx', source, options)
  const rows = (doc: ContentDocument) => doc.sentences.map((s) => [s.text, s.kind, s.field, s.construct ?? null])

  it('reads "…", {"…"} and {`…`} values of text props alike, and nothing of variant, className, href or id', () => {
    const doc = read('<Banner title="One" description={"Two"} caption={`Three`} variant="Four" className="Five" href="Six" id="Seven" />\n')
    expect(rows(doc)).toEqual([
      ['One', 'heading', 'Banner.title', 'jsx-attribute'],
      ['Two', 'paragraph', 'Banner.description', 'jsx-attribute'],
      ['Three', 'paragraph', 'Banner.caption', 'jsx-attribute'],
    ])
  })

  it('compares prop names case-insensitively and takes configured names', () => {
    const doc = read('<Promo Title="Loud words" blurb="Quiet words" />\n', { textAttributes: ['title', 'blurb'] })
    expect(rows(doc)).toEqual([
      ['Loud words', 'heading', 'Promo.Title', 'jsx-attribute'],
      ['Quiet words', 'paragraph', 'Promo.blurb', 'jsx-attribute'],
    ])
    expect(read('<Promo blurb="Quiet words" />\n').sentences).toEqual([])
  })

  it('maps escaped characters back to the source', () => {
    const doc = read('<Hero title="Fast &amp; guaranteed" subtitle={"Say \\"guaranteed\\" twice"} />\n')
    expect(sentenceWith(doc, 'Fast & guaranteed').text).toBe('Fast & guaranteed')
    expect(locationOf(doc, 'guaranteed', 0)).toEqual(at(1, 25, 1, 35))
    expect(sentenceWith(doc, 'Say').text).toBe('Say "guaranteed" twice')
    expect(sourceAt(doc, locationOf(doc, 'guaranteed', 1))).toBe('guaranteed')
    expect(locationOf(doc, 'guaranteed', 1)).toEqual(at(1, 54, 1, 64))
  })

  it('reads both branches of a condition and a fallback, but not call arguments, identifiers or addresses', () => {
    const doc = read('<Hero title={isPro ? "Pro plan" : "Free plan"} description={copy || "Default copy"} caption={t("hero.caption")} label={name} text="https://acme.example/x" alt="hero.image_alt" />\n')
    expect(doc.sentences.map((s) => s.text)).toEqual(['Pro plan', 'Free plan', 'Default copy'])
  })

  it('reads JSX passed as a prop as one block', () => {
    const doc = read('<Card description={<>Save <strong>40%</strong> today</>} />\n')
    expect(rows(doc)).toEqual([['Save 40% today', 'paragraph', 'Card.description', 'jsx-attribute']])
    expect(locationOf(doc, '40%')).toEqual(at(1, 35, 1, 38))
  })

  it('reads an array of row objects as a table, headed by a columns list or the keys', () => {
    const source = [
      '<ComparisonTable',
      '  columns={[{ key: "feature", label: "Feature" }, { key: "us", label: "Acme" }]}',
      '  rows={[{ feature: "SSO", us: "Included", href: "/sso" }, { feature: "Audit log", us: "Unlimited" }]}',
      '/>',
      '',
      '<Plans data={[{ plan: "Pro", price: "$29" }]} />',
      '',
    ].join('\n')
    const doc = read(source)
    expect(sentenceWith(doc, 'Unlimited')).toMatchObject({
      kind: 'table-cell',
      field: 'ComparisonTable.rows.1.us',
      table: { row: 2, column: 1, header: 'Acme', rowLabel: 'Audit log' },
    })
    expect(sentenceWith(doc, '$29')).toMatchObject({ field: 'Plans.data.0.price', table: { row: 1, column: 1, header: 'price', rowLabel: 'Pro' } })
    expect(prose(doc)).not.toContain('/sso')
    // The column descriptions are read for their labels; their keys are not prose.
    expect(doc.sentences.filter((s) => s.text === 'feature' || s.text === 'us')).toEqual([])
  })

  it('reads a list of cards as paragraphs and headings, not a table', () => {
    const doc = read('<FeatureGrid features={[{ title: "Fast", description: "Quick to set up.", icon: "zap", ctaHref: "/x" }]} />\n')
    expect(rows(doc)).toEqual([
      ['Fast', 'heading', 'FeatureGrid.features.0.title', 'jsx-attribute'],
      ['Quick to set up.', 'paragraph', 'FeatureGrid.features.0.description', 'jsx-attribute'],
    ])
  })

  it('reads quotes as blockquotes and the props of inline elements too', () => {
    const doc = read('<Testimonial quote="It just works." author="Marta Ruiz" />\n\nHover <Tooltip content="Guaranteed to help">here</Tooltip> now.\n')
    expect(rows(doc)).toEqual([
      ['It just works.', 'blockquote', 'Testimonial.quote', 'jsx-attribute'],
      ['Marta Ruiz', 'paragraph', 'Testimonial.author', 'jsx-attribute'],
      ['Guaranteed to help', 'paragraph', 'Tooltip.content', 'jsx-attribute'],
      ['Hover here now.', 'paragraph', undefined, null],
    ])
  })

  it('reads `{"…"}` and template strings as prose, never expressions with code or comments', () => {
    const doc = read('{"A whole sentence."}\n\n{items.map((item) => "Not prose")}\n\n{/* a comment */}\n\nCount: {props.count} {`only ${n} seats`}.\n')
    expect(rows(doc)).toEqual([
      ['A whole sentence.', 'paragraph', undefined, 'jsx-expression'],
      ['Count: only seats.', 'paragraph', undefined, null],
    ])
  })

  it('marks the text inside JSX elements as jsx-text', () => {
    const doc = read('<Callout>\n  Inside.\n\n  ## Heading inside\n</Callout>\n\nOutside.\n')
    expect(rows(doc)).toEqual([
      ['Inside.', 'paragraph', undefined, 'jsx-text'],
      ['Heading inside', 'heading', undefined, 'jsx-text'],
      ['Outside.', 'paragraph', undefined, null],
    ])
  })
})
