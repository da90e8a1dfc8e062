import { describe, expect, it } from 'vitest'
import { buildAutomaton, scan } from '../../src/rules/aho-corasick.js'
import { compileMatcher, matchCase, matchText } from '../../src/rules/matcher.js'
import { foldText, readAsSeen } from '../../src/rules/normalize.js'
import type { Rule } from '../../src/rules/types.js'

function rule(overrides: Partial<Rule> & Pick<Rule, 'id'>): Rule {
  return {
    kind: 'phrase',
    message: '`{match}`',
    severity: 'error',
    claim: null,
    needsSource: false,
    phrases: [],
    pattern: null,
    swap: {},
    suggestion: null,
    link: null,
    caseSensitive: false,
    scope: { types: [], paths: [], fields: [] },
    pack: 'test',
    line: 1,
    ...overrides,
  }
}

/** The words each phrase rule finds in `text`. */
function found(phrases: string[], text: string, extra: Partial<Rule> = {}): string[] {
  const compiled = compileMatcher([rule({ id: 'test/r', phrases, ...extra })])
  return matchText(compiled, text).map((m) => m.text)
}

describe('Aho–Corasick automaton', () => {
  it('finds overlapping and nested patterns in one scan', () => {
    const automaton = buildAutomaton(['he', 'she', 'his', 'hers'])
    const hits = scan(automaton, 'ushers').map((h) => `${h.pattern}@${h.start}-${h.end}`)
    expect(hits.sort()).toEqual(['0@2-4', '1@1-4', '3@2-6'].sort())
  })

  it('follows failure links when a longer candidate breaks off', () => {
    const automaton = buildAutomaton(['abcd', 'bce'])
    expect(scan(automaton, 'abce')).toEqual([{ pattern: 1, start: 1, end: 4 }])
  })
})

describe('phrase matching', () => {
  it.each([
    ['#1', 'The #1 inbox.', ['#1']],
    ['#1', 'Acme, the #1-rated help desk.', ['#1']],
    ['#1', 'Ranked #10 this year.', []],
    ['#1', 'Item ##1 in the list.', []],
    ['100%', '100% of teams.', ['100%']],
    ['100%', 'A 1000% return.', []],
    ['100%', 'Grew 100%%.', []],
    ['24/7', '24/7 support.', ['24/7']],
    ['24/7', 'A ratio of 124/7.', []],
    ['A+', 'Rated A+ by reviewers.', ['A+']],
    ['A+', 'Written in A++ style.', []],
    ['99.9%', 'A 99.95% SLA.', []],
    ['99.9%', 'A 99.9% SLA.', ['99.9%']],
  ])('phrase `%s` in %j finds %j', (phrase, text, expected) => {
    expect(found([phrase], text)).toEqual(expected)
  })

  it('matches whole words only', () => {
    expect(found(['guaranteed'], 'Delivery is unguaranteed.')).toEqual([])
    expect(found(['guaranteed'], 'Guaranteedly odd.')).toEqual([])
    expect(found(['guarantee'], 'A guarantee, guaranteed.')).toEqual(['guarantee'])
  })

  it('treats a hyphen as a word boundary, so a hyphenated compound still carries the claim', () => {
    expect(found(['guaranteed'], 'A non-guaranteed rate.')).toEqual(['guaranteed'])
  })

  it('ignores case unless the rule is case-sensitive', () => {
    expect(found(['guaranteed'], 'GUARANTEED and Guaranteed')).toEqual(['GUARANTEED', 'Guaranteed'])
    expect(found(['Acme Pro'], 'acme pro and Acme Pro', { caseSensitive: true })).toEqual(['Acme Pro'])
  })

  it('folds hyphen variants, spaces and line breaks between the words of a phrase', () => {
    const texts = ['risk-free', 'risk free', 'risk–free', 'risk\u2011free', 'risk \n  free', 'risk — free']
    for (const text of texts) expect(found(['risk-free'], `Start a ${text} trial.`)).toEqual([text])
    expect(found(['best in class'], 'Best-in-class tools.')).toEqual(['Best-in-class'])
  })

  it('folds curly quotes to straight ones', () => {
    expect(found(["it's magic"], 'Honestly, it’s magic.')).toEqual(['it’s magic'])
    expect(found(['it’s magic'], "Honestly, it's magic.")).toEqual(["it's magic"])
  })

  it('sees through soft hyphens and zero-width spaces', () => {
    expect(found(['guaranteed'], 'It is guaran\u00ADteed.')).toEqual(['guaran\u00ADteed'])
    expect(found(['guaranteed'], 'It is guaran\u200Bteed.')).toEqual(['guaran\u200Bteed'])
  })

  it('reports positions in the original text', () => {
    const compiled = compileMatcher([rule({ id: 'test/r', phrases: ['zero downtime'] })])
    const text = 'We  promise   zero\u00A0 downtime!'
    const [m] = matchText(compiled, text)
    expect(m).toBeDefined()
    expect(text.slice(m!.start, m!.end)).toBe('zero\u00A0 downtime')
  })

  it('keeps the longest of overlapping phrases of one rule, and a match per rule across rules', () => {
    const compiled = compileMatcher([
      rule({ id: 'test/a', phrases: ['24/7', '24/7/365'] }),
      rule({ id: 'test/b', phrases: ['24/7'] }),
    ])
    const matches = matchText(compiled, 'Open 24/7/365.').map((m) => `${m.rule}:${m.text}`)
    expect(matches).toEqual(['0:24/7/365', '1:24/7'])
  })

  it('reports each match once when a rule lists two spellings that fold together', () => {
    expect(found(['risk-free', 'risk free'], 'A risk-free trial.')).toEqual(['risk-free'])
  })

  it('skips rules the caller marks inactive', () => {
    const compiled = compileMatcher([rule({ id: 'test/a', phrases: ['free'] }), rule({ id: 'test/b', phrases: ['free'] })])
    expect(matchText(compiled, 'free', (i) => i === 1).map((m) => m.rule)).toEqual([1])
  })

  it('compiles 500 phrases into one automaton and finds each of them', () => {
    const phrases = Array.from({ length: 500 }, (_, i) => `banned phrase ${i}x`)
    const compiled = compileMatcher([rule({ id: 'test/many', phrases })])
    expect(compiled.patterns).toHaveLength(0)
    expect(compiled.entries).toHaveLength(500)
    const text = phrases.filter((_, i) => i % 7 === 0).join(', ')
    const hits = matchText(compiled, text).map((m) => m.text)
    expect(hits).toEqual(phrases.filter((_, i) => i % 7 === 0))
    expect(matchText(compiled, 'banned phrase 5000x')).toEqual([])
  })
})

describe('substitution rules', () => {
  const compiled = compileMatcher([
    rule({ id: 'test/swap', kind: 'substitution', swap: { 'best-in-class': 'well-regarded', 'world-class': 'proven' } }),
  ])

  it('suggests the replacement with the capitalisation of the words replaced', () => {
    const got = matchText(compiled, 'best-in-class, Best-In-Class, WORLD-CLASS, World class').map((m) => m.replacement)
    expect(got).toEqual(['well-regarded', 'Well-regarded', 'PROVEN', 'Proven'])
  })

  it.each([
    ['effortless', 'simple', 'simple'],
    ['Effortless', 'simple', 'Simple'],
    ['EFFORTLESS', 'simple', 'SIMPLE'],
    ['A', 'one', 'One'],
    ['#1', 'a leader', 'a leader'],
  ])('matchCase(%j, %j) is %j', (written, replacement, expected) => {
    expect(matchCase(written, replacement)).toBe(expected)
  })
})

describe('pattern rules', () => {
  it('run case-insensitively by default and report every match', () => {
    const compiled = compileMatcher([rule({ id: 'test/p', kind: 'pattern', pattern: '\\b(studies|experts) (show|agree)\\b' })])
    expect(matchText(compiled, 'Studies show this. Experts agree.').map((m) => m.text)).toEqual(['Studies show', 'Experts agree'])
  })

  it('respect case-sensitive', () => {
    const compiled = compileMatcher([rule({ id: 'test/p', kind: 'pattern', pattern: 'Acme', caseSensitive: true })])
    expect(matchText(compiled, 'acme Acme').map((m) => m.start)).toEqual([5])
  })

  it('see curly quotes as straight ones and keep original indexes', () => {
    const compiled = compileMatcher([rule({ id: 'test/p', kind: 'pattern', pattern: "it's well known" })])
    const text = '😀 It’s well known.'
    const [m] = matchText(compiled, text)
    expect(m?.text).toBe('It’s well known')
  })

  it('skip empty matches without looping', () => {
    const compiled = compileMatcher([rule({ id: 'test/p', kind: 'pattern', pattern: 'x*' })])
    expect(matchText(compiled, 'ab xx').map((m) => m.text)).toEqual(['xx'])
  })

  it('cannot be made to backtrack: (a+)+$ against 50,000 a and a bang returns', () => {
    const compiled = compileMatcher([rule({ id: 'test/redos', kind: 'pattern', pattern: '(a+)+$' })])
    const started = Date.now()
    expect(matchText(compiled, `${'a'.repeat(50_000)}!`)).toEqual([])
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})

describe('reading text as seen', () => {
  it('maps every folded character back to the whole of what was typed for it', () => {
    const text = 'A ｇu&#97;r\u00ADan\ufb01 e\u0301 \ud835\udc1d—x'
    const folding = foldText(text)
    expect(folding.folded).toBe('a guaran' + 'fi é d x')
    const typed = [...folding.folded].map((_, i) => text.slice(folding.map[i], folding.ends ? folding.ends[i] : (folding.map[i] as number) + 1))
    expect(typed).toEqual(['A', ' ', 'ｇ', 'u', '&#97;', 'r', 'a', 'n', '\ufb01', '\ufb01', ' ', 'e\u0301', ' ', '\ud835\udc1d', '—', 'x'])
  })

  it('keeps separators for pattern rules and the original when nothing needs reading', () => {
    expect(readAsSeen('risk\u2013free\u00a0trial')).toMatchObject({ text: 'risk-free trial' })
    expect(readAsSeen('plain\ttext')).toEqual({ text: 'plain text', starts: null, ends: null })
  })

  it('folds look-alikes only in words that hold a Latin letter', () => {
    expect(foldText('g\u0443\u0430r\u0430nt\u0435\u0435d').folded).toBe('gyaranteed')
    expect(foldText('\u0441\u043e\u0440\u0442 \u0441\u043e\u0440').folded).toBe('\u0441\u043e\u0440\u0442 \u0441\u043e\u0440')
    expect(found(['cop'], 'A \u0441\u043e\u0440 and a c\u043ep.')).toEqual(['c\u043ep'])
  })

  it('quotes what was typed for any mix of the characters it reads', () => {
    const alphabet = ['g', 'u', 'a', 'r', 'n', 't', 'e', 'd', ' ', '-', '&', '#', '9', '7', ';', 'x', 'shy', '\u00ad', '\u200b', '\u0430', '\u0435', 'ｇ', '\ufb01', '\u0301', '\ud835\udc1d', '\ud835', '’', '™', 'İ']
    const compiled = compileMatcher([rule({ id: 'test/g', phrases: ['guaranteed', 'a-d', 'fine'] }), rule({ id: 'test/p', kind: 'pattern', pattern: 'gu.r' })])
    let state = 7
    const next = (): number => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32
    let total = 0
    for (let i = 0; i < 3000; i++) {
      let text = next() < 0.5 ? 'guaranteed ' : ''
      while (text.length < 40) text += alphabet[Math.floor(next() * alphabet.length)]
      const folding = foldText(text)
      expect(folding.map).toHaveLength(folding.folded.length)
      for (const m of matchText(compiled, text)) {
        total++
        expect(m.start).toBeGreaterThanOrEqual(0)
        expect(m.end).toBeGreaterThan(m.start)
        expect(m.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(m.start, m.end)).toBe(m.text)
      }
    }
    expect(total).toBeGreaterThan(1000)
  })
})
