// Sentences of blocks with nothing to fold (no whitespace but single spaces) take fold()'s fast path in
// src/content/sentences.ts: their text and offsets must be the ones the full loop gives.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'

describe('sentences of text with nothing to fold', () => {
  it('keep every character at its own source offset', () => {
    const source = '# Acme for teams\n\nAcme ships weekly. Teams love it.\n\n- One inbox [for all](https://acme.test) of it\n'
    const doc = parseDocument('x.md', source)
    expect(doc.sentences.map((s) => s.text)).toEqual(['Acme for teams', 'Acme ships weekly.', 'Teams love it.', 'One inbox for all of it'])
    for (const s of doc.sentences.slice(0, 3)) {
      const at = s.offsets[0] as number
      expect(source.slice(at, at + s.text.length)).toBe(s.text)
      expect([...s.offsets].slice(0, s.text.length)).toEqual([...s.text].map((_, i) => at + i))
    }
    const item = doc.sentences[3]
    expect(item?.links.map((l) => l.text)).toEqual(['for all'])
    expect(source.slice(item?.offsets[10], (item?.offsets[16] ?? 0) + 1)).toBe('for all')
  })

  it('fold the same text whether or not it needs folding', () => {
    expect(parseDocument('x.md', 'Acme  ships\nweekly.\n').sentences.map((s) => [s.text, s.offsets[5]])).toEqual([['Acme ships weekly.', 6]])
    expect(parseDocument('x.md', 'Acme ships weekly.\n').sentences.map((s) => [s.text, s.offsets[5]])).toEqual([['Acme ships weekly.', 5]])
  })
})
