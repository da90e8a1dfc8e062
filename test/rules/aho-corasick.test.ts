// The automaton's ASCII table (src/rules/aho-corasick.ts) is a faster read of the same transitions: a scan
// with it must find exactly what a scan through the transition maps alone finds.
import { describe, expect, it } from 'vitest'
import { buildAutomaton, scan } from '../../src/rules/aho-corasick.js'

describe('Aho-Corasick ASCII table', () => {
  it('finds the same hits as the transition maps, on ASCII and other text', () => {
    const phrases = ['he', 'she', 'his', 'hers', 'risk-free', 'risk free', '#1', 'no. 1', 'café', 'naïve', 'über', '100%', 'a', 'aa', 'aaa']
    const automaton = buildAutomaton(phrases)
    expect(automaton.ascii).not.toBeNull()
    const mapsOnly = { ...automaton, ascii: null }
    let seed = 11
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const alphabet = 'hesirkf -#1no.ca\u00e9\u00efv\u00fcb0%aA\u00a0\u2019'
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: random(60) }, () => alphabet[random(alphabet.length)] as string).join('')
      expect(scan(automaton, text), text).toEqual(scan(mapsOnly, text))
    }
    // in order of where each ends (the `a` of `café` before `café`), the longest first among those ending together
    expect(scan(automaton, 'ushers café, aaa').map((h) => phrases[h.pattern])).toEqual(['she', 'he', 'hers', 'a', 'café', 'a', 'aa', 'a', 'aaa', 'aa', 'a'])
  })

  it('leaves an automaton too big for a small table to its maps', () => {
    const phrases = Array.from({ length: 4000 }, (_, i) => `phrase number ${i.toString(36)} of many`)
    const automaton = buildAutomaton(phrases)
    expect(automaton.ascii).toBeNull()
    expect(scan(automaton, 'a phrase number 2s of many here').map((h) => phrases[h.pattern])).toEqual(['phrase number 2s of many'])
  })
})
