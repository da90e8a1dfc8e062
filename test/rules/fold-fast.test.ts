// foldText's fast path for ASCII with nothing to collapse must read the text exactly as the full loop does.
import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/rules/normalize.js'

describe('foldText on ASCII', () => {
  it('reads text with nothing to collapse as itself, letters folded, each character mapped to itself', () => {
    for (const text of ['The #1 Inbox', ' Risk free, 100% GUARANTEED! ', 'a', '', 'x\u0001y', 'Price: $29 / seat']) {
      expect(foldText(text)).toEqual({ folded: text.toLowerCase(), exact: text, map: [...text].map((_, i) => i), ends: null })
    }
  })

  it('collapses hyphens, other whitespace and runs of spaces to one space at the run’s start', () => {
    expect(foldText('Risk-free  and\tSafe')).toEqual({
      folded: 'risk free and safe',
      exact: 'Risk free and Safe',
      map: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18],
      ends: null,
    })
    expect(foldText('a - b').folded).toBe('a b')
    expect(foldText('end ').map).toEqual([0, 1, 2, 3])
  })
})
