import { describe, expect, it } from 'vitest'
import { ownersOf, parseCodeowners } from '../../src/codeowners/index.js'

describe('parseCodeowners reports invalid lines with their line numbers and skips them', () => {
  const text = [
    '# strategy owners', // 1
    '* @all', // 2
    '!drafts/ @nobody', // 3
    '[Dd]ocs/ @docs', // 4
    '\\#hash.md @hash', // 5
    '*.md @dana dana', // 6
    '*.md @', // 7
    '*.md @acme/', // 8
    'docs\\', // 9
    '/ @root', // 10
    'strategy/ @acme/strategy', // 11
  ].join('\n')
  const parsed = parseCodeowners(text, '.github/CODEOWNERS')

  it('keeps only the valid lines as rules', () => {
    expect(parsed.rules.map((r) => r.line)).toEqual([2, 11])
  })

  it('names each skipped line once, in file order, with the file', () => {
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10])
    expect(parsed.problems.every((p) => p.file === '.github/CODEOWNERS')).toBe(true)
  })

  it('explains a negation line', () => {
    expect(parsed.problems[0]?.message).toBe(
      'Pattern `!drafts/` negates with `!`, which CODEOWNERS does not support; expected a path pattern. The line is skipped.',
    )
  })

  it('explains a character range', () => {
    expect(parsed.problems[1]?.message).toContain('`[Dd]ocs/` uses `[ ]`')
  })

  it('explains that escaping a leading # does not work', () => {
    expect(parsed.problems[2]?.message).toContain('`\\#hash.md` escapes a leading `#`')
  })

  it('names the invalid owner and the forms it expected', () => {
    expect(parsed.problems[3]?.message).toBe(
      'Owner `dana` for `*.md` is not `@user`, `@org/team` or an email address. The line is skipped.',
    )
    expect(parsed.problems[4]?.message).toContain('Owner `@`')
    expect(parsed.problems[5]?.message).toContain('Owner `@acme/`')
  })

  it('explains a dangling backslash and a pattern that names no path', () => {
    expect(parsed.problems[6]?.message).toContain('lone `\\`')
    expect(parsed.problems[7]?.message).toContain('names no path')
  })

  it('still applies every valid line around the invalid ones', () => {
    expect(ownersOf(parsed, 'drafts/a.md')).toEqual(['@all'])
    expect(ownersOf(parsed, 'strategy/positioning.md')).toEqual(['@acme/strategy'])
  })

  it('reports nothing for a clean file', () => {
    expect(parseCodeowners('# ok\n* @a\n*.md @b/c x@y.io # trailing\n').problems).toEqual([])
  })

  it('uses `CODEOWNERS` as the file name by default', () => {
    expect(parseCodeowners('!x @a').problems[0]?.file).toBe('CODEOWNERS')
  })

  it('accepts a pattern with no owners as a valid line', () => {
    const { rules, problems } = parseCodeowners('/apps/github\n')
    expect(problems).toEqual([])
    expect(rules).toHaveLength(1)
    expect(rules[0]?.owners).toEqual([])
  })
})

describe('parseCodeowners never crashes and never hangs', () => {
  it('survives arbitrary bytes', () => {
    let seed = 42
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const alphabet = 'ab/*?!#[]\\ \t@.\n-_é$()+{}|^'
    for (let round = 0; round < 300; round++) {
      let text = ''
      const length = Math.floor(random() * 80)
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)]
      const parsed = parseCodeowners(text)
      for (const path of ['a', 'a/b', 'b/a/a', '*', '']) {
        expect(() => ownersOf(parsed, path)).not.toThrow()
      }
    }
  })

  it('matches a pathological pattern against a long path in linear time', () => {
    const pattern = `${'*a'.repeat(40)}*b @slow`
    const parsed = parseCodeowners(pattern)
    const path = 'a'.repeat(20_000)
    const started = performance.now()
    expect(ownersOf(parsed, path)).toEqual([])
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
