import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/document.js'

const broken = (source: string, path = 'content/blog/post.md'): string[] =>
  parseDocument(path, source)
    .problems.filter((p) => p.ruleId === 'input/broken-table')
    .map((p) => `${p.line}:${p.column} ${p.severity} ${p.message.slice(0, p.message.indexOf(','))}`)

describe('input/broken-table: a table GFM will not render', () => {
  it('says so where the header row is, with both counts, when the row of dashes has more or fewer cells', () => {
    const page = '# Plans\n\n| Feature | Acme | Relay |\n| --- | --- | --- | --- |\n| Status | Active | Retired | Gone |\n'
    expect(broken(page)).toEqual(["3:1 warning This table's header row has 3 cells but the row of dashes under it has 4"])
    expect(broken('Intro.\n\nName | Price\n--- \n')).toEqual([])
    expect(broken('Name | Price | Seats\n--- | ---\n')).toEqual(["1:1 warning This table's header row has 3 cells but the row of dashes under it has 2"])
  })
  it('inside a blockquote and in MDX too', () => {
    expect(broken('> | a | b |\n> | --- |\n> | 1 | 2 |\n')).toEqual(["1:3 warning This table's header row has 2 cells but the row of dashes under it has 1"])
    expect(broken('<Note>hi</Note>\n\n| a | b |\n| --- | --- | --- |\n', 'content/page.mdx')).toHaveLength(1)
  })
  it('a well-formed table, escaped pipes, code and plain prose with a pipe are left alone', () => {
    expect(broken('| ok | fine |\n| :-- | --: |\n| 1 | 2 |\n')).toEqual([])
    expect(broken('| a \\| b | c |\n| --- | --- |\n')).toEqual([])
    expect(broken('```\n| a |\n| --- | --- |\n```\n')).toEqual([])
    expect(broken('Fast | cheap | good: pick two.\n\nNothing else.\n')).toEqual([])
  })
  it('still reads the words of the broken table as prose', () => {
    const doc = parseDocument('content/blog/post.md', '| Feature | Acme |\n| --- | --- | --- |\n| Price | $9 | $49 |\n')
    expect(doc.sentences.map((s) => s.text).join(' ')).toContain('$49')
  })
})
