import { describe, expect, it } from 'vitest'
import { bannedClaimsCheck, compileRules } from '../../src/checks/banned-claims.js'
import { loadRecommendedPack } from '../../src/rules/load.js'
import { bannedClaims, contextFor, packFrom } from '../rules/context.js'

const pack = packFrom(`pack: acme
version: 1.0.0
rules:
  - id: no-guarantees
    kind: phrase
    severity: error
    message: "\`{match}\` promises an outcome."
    phrases: [guaranteed]
    suggestion: Say what customers typically see.
    link: https://example.com/rules#no-guarantees
  - id: landing-only
    kind: phrase
    claim: superlative
    severity: warning
    message: "\`{match}\` on a landing page."
    phrases: [fastest]
    scope: { types: [landing] }
  - id: blog-only
    kind: phrase
    severity: warning
    message: "\`{match}\` in the blog."
    phrases: [slowest]
    scope: { paths: ["blog/**"] }
  - id: titles-only
    kind: phrase
    severity: info
    message: "\`{match}\` in a title."
    phrases: [ultimate]
    scope: { fields: [title, hero] }
  - id: body-only
    kind: phrase
    severity: info
    message: "\`{match}\` in the body."
    phrases: [magic]
    scope: { fields: [body] }
  - id: swap
    kind: substitution
    severity: warning
    message: "Replace \`{match}\` with \`{suggestion}\`."
    swap: { best-in-class: well-regarded }
  - id: invented
    kind: pattern
    severity: error
    message: "\`{match}\` cites research without naming it."
    pattern: "\\\\bstudies show\\\\b"
`)

const run = (source: string, options: Parameters<typeof bannedClaims>[1] = {}) => bannedClaims(source, { packs: [pack], ...options })

describe('banned-claims check', () => {
  it('reports a phrase with its rule, category, claim, severity, filled message, link and exact position', () => {
    const source = '---\ntitle: Plain\n---\n\n# Welcome\n\nDelivery is **guaranteed** today.\n'
    const findings = run(source)
    expect(findings).toEqual([
      {
        ruleId: 'acme/no-guarantees',
        category: 'banned-claim',
        claim: 'absolute',
        severity: 'error',
        message: '`guaranteed` promises an outcome.',
        text: 'guaranteed',
        line: 7,
        column: 15,
        endLine: 7,
        endColumn: 25,
        suggestion: 'Say what customers typically see.',
        url: 'https://example.com/rules#no-guarantees',
      },
    ])
  })

  it('says a claim also needs a source unless it is an absolute or its rule says no source could back it', () => {
    const rules = packFrom(`pack: house
version: 1.0.0
rules:
  - id: class
    kind: phrase
    claim: superlative
    message: "\`{match}\` is a class superlative."
    phrases: [world-class]
  - id: hype
    kind: phrase
    claim: superlative
    needs-source: false
    message: "\`{match}\` is hype."
    phrases: [game-changing]
  - id: promise
    kind: phrase
    claim: absolute
    message: "\`{match}\` is a promise."
    phrases: [guaranteed]
`)
    const findings = bannedClaims('A world-class, game-changing editor, guaranteed.\n', { packs: [rules] })
    expect(findings.map((f) => [f.ruleId, f.needsSource ?? false, f.message.endsWith('also needs a source.')])).toEqual([
      ['house/class', true, true],
      ['house/hype', false, false],
      ['house/promise', false, false],
    ])
    // The shipped pack: hype words are reworded, not sourced.
    const shipped = bannedClaims('A revolutionary, best-in-class editor.\n')
    expect(shipped.map((f) => [f.ruleId, f.needsSource ?? false])).toEqual([
      ['recommended/no-hype', false],
      ['recommended/no-best-in-class', true],
    ])
  })

  it('places findings in frontmatter prose fields on their own line', () => {
    const source = '---\ntitle: "Results, guaranteed"\ndescription: plain\n---\n\nBody.\n'
    const [finding] = run(source)
    expect(finding).toMatchObject({ line: 2, column: 18, endColumn: 28, text: 'guaranteed' })
    expect(source.split('\n')[1]!.slice(17, 27)).toBe('guaranteed')
  })

  it('fills a substitution with the replacement, capitalised like the words it replaces', () => {
    const [finding] = run('Best-in-class deliverability.\n')
    expect(finding).toMatchObject({
      ruleId: 'acme/swap',
      text: 'Best-in-class',
      suggestion: 'Well-regarded',
      message: 'Replace `Best-in-class` with `Well-regarded`.',
    })
    expect(finding!.url).toBeUndefined()
  })

  it('reports pattern matches where they are', () => {
    const [finding] = run('Recent studies show a lift.\n')
    expect(finding).toMatchObject({ ruleId: 'acme/invented', text: 'studies show', line: 1, column: 8, endColumn: 20 })
  })

  it('applies a type-scoped rule only to that content type', () => {
    const text = 'The fastest inbox.\n'
    expect(run(`---\ntype: landing\n---\n${text}`).map((f) => f.ruleId)).toEqual(['acme/landing-only'])
    expect(run(`---\ntype: blog\n---\n${text}`)).toEqual([])
    expect(run(text)).toEqual([])
  })

  it('applies a path-scoped rule only to files its globs match', () => {
    expect(run('The slowest inbox.\n', { path: 'blog/2026/post.md' }).map((f) => f.ruleId)).toEqual(['acme/blog-only'])
    expect(run('The slowest inbox.\n', { path: 'docs/post.md' })).toEqual([])
  })

  it('applies a field-scoped rule to the fields named, nested keys included, and `body` to the body', () => {
    const source = '---\ntitle: The ultimate magic\nhero:\n  title: Ultimate magic\ndescription: Ultimate magic\n---\n\nUltimate magic.\n'
    const got = run(source).map((f) => `${f.ruleId}@${f.line}`)
    expect(got).toEqual(['acme/titles-only@2', 'acme/titles-only@4', 'acme/body-only@8'])
  })

  it('lets the repository config change a rule severity, and the content type override that', () => {
    const config = {
      severity: { 'acme/no-guarantees': 'info' as const },
      types: { landing: { severity: { 'acme/no-guarantees': 'warning' as const } } },
    }
    expect(run('It is guaranteed.\n', { config })[0]?.severity).toBe('info')
    expect(run('---\ntype: landing\n---\nIt is guaranteed.\n', { config })[0]?.severity).toBe('warning')
  })

  it('drops a rule set to `off` in config or for the content type', () => {
    expect(run('It is guaranteed.\n', { config: { severity: { 'acme/no-guarantees': 'off' } } })).toEqual([])
    const config = { types: { ad: { severity: { 'acme/no-guarantees': 'off' as const } } } }
    expect(run('---\ntype: ad\n---\nIt is guaranteed.\n', { config })).toEqual([])
    expect(run('---\ntype: blog\n---\nIt is guaranteed.\n', { config })).toHaveLength(1)
  })

  it('leaves inline code, code blocks and link URLs alone', () => {
    const source = 'Use `guaranteed` as a flag.\n\n```\nguaranteed\n```\n\nSee [the docs](https://example.com/guaranteed).\n'
    expect(run(source)).toEqual([])
  })

  it('finds nothing in a file with no prose and does not throw on broken frontmatter', () => {
    expect(run('')).toEqual([])
    expect(() => run('---\ntitle: [unclosed\n---\nIt is guaranteed.\n')).not.toThrow()
  })

  it('compiles the rules once per packs array', () => {
    const packs = [loadRecommendedPack()]
    expect(compileRules(packs)).toBe(compileRules(packs))
    expect(compileRules([...packs])).not.toBe(compileRules(packs))
  })

  it('is registered as the `banned-claims` check and runs the shipped pack', () => {
    expect(bannedClaimsCheck.id).toBe('banned-claims')
    const findings = bannedClaimsCheck.run(contextFor('The #1 platform, 100% secure.\n'))
    expect(findings.map((f) => `${f.ruleId}:${f.text}`)).toEqual(['recommended/no-number-one:#1', 'recommended/no-absolute-security:100% secure'])
  })
})
