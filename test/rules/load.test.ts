import { describe, expect, it } from 'vitest'
import { builtinPack, builtinPackNames, formatPath, loadRecommendedPack, parseRulePack } from '../../src/rules/load.js'

const SOURCE = 'rules/acme.yml'

function problemsOf(text: string): string[] {
  const { pack, problems } = parseRulePack(text, SOURCE)
  expect(pack).toBeNull()
  return problems.map((p) => `${p.line}|${p.message}`)
}

const valid = `pack: acme
version: 1.2.0
description: Acme legal's list.
rules:
  - id: no-guarantees
    kind: phrase
    claim: absolute
    severity: error
    message: "\`{match}\` promises an outcome."
    phrases: [guaranteed, "#1"]
    suggestion: Say what customers typically see.
    link: https://example.com/rules#no-guarantees
    case-sensitive: false
    scope:
      types: [landing, ad]
      paths: ["blog/**"]
      fields: [title, body]
    examples:
      bad: ["It is guaranteed."]
      good: ["It is likely."]
  - id: no-best-in-class
    kind: substitution
    message: "Replace \`{match}\` with \`{suggestion}\`."
    swap:
      best-in-class: well-regarded
  - id: no-invented-studies
    kind: pattern
    severity: info
    message: "\`{match}\` cites research without naming it."
    pattern: "(?i)\\\\b(studies|research) (show|prove)s?\\\\b"
`

describe('parseRulePack', () => {
  it('reads a valid pack into rules with pack-qualified ids, defaults and lines', () => {
    const { pack, problems } = parseRulePack(valid, SOURCE)
    expect(problems).toEqual([])
    expect(pack).toMatchObject({ name: 'acme', version: '1.2.0', source: SOURCE, description: "Acme legal's list." })
    const [phrase, swap, pattern] = pack!.rules
    expect(phrase).toMatchObject({
      id: 'acme/no-guarantees',
      kind: 'phrase',
      claim: 'absolute',
      severity: 'error',
      phrases: ['guaranteed', '#1'],
      caseSensitive: false,
      scope: { types: ['landing', 'ad'], paths: ['blog/**'], fields: ['title', 'body'] },
      examples: { bad: ['It is guaranteed.'], good: ['It is likely.'] },
      pack: 'acme',
      line: 5,
    })
    expect(swap).toMatchObject({ id: 'acme/no-best-in-class', severity: 'warning', claim: null, swap: { 'best-in-class': 'well-regarded' }, line: 21 })
    expect(swap!.scope).toEqual({ types: [], paths: [], fields: [] })
    expect(pattern).toMatchObject({ kind: 'pattern', pattern: '(?i)\\b(studies|research) (show|prove)s?\\b', severity: 'info', line: 26 })
  })

  it('reads a numeric version as text', () => {
    const { pack } = parseRulePack(valid.replace('version: 1.2.0', 'version: 2026.11'), SOURCE)
    expect(pack?.version).toBe('2026.11')
  })

  it('rejects an unknown key with its file, line, key path, a guess and the allowed keys', () => {
    const [problem, ...rest] = problemsOf(valid.replace('    severity: error\n', '    sevrity: error\n'))
    expect(rest).toEqual([])
    expect(problem).toMatch(/^8\|rules\/acme\.yml:8: rule `no-guarantees` has an unknown key `sevrity`; did you mean `severity`\?/)
    expect(problem).toContain('Allowed keys: `id`, `kind`, `claim`, `severity`')
  })

  it('rejects an unknown key in scope with the scope keys allowed', () => {
    const [problem] = problemsOf(valid.replace('      fields: [title, body]', '      field: [title, body]'))
    expect(problem).toBe(
      '17|rules/acme.yml:17: rule `no-guarantees`: `scope` has an unknown key `field`; did you mean `fields`? Allowed keys: `types`, `paths`, `fields`.',
    )
  })

  it('rejects an unknown kind listing the allowed ones', () => {
    expect(problemsOf(valid.replace('kind: phrase', 'kind: regex'))).toEqual([
      '6|rules/acme.yml:6: rule `no-guarantees`: `kind` is the text `regex`; allowed: `phrase`, `pattern`, `substitution`.',
    ])
  })

  it('rejects a phrase that YAML read as a number, and says to quote it', () => {
    const [problem] = problemsOf(valid.replace('phrases: [guaranteed, "#1"]', 'phrases: [guaranteed, 100]'))
    expect(problem).toBe('10|rules/acme.yml:10: rule `no-guarantees`: `phrases[1]` must be text, found the number `100`: put it in quotes.')
  })

  it('names a missing required key at the rule that lacks it', () => {
    const [problem] = problemsOf(valid.replace('    message: "`{match}` cites research without naming it."\n', ''))
    expect(problem).toBe('26|rules/acme.yml:26: rule `no-invented-studies` needs `message` (text).')
  })

  it('requires the field of each kind and refuses the fields of other kinds', () => {
    const problems = problemsOf(valid.replace('    swap:\n      best-in-class: well-regarded\n', '    phrases: [best-in-class]\n'))
    expect(problems).toEqual([
      '21|rules/acme.yml:21: rule `no-best-in-class` is a `substitution` rule and needs `swap`.',
      '24|rules/acme.yml:24: rule `no-best-in-class`: `phrases` does not apply to a `substitution` rule, which takes `swap`.',
    ])
  })

  it.each([
    ['a backreference', '(a)\\\\1', 'invalid escape sequence'],
    ['a lookahead', '(?=studies)\\\\w+', 'invalid or unsupported Perl syntax'],
  ])('rejects a pattern with %s, giving its line and RE2’s reason', (_name, pattern, reason) => {
    const text = valid.replace(/pattern: ".*"/, `pattern: "${pattern}"`)
    const [problem, ...rest] = problemsOf(text)
    expect(rest).toEqual([])
    expect(problem).toMatch(/^30\|rules\/acme\.yml:30: rule `no-invented-studies`: `pattern` is not a pattern RE2 accepts \(/)
    expect(problem).toContain(reason)
  })

  it('rejects a duplicate rule id pointing back at the first', () => {
    const text = valid.replace('id: no-best-in-class', 'id: no-guarantees')
    expect(problemsOf(text)).toEqual([
      '21|rules/acme.yml:21: `rules[1].id` repeats the id `no-guarantees` of the rule on line 5; rule ids must be unique in a pack.',
    ])
  })

  it('rejects a phrase with nothing left to match once dashes are folded', () => {
    const [problem] = problemsOf(valid.replace('phrases: [guaranteed, "#1"]', 'phrases: [guaranteed, " -- "]'))
    expect(problem).toContain('10|rules/acme.yml:10: rule `no-guarantees`: `phrases[1]` is ` -- `')
  })

  it('reports broken YAML with its line instead of throwing', () => {
    const [problem] = problemsOf('pack: acme\nrules:\n  - id: x\n   kind: phrase\n')
    expect(problem).toMatch(/^4\|rules\/acme\.yml:4: the file is not valid YAML: /)
  })

  it('reports duplicate YAML keys', () => {
    const [problem] = problemsOf(valid.replace('    claim: absolute\n', '    claim: absolute\n    claim: superlative\n'))
    expect(problem).toMatch(/^8\|.*not valid YAML.*unique/i)
  })

  it('reports an empty file and a file that is a list', () => {
    expect(problemsOf('')).toEqual(['1|rules/acme.yml:1: the file is empty; expected a mapping with `pack`, `version` and `rules`.'])
    expect(problemsOf('- a\n- b\n')).toEqual(['1|rules/acme.yml:1: the file must be a mapping, found a list.'])
  })

  it('lists every problem of a file in line order, a broken rule’s pattern included', () => {
    const text = `pack: acme
rules:
  - id: x
    kind: phrase
    message: hi
    severity: fatal
    phrases: guaranteed
  - kind: pattern
    message: m
    pattern: "(?<=a)b"
extra: 1
`
    const problems = problemsOf(text)
    expect(problems.map((p) => Number(p.split('|')[0]))).toEqual([6, 7, 8, 10, 11])
    expect(problems[4]).toBe('11|rules/acme.yml:11: the file has an unknown key `extra`. Allowed keys: `pack`, `version`, `description`, `rules`.')
  })

  it('requires at least one rule', () => {
    expect(problemsOf('pack: acme\nrules: []\n')).toEqual(['2|rules/acme.yml:2: `rules` must list at least 1 item.'])
  })

  it('does not expand alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)
    const { pack, problems } = parseRulePack(bomb.join('\n'), SOURCE)
    expect(pack).toBeNull()
    expect(problems.length).toBeGreaterThan(0)
  })

  it('formats key paths the way a writer points at them', () => {
    expect(formatPath(['rules', 2, 'scope', 'types', 0])).toBe('rules[2].scope.types[0]')
    expect(formatPath([])).toBe('')
  })
})

describe('shipped packs', () => {
  it('embeds the recommended pack and parses it', () => {
    expect(builtinPackNames()).toContain('recommended')
    const pack = loadRecommendedPack()
    expect(pack.name).toBe('recommended')
    expect(pack.source).toBe('recommended')
    expect(pack.rules.length).toBeGreaterThan(10)
    expect(builtinPack('recommended')).toBe(pack)
  })

  it('knows no pack by another name', () => {
    expect(builtinPack('acme')).toBeNull()
  })
})

describe('problem details', () => {
  it('carry the message without its location for callers that add their own', () => {
    const { problems } = parseRulePack('pack: acme\nrules: []\n', SOURCE)
    expect(problems).toEqual([{ line: 2, message: 'rules/acme.yml:2: `rules` must list at least 1 item.', detail: '`rules` must list at least 1 item.' }])
  })
})
