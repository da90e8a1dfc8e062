// The rule pack's absolute words ("unlimited", "infinite") are read through promiseInContext: terms of art and
// a setting's value are no promise, the same words said of the product are.
import { describe, expect, it } from 'vitest'
import { promiseInContext } from '../../src/checks/claims/index.js'

const reads = (text: string, words: string): boolean => {
  const start = text.indexOf(words)
  return promiseInContext(text, start, start + words.length, { blockquote: false }, false, false)
}

describe('promiseInContext: rule-pack words', () => {
  it('a term of art is no promise', () => {
    expect(reads('AutoGPT tends to enter infinite loops, repeating the same actions.', 'infinite')).toBe(false)
    expect(reads('Acme scales to infinite workloads.', 'infinite')).toBe(true)
  })
})

describe('promiseInContext: a setting’s value', () => {
  it('"unlimited" as a default is a value stated as such', () => {
    expect(reads('Default is `-1` (unlimited).', 'unlimited')).toBe(false)
    expect(reads('Prevents unbounded growth (default is unlimited)', 'unlimited')).toBe(false)
    expect(reads('Every plan includes unlimited users.', 'unlimited')).toBe(true)
  })
})

describe('promiseInContext: a guarantee qualified', () => {
  it('hedged, withheld, bounded by a condition or technical is no promise', () => {
    expect(reads('Custom builds can all but guarantee the exact features you require.', 'guarantee')).toBe(false)
    expect(reads('It catches real violations without guaranteeing their absence.', 'guaranteeing')).toBe(false)
    expect(reads('The plugin needs a zip structure that is only guaranteed when using the official CLI.', 'guaranteed')).toBe(false)
    expect(reads('We took the database-grade replication guarantees all the way into the client.', 'guarantees')).toBe(false)
  })
  it('"guarantees" as a plural noun names what a system provides, not a promise', () => {
    expect(reads('Recent research has strengthened the guarantees that such systems can provide.', 'guarantees')).toBe(false)
    expect(reads('Both run over the same protocol, with the same resilience and reconnection guarantees.', 'guarantees')).toBe(false)
    expect(reads('Every subscriber gets updates in real time, with the same ordering and guarantees.', 'guarantees')).toBe(false)
    // …a verb still promises
    expect(reads('Signing makes the file tamper-proof and guarantees it has not changed.', 'guarantees')).toBe(true)
    expect(reads('Acme guarantees delivery within a minute.', 'guarantees')).toBe(true)
  })
  it('the plain guarantee stays', () => {
    expect(reads('Uptime is guaranteed when you upgrade.', 'guaranteed')).toBe(true)
    expect(reads('We guarantee the exact features you require.', 'guarantee')).toBe(true)
  })
})
