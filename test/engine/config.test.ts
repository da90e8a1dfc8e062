import { describe, expect, it } from 'vitest'
import { defaultConfig, parseConfig } from '../../src/config/load.js'
import { MAX_GLOB_LENGTH, MAX_GLOBS } from '../../src/config/globs.js'
import { LocatedError, type PolicyProblems } from '../../src/errors.js'

const FILE = '.github/copydesk.yml'

function errorOf(text: string): LocatedError {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof LocatedError) return error
    throw error
  }
  throw new Error('expected the config to be rejected')
}

describe('config', () => {
  it('an empty file gives the documented defaults', () => {
    expect(parseConfig('', FILE)).toEqual(defaultConfig())
    expect(defaultConfig().content.include).toEqual(['**/*.md', '**/*.mdx'])
    expect(defaultConfig().rules).toEqual(['recommended'])
    expect(defaultConfig().positioning.artifact).toBe('strategy/positioning.md')
  })

  it.each([
    ['claims:\n  scope: page\n', 2, '`claims.scope`: expected one of `sentence`, `paragraph`'],
    ['content:\n  include: ["a/**"]\n  exclud: []\n', 3, 'unknown key `exclud` under `content`; allowed: include, exclude, max-file-size'],
    ['rulez: [recommended]\n', 1, 'unknown key `rulez` at the top level; allowed: content, type-field'],
    ['types:\n  blog:\n    paths: [blog/**]\n    claims:\n      statistic: fatal\n', 5, '`types.blog.claims.statistic`: expected one of `error`, `warning`, `info`, `off`'],
    ['severity:\n  recommended/no-guarantees: loud\n', 2, '`severity.recommended/no-guarantees`: expected one of'],
    ['content:\n  max-file-size: "big"\n', 2, '`content.max-file-size`: expected number'],
    ['rules: [recommended\n', 2, 'invalid YAML'],
    ['- recommended\n', 1, 'expected a mapping of settings'],
    ['positioning:\n  similarity: 2\n', 2, '`positioning.similarity`'],
  ])('rejects %j at its line with what is allowed', (text, line, message) => {
    const error = errorOf(text)
    expect(error.file).toBe(FILE)
    expect(error.line).toBe(line)
    expect(error.message).toContain(`${FILE}:${line}: `)
    expect(error.message).toContain(message)
  })

  it('reports every problem at once, each at its own line, in file order', () => {
    const error = errorOf('claims:\n  scope: page\nfoo: 1\ncontent:\n  include: [1]\n  exlude: []\n')
    expect(error.message.split('\n')).toEqual([
      `${FILE}:2: \`claims.scope\`: expected one of \`sentence\`, \`paragraph\``,
      `${FILE}:3: unknown key \`foo\` at the top level; allowed: content, type-field, types, rules, severity, required-fields, fail-on, claims, provenance, positioning, signoff, suppressions, llm`,
      `${FILE}:5: \`content.include[0]\`: expected string`,
      `${FILE}:6: unknown key \`exlude\` under \`content\`; allowed: include, exclude, max-file-size, prose-fields, text-attributes, shortcode-attributes`,
    ])
    expect((error as PolicyProblems).problems).toHaveLength(4)
  })

  it('reports every YAML syntax error, not the first one only', () => {
    const error = errorOf('a: [1\nb: {\n')
    expect(error.message.split('\n').every((line) => line.startsWith(`${FILE}:`) && line.includes('invalid YAML'))).toBe(true)
    expect(error.message.split('\n').length).toBeGreaterThan(1)
  })
})

describe('globs are checked and bounded when the config is loaded', () => {
  it('a 130,000-character glob is a located problem, not a crash in the matcher', () => {
    const error = errorOf(`content:\n  include:\n    - "${'a'.repeat(130_000)}"\n`)
    expect(error.message).toBe(`${FILE}:3: \`content.include[0]\`: the glob is 130,000 characters long; a glob may have at most ${MAX_GLOB_LENGTH}`)
  })

  it.each([
    ['a nested extglob', 'content/+(a|*(b|c))/**', 'nests an extglob inside another'],
    ['too many globs', null, `expected array to have <=${MAX_GLOBS} items`],
  ])('refuses %s with its line', (_what, glob, message) => {
    const list = glob === null ? Array.from({ length: MAX_GLOBS + 1 }, (_, i) => `"p${i}/**"`).join(', ') : `"${glob}"`
    const error = errorOf(`types:\n  blog:\n    paths: [${list}]\n`)
    expect(error.line).toBe(3)
    expect(error.message).toContain(message)
  })

  it('accepts the globs people write', () => {
    expect(() => parseConfig('content:\n  include: ["content/**/*.{md,mdx}", "!(drafts)/**/*.md", "docs/[a-z]*.md"]\n', FILE)).not.toThrow()
  })
})
