// Before/after pairs shaped like real commits to a marketing site, each judged the way a strategy owner
// judged it: does this PR change what the company says it is?
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { diffPositioning } from '../../src/positioning/diff.js'
import type { PositioningContext } from '../../src/positioning/types.js'
import type { ContentDocument } from '../../src/types.js'
import { fixture, relayContext, typeOf } from './helpers.js'

function pair(name: string, ext = 'md'): { base: ContentDocument; head: ContentDocument; path: string } {
  const path = `content/${name}.${ext}`
  return { base: fixture(`relay/${name}/base.${ext}`, path), head: fixture(`relay/${name}/head.${ext}`, path), path }
}

function diff(base: ContentDocument, head: ContentDocument, overrides: Partial<PositioningContext> = {}) {
  return diffPositioning(base, head, relayContext({ contentType: typeOf(head), baseContentType: typeOf(base), ...overrides }))
}

/** The head of a pair with one more edit, for the control cases. */
function edited(doc: ContentDocument, from: string, to: string): ContentDocument {
  expect(doc.source).toContain(from)
  return parseDocument(doc.path, doc.source.replace(from, to))
}

describe('numbers compare as numbers', () => {
  it('reports a number-only change in a blog title as changed, naming both figures', () => {
    const { base, head } = pair('number-title')
    expect(diff(base, head)).toEqual([
      {
        path: 'content/number-title.md',
        kind: 'modified',
        before: 'Set up live updates in 15 minutes',
        after: 'Set up live updates in 3 minutes',
        line: 2,
        reason: 'figure-changed:15 minutes → 3 minutes',
        field: 'title',
      },
    ])
  })

  it('reports a figure changed in a product page heading, even when the figure also appears elsewhere in the sentence', () => {
    const { base } = pair('enumeration')
    const before = edited(base, '## Channels', '## 3 channels, live in 15 minutes')
    const after = edited(base, '## Channels', '## 3 channels, live in 3 minutes')
    expect(diff(before, after)).toMatchObject([{ kind: 'modified', line: 12, reason: 'figure-changed:15 minutes → 3 minutes' }])
  })

  it('reads "1,200" and "1200" as the same figure: retypesetting a number is no change', () => {
    const { base } = pair('enumeration')
    expect(diff(base, edited(base, '1,200 teams', '1200 teams'))).toEqual([])
  })
})

describe('positioning page types count the parts of the page that make the claim', () => {
  it('does not report an item added to an enumeration in a product page sentence (product news)', () => {
    const { base, head } = pair('enumeration')
    expect(diff(base, head)).toEqual([])
  })

  it('does report the same enumeration edit when the sentence carries a protected term', () => {
    const { base } = pair('enumeration')
    const before = edited(base, 'Relay ships live updates to iOS, Android and Electron apps', 'Relay ships open-source live updates to iOS, Android and Electron apps')
    const after = edited(before, 'iOS, Android and Electron apps', 'iOS, Android, Electron and web apps')
    expect(diff(before, after)).toMatchObject([{ kind: 'modified', line: 8, reason: 'term:open-source' }])
  })

  it('does report a reworded sentence in the same intro: only growing a list is product news', () => {
    const { base } = pair('enumeration')
    const after = edited(base, 'Relay ships live updates to iOS, Android and Electron apps', 'Relay ships live updates to every platform your team already builds for')
    expect(diff(base, after)).toMatchObject([{ kind: 'modified', line: 8, reason: 'type:product' }])
  })

  it('does not report how-to steps, FAQ answers or related links rewritten on a comparison page', () => {
    const { base, head } = pair('howto')
    expect(diff(base, head)).toEqual([])
  })

  it('does report a rewrite of the "why teams choose" section of the same page', () => {
    const { base, head } = pair('howto')
    const after = edited(head, 'a bill that does not grow with every build', 'a flat monthly bill')
    expect(diff(base, after)).toMatchObject([{ kind: 'modified', line: 13, field: 'Why teams choose Relay over Appflow', reason: 'type:comparison' }])
  })

  it('counts how-to steps and FAQ answers when config `positioning.parts` adds them', () => {
    const { base, head } = pair('howto')
    const changes = diff(base, head, { parts: ['title', 'headings', 'how-to', 'faq'] })
    expect([...new Set(changes.map((c) => c.line))]).toEqual([21, 25, 29])
    expect(changes.every((c) => c.reason === 'type:comparison')).toBe(true)
  })
})

describe('a protected term only counts as removed when it leaves the page', () => {
  it('does not report a sentence that drops "open-source" while the page still says it', () => {
    const { base, head } = pair('term-elsewhere')
    expect(diff(base, head)).toEqual([])
  })

  it('reports both edits once the last "open-source" is off the page, naming the term', () => {
    const { base, head } = pair('term-elsewhere')
    const after = edited(head, 'Relay is the open-source live update service', 'Relay is the live update service')
    expect(diff(base, after)).toMatchObject([
      { kind: 'modified', line: 6, reason: 'term-removed:open-source' },
      { kind: 'modified', line: 10, reason: 'term-removed:open-source' },
    ])
  })

  it('reports a term dropped from the hero as changed, with the term as the reason', () => {
    const { base, head } = pair('hero-term')
    expect(diff(base, head)).toEqual([
      {
        path: 'content/hero-term.md',
        kind: 'modified',
        before: 'The open-source live update platform for Capacitor',
        after: 'The live update platform for Capacitor teams',
        line: 6,
        reason: 'term-removed:open-source',
        field: 'hero.title',
      },
    ])
  })
})

describe('tables as tables', () => {
  it('reports a price changed in a pricing table as one row, with the column headers and both prices', () => {
    const { base, head } = pair('pricing-table')
    expect(diff(base, head)).toEqual([
      {
        path: 'content/pricing-table.md',
        kind: 'modified',
        before: 'SSO add-on | $49 per month | Monthly or yearly',
        after: 'SSO add-on | $79 per month | Monthly or yearly',
        line: 12,
        reason: 'price-changed:$49 → $79',
        field: 'Pricing › SSO add-on',
        table: {
          columns: ['Add-on', 'Price', 'Billing'],
          before: ['SSO add-on', '$49 per month', 'Monthly or yearly'],
          after: ['SSO add-on', '$79 per month', 'Monthly or yearly'],
        },
      },
    ])
  })

  it('reports a new comparison row as one addition, not one per cell', () => {
    const { base, head } = pair('comparison-table')
    expect(diff(base, head)).toEqual([
      {
        path: 'content/comparison-table.md',
        kind: 'added',
        before: null,
        after: 'End-to-end encryption | ✅ | ❌ only for Portal',
        line: 15,
        reason: 'type:comparison',
        field: 'At a glance › End-to-end encryption',
        table: { columns: ['Feature', 'Relay', 'Appflow'], before: null, after: ['End-to-end encryption', '✅', '❌ only for Portal'] },
      },
    ])
  })

  it('reports several cells edited in one row as one change naming the figure', () => {
    const { base } = pair('comparison-table')
    const after = edited(base, '| Time to update | < 1 min | < 10 min |', '| Time to update | 30s | 10m |')
    expect(diff(base, after)).toMatchObject([
      { kind: 'modified', line: 14, reason: 'figure-changed:1 min → 30s', field: 'At a glance › Time to update', table: { before: ['Time to update', '< 1 min', '< 10 min'], after: ['Time to update', '30s', '10m'] } },
    ])
  })

  it('reports a renamed column header once, as the header row', () => {
    const { base } = pair('comparison-table')
    const after = edited(base, '| Feature | Relay | Appflow |', '| Feature | Relay Cloud | Appflow |')
    expect(diff(base, after)).toMatchObject([{ kind: 'modified', field: 'At a glance › column headers', table: { before: ['Feature', 'Relay', 'Appflow'], after: ['Feature', 'Relay Cloud', 'Appflow'] } }])
  })

  it('does not report a row that only moved', () => {
    const { base } = pair('comparison-table')
    const after = edited(base, '| Native builds | ❌ | ✅ |\n| Free trial | ✅ | ❌ |', '| Free trial | ✅ | ❌ |\n| Native builds | ❌ | ✅ |')
    expect(diff(base, after)).toEqual([])
  })
})
