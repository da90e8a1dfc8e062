import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import type { ContentDocument } from '../../src/types.js'

const SNIPPETS = [
  '# Heading *one*', '## ', 'Plain text with 40% more.', '**bold** and _em_', '[link](https://x.example)', '<https://auto.example>',
  'www.bare.example', '`code`', '```', '```js\nconst a = 1\n```', '- item', '  - nested', '1. first', '> quote', '| a | b |', '|---|---|',
  '| 1 | 2 |', '[^1]', '[^1]: note', '[^src]', '<!-- copydesk-disable a/b -- why -->', '<!-- copydesk-enable -->', '<!-- copydesk-disable-next-line -->',
  '{/* copydesk-disable -- why */}', '{props.x}', '{', '}', '<Callout type="x">', '</Callout>', '<Callout>Save 40%</Callout>', 'import A from "a"',
  'export const x = 1', '---', '----', 'title: "unterminated', 'hero:\n  title: Best', '&amp;', '\\*', '  ', '\t', '🚀', 'e.g.', 'vs.', '\r\n', '\n', '\n\n',
  '<div>', '</div>', '![alt](img.png)', '[ref]: https://r.example', '[text][ref]', '***', '~~gone~~', '- [ ] task', '\uFEFF',
]

/** Small deterministic generator so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function compose(seed: number): string {
  const next = random(seed)
  const parts: string[] = []
  const count = 1 + Math.floor(next() * 30)
  if (next() < 0.4) parts.push('---\ntitle: Fuzz page\ndescription: "A #1 claim[^1]"\n---\n')
  for (let i = 0; i < count; i++) {
    parts.push(SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? '')
    parts.push(next() < 0.5 ? '\n' : next() < 0.5 ? '\n\n' : ' ')
  }
  return parts.join('')
}

function checkInvariants(doc: ContentDocument): void {
  const length = doc.source.length
  for (const sentence of doc.sentences) {
    expect(sentence.text.trim()).toBe(sentence.text)
    expect(sentence.text.length).toBeGreaterThan(0)
    expect(sentence.offsets).toHaveLength(sentence.text.length + 1)
    for (let i = 0; i < sentence.offsets.length; i++) {
      const offset = sentence.offsets[i]!
      expect(offset).toBeGreaterThanOrEqual(0)
      expect(offset).toBeLessThanOrEqual(length)
      if (i > 0) expect(offset).toBeGreaterThanOrEqual(sentence.offsets[i - 1]!)
    }
    for (const link of sentence.links) expect(link.start >= 0 && link.start <= link.end && link.end <= length).toBe(true)
  }
  for (const finding of doc.problems) {
    expect(finding.line).toBeGreaterThanOrEqual(1)
    expect(finding.line).toBeLessThanOrEqual(doc.lineStarts.length)
  }
  for (const suppression of doc.suppressions) expect(suppression.fromLine).toBeLessThanOrEqual(suppression.toLine)
}

describe('fuzz: random mixes of markdown never throw', () => {
  it.each(['x.md', 'x.mdx'])('keeps every offset inside the source and in order (%s)', (path) => {
    for (let seed = 1; seed <= 300; seed++) {
      const source = compose(seed)
      let doc: ContentDocument | undefined
      expect(() => (doc = parseDocument(path, source)), `seed ${seed}`).not.toThrow()
      checkInvariants(doc!)
    }
  })

  it('survives deep nesting and very long lines', () => {
    const deep = '>'.repeat(2000) + ' deep\n' + '- '.repeat(500) + 'x\n' + 'word '.repeat(20000) + '\n'
    const doc = parseDocument('x.md', deep)
    checkInvariants(doc)
  })
})

// (Speed itself is measured by `npm run bench`; this only guards against a quadratic walk.)
describe('performance sanity', () => {
  it('grows linearly, not quadratically, with page size', () => {
    const paragraph = 'Acme saves teams 40% on support[^1]. It is the best-in-class tool, per [G2](https://g2.example). '
    const time = (count: number): number => {
      const source = Array.from({ length: count }, () => paragraph).join('\n\n') + '\n\n[^1]: A source.\n'
      const started = performance.now()
      parseDocument('x.md', source)
      return performance.now() - started
    }
    time(200)
    const small = time(500)
    const large = time(4000)
    // 8× the content; a quadratic walk would take ~64× as long.
    expect(large / Math.max(small, 1)).toBeLessThan(30)
  })
})
