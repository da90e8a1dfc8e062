import { describe, expect, it } from 'vitest'
import { isWhitespaceCode } from '../../src/content/whitespace.js'

describe('isWhitespaceCode', () => {
  it('agrees with `/\\s/` on every UTF-16 code unit', () => {
    const disagreements: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code)
    expect(disagreements).toEqual([])
  })

  it('is false for a position past the end of a string (NaN)', () => {
    expect(isWhitespaceCode(''.charCodeAt(0))).toBe(false)
  })
})
