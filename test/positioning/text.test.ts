import { describe, expect, it } from 'vitest'
import { contentWords, normalizeSentence, sentenceSimilarity, stem, tokenSimilarity } from '../../src/positioning/text.js'

describe('normalizeSentence', () => {
  it('ignores typographic quotes, dashes, emphasis, spacing and case', () => {
    expect(normalizeSentence('\u201CEvery  customer\u201D \u2014 **one** platform .')).toBe(
      normalizeSentence('"every customer" - one platform.'),
    )
  })

  it('ignores footnote markers and invisible characters', () => {
    expect(normalizeSentence('Teams save 3 hours[^tei] a\u200B week.')).toBe('teams save 3 hours a week.')
  })

  it('keeps different words different', () => {
    expect(normalizeSentence('One platform.')).not.toBe(normalizeSentence('One inbox.'))
  })
})

describe('similarity', () => {
  it('stems plurals and possessives onto one word', () => {
    expect(['platforms', "platform's", 'platform'].map(stem)).toEqual(['platform', 'platform', 'platform'])
    expect(stem('strategies')).toBe('strategy')
    expect(stem('business')).toBe('business')
  })

  it('leaves stopwords out of content words', () => {
    expect(contentWords('The platform for all of your teams')).toEqual(['platform', 'team'])
  })

  it('scores a reworded sentence above a different one', () => {
    const before = 'Acme unifies email, chat and SMS so small teams answer every customer in one place.'
    const reworded = 'Acme brings email, chat and SMS together so small teams can answer every customer from one place.'
    const different = 'Our office moved to Berlin last spring.'
    expect(sentenceSimilarity(before, reworded)).toBeGreaterThan(0.6)
    expect(sentenceSimilarity(before, different)).toBeLessThan(0.3)
  })

  it('scores word reordering as identical words', () => {
    expect(tokenSimilarity('One platform for every conversation.', 'Every conversation, one platform.')).toBe(1)
  })

  it('scores a changed number in a short line as close', () => {
    expect(sentenceSimilarity('$29 per seat per month.', '$35 per seat per month.')).toBeGreaterThan(0.5)
  })
})
