import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { markdownProcessor, mdxProcessor, parseMarkdown } from '../../src/content/markdown.js'
import { guardedConstructNames, sourceHints } from '../../src/content/micromark-guards.js'
import { guardedTransformCount, mayHoldAutolinkLiteral } from '../../src/content/transform-guards.js'

// The reference: remark exactly as configured before the guards existed.
const plainMarkdown = unified().use(remarkParse).use(remarkGfm).freeze()
const plainMdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze()

const TABLES = [
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  'a | b\n--|--\n1 | 2\n',
  'Intro line.\n| a | b |\n|:--|--:|\n| 1 | 2 |\nrow without pipes\n\nAfter the table.\n',
  '| a |\n| - |\n| 1 |\nlazy row\nanother\n\nparagraph\n',
  'a\n:--\n',
  'a\n-:\nb\n',
  'a\n---\n',
  'a\n- | -\n',
  '> | a | b |\n> | - | - |\n> | 1 | 2 |\n\n> quote\n',
  '- item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n',
  '1. | a |\n   | - |\n   | 1 |\n',
  '* a | b\n  -|-\n',
  'para\n\n| a |\n\n| - |\n',
  '   | a |\n   | - |\n',
  '    | a |\n    | - |\n',
  '| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n',
  '| a | b |\r| - | - |\r| 1 | 2 |\r',
  '|\ta\t|\n|\t-\t|\n',
  '| a | b |\n| --- | --- |\n| `x|y` | \\| |\n',
  'text\n\n| only a head |\n',
  'x\n| - |\n',
  '# Head\n| a |\n| - |\n',
]

const AUTOLINKS = [
  'Write to billing@acme.example today.',
  'Write to first.last+tag@mail.acme.example.',
  'user@host and @mention and a@b.c-',
  'Entity &#64; here: user&#64;acme.example',
  'Escaped user\\@acme.example and mailto:a@b.example and xmpp:a@b.example/res',
  '*billing@acme.example* and **www.acme.example**',
  '# Contact sales@acme.example',
  '| a |\n| - |\n| ops@acme.example |\n',
  '[billing@acme.example](mailto:billing@acme.example)',
  'Visit www.acme.example or WWW.ACME.EXAMPLE or Www.x.example/path.',
  'See https://acme.example/a?b=(c) and HTTP://ACME.EXAMPLE and Http://x.example.',
  'Not links: hxxp://x.example, wwww.x.example, http:/x.example, https//x.example, www',
  '(www.acme.example) and "https://acme.example".',
  'Escaped http\\://acme.example and &#119;ww.acme.example and &#104;ttps://acme.example',
  'A sentence with which, where, who, how, here and hello in it.',
  'email@example.com\r\nwww.example.com\r\nhttps://example.com',
  '\ta@b.example\n    www.x.example\n',
  '> quoted me@acme.example\n> and www.acme.example\n',
  '- list https://acme.example\n  - nested x@y.example',
]

const SNIPPETS = [...TABLES, ...AUTOLINKS, '# Title', 'Plain words here.', '```\n| a |\n| - |\nme@x.example\n```', '`www.x.example`', '<b>a@b.example</b>', '[^1]: note www.x.example', '\n', '\n\n', '- ', '> ']

/** A deterministic mix of the snippets above, so a failing seed can be replayed. */
function compose(seed: number): string {
  let state = seed >>> 0
  const next = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const parts: string[] = []
  const count = 1 + Math.floor(next() * 12)
  for (let i = 0; i < count; i++) {
    parts.push(SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? '')
    parts.push(next() < 0.6 ? '\n' : next() < 0.5 ? '\n\n' : ' ')
  }
  return parts.join('')
}

function expectSameTree(text: string, mdx: boolean): void {
  const guarded = parseMarkdown(text, mdx)
  let reference: unknown = null
  try {
    reference = (mdx ? plainMdx : plainMarkdown).parse(text)
  } catch {
    // Unparsable MDX: the guarded parse must fail the same way.
  }
  expect(guarded.tree, JSON.stringify(text)).toEqual(reference)
}

describe('parse guards keep the syntax tree exactly as unguarded remark builds it', () => {
  it.each([false, true])('tables in every container and shape (mdx: %s)', (mdx) => {
    for (const text of TABLES) expectSameTree(text, mdx)
  })

  it.each([false, true])('email, www and protocol autolink literals, written plainly, escaped or as entities (mdx: %s)', (mdx) => {
    for (const text of AUTOLINKS) expectSameTree(text, mdx)
  })

  it.each([false, true])('random mixes of tables, autolinks and other blocks (mdx: %s)', (mdx) => {
    for (let seed = 1; seed <= 250; seed++) expectSameTree(compose(seed), mdx)
  })

  it('still finds a table and both autolink kinds in one page', () => {
    const tree = parseMarkdown('Mail ops@acme.example or see www.acme.example.\n\n| a |\n| - |\n| 1 |\n', false).tree
    const types = JSON.stringify(tree)
    expect(types).toContain('"url":"mailto:ops@acme.example"')
    expect(types).toContain('"url":"http://www.acme.example"')
    expect(tree?.children.map((node) => node.type)).toEqual(['paragraph', 'table'])
  })

  it('guards the constructs and the transform it means to (an upgrade that renames them fails here)', () => {
    const expected = ['emailAutolink', 'protocolAutolink', 'table', 'wwwAutolink']
    expect(guardedConstructNames(markdownProcessor)).toEqual(expected)
    expect(guardedConstructNames(mdxProcessor)).toEqual(expected)
    expect(guardedTransformCount(markdownProcessor)).toBe(1)
    expect(guardedTransformCount(mdxProcessor)).toBe(1)
  })

  it('leaves the shared remark-gfm constructs unguarded for other processors', () => {
    expect(guardedConstructNames(plainMarkdown)).toEqual([])
    expect(guardedTransformCount(plainMarkdown)).toBe(0)
  })

  it('lets every construct try when a guarded processor is used without source hints', () => {
    const text = 'ops@acme.example\n\n| a |\n| - |\n'
    expect(markdownProcessor.parse(text)).toEqual(plainMarkdown.parse(text))
  })
})

describe('source hints', () => {
  it('marks where an `@` can be reached through email characters, and nothing when there is none', () => {
    const hints = sourceHints('hi a.b@c x@')
    expect([...(hints.emailAt ?? [])].slice(0, 11)).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1])
    expect(sourceHints('no at sign here').emailAt).toBeNull()
  })

  it('marks a table head, its delimiter and rows up to the first blank line (1-based lines)', () => {
    const hints = sourceHints('intro\n| a |\n| - |\nrow\n\nafter\n')
    expect([...(hints.tableLine ?? [])].slice(1, 7)).toEqual([0, 1, 1, 1, 0, 0])
    expect(sourceHints('no table\n---\n').tableLine).toBeNull()
    expect(sourceHints('> | a |\n> |:-:|\n').tableLine?.[1]).toBe(1)
  })

  it('looks for autolink literals only in text nodes', () => {
    const tree = plainMarkdown.parse('[x](https://acme.example) and `a@b.example`\n')
    expect(mayHoldAutolinkLiteral(tree)).toBe(false)
    expect(mayHoldAutolinkLiteral(plainMarkdown.parse('see https://acme.example\n'))).toBe(true)
    expect(mayHoldAutolinkLiteral(plainMarkdown.parse('entity user&#64;acme.example\n'))).toBe(true)
  })
})
