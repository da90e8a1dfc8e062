// Table-driven cases for the claim detector alone, written apart from the labelled evaluation set.
import { describe, expect, it } from 'vitest'
import { detectClaims, firstOfEachKind } from '../../src/checks/claims/detect.js'

const competitors = ['Intercom', 'Front']

const claims: [string, string, string][] = [
  ['statistic', 'Campaigns built with Acme convert 18% better.', '18%'],
  ['statistic', 'We helped Lumen grow revenue 4x in a year.', '4x'],
  ['statistic', 'Over 3 million emails delivered last month.', 'Over 3 million emails'],
  ['statistic', 'Support leads save 9 hours a week on triage.', 'save 9 hours'],
  ['statistic', 'Ticket backlog went from 3 weeks to 2 days.', 'from 3 weeks to 2 days'],
  ['statistic', 'Go live in less than 10 minutes.', 'in less than 10 minutes'],
  ['statistic', 'Trusted by 800 agencies.', 'Trusted by 800'],
  ['superlative', 'The smartest inbox for small teams.', 'smartest'],
  ['superlative', 'A market-leading deliverability rate.', 'market-leading'],
  ['superlative', 'Acme is the only help desk built for SMS.', 'the only help desk built'],
  ['superlative', 'The #1 choice of florists.', '#1'],
  ['comparison', 'Acme is simpler than Front.', 'simpler than'],
  ['comparison', 'Unlike Intercom, we publish our prices.', 'Unlike Intercom'],
  ['comparison', 'Front costs more for the same seats.', 'Front costs more'],
  ['quote', '“It just works,” says Lee Park, CTO at Nimbus.', '“It just works,”'],
  ['quote', 'According to Forrester, inbox sprawl costs teams hours.', 'According to Forrester'],
]

const nonClaims: string[] = [
  'Step 2 of 4: choose a template.',
  'Call +44 20 7946 0958 for billing.',
  'Our help desk is staffed 24/7.',
  'Version 10.2 requires Node 20.',
  'The sale ends on 31 December 2026.',
  '6 subject line formulas to try.',
  'Best practices for SMS consent.',
  'At least one admin must stay on the account.',
  'The only step left is to invite your team.',
  'Move your macros over from Intercom.',
  'Press "Publish" when you are ready.',
  'Choose 1080x1920 for stories.',
  'The export takes about 2 minutes.',
  'Use code WELCOME10 for 10% off.',
]

describe('detectClaims', () => {
  it.each(claims)('finds a %s in "%s"', (kind, text, words) => {
    const found = firstOfEachKind(detectClaims(text, { competitors })).find((m) => m.kind === kind)
    expect(found, `no ${kind} in ${text}`).toBeDefined()
    expect(text.slice(found?.start, found?.end)).toBe(words)
  })

  it.each(nonClaims)('finds no claim in "%s"', (text) => {
    expect(detectClaims(text, { competitors })).toEqual([])
  })

  it('reads money as a price on a pricing page but as a saving elsewhere', () => {
    const text = 'Save $240 a year with annual billing.'
    expect(detectClaims(text, { contentType: 'pricing' })).toEqual([])
    expect(detectClaims('Teams saved $40,000 last year.', { contentType: 'landing' }).map((m) => m.kind)).toEqual(['statistic'])
  })

  it('pairs a quotation with a dash attribution in the next sentence of the block', () => {
    expect(detectClaims('“We doubled our replies.”', { next: '— Sam Cho, Head of CX' }).map((m) => m.kind)).toContain('quote')
    expect(detectClaims('“Hello.”', {})).toEqual([])
  })

  it('treats a competitor name without a comparative word as no claim', () => {
    expect(detectClaims('Acme connects to Intercom.', { competitors })).toEqual([])
    expect(detectClaims('Acme is cheaper than Intercom.', { competitors }).map((m) => m.kind)).toContain('comparison')
  })
})

describe('testimonials', () => {
  it('a quotation inside a blockquote or testimonial needs a source even without "says"', () => {
    const text = '“By Friday nobody opened the old tools.”'
    expect(detectClaims(text).some((m) => m.kind === 'quote')).toBe(false)
    expect(detectClaims(text, { blockquote: true }).map((m) => m.kind)).toContain('quote')
  })
})

describe('titles', () => {
  it('"X vs Y" in a heading names the comparison; in body copy it is a comparison claim', () => {
    expect(detectClaims('Acme Flow vs HubSpot Service Hub', { title: true })).toEqual([])
    expect(detectClaims('Acme Flow vs HubSpot: we answer faster.').map((m) => m.kind)).toContain('comparison')
    expect(detectClaims('Acme Flow is faster than HubSpot', { title: true }).map((m) => m.kind)).toContain('comparison')
  })
})

describe('competitor names in titles', () => {
  it('a competitor named in an "X vs Y" heading is not a comparison claim', () => {
    expect(detectClaims('Acme Flow vs HubSpot Service Hub', { title: true, competitors: ['HubSpot'] })).toEqual([])
    expect(detectClaims('Acme Flow vs HubSpot Service Hub', { competitors: ['HubSpot'] }).length).toBeGreaterThan(0)
  })
})

describe('split testimonials', () => {
  it('a testimonial split into sentences is one quote claim, at the sentence that opens it', () => {
    expect(detectClaims('“The first afternoon, we connected email and chat.', { blockquote: true }).map((m) => m.kind)).toEqual(['quote'])
    expect(detectClaims('By Friday nobody opened the old tools.”', { blockquote: true })).toEqual([])
  })
})
