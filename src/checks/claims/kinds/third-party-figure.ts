// third-party-figure: a price or cost that is not the publisher's own — a competitor's price, the cost
// of a server, "traditional tools can exceed $6,000 a year". The publisher's prices are facts it sets;
// someone else's are claims a reader can check, and against a competitor they are a comparison too.
import { hypothetical } from './filters.js'
import { NUM, SMALL_NUM } from './numbers.js'
import { aboutPublisher, competitorIn, competitorSection, mentionsRivals, publisherIn } from './scope.js'
import { namesIn } from '../../../site/names.js'
import type { ClaimContext, ClaimMatch, KindModule } from './types.js'

const AMOUNT = new RegExp(String.raw`[$€£¥]\s?${NUM}(?:\s?(?:k|K|M|MM|million|billion))?(?:\s*(?:\/|per\s|a\s|an\s)\s*(?:month|mo|year|yr|seat|user|GB|hour)\b|\s+(?:annually|monthly|yearly|annual fee|monthly fee|a year|a month|per year|per month))?`, 'g')
// The publisher's own plans: "plans start at $12/month", "our Pro plan", "you pay $1 per million writes".
const OWN_PRICE = /\b(?:plans?\s+(?:start|from|begin)|starting at|from \$|our\s+(?:\w+\s+)?(?:plan|price|pricing|tier)|pro plan|free plan|you(?:['’]ll)?\s+pay|billed|waive[sd]?|credit|discount|off\b)/i
const THIRD_PARTY_COST = /\b(?:costs?|charges?|priced?\s+at|fees?|exceeds?|can\s+(?:cost|exceed|run)|runs?\s+(?:you|about|around)|paying)\b/i

// A list of tools, each item led by its name: "Bugsnag: Starts at $47/month." The name says whose price it
// is, so "starts at" is no longer the publisher's own plan. Only when the publisher is known and is not it.
const LABEL = /^\s*([^:.!?]{2,40}):\s/
const PLAN_OR_ATTRIBUTE = /\b(?:price|pricing|prices|cost|costs|plan|plans|tier|tiers|free|pro|team|starter|basic|business|enterprise|premium|standard|plus|solo|maker|requirements?|budget|total|fees?|license|licensing|subscription|annual|monthly|yearly)\b/i
function labelledByOtherProduct(text: string, at: number, ctx: ClaimContext): boolean {
  const label = LABEL.exec(text)
  if (!label || label[0].length > at || ctx.publisher.length === 0 || publisherIn(text, ctx)) return false
  const name = (label[1] ?? '').trim()
  // a plan or an attribute ("MAKER: $33/month", "Price: $59 per month") is not the product's name
  if (!/[a-z]/.test(name) || PLAN_OR_ATTRIBUTE.test(name)) return false
  return namesIn(name).some((h) => !h.initial || name === h.name)
}

// A plan's limit in a competitor's section: "free for up to 100 actions", "Team licenses for up to 25 users".
const PLAN_LIMIT = new RegExp(String.raw`\b(?:free|plans?|tiers?|licen[cs]es?|editions?)\b[^.;:!?]{0,40}?\bup to\s+(?:${NUM}|${SMALL_NUM})\b`, 'gi')

export function findThirdPartyFigures(ctx: ClaimContext): ClaimMatch[] {
  const { text } = ctx
  if (ctx.pageKind === 'pricing' || ctx.contentType === 'pricing' || hypothetical(text)) return []
  const out: ClaimMatch[] = []
  // In a section about a competitor ("### 2. Zapier" › "#### Pricing"), its plans' prices and limits are its own.
  // ("our Premium tier bills at $50 per month" is the publisher's own, whatever the heading says)
  if (competitorSection(ctx, false) !== null && !publisherIn(text, ctx) && !/\bour\b/i.test(text)) {
    for (const re of [AMOUNT, PLAN_LIMIT]) {
      re.lastIndex = 0
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = re === PLAN_LIMIT ? m.index + m[0].search(/up to/i) : m.index
        out.push({ kind: 'statistic', start, end: m.index + m[0].length }, { kind: 'comparison', start, end: m.index + m[0].length })
      }
    }
    return out
  }
  AMOUNT.lastIndex = 0
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length }
    const competitor = competitorIn(text, ctx)
    if (ctx.competitorCell || labelledByOtherProduct(text, m.index, ctx) || (competitor !== null && !OWN_PRICE.test(text.slice(Math.max(0, m.index - 40), m.index)))) {
      out.push({ kind: 'statistic', ...span }, { kind: 'comparison', ...span })
    } else if (mentionsRivals(text) && THIRD_PARTY_COST.test(text)) {
      out.push({ kind: 'statistic', ...span }, { kind: 'comparison', ...span })
    } else if (THIRD_PARTY_COST.test(text.slice(0, m.index)) && !aboutPublisher(text, ctx) && !OWN_PRICE.test(text) && !ctx.tableCell) {
      out.push({ kind: 'statistic', ...span })
    }
  }
  return out
}

export const thirdPartyFigure: KindModule = {
  id: 'third-party-figure',
  description: "Someone else's prices and costs (a competitor's price, the cost of a server), never the publisher's own.",
  detect: findThirdPartyFigures,
  gate: (ctx) => /[$€£¥]\s?\d/.test(ctx.text) || (ctx.sections !== undefined && /\bup to\b/i.test(ctx.text)),
  examples: {
    claims: [
      { text: 'Relay costs $40 a month per seat.', context: { competitors: ['Relay'] }, words: '$40 a month' },
      { text: 'A small server costs $20/month.', words: '$20/month' },
      { text: 'Traditional tools can exceed $6,000 annually.', words: '$6,000 annually' },
      { text: '$6,000/year', context: { tableCell: true, competitorCell: true }, words: '$6,000/year' },
      { text: 'Tracebird: Starts at $47/month.', context: { publisher: ['Acme'], listItem: true }, words: '$47/month' },
      { text: 'Paid plans start from $24 per month.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['5 tools for 2025', '2. Relay', 'Pricing'] }, words: '$24 per month' },
      { text: 'We can use it for free for up to 100 actions.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['2. Relay', 'Pricing'] }, words: 'up to 100' },
    ],
    nonClaims: [
      { text: 'Acme Cloud: Starts at $12/month.', context: { publisher: ['Acme'], listItem: true } },
      { text: 'Maker: $33/month (10,000 MAU).', context: { publisher: ['Acme'], listItem: true } },
      { text: 'Requirements: a GitHub account, an Acme account (from $12/month).', context: { publisher: ['Acme'], listItem: true } },
      { text: 'Paid plans start from $12 per month.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['2. Relay', '3. Acme', 'Pricing'] } },
      { text: 'Our Premium tier bills at $50 per month.', context: { competitors: ['Relay'], sections: ['2. Relay', 'Pricing'] } },
      'Plans start at $12/month.', 'Our Pro plan is $249/month.', { text: 'From $12/month', context: { tableCell: true } }, { text: 'Pro — $249/month.', context: { pageKind: 'pricing' } }],
  },
}
