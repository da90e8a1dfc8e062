import { existsSync, rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { at, locationOf, parseFixture, sentenceWith } from './helpers.js'

describe('broken frontmatter', () => {
  it('reports broken YAML at its line in the file and still reads the body', () => {
    const doc = parseFixture('broken-yaml.md')
    expect(doc.problems).toHaveLength(1)
    expect(doc.problems[0]).toMatchObject({ ruleId: 'frontmatter/yaml-syntax', category: 'frontmatter', severity: 'error', claim: null, line: 3 })
    expect(doc.frontmatter).toEqual({})
    expect(locationOf(doc, 'guaranteed')).toEqual(at(9, 10, 9, 20))
    expect(sentenceWith(doc, 'Still checked').kind).toBe('heading')
  })

  it('reports YAML errors on later lines with the frontmatter offset added', () => {
    const doc = parseDocument('x.md', '---\ntitle: ok\nlist: [a, b\n---\nBody.\n')
    expect(doc.problems[0]).toMatchObject({ ruleId: 'frontmatter/yaml-syntax' })
    expect(doc.problems[0]!.line).toBeGreaterThanOrEqual(3)
    expect(doc.problems[0]!.line).toBeLessThanOrEqual(4)
  })

  it('reports a duplicate key at the repeated key', () => {
    const doc = parseDocument('x.md', '---\ntitle: a\ntitle: b\n---\n')
    expect(doc.problems[0]).toMatchObject({ ruleId: 'frontmatter/yaml-syntax', line: 3, column: 1 })
  })

  it('reports frontmatter that is never closed and still reads the prose after it', () => {
    const doc = parseDocument('x.md', '---\ntitle: a\n\nSave 40% today.\n')
    expect(doc.problems[0]).toMatchObject({ ruleId: 'frontmatter/yaml-syntax', line: 1 })
    expect(doc.problems[0]!.message).toContain('never closed')
    expect(locationOf(doc, '40%')).toEqual(at(4, 6, 4, 9))
  })

  it('reports a YAML list instead of a mapping', () => {
    const doc = parseFixture('list-frontmatter.md')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/not-a-mapping', line: 2, column: 1 })])
    expect(doc.problems[0]!.message).toContain('expected a mapping')
    expect(doc.frontmatter).toEqual({})
    expect(sentenceWith(doc, 'Hello there.').kind).toBe('paragraph')
  })

  it('reports a bare scalar instead of a mapping', () => {
    const doc = parseDocument('x.md', '---\njust words\n---\nBody.\n')
    expect(doc.problems[0]).toMatchObject({ ruleId: 'frontmatter/not-a-mapping', line: 2 })
    expect(doc.problems[0]!.message).toContain('`just words`')
  })

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', 'Body.'].join('\n')
    const doc = parseDocument('x.md', bomb)
    expect(doc.problems.map((problem) => problem.ruleId)).toEqual(['frontmatter/yaml-syntax'])
  })
})

describe('js frontmatter', () => {
  const marker = 'copydesk-pwned.txt'
  afterAll(() => rmSync(marker, { force: true }))

  it('is never evaluated: reported as unsupported, body still read', () => {
    const doc = parseFixture('js-frontmatter.md')
    expect((globalThis as { __copydeskEvaluated?: boolean }).__copydeskEvaluated).toBeUndefined()
    expect(existsSync(marker)).toBe(false)
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'frontmatter/unsupported-language', category: 'frontmatter', line: 1, column: 4 })])
    expect(doc.frontmatter).toEqual({})
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Body text is still read.'])
  })

  it('is never evaluated under the `javascript` name either', () => {
    const doc = parseDocument('x.md', "---javascript\n(globalThis.__copydeskEvaluated = true, {})\n---\nBody.\n")
    expect((globalThis as { __copydeskEvaluated?: boolean }).__copydeskEvaluated).toBeUndefined()
    expect(doc.problems[0]).toMatchObject({ ruleId: 'frontmatter/unsupported-language' })
  })
})

describe('frontmatter edge cases', () => {
  it('reads a file without frontmatter from line 1', () => {
    const doc = parseDocument('x.md', 'Save 40% today.\n')
    expect(doc.problems).toEqual([])
    expect(doc.frontmatter).toEqual({})
    expect(locationOf(doc, '40%')).toEqual(at(1, 6, 1, 9))
  })

  it('reads empty frontmatter as no fields', () => {
    const doc = parseDocument('x.md', '---\n---\nSave 40% today.\n')
    expect(doc.problems).toEqual([])
    expect(doc.frontmatter).toEqual({})
    expect(locationOf(doc, '40%')).toEqual(at(3, 6, 3, 9))
  })

  it('reads frontmatter holding only comments as no fields', () => {
    const doc = parseDocument('x.md', '---\n# nothing yet\n---\nBody.\n')
    expect(doc.problems).toEqual([])
    expect(doc.frontmatter).toEqual({})
  })

  it('treats a leading `----` thematic break as body, not frontmatter', () => {
    const doc = parseDocument('x.md', '----\n\nSave 40% today.\n')
    expect(doc.problems).toEqual([])
    expect(locationOf(doc, '40%')).toEqual(at(3, 6, 3, 9))
  })

  it('keeps dates as the strings written', () => {
    const doc = parseDocument('x.md', '---\nsources:\n  - id: a\n    retrieved: 2026-03-02\n---\n')
    expect(doc.frontmatter).toEqual({ sources: [{ id: 'a', retrieved: '2026-03-02' }] })
    expect(doc.fieldLines['sources.0.retrieved']).toBe(4)
  })

  it('reads a custom list of prose fields', () => {
    const source = '---\ntitle: Plain\nbanner: Best in class\n---\n'
    expect(parseDocument('x.md', source, { proseFields: ['banner'] }).sentences.map((s) => s.field)).toEqual(['banner'])
    expect(parseDocument('x.md', source).sentences.map((s) => s.field)).toEqual(['title'])
  })

  it('maps a folded multi-line plain scalar word by word', () => {
    const doc = parseDocument('x.md', '---\ndescription: Teams save\n  40% on costs.\n---\n')
    expect(sentenceWith(doc, 'Teams save 40%').text).toBe('Teams save 40% on costs.')
    expect(locationOf(doc, '40%')).toEqual(at(3, 3, 3, 6))
  })

  it('maps an escaped character inside a double-quoted scalar to a character of that scalar', () => {
    const doc = parseDocument('x.md', '---\ntitle: "Caf\\u00e9 \\"best\\" tool"\n---\n')
    const sentence = sentenceWith(doc, 'Café')
    expect(sentence.text).toBe('Café "best" tool')
    expect(locationOf(doc, 'best')).toEqual(at(2, 21, 2, 25))
    for (const offset of sentence.offsets) {
      expect(offset).toBeGreaterThanOrEqual(doc.source.indexOf('"'))
      expect(offset).toBeLessThanOrEqual(doc.source.lastIndexOf('"') + 1)
    }
  })
})

describe('binary input', () => {
  it('reports a NUL byte as binary input and reads nothing else', () => {
    const doc = parseDocument('x.md', '---\ntitle: a\n---\nSave\u0000 40%\n')
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'input/binary', category: 'input', line: 4, column: 5 })])
    expect(doc.sentences).toEqual([])
    expect(doc.frontmatter).toEqual({})
  })
})
