// The shared harness: every rule of the shipped pack proves its own examples and keeps the
// invariants the reports rely on. Adding a rule is one YAML entry with its examples.
import { describe, expect, it } from 'vitest'
import { loadRecommendedPack } from '../../src/rules/load.js'
import type { Rule } from '../../src/rules/types.js'
import { bannedClaims } from './context.js'

const pack = loadRecommendedPack()

/** A one-sentence file where the rule applies: its first content type, and a field it covers. */
function fileFor(rule: Rule, sentence: string): { source: string; line: number } {
  const front: string[] = []
  if (rule.scope.types[0]) front.push(`type: ${rule.scope.types[0]}`)
  const fields = rule.scope.fields
  if (fields.length > 0 && !fields.includes('body')) {
    front.push(`${fields[0]}: ${JSON.stringify(sentence)}`)
    return { source: `---\n${front.join('\n')}\n---\n\nBody.\n`, line: front.length + 1 }
  }
  const head = front.length > 0 ? `---\n${front.join('\n')}\n---\n\n` : ''
  return { source: `${head}${sentence}\n`, line: head.split('\n').length }
}

describe('the recommended pack', () => {
  it('has unique ids and rules of every kind', () => {
    const ids = pack.rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(pack.rules.map((r) => r.kind))).toEqual(new Set(['phrase', 'substitution', 'pattern']))
  })

  it('uses no path scope, which the example harness could not place a file in', () => {
    expect(pack.rules.filter((r) => r.scope.paths.length > 0).map((r) => r.id)).toEqual([])
  })

  describe.each(pack.rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('has an id, a message naming the match, a docs link, a description and advice', () => {
      expect(rule.id).toMatch(/^recommended\/[a-z0-9-]+$/)
      expect(rule.message).toContain('{match}')
      expect(rule.link).toMatch(/^https:\/\/\S+#[a-z0-9-]+$/)
      expect(rule.link?.endsWith(`#${rule.id.split('/')[1]}`)).toBe(true)
      expect(rule.description).toBeTruthy()
      if (rule.kind === 'substitution') expect(rule.message).toContain('{suggestion}')
      else expect(rule.suggestion).toBeTruthy()
    })

    it('has bad and good examples', () => {
      expect(rule.examples?.bad.length ?? 0).toBeGreaterThan(0)
      expect(rule.examples?.good.length ?? 0).toBeGreaterThan(0)
    })

    it.each(rule.examples?.bad ?? [])('flags %j, at the words inside the sentence', (sentence) => {
      const { source, line } = fileFor(rule, sentence)
      const findings = bannedClaims(source).filter((f) => f.ruleId === rule.id)
      expect(findings.length).toBeGreaterThan(0)
      const lineText = source.split('\n')[line - 1] ?? ''
      for (const f of findings) {
        expect(f.line).toBe(line)
        expect(f.endLine).toBe(line)
        expect(f.column).toBeGreaterThanOrEqual(1)
        expect(f.endColumn).toBeLessThanOrEqual(lineText.length + 1)
        expect(lineText.slice(f.column - 1, f.endColumn - 1)).toBe(f.text)
        expect(f.message).toContain(`\`${f.text}\``)
        expect(f.message).not.toMatch(/\{(match|suggestion)\}/)
        expect(f.suggestion).toBeTruthy()
        expect(f.url).toBe(rule.link)
        expect(f.category).toBe('banned-claim')
      }
    })

    it.each(rule.examples?.good ?? [])('leaves %j alone, under every rule of the pack', (sentence) => {
      const { source } = fileFor(rule, sentence)
      expect(bannedClaims(source).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([])
    })
  })
})
