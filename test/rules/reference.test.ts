import { describe, expect, it } from 'vitest'
import { loadRecommendedPack } from '../../src/rules/load.js'
import { renderRuleReference } from '../../src/rules/reference.js'
import { packFrom } from './context.js'

describe('rule reference', () => {
  const pack = loadRecommendedPack()
  const doc = renderRuleReference(pack)

  it('lists every rule with an anchor its link points at, and every example', () => {
    for (const rule of pack.rules) {
      const anchor = rule.link?.split('#')[1]
      expect(doc).toContain(`<a id="${anchor}"></a>`)
      expect(doc).toContain(`### \`${rule.id}\``)
      for (const example of [...(rule.examples?.bad ?? []), ...(rule.examples?.good ?? [])]) expect(doc).toContain(example)
    }
  })

  it('shows substitutions as a swap and keeps table cells intact', () => {
    const custom = packFrom(`pack: acme
rules:
  - id: pipes
    kind: substitution
    message: "Replace \`{match}\` | with \`{suggestion}\`."
    swap: { "a|b": "c" }
    scope: { types: [ad] }
`)
    const text = renderRuleReference(custom)
    expect(text).toContain('| flags | `a\\|b` → `c` |')
    expect(text).toContain('| message | Replace `{match}` \\| with `{suggestion}`. |')
    expect(text).toContain('| applies to | types `ad` |')
  })
})
