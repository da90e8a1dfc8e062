// HTML in markdown read as a reader sees it rendered, with every string placed on the characters typed.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import type { ContentDocument, Sentence } from '../../src/types.js'
import { at, locationOf, parseFixture, sentenceWith, sourceAt } from './helpers.js'

const texts = (doc: ContentDocument): string[] => doc.sentences.map((sentence) => sentence.text)
const field = (doc: ContentDocument, name: string): Sentence[] => doc.sentences.filter((sentence) => sentence.field === name)

describe('HTML blocks (html-blocks.md)', () => {
  const doc = parseFixture('html-blocks.md')

  it('reads headings, paragraphs and captions as blocks of construct html', () => {
    expect(sentenceWith(doc, 'sync layer')).toMatchObject({ text: 'The #1 sync layer for agent teams', kind: 'heading', headingDepth: 2, construct: 'html' })
    expect(sentenceWith(doc, 'Every client')).toMatchObject({ kind: 'paragraph', construct: 'html' })
    expect(sentenceWith(doc, 'Teams cut')).toMatchObject({ text: 'Teams cut sync bugs by 43% in the first month.', construct: 'html' })
    expect(sentenceWith(doc, 'Every client').block).not.toBe(sentenceWith(doc, 'sync layer').block)
  })

  it('reads alt and title attributes as fields of the element, and no other attribute', () => {
    expect(field(doc, 'img.alt').map((s) => s.text)).toEqual(['Diagram of the sync path'])
    expect(field(doc, 'a.title').map((s) => s.text)).toEqual(['Open the full diagram', 'Plans and prices'])
    expect(field(doc, 'img.alt')[0]?.construct).toBe('html')
    const all = texts(doc).join('\n')
    for (const wiring of ['hero', 'no-visual', '/img/', '_blank', 'max-width', 'stack-card', 'data-name', 'install-template']) expect(all).not.toContain(wiring)
  })

  it('decodes entities and places them on the entity as typed', () => {
    // The no-break space folds like any whitespace; the dash is the decoded `&mdash;`.
    expect(sentenceWith(doc, 'Every client').text).toBe('Every client stays current, guaranteed \u2014 even offline.')
    expect(sentenceWith(doc, 'AT&T').text).toBe('AT&T\u2014and Acme ship every week with it.')
    const location = locationOf(doc, 'AT&T\u2014and')
    expect(location).toEqual(at(26, 8, 26, 27))
    expect(sourceAt(doc, location)).toBe('AT&amp;T&#x2014;and')
  })

  it('reads HTML in a list item and in a quote at its place, with the container as its kind', () => {
    expect(sentenceWith(doc, 'AT&T').kind).toBe('list-item')
    expect(sentenceWith(doc, 'Our support')).toMatchObject({ kind: 'blockquote', construct: 'html' })
    const location = locationOf(doc, 'guaranteed within the day')
    expect(sourceAt(doc, location)).toBe('guaranteed within the day')
    expect(location.line).toBe(29)
  })

  it('keeps code, pre and their content out, including markup inside them', () => {
    const all = texts(doc).join('\n')
    expect(all).not.toContain('const')
    expect(all).not.toContain('npm install')
    expect(sentenceWith(doc, 'What does it cost?').kind).toBe('paragraph')
  })

  it('records an <a href> as a link of its sentence, with the source range of the element', () => {
    const sentence = sentenceWith(doc, 'See the pricing page')
    expect(sentence.links).toEqual([expect.objectContaining({ url: '/pricing', text: 'pricing page' })])
    const link = sentence.links[0]!
    expect(doc.source.slice(link.start, link.end)).toBe('<a href="/pricing" title="Plans and prices">pricing page</a>')
  })
})

describe('HTML tables (html-table.md)', () => {
  const doc = parseFixture('html-table.md')

  it('reads each cell as a table-cell block with its row, column, header and row label', () => {
    expect(sentenceWith(doc, 'Feature')).toMatchObject({ kind: 'table-cell', construct: 'html', table: { row: 0, column: 0 } })
    expect(doc.sentences.find((s) => s.text === 'Rival' && s.kind === 'table-cell')?.table).toEqual({ row: 0, column: 2 })
    expect(sentenceWith(doc, 'Delivered in 2 seconds')).toMatchObject({ kind: 'table-cell', table: { row: 1, column: 1, header: 'Acme', rowLabel: 'Live updates' } })
    expect(sentenceWith(doc, 'rated rollback flow')).toMatchObject({ text: '#1 rated rollback flow', table: { row: 2, column: 1, header: 'Acme', rowLabel: 'Rollbacks' } })
    expect(sentenceWith(doc, 'Store review').table).toEqual({ row: 3, column: 0, header: 'Feature' })
    expect(sentenceWith(doc, 'flag')).toMatchObject({ text: 'flag', table: { row: 3, column: 2, header: 'Rival', rowLabel: 'Store review' } })
  })

  it('infers the end tags HTML lets a writer leave out', () => {
    const doc = parseDocument('t.md', '<table>\n<tr><th>Plan<th>Seats\n<tr><td>Pro<td>Unlimited\n</table>\n')
    expect(doc.sentences.map((s) => [s.text, s.table])).toEqual([
      ['Plan', { row: 0, column: 0 }],
      ['Seats', { row: 0, column: 1 }],
      ['Pro', { row: 1, column: 0, header: 'Plan' }],
      ['Unlimited', { row: 1, column: 1, header: 'Seats', rowLabel: 'Pro' }],
    ])
  })
})

describe('inline HTML (html-inline.md)', () => {
  const doc = parseFixture('html-inline.md')

  it('does not split a word at a tag inside it, and places it on the whole span as typed', () => {
    expect(sentenceWith(doc, 'Answers')).toMatchObject({ text: 'Answers that stay guaranteed', kind: 'heading' })
    const location = locationOf(doc, 'guaranteed')
    expect(location).toEqual(at(5, 21, 5, 55))
    expect(sourceAt(doc, location)).toBe('guaran<span class="hl"></span>teed')
    expect(sentenceWith(doc, 'Replies are').text).toBe('Replies are guaranteed within a day, and setup takes one afternoon.')
  })

  it('keeps <br> and block-level tags as separators', () => {
    expect(sentenceWith(doc, 'call it').text).toBe('Our customers call it the #1 inbox for small teams.')
    expect(parseDocument('a.md', 'Fast<p>Simple</p>Secure\n').sentences.map((s) => s.text)).toEqual(['Fast Simple Secure'])
    expect(parseDocument('a.md', 'Try it<button>Start</button>today\n').sentences.map((s) => s.text)).toEqual(['Try it Start today'])
  })

  it('reads markdown inside inline tags, and leaves out markdown inside <code>', () => {
    expect(sentenceWith(doc, 'every customer conversation').text).toBe('Acme puts every customer conversation in one place for your team.')
    expect(sentenceWith(doc, 'in the config').text).toBe('Set in the config, or press Ctrl+K to search.')
    expect(parseDocument('a.md', 'Use <code>**guaranteed** `x`</code> now.\n').sentences.map((s) => s.text)).toEqual(['Use now.'])
  })

  it('reads the title of an inline element, and counts an inline <a href> as a link', () => {
    expect(field(doc, 'abbr.title').map((s) => [s.text, s.construct])).toEqual([['Service level agreement', 'html']])
    expect(sentenceWith(doc, '64%').links.map((link) => [link.url, link.text])).toEqual([['https://acme.example/report', 'report']])
  })

  it('keeps a word whole across tags split over separate inline nodes', () => {
    const split = parseDocument('a.md', 'It is guaran<span></span>teed.\n')
    expect(split.sentences.map((s) => s.text)).toEqual(['It is guaranteed.'])
    expect(sourceAt(split, locationOf(split, 'guaranteed'))).toBe('guaran<span></span>teed')
  })
})

describe('attributes', () => {
  it('reads wiring names (name, role, content) as text on a component, not on an HTML element', () => {
    const doc = parseDocument('a.md', '<input name="email" placeholder="Your work email">\n\n<Testimonial name="Jane Doe, CEO" role="Head of Support" quote="Guaranteed results" />\n\n<div role="note" aria-label="Important note">Hi</div>\n')
    expect(doc.sentences.map((s) => [s.field, s.text])).toEqual([
      ['input.placeholder', 'Your work email'],
      ['Testimonial.name', 'Jane Doe, CEO'],
      ['Testimonial.role', 'Head of Support'],
      ['Testimonial.quote', 'Guaranteed results'],
      ['div.aria-label', 'Important note'],
      [undefined, 'Hi'],
    ])
  })

  it('reads an attribute named in textAttributes, and places entities in it on the `&`', () => {
    const source = '<span data-tooltip="AT&amp;T&#x2014;the #1 pick" class="tip">x</span>\n'
    expect(parseDocument('a.md', source).sentences.map((s) => s.text)).toEqual(['x'])
    const doc = parseDocument('a.md', source, { textAttributes: ['data-tooltip'] })
    const tooltip = field(doc, 'span.data-tooltip')[0]!
    expect(tooltip.text).toBe('AT&T\u2014the #1 pick')
    expect(sourceAt(doc, locationOf(doc, '#1 pick'))).toBe('#1 pick')
    expect(sourceAt(doc, locationOf(doc, 'AT&T\u2014the'))).toBe('AT&amp;T&#x2014;the')
  })

  it('does not read Vue bindings or event handlers', () => {
    const doc = parseDocument('a.md', '<VPButton :text="cta.label" v-on:click="go" v-if="shown" text="Get started" />\n')
    expect(doc.sentences.map((s) => [s.field, s.text])).toEqual([['VPButton.text', 'Get started']])
  })
})

describe('bad HTML never breaks the page', () => {
  it.each([
    ['unclosed tags', '<div><p>Open <b>bold\n\nNext paragraph is read.\n'],
    ['stray end tags', '</div></td></table>\n\nNext paragraph is read.\n'],
    ['an unclosed attribute', '<img alt="never closed\n\nNext paragraph is read.\n'],
    ['an unclosed comment', '<!-- never closed\n\nNext paragraph is read.\n'],
    ['an unclosed script', '<script>let x = 1\n\nNext paragraph is read.\n'],
  ])('%s', (_name, source) => {
    const doc = parseDocument('a.md', source)
    expect(doc.problems).toEqual([])
    for (const sentence of doc.sentences) {
      expect(sentence.offsets.every((offset) => offset >= 0 && offset <= source.length)).toBe(true)
    }
  })

  it('an unclosed <code> in a paragraph hides only the rest of that paragraph', () => {
    const doc = parseDocument('a.md', 'Use <code>npm i and forget to close\n\nThis is guaranteed.\n')
    expect(doc.sentences.map((s) => s.text)).toEqual(['Use', 'This is guaranteed.'])
  })
})

describe('comments in HTML still suppress findings', () => {
  it('reads the suppression from an HTML comment inside an HTML block', () => {
    const doc = parseDocument('a.md', '<div>\n<!-- copydesk-disable-next-line recommended/no-guarantees -- legal approved -->\n<p>Results guaranteed.</p>\n</div>\n')
    expect(doc.suppressions).toEqual([expect.objectContaining({ rules: ['recommended/no-guarantees'], fromLine: 3, toLine: 3 })])
    expect(sentenceWith(doc, 'Results guaranteed.').construct).toBe('html')
    expect(texts(doc).join(' ')).not.toContain('copydesk-disable')
  })
})
