import { describe, expect, it } from 'vitest'
import type { Location } from '../../src/types.js'
import { at, locationOf, parseFixture, sentenceWith, sourceAt } from './helpers.js'

const variants = {
  LF: (source: string) => source,
  CRLF: (source: string) => source.replace(/\n/g, '\r\n'),
  'BOM + CRLF': (source: string) => '\uFEFF' + source.replace(/\n/g, '\r\n'),
  BOM: (source: string) => '\uFEFF' + source,
}

describe.each(Object.entries(variants))('positions in landing.md (%s)', (name, transform) => {
  const doc = parseFixture('landing.md', transform)
  // A BOM is one UTF-16 unit at the start of line 1: columns on line 1 shift, nothing else does.
  const bom = name.includes('BOM') ? 1 : 0

  it('reads the file without problems', () => {
    expect(doc.problems).toEqual([])
    expect(doc.frontmatter.title).toBe('Acme Flow: the #1 email tool')
  })

  it.each<[string, Location, string, number?]>([
    // [words as the reader sees them, expected location, raw source they cover]
    ['Acme Flow: the #1 email tool', at(2, 9, 2, 37), 'Acme Flow: the #1 email tool'],
    ['#1', at(2, 24, 2, 26), '#1'],
    ['40%', at(4, 14, 4, 17), '40%'],
    ['Setup takes an afternoon.', at(5, 3, 5, 28), 'Setup takes an afternoon.'],
    ["It's the fastest", at(10, 6, 10, 23), "It''s the fastest"],
    ['fastest way', at(10, 16, 10, 27), 'fastest way'],
    ['Every conversation, one place', at(11, 5, 11, 34), 'Every conversation, one place'],
    ['Best-in-class automation', at(13, 10, 13, 36), 'Best-in-class   automation'],
    ['growing teams', at(13, 41, 13, 54), 'growing teams'],
    ['Guaranteed', at(15, 5, 15, 15), 'Guaranteed'],
    ['10,000 teams', at(16, 14, 16, 26), '10,000 teams'],
    ['Start free', at(18, 11, 18, 21), 'Start free'],
    // An escaped quote maps to the quote character itself, never outside the scalar.
    ['"that works"', at(21, 29, 21, 42), '"that works\\"'],
    ['The fastest inbox', at(33, 3, 33, 22), 'The *fastest* inbox'],
    ['fastest', at(33, 8, 33, 15), 'fastest', 1],
    ['73%', at(35, 33, 35, 36), '73%'],
    ['the best-in-class tool', at(35, 68, 36, 19), 'the\nbest-in-class tool'],
    ['G2 reviews', at(36, 35, 36, 45), 'G2 reviews'],
    ['Studies show it works.', at(36, 73, 36, 95), 'Studies show it works.'],
    ['one afternoon', at(38, 15, 38, 30), 'one** afternoon'],
    ['e.g. before lunch.', at(38, 32, 38, 50), 'e.g. before lunch.'],
    ['and nothing else', at(39, 33, 39, 49), 'and nothing else'],
    ['vs. Rival', at(40, 16, 40, 25), 'vs. Rival'],
    ['Free for 3 seats', at(44, 13, 44, 29), 'Free for 3 seats'],
    ['guaranteed', at(45, 26, 45, 36), 'guaranteed'],
    ['doubled our revenue', at(47, 8, 47, 27), 'doubled our revenue'],
    ['today', at(55, 40, 55, 45), 'today'],
  ])('locates `%s`', (words, expected, raw, nth = 0) => {
    const location = locationOf(doc, words, nth)
    const shift = (line: number, column: number): number => (line === 1 ? column + bom : column)
    expect(location).toEqual({ ...expected, column: shift(expected.line, expected.column), endColumn: shift(expected.endLine, expected.endColumn) })
    expect(sourceAt(doc, location).replace(/\r\n/g, '\n')).toBe(raw)
  })
})

describe('sentence kinds and blocks in landing.md', () => {
  const doc = parseFixture('landing.md')

  it('marks frontmatter sentences with their key path', () => {
    expect(sentenceWith(doc, 'Best-in-class').field).toBe('hero.title')
    expect(sentenceWith(doc, 'Loved by').field).toBe('hero.subtitle')
    expect(sentenceWith(doc, 'one place').field).toBe('tagline.1')
    expect(sentenceWith(doc, 'that works').field).toBe('seo.title')
    expect(sentenceWith(doc, 'Setup takes').kind).toBe('frontmatter')
  })

  it('leaves non-prose frontmatter out: urls, keywords, ids, owners', () => {
    const fields = doc.sentences.map((sentence) => sentence.field).filter(Boolean)
    expect(fields).not.toContain('hero.cta.url')
    expect(fields).not.toContain('seo.keywords.0')
    expect(fields).not.toContain('owner')
    expect(fields.some((field) => field?.startsWith('sources'))).toBe(false)
  })

  it('gives headings their depth and cells one block each', () => {
    const heading = sentenceWith(doc, 'The fastest inbox')
    expect(heading).toMatchObject({ kind: 'heading', headingDepth: 1, text: 'The fastest inbox for small teams' })
    const starter = sentenceWith(doc, 'Starter')
    const free = sentenceWith(doc, 'Free for 3 seats')
    expect(starter.kind).toBe('table-cell')
    expect(free.block).not.toBe(starter.block)
  })

  it('keeps every sentence of a paragraph in one block, and list items apart', () => {
    const first = sentenceWith(doc, '73%')
    const second = sentenceWith(doc, 'best-in-class tool')
    const third = sentenceWith(doc, 'Studies show')
    expect(new Set([first.block, second.block, third.block]).size).toBe(1)
    expect(sentenceWith(doc, 'one afternoon').block).not.toBe(sentenceWith(doc, 'nothing else').block)
    expect(sentenceWith(doc, 'one afternoon').kind).toBe('list-item')
    expect(sentenceWith(doc, 'doubled our revenue').kind).toBe('blockquote')
  })

  it('records link urls with the source range of the link', () => {
    const sentence = sentenceWith(doc, 'G2 reviews')
    expect(sentence.links).toHaveLength(1)
    const link = sentence.links[0]!
    expect(link).toMatchObject({ url: 'https://www.g2.com/acme', text: 'G2 reviews' })
    expect(doc.source.slice(link.start, link.end)).toBe('[G2 reviews](https://www.g2.com/acme)')
  })

  it('records a bare URL as a link but keeps its address out of the prose', () => {
    const sentence = sentenceWith(doc, 'Read more at')
    expect(sentence.text).toBe('Read more at today.')
    expect(sentence.links.map((link) => link.url)).toEqual(['https://acme.example/blog'])
  })

  it('leaves code blocks and inline code out of the prose, and reads raw HTML as rendered', () => {
    const all = doc.sentences.map((sentence) => sentence.text).join('\n')
    expect(all).not.toContain('100% uptime')
    expect(all).not.toContain('npm install')
    expect(all).not.toContain('hero')
    expect(sentenceWith(doc, 'Raw HTML')).toMatchObject({ text: 'Raw HTML guaranteed', construct: 'html', kind: 'paragraph' })
    expect(sentenceWith(doc, 'nothing else').text).toBe('Works with and nothing else.')
  })

  it('moves footnote references out of the text into the sentence that cites them', () => {
    const cited = sentenceWith(doc, '73%')
    expect(cited.text).toBe('Acme Flow cuts response time by 73% for most teams.')
    expect(cited.footnotes).toEqual(['survey'])
    expect(sentenceWith(doc, 'best-in-class tool').footnotes).toEqual([])
    const frontmatter = sentenceWith(doc, '40%')
    expect(frontmatter.text).toBe('Teams save 40% on support costs.')
    expect(frontmatter.footnotes).toEqual(['forrester-tei-2025'])
  })

  it('records footnote definitions with text, line and links, and reads their text as prose too', () => {
    expect(doc.footnotes.survey).toEqual({
      id: 'survey',
      line: 57,
      text: 'Acme customer survey, methodology, 2025.',
      links: [expect.objectContaining({ url: 'https://acme.example/survey', text: 'methodology' })],
    })
    expect(sentenceWith(doc, 'customer survey')).toMatchObject({ text: 'Acme customer survey, methodology, 2025.', construct: 'footnote' })
    expect(sentenceWith(doc, 'customer survey').links.map((link) => link.url)).toEqual(['https://acme.example/survey'])
  })

  it('records the line of every frontmatter key path', () => {
    expect(doc.fieldLines).toMatchObject({
      title: 2,
      description: 3,
      'tagline.1': 11,
      'hero.title': 13,
      'hero.cta.url': 19,
      'sources.0.url': 26,
      'ai.model': 30,
    })
  })

  it('keeps offsets strictly inside the source and in reading order', () => {
    for (const sentence of doc.sentences) {
      expect(sentence.offsets).toHaveLength(sentence.text.length + 1)
      for (let i = 1; i < sentence.offsets.length; i++) expect(sentence.offsets[i]!).toBeGreaterThan(sentence.offsets[i - 1]!)
      expect(sentence.offsets[sentence.text.length]!).toBeLessThanOrEqual(doc.source.length)
    }
  })
})
