import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { at, locationOf, sentenceWith, sourceAt } from './helpers.js'

const texts = (source: string, path = 'x.md'): string[] => parseDocument(path, source).sentences.map((sentence) => sentence.text)

describe('sentence splitting', () => {
  it('splits a paragraph into sentences and folds line breaks inside them', () => {
    expect(texts('Acme is the best\nplatform for teams. It  is fast!\nReally? Yes.\n')).toEqual([
      'Acme is the best platform for teams.',
      'It is fast!',
      'Really?',
      'Yes.',
    ])
  })

  it('keeps exact offsets across folded whitespace and continuation indentation', () => {
    const doc = parseDocument('x.md', '- Acme is the best\n  platform   for teams.\n')
    const sentence = sentenceWith(doc, 'platform for')
    expect(locationOf(doc, 'best platform')).toEqual(at(1, 15, 2, 11))
    expect(locationOf(doc, 'for teams')).toEqual(at(2, 14, 2, 23))
    expect(doc.source.slice(sentence.offsets[0], sentence.offsets[sentence.text.length])).toBe('Acme is the best\n  platform   for teams.')
  })

  it('does not split after common abbreviations', () => {
    expect(texts('Acme vs. Rival is close. Tools, e.g. Acme, help. Ask Dr. Smith at Acme Inc. today.\n')).toEqual([
      'Acme vs. Rival is close.',
      'Tools, e.g. Acme, help.',
      'Ask Dr. Smith at Acme Inc. today.',
    ])
  })

  it('does not split after an abbreviation that ends a long stretch of words', () => {
    expect(texts('Our customers compared both platforms side by side for a month, Acme vs. Rival, and we won (approx. Two of three deals).\n')).toEqual([
      'Our customers compared both platforms side by side for a month, Acme vs. Rival, and we won (approx. Two of three deals).',
    ])
  })

  it('does not split decimals or percentages', () => {
    expect(texts('Acme is 3.5x faster and 99.9% available. Next.\n')).toEqual(['Acme is 3.5x faster and 99.9% available.', 'Next.'])
  })

  it('keeps words around left-out inline code apart but adds nothing next to punctuation', () => {
    expect(texts('Run`acme`now. Use `acme`.\n')).toEqual(['Run now.', 'Use .'])
  })

  it('reads a hard line break as a space', () => {
    expect(texts('Fast  \nand simple.\n')).toEqual(['Fast and simple.'])
    expect(texts('Fast\\\nand simple.\n')).toEqual(['Fast and simple.'])
  })

  it('reads character references and escapes as the reader sees them, located on their source', () => {
    const doc = parseDocument('x.md', 'Acme &amp; Co \\*really\\* wins.\n')
    expect(doc.sentences[0]?.text).toBe('Acme & Co *really* wins.')
    expect(sourceAt(doc, locationOf(doc, 'wins'))).toBe('wins')
    // The `&` a reader sees was typed as `&amp;`: the location covers the whole reference.
    expect(locationOf(doc, '&')).toEqual(at(1, 6, 1, 11))
    expect(sourceAt(doc, locationOf(doc, '& Co'))).toBe('&amp; Co')
  })

  it('records an undefined `[^id]` as a reference (a frontmatter source) and leaves it out of the text', () => {
    const doc = parseDocument('x.md', '---\nsources:\n  - id: tei\n    url: https://f.example\n---\nTeams save 40%[^tei]. Next.\n')
    expect(doc.sentences.map((sentence) => [sentence.text, sentence.footnotes])).toEqual([
      ['Teams save 40%.', ['tei']],
      ['Next.', []],
    ])
    expect(locationOf(doc, '40%.')).toEqual(at(6, 12, 6, 22))
  })

  it('numbers blocks in reading order: frontmatter fields first, then the body', () => {
    const doc = parseDocument('x.md', '---\ntitle: A title\ndescription: A description. Two.\n---\n# Head\n\nOne. Two.\n\n- item\n')
    expect(doc.sentences.map((sentence) => [sentence.kind, sentence.block])).toEqual([
      ['frontmatter', 0],
      ['frontmatter', 1],
      ['frontmatter', 1],
      ['heading', 2],
      ['paragraph', 3],
      ['paragraph', 3],
      ['list-item', 4],
    ])
  })

  it('reads a reference-style link with its definition url', () => {
    const doc = parseDocument('x.md', 'See [the report][tei] for details.\n\n[tei]: https://f.example/tei\n')
    const sentence = sentenceWith(doc, 'the report')
    expect(sentence.text).toBe('See the report for details.')
    expect(sentence.links).toEqual([{ url: 'https://f.example/tei', text: 'the report', start: 4, end: 21 }])
  })

  it('counts columns in UTF-16 units, so text after an emoji is still located exactly', () => {
    const doc = parseDocument('x.md', '🚀 Launch: guaranteed results.\n')
    expect(locationOf(doc, 'guaranteed')).toEqual(at(1, 12, 1, 22))
    expect(sourceAt(doc, locationOf(doc, 'guaranteed'))).toBe('guaranteed')
  })

  it('reads nested lists and quotes by their innermost container', () => {
    const doc = parseDocument('x.md', '> - quoted item\n>\n> quoted text\n\n1. outer\n   - inner\n')
    expect(doc.sentences.map((sentence) => [sentence.text, sentence.kind])).toEqual([
      ['quoted item', 'list-item'],
      ['quoted text', 'blockquote'],
      ['outer', 'list-item'],
      ['inner', 'list-item'],
    ])
    expect(locationOf(doc, 'inner')).toEqual(at(6, 6, 6, 11))
  })
})
