import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { parsePositioningArtifact } from '../../src/positioning/artifact.js'
import { diffArtifact } from '../../src/positioning/artifact-diff.js'
import { diffPositioning } from '../../src/positioning/diff.js'
import { context } from './helpers.js'

// A small deterministic generator, so a failure reproduces.
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648
    return s / 2_147_483_648
  }
}

const VALUES = ['', '~', '42', 'true', '[]', '{}', '[a, b]', '{a: 1}', '"x"', '- nested', '[1, [2, {c: 3}]]', '"\u2028"', "'it''s'", '&a x', '*a', '!!binary AAAA', '"$29 per seat"']
const KEYS = ['company', 'category', 'taglines', 'terms', 'pricing', 'owners', 'protected-fields', 'positioning-types', 'value-propositions', 'x', '']

describe('bad input never crashes', () => {
  it('parses random artifact frontmatter into an artifact plus problems', () => {
    const next = random(7)
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
    for (let i = 0; i < 200; i++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 6) }, () => `${pick(KEYS)}: ${pick(VALUES)}`)
      const source = `---\n${lines.join('\n')}\n---\n# Positioning\n`
      const doc = parseDocument('strategy/positioning.md', source)
      const { artifact, problems } = parsePositioningArtifact(doc)
      expect(Array.isArray(artifact.terms)).toBe(true)
      for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1)
      expect(() => diffArtifact(doc, parseDocument('strategy/positioning.md', source.replace(/a/g, 'b')))).not.toThrow()
    }
  })

  it('diffs randomly mutated pages without throwing and with lines inside the files', () => {
    const next = random(11)
    const words = ['all-in-one', 'conversation hubs', '$29', 'teams', 'customer', '**bold**', '[link](https://x.io)', '`code`', '[^1]', '<Hero cta="x" />', '\n\n', '# ', '- ', '|a|b|\n|-|-|\n|c|d|\n']
    const page = (): string =>
      `---\ntitle: ${words[Math.floor(next() * 5)]}\ntagline: "Every customer"\n---\n` +
      Array.from({ length: 40 }, () => words[Math.floor(next() * words.length)]).join(' ')
    for (let i = 0; i < 100; i++) {
      const ext = i % 2 === 0 ? 'md' : 'mdx'
      const base = parseDocument(`p.${ext}`, page())
      const head = parseDocument(`p.${ext}`, page())
      const changes = diffPositioning(base, head, context({ contentType: i % 3 === 0 ? 'homepage' : 'blog' }))
      const lines = Math.max(base.lineStarts.length, head.lineStarts.length)
      for (const c of changes) expect(c.line).toBeLessThanOrEqual(lines)
    }
  })
})

describe('scale', () => {
  // Speed is measured by `npm run bench`, not here: a timed test fails on a loaded machine, not on slow code.
  it('diffs a rewritten 2,000-sentence page into 2,000 modified changes', () => {
    const sentence = (i: number, v: string): string => `Paragraph ${i} says the all-in-one inbox helps team ${v}${i} with topic ${i * 7}.`
    const base = parseDocument('big.md', Array.from({ length: 2000 }, (_, i) => sentence(i, 'a')).join('\n\n'))
    const head = parseDocument('big.md', Array.from({ length: 2000 }, (_, i) => sentence(i, 'b')).join('\n\n'))
    const changes = diffPositioning(base, head, context({ contentType: 'blog' }))
    expect(changes).toHaveLength(2000)
    expect(changes.every((c) => c.kind === 'modified')).toBe(true)
  })
})
