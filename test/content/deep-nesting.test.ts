import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { boundSourceNesting, limitDepth, MAX_NESTING } from '../../src/content/depth.js'
import type { Finding } from '../../src/types.js'
import { bannedClaims } from '../rules/context.js'
import { parseDocument } from '../../src/content/index.js'

const CLAIM = 'Delivery is guaranteed.\n\n'
const place = (f: Finding): string => `${f.ruleId} ${f.line}:${f.column}`

/** The document's problems and its banned-claim findings: what a run on the file would report. */
function check(path: string, body: string): { problems: string[]; claims: string[]; sentences: string[] } {
  const source = CLAIM + body
  const doc = parseDocument(path, source)
  return {
    problems: doc.problems.map(place),
    claims: bannedClaims(source, { path }).map(place),
    sentences: doc.sentences.map((s) => s.text),
  }
}

describe('deeply nested content', () => {
  it('reads a 10,000-deep blockquote on one line up to the bound and says where it stopped', () => {
    const result = check('deep.md', `${'> '.repeat(10_000)}Risk-free.\n`)
    // The 201st `>` sits at column 401 of line 3.
    expect(result.problems).toEqual(['input/too-deep 3:401'])
    expect(result.claims).toEqual(['recommended/no-guarantees 1:13'])
  })

  it('reads a blockquote one `>` deeper on every line', () => {
    const lines = Array.from({ length: 260 }, (_, i) => `${'>'.repeat(i + 1)} Line ${i}.`)
    const result = check('stairs.md', `${lines.join('\n')}\n`)
    // Each line is a paragraph one quote deeper: the paragraph inside the 199th quote sits at depth 200,
    // so its text (line 3 + 198, after 199 `>` and a space) is the first thing left out.
    expect(result.problems).toEqual(['input/too-deep 201:201'])
    expect(result.claims).toEqual(['recommended/no-guarantees 1:13'])
    expect(result.sentences).toContain('Line 197.')
    expect(result.sentences).not.toContain('Line 198.')
  })

  it('reads a 10,000-deep list on one line', () => {
    const result = check('list.md', `${'- '.repeat(10_000)}item\n`)
    // The 201st marker (column 401) is where the source bound stops reading the line.
    expect(result.problems).toEqual(['input/too-deep 3:401'])
    expect(result.claims).toEqual(['recommended/no-guarantees 1:13'])
  })

  it('reads an ordered list nested by indentation', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${'   '.repeat(i)}1. Step ${i}.`)
    const result = check('steps.md', `${lines.join('\n')}\n`)
    // List, item, paragraph: the 100th item (line 102) sits at depth 200, so its paragraph (column 301) is left out.
    expect(result.problems).toEqual(['input/too-deep 102:301'])
    expect(result.sentences).toContain('Step 98.')
    expect(result.sentences).not.toContain('Step 99.')
  })

  it('reads 10,000 nested JSX elements in MDX', () => {
    const result = check('deep.mdx', `${'<Box>'.repeat(10_000)}Unlimited seats.${'</Box>'.repeat(10_000)}\n`)
    // Root, paragraph, then one level per element: the 200th `<Box>` would sit at depth 201.
    expect(result.problems).toEqual([`input/too-deep 3:${5 * 199 + 1}`])
    expect(result.claims).toEqual(['recommended/no-guarantees 1:13'])
  })

  it('reads JSX elements nested one per line', () => {
    const open = Array.from({ length: 1000 }, () => '<div>').join('\n')
    const close = Array.from({ length: 1000 }, () => '</div>').join('\n')
    const result = check('lines.mdx', `${open}\nUnlimited seats.\n${close}\n`)
    expect(result.problems).toEqual(['input/too-deep 203:1'])
    expect(result.claims).toEqual(['recommended/no-guarantees 1:13'])
  })

  it('keeps reading the body when the frontmatter nests too deep for the YAML reader', () => {
    const source = `---\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n\nDelivery is guaranteed.\n`
    const doc = parseDocument('deep-yaml.md', source)
    expect(doc.problems.map((p) => p.ruleId)).toEqual(['frontmatter/yaml-syntax'])
    expect(doc.problems[0]?.line).toBe(2)
    expect(bannedClaims(source, { path: 'deep-yaml.md' }).map(place)).toEqual(['recommended/no-guarantees 5:13'])
  })
})

describe('nesting bounds', () => {
  it('leaves a line that opens exactly the bound of containers alone and cuts the next one', () => {
    const at = `${'>'.repeat(MAX_NESTING)} x\n`
    expect(boundSourceNesting(at)).toEqual({ text: at, cut: null })
    const over = `${'>'.repeat(MAX_NESTING + 1)} x\n`
    const bounded = boundSourceNesting(over)
    expect(bounded.cut).toEqual({ start: MAX_NESTING, end: over.length - 1 })
    expect(bounded.text).toBe(`${'>'.repeat(MAX_NESTING)}${' '.repeat(3)}\n`)
  })

  it('counts two columns of indentation as a level and list markers only before a space', () => {
    expect(boundSourceNesting(`${' '.repeat(2 * 3)}- x\n`, 3).cut).toEqual({ start: 6, end: 9 })
    expect(boundSourceNesting(`${' '.repeat(2 * 3)}x\n`, 3).cut).toBeNull()
    expect(boundSourceNesting('-*+>1.2)-x\n', 5).cut).toBeNull()
    expect(boundSourceNesting('- * + > 1. 2) - x\n', 5).cut).toEqual({ start: 11, end: 17 })
    expect(boundSourceNesting('**bold** and 2024 words\r\n>>>\rnext', 2)).toEqual({ text: '**bold** and 2024 words\r\n>> \rnext', cut: { start: 27, end: 28 } })
  })

  it('cuts a tree below the bound without recursion, keeping shallower content', () => {
    let node: Root['children'][number] = { type: 'text', value: 'deep' }
    for (let i = 0; i < 50_000; i++) node = { type: 'emphasis', children: [node as never], position: { start: { line: 1, column: 1, offset: 50_000 - i }, end: { line: 1, column: 1, offset: 60_000 } } }
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [node as never] }] }
    const cut = limitDepth(tree, 10)
    // Root 0, paragraph 1, emphasis from 2 (at offset depth - 1): the emphasis at depth 10 loses its child, at offset 10.
    expect(cut).toEqual({ start: 10, end: 60_000 })
    expect(limitDepth(tree, 10)).toBeNull()
    expect(limitDepth({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] }, 2)).toBeNull()
  })
})
