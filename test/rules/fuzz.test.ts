// Seeded fuzzing: whatever the input, matching and rule-file parsing return values, never throw.
import { describe, expect, it } from 'vitest'
import { parseRulePack } from '../../src/rules/load.js'
import { compileMatcher, matchText } from '../../src/rules/matcher.js'
import { loadRecommendedPack } from '../../src/rules/load.js'
import { EMBEDDED_PACKS } from '../../src/rules/recommended.generated.js'

function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const ALPHABET = ['a', 'e', 'g', 'u', 'r', 'n', 't', 'd', ' ', '-', '–', '#', '1', '0', '%', '/', '7', '2', '4', '\u00AD', '’', 'İ', '😀', '\n', 'G', 'U', ':', '"', "'", '[', ']', '{', '}', '&', '*']
const WORDS = ['guaranteed', 'risk-free', '#1', '100% secure', '24/7', 'studies show', 'best-in-class', 'unlimited']

function randomText(next: () => number, length: number): string {
  let out = ''
  while (out.length < length) {
    out += next() < 0.15 ? (WORDS[Math.floor(next() * WORDS.length)] as string) : (ALPHABET[Math.floor(next() * ALPHABET.length)] as string)
  }
  return out
}

describe('fuzzing', () => {
  const pack = loadRecommendedPack()
  const compiled = compileMatcher(pack.rules)

  it('matches stay inside the text and quote it exactly', () => {
    const next = prng(42)
    let total = 0
    for (let i = 0; i < 2000; i++) {
      const text = randomText(next, Math.floor(next() * 120))
      for (const m of matchText(compiled, text)) {
        total++
        expect(m.start).toBeGreaterThanOrEqual(0)
        expect(m.end).toBeLessThanOrEqual(text.length)
        expect(m.end).toBeGreaterThan(m.start)
        expect(text.slice(m.start, m.end)).toBe(m.text)
      }
    }
    expect(total).toBeGreaterThan(100)
  })

  it('rule-file parsing returns a pack or problems for any text', () => {
    const next = prng(7)
    for (let i = 0; i < 500; i++) {
      const text = randomText(next, Math.floor(next() * 200))
      const result = parseRulePack(text, 'rules/fuzz.yml')
      expect(result.pack !== null || result.problems.length > 0).toBe(true)
      for (const p of result.problems) expect(p.line).toBeGreaterThanOrEqual(1)
    }
  })

  it('a mutated shipped pack yields problems with lines inside the file, never an exception', () => {
    const next = prng(99)
    const original = (EMBEDDED_PACKS['recommended'] as string).split('\n')
    for (let i = 0; i < 150; i++) {
      const lines = [...original]
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(next() * lines.length)
        const roll = next()
        if (roll < 0.3) lines.splice(at, 1)
        else if (roll < 0.6) lines.splice(at, 0, lines[Math.floor(next() * lines.length)] as string)
        else lines[at] = (lines[at] ?? '').replace(/[a-z]/, ALPHABET[Math.floor(next() * ALPHABET.length)] as string)
      }
      const result = parseRulePack(lines.join('\n'), 'rules/recommended.yml')
      for (const p of result.problems) {
        expect(p.line).toBeGreaterThanOrEqual(1)
        expect(p.line).toBeLessThanOrEqual(lines.length + 1)
        expect(p.message.startsWith(`rules/recommended.yml:${p.line}: `)).toBe(true)
      }
    }
  })
})
