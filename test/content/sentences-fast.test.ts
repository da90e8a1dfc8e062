// The segmenter's fast path (UNBROKEN in src/content/sentences.ts) must give exactly what Intl.Segmenter gives.
// These tests ask the segmenter of the running Node about every character the fast path lets through.
import { describe, expect, it } from 'vitest'
import { icuSegments, UNBROKEN } from '../../src/content/sentences.js'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const icu = (text: string): [number, number][] => [...segmenter.segment(text)].map((s) => [s.index, s.index + s.segment.length])

/** Every UTF-16 code unit the fast path accepts on its own. */
const allowed: string[] = []
for (let code = 0; code <= 0xffff; code++) {
  const ch = String.fromCharCode(code)
  if (UNBROKEN.test(ch)) allowed.push(ch)
}

describe('sentence segmentation fast path', () => {
  it('lets through no terminator, no separator and no control character', () => {
    expect(allowed.length).toBeGreaterThan(500)
    for (const ch of ['.', '!', '?', '\u2024', '\u203c', '\u203d', '\u2047', '\u2048', '\u2049', '\n', '\r', '\u0085', '\u2028', '\u2029', '\u3002', '\u0964', '\t', '']) {
      expect(UNBROKEN.test(ch), JSON.stringify(ch)).toBe(false)
    }
  })

  it('accepts only characters after which the segmenter never breaks', () => {
    // A terminator (`a. Bcd`), a separator, or anything else that could end a sentence would show as a break
    // before "Bcd" or "Y"; each character is tried alone and doubled, after a lower- and an upper-case letter.
    const broken = allowed.filter((ch) => [`a${ch} Bcd`, `x ${ch}${ch} Y z`, `A${ch}B c`, `${ch} Bcd`].some((text) => icu(text).length !== 1))
    expect(broken).toEqual([])
  })

  it('gives the segmenter’s ranges on text made of those characters', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let i = 0; i < 300; i++) {
      const length = 1 + random(120)
      const text = Array.from({ length }, () => (random(4) === 0 ? ' ' : (allowed[random(allowed.length)] as string))).join('')
      expect([...icuSegments(text)]).toEqual(icu(text))
    }
  })

  it('leaves text with a terminator to the segmenter', () => {
    const text = 'Acme ships weekly. Teams love it! Really?'
    expect(UNBROKEN.test(text)).toBe(false)
    expect([...icuSegments(text)]).toEqual(icu(text))
    expect([...icuSegments('Acme’s “fast” setup — for teams (and agencies)')]).toEqual([[0, 46]])
    expect([...icuSegments('')]).toEqual([])
  })
})
