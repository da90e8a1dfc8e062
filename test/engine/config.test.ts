import { describe, expect, it } from 'vitest'
import { defaultConfig, parseConfig } from '../../src/config/load.js'
import { LocatedError } from '../../src/errors.js'

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

  it('counts the other problems instead of hiding them', () => {
    const error = errorOf('claims:\n  scope: page\nfoo: 1\n')
    expect(error.message).toMatch(/and 1 more problem/)
  })
})
