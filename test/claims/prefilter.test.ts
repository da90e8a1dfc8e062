// runPatterns' prefilter (src/checks/claims/kinds/types.ts) may only skip a sentence no pattern matches: the
// matches must be the ones a search pattern by pattern gives, whatever the flags and the constructs.
import { describe, expect, it } from 'vitest'
import { claimContext, type ClaimMatch } from '../../src/checks/claims/kinds/index.js'
import { runPatterns, type Pattern } from '../../src/checks/claims/kinds/types.js'

/** The search without a prefilter, as runPatterns did it before. */
function naive(patterns: readonly Pattern[], text: string): ClaimMatch[] {
  const out: ClaimMatch[] = []
  const ctx = claimContext(text)
  for (const { re, keep } of patterns) {
    const copy = new RegExp(re.source, re.flags.includes('g') || re.flags.includes('y') ? re.flags : `${re.flags}g`)
    for (let m = copy.exec(text); m !== null; m = copy.exec(text)) {
      if (m[0].length === 0) {
        copy.lastIndex++
        continue
      }
      if (keep && !keep(m, text, ctx)) continue
      const lead = m[0].length - m[0].trimStart().length
      const trail = m[0].length - m[0].trimEnd().length
      out.push({ kind: 'statistic', start: m.index + lead, end: m.index + m[0].length - trail })
      if (!copy.global && !copy.sticky) break
    }
  }
  return out
}

const PATTERNS: Pattern[] = [
  { re: /\b\d+\s?%/g },
  { re: /\bfaster\s+than\b/gi },
  { re: /(?<![\w$])\d+k\b/g, keep: (m) => m[0] !== '0k' },
  // a backreference and a named group cannot join the alternation: searched always
  { re: /\b(\w+)\s+\1\b/gi },
  { re: /(?<word>unrivalled)/gi },
  { re: /^\s*Acme\b/g },
  { re: /\bΑΒΓ\b|\p{Lu}{4,}/gu },
]

const SENTENCES = [
  '',
  'Nothing to see here.',
  'Acme is 40% faster than the rest.',
  'acme is FASTER THAN the rest',
  'We have 20k users and 0k problems.',
  'It is very very good.',
  'An Unrivalled product.',
  '  Acme leads.',
  'NASA and ΑΒΓ agree.',
  'Reply faster with saved answers.',
]

describe('runPatterns prefilter', () => {
  it('finds what a search pattern by pattern finds', () => {
    for (const text of SENTENCES) expect(runPatterns(PATTERNS, claimContext(text), 'statistic'), text).toEqual(naive(PATTERNS, text))
  })

  it('still searches the patterns that cannot join the alternation when no other can match', () => {
    expect(runPatterns(PATTERNS, claimContext('It is very very good.'), 'statistic')).toEqual([{ kind: 'statistic', start: 6, end: 15 }])
    expect(runPatterns(PATTERNS, claimContext('An Unrivalled product.'), 'statistic')).toEqual([{ kind: 'statistic', start: 3, end: 13 }])
  })

  it('follows a list of patterns changed in place', () => {
    const list: Pattern[] = [{ re: /\bcheap\b/g }]
    expect(runPatterns(list, claimContext('cheap and fast'), 'statistic')).toHaveLength(1)
    list[0] = { re: /\bfast\b/g }
    expect(runPatterns(list, claimContext('fast only'), 'statistic')).toEqual([{ kind: 'statistic', start: 0, end: 4 }])
  })
})
