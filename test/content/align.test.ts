// alignValue (src/content/align.ts): a value that is its source range verbatim takes a fast path; it must map
// each character where the character-by-character walk maps it.
import { describe, expect, it } from 'vitest'
import { alignValue } from '../../src/content/align.js'

describe('alignValue', () => {
  it('maps a value spelled as in the source to its own positions, references and spaces included', () => {
    const source = 'xx Fast &amp; safe,\n  really &#97; yy'
    const start = 3
    const end = source.length - 3
    expect(alignValue(source.slice(start, end), source, start, end)).toEqual([...source.slice(start, end)].map((_, i) => start + i))
  })

  it('walks a value the parser changed: a reference decoded, whitespace folded', () => {
    const source = 'Fast &amp; safe,\n  really'
    expect(alignValue('Fast & safe, really', source, 0, source.length)).toEqual([0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 24])
  })
})
