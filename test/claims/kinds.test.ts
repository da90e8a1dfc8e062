// Every claim-kind module proves its own examples: the sentences it must flag (at the words given) and
// the ones it must leave alone. Adding a kind is one module with its examples; this harness runs them.
import { describe, expect, it } from 'vitest'
import { ALL_KINDS } from '../../src/checks/claims/index.js'
import { claimContext, type Example } from '../../src/checks/claims/kinds/index.js'

const asCase = (e: Example) => (typeof e === 'string' ? { text: e, context: {}, words: undefined } : { context: {}, words: undefined, ...e })

describe.each(ALL_KINDS.map((k) => [k.id, k] as const))('claim kind %s', (_id, kind) => {
  it('has a description and examples both ways', () => {
    expect(kind.description.length).toBeGreaterThan(20)
    expect(kind.examples.claims.length).toBeGreaterThan(2)
    expect(kind.examples.nonClaims.length).toBeGreaterThan(2)
  })

  it.each(kind.examples.claims.map((e) => [asCase(e).text, asCase(e)] as const))('flags %j', (_text, example) => {
    const found = kind.detect(claimContext(example.text, example.context))
    expect(found.length, `nothing found in ${example.text}`).toBeGreaterThan(0)
    if (example.words !== undefined) expect(found.map((m) => example.text.slice(m.start, m.end))).toContain(example.words)
  })

  it.each(kind.examples.nonClaims.map((e) => [asCase(e).text, asCase(e)] as const))('leaves %j alone', (_text, example) => {
    expect(kind.detect(claimContext(example.text, example.context)).map((m) => example.text.slice(m.start, m.end))).toEqual([])
  })
})

describe('gates', () => {
  it.each(ALL_KINDS.filter((k) => k.gate).map((k) => [k.id, k] as const))('%s: the gate lets every example claim through', (_id, kind) => {
    for (const e of kind.examples.claims.map(asCase)) expect(kind.gate?.(claimContext(e.text, e.context)), e.text).toBe(true)
  })
})
