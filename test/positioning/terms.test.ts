import { describe, expect, it } from 'vitest'
import { compileTerms, findTerm, priceAmounts } from '../../src/positioning/terms.js'

describe('protected terms', () => {
  const terms = compileTerms(['all-in-one', 'conversation hub', 'customer engagement platform', 'strategy'])

  it.each([
    ['The all-in-one inbox.', 'all-in-one'],
    ['The all in one inbox.', 'all-in-one'],
    ['An All-In-One inbox.', 'all-in-one'],
    ['Two conversation hubs in one.', 'conversation hub'],
    ['The conversation-hub for teams.', 'conversation hub'],
    ["Our conversation hub's new look.", 'conversation hub'],
    ['The conversation hub\u2019s new look.', 'conversation hub'],
    ['Compare customer engagement platforms.', 'customer engagement platform'],
    ['Our strategies differ.', 'strategy'],
  ])('finds a term in %j', (text, term) => {
    expect(findTerm(text, terms)).toBe(term)
  })

  it.each([
    'Host it on GitHub.',
    'A conversational hubbub.',
    'Customer engagement is a platform concern.',
    'Allinone pricing.',
  ])('does not find a term in %j', (text) => {
    expect(findTerm(text, terms)).toBeNull()
  })

  it('names the longest term when terms overlap', () => {
    const overlapping = compileTerms(['platform', 'customer engagement platform'])
    expect(findTerm('A customer engagement platform.', overlapping)).toBe('customer engagement platform')
  })

  it('treats regular-expression characters in terms literally', () => {
    const special = compileTerms(['#1 choice', 'A+ support'])
    expect(findTerm('The #1 choice of teams.', special)).toBe('#1 choice')
    expect(findTerm('Get A+ support.', special)).toBe('A+ support')
    expect(findTerm('Get AA support.', special)).toBeNull()
  })

  it('ignores blank and duplicate terms', () => {
    expect(compileTerms(['', '  ', 'hub', 'Hub']).map((t) => t.term)).toEqual(['hub'])
  })
})

describe('price amounts', () => {
  it('canonicalises currency, separators and zero cents', () => {
    expect(priceAmounts('Plans from $29 per seat, or $ 1,200.00 a year, or 29 USD.')).toEqual(['$29', '$1200', '$29'])
  })

  it('keeps different amounts apart', () => {
    expect(priceAmounts('Now $299.')).toEqual(['$299'])
    expect(priceAmounts('Only €29.99 a month.')).toEqual(['€29.99'])
  })

  it('finds no price in plain numbers', () => {
    expect(priceAmounts('Teams of 5 to 50 and 3 seats.')).toEqual([])
  })
})
