import { describe, expect, it } from 'vitest'
import { diffPositioning } from '../../src/positioning/diff.js'
import type { PagePart } from '../../src/positioning/parts.js'
import { context, fixture, typeOf } from './helpers.js'

/** Diffs `<name>/base.<ext>` against `<name>/head.<ext>` as one file, typed by its head frontmatter. */
function diffCase(name: string, ext = 'md', options: { fields?: string[]; similarity?: number; parts?: PagePart[] } = {}) {
  const path = `content/${name}.${ext}`
  const base = fixture(`${name}/base.${ext}`, path)
  const head = fixture(`${name}/head.${ext}`, path)
  return diffPositioning(base, head, context({ contentType: typeOf(head), baseContentType: typeOf(base), ...options }))
}

describe('diffPositioning on before/after pairs', () => {
  it('reports a reworded frontmatter tagline as one modified change', () => {
    expect(diffCase('tagline-reworded')).toEqual([
      {
        path: 'content/tagline-reworded.md',
        kind: 'modified',
        before: 'Every customer conversation, one platform.',
        after: 'All your customer chats, answered from a single inbox.',
        line: 4,
        // The approved tagline left the page: that is what the strategy owner decides on.
        reason: 'statement-removed:tagline',
        field: 'tagline',
      },
    ])
  })

  it('reports nothing when paragraphs are only reordered', () => {
    expect(diffCase('reordered')).toEqual([])
  })

  it('reports nothing for bold, re-wrapped lines, curly quotes and trailing spaces', () => {
    expect(diffCase('formatting')).toEqual([])
  })

  it('reports a reworded body sentence with a protected term as one modified change with both sides', () => {
    const changes = diffCase('term-reworded')
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({
      kind: 'modified',
      before: 'Acme is the conversation hub where small teams answer every customer, whatever the channel.',
      after: 'Acme is the conversation hub where growing teams answer every customer on every channel.',
      line: 9,
      reason: 'term:conversation hub',
      field: 'Support that scales with you',
    })
  })

  it('reports a new positioning sentence as added at its head line', () => {
    expect(diffCase('added')).toMatchObject([
      { kind: 'added', before: null, after: 'It is the only all-in-one tool priced for teams of five.', line: 11, reason: 'term:all-in-one' },
    ])
  })

  it('reports a deleted positioning sentence as removed at its base line', () => {
    expect(diffCase('removed')).toMatchObject([
      { kind: 'removed', before: 'It is the only all-in-one tool priced for teams of five.', after: null, line: 11, reason: 'term-removed:all-in-one' },
    ])
  })

  it('reports nothing when only sentences without positioning are edited', () => {
    expect(diffCase('plain-edit')).toEqual([])
  })

  it('reports dropping the protected term from a sentence as a modification', () => {
    expect(diffCase('term-dropped')).toMatchObject([
      {
        kind: 'modified',
        before: 'Acme is the conversation hub where small teams answer every customer, whatever the channel.',
        after: 'Acme is the shared inbox where small teams answer every customer, whatever the channel.',
        reason: 'term-removed:conversation hub',
      },
    ])
  })

  it('reports a homepage headline edit, but not a new feature-list item or a button label', () => {
    expect(diffCase('homepage')).toEqual([
      {
        path: 'content/homepage.md',
        kind: 'modified',
        before: 'Talk to every customer without the chaos',
        after: 'Talk to every customer, minus the chaos',
        line: 7,
        reason: 'type:homepage',
      },
    ])
  })

  it('reports nothing when only a button label prop, a variant and MDX comments change on a product page', () => {
    // `cta` is read as text now, but a button label is interface copy, not the page's positioning.
    expect(diffCase('jsx-prop', 'mdx')).toEqual([])
  })

  it('reports a price changed inside a JSX table prop on a pricing page, naming its row and column', () => {
    expect(diffCase('jsx-table-price', 'mdx')).toEqual([
      {
        path: 'content/jsx-table-price.mdx',
        kind: 'modified',
        before: 'Pro | $100 | 50',
        after: 'Pro | $120 | 50',
        line: 15,
        reason: 'price-changed:$100 → $120',
        field: 'Simple plans for small teams › Pro',
        table: { columns: ['Plan', 'Price', 'Seats'], before: ['Pro', '$100', '50'], after: ['Pro', '$120', '50'] },
      },
    ])
  })

  it('pairs a JSX table cell by its row label, so a new row before it does not hide an artifact price', () => {
    expect(diffCase('jsx-table-artifact-price', 'mdx')).toEqual([
      {
        path: 'content/jsx-table-artifact-price.mdx',
        kind: 'modified',
        before: 'Team | $19 per seat',
        after: 'Team | $29 per seat',
        line: 14,
        reason: 'price-changed:$19 → $29',
        field: 'What a seat costs › Team',
        table: { columns: ['plan', 'price'], before: ['Team', '$19 per seat'], after: ['Team', '$29 per seat'] },
      },
    ])
  })

  it('reports nothing when only a code block and inline code change, even with protected terms inside', () => {
    expect(diffCase('code-block')).toEqual([])
  })

  it('does not treat a sentence naming competitors as positioning', () => {
    expect(diffCase('competitor')).toEqual([])
  })

  it('reports a changed price as one modified change', () => {
    expect(diffCase('pricing-changed')).toMatchObject([
      {
        kind: 'modified',
        before: 'Paid plans cost $29 per seat per month, billed yearly.',
        after: 'Paid plans cost $35 per seat per month, billed yearly.',
        line: 7,
      },
    ])
  })

  it('pairs frontmatter by field: a removed tagline is removed, an edited hero title is modified', () => {
    const changes = diffCase('field-removed')
    expect(changes.map((c) => [c.kind, c.field, c.reason, c.before, c.after])).toEqual([
      ['removed', 'tagline', 'statement-removed:tagline', 'Every customer conversation, one platform.', null],
      ['modified', 'hero.title', 'field:hero', 'Talk to every customer', 'Talk to each customer'],
    ])
  })

  it('reports an edited frontmatter FAQ answer on a product page as one change named by its field, when FAQ is a positioning part', () => {
    // FAQ is not one of the default positioning parts of a page type (a strategy owner is not asked about it) …
    expect(diffCase('faq-answer')).toEqual([])
    // … until the config adds it.
    const parts: PagePart[] = ['title', 'description', 'hero', 'headings', 'intro', 'tables', 'why-sections', 'faq']
    expect(diffCase('faq-answer', 'md', { parts })).toEqual([
      {
        path: 'content/faq-answer.md',
        kind: 'modified',
        before: 'Acme is built for support teams of 5 to 50 people.',
        after: 'Acme is built for enterprise contact centres with hundreds of agents.',
        line: 10,
        reason: 'figure-removed:5',
        field: 'faq.1.answer',
      },
    ])
  })

  it('protects a FAQ answer in Hugo TOML frontmatter through a `faq[].answer` positioning field', () => {
    const change = {
      path: 'content/faq-answer-toml.md',
      kind: 'modified',
      before: 'Support teams of 5 to 50 people who share one inbox.',
      after: 'Contact centres of any size that route work across departments.',
      line: 12,
      field: 'faq.1.answer',
    }
    expect(diffCase('faq-answer-toml')).toEqual([])
    expect(diffCase('faq-answer-toml', 'md', { fields: ['faq[].answer'] })).toEqual([{ ...change, reason: 'field:faq[].answer' }])
    expect(diffCase('faq-answer-toml', 'md', { fields: ['faq.*.answer'] })).toEqual([{ ...change, reason: 'field:faq.*.answer' }])
    expect(diffCase('faq-answer-toml', 'md', { fields: ['faq'] })).toEqual([{ ...change, reason: 'field:faq' }])
  })

  it('protects config positioning fields like artifact ones', () => {
    const changes = diffCase('homepage', 'md', { fields: ['cta'] })
    expect(changes.find((c) => c.field === 'cta')).toMatchObject({ kind: 'modified', before: 'Start free', after: 'Try it', reason: 'field:cta' })
  })
})

describe('diffPositioning on added and deleted files', () => {
  it('lists every positioning sentence of a new file as added and nothing else', () => {
    const head = fixture('term-reworded/head.md', 'content/new.md')
    const changes = diffPositioning(null, head, context({ contentType: 'blog' }))
    expect(changes.map((c) => [c.kind, c.reason])).toEqual([['added', 'term:conversation hub']])
  })

  it('lists every positioning sentence of a deleted homepage as removed', () => {
    const base = fixture('homepage/base.md', 'content/index.md')
    const changes = diffPositioning(base, null, context({ contentType: 'homepage' }))
    expect(changes.every((c) => c.kind === 'removed' && c.after === null && c.path === 'content/index.md')).toBe(true)
    expect(changes.map((c) => c.before)).toContain('Talk to every customer without the chaos')
    expect(changes.map((c) => c.before)).not.toContain('Shared inbox')
  })

  it('returns nothing when neither side exists', () => {
    expect(diffPositioning(null, null, context())).toEqual([])
  })

  it('finds no positioning changes when the artifact names nothing', () => {
    const ctx = context()
    const empty = { ...ctx, artifact: { ...ctx.artifact, category: null, terms: [], taglines: [], pricing: [], valuePropositions: [], differentiators: [], competitorFraming: [], protectedFields: [], positioningTypes: [] } }
    const base = fixture('term-reworded/base.md')
    const head = fixture('term-reworded/head.md')
    expect(diffPositioning(base, head, empty)).toEqual([])
  })
})

describe('tables diff row by row', () => {
  it('reports a price changed in one markdown table cell as one changed row, with the column headers', () => {
    expect(diffCase('table-price')).toEqual([
      {
        path: 'content/table-price.md',
        kind: 'modified',
        before: 'Pro | $100 per month | 25',
        after: 'Pro | $120 per month | 25',
        line: 11,
        reason: 'price-changed:$100 → $120',
        field: 'Compare plans › Pro',
        table: { columns: ['Plan', 'Price', 'Seats'], before: ['Pro', '$100 per month', '25'], after: ['Pro', '$120 per month', '25'] },
      },
    ])
  })
})
