// Who a sentence is about: the publisher, a competitor, or "the alternatives" in general. Comparisons and
// competitor facts are claims only when one side is the publisher or a competitor; "WebP is lighter
// than JPEG" compares two things the site does not sell.
import { namesIn } from '../../../site/names.js'
import { findAny, recentSpans, type ClaimContext } from './types.js'

/** "other platforms", "many alternatives", "traditional tools", "the competition", "most of the market". */
export const RIVALS = String.raw`(?:(?:traditional|legacy|older|competing|rival|incumbent|conventional|clunky)\s+(?:[\w/-]+\s+){0,2}?[a-z][\w-]*s\b(?<!\bthings)|(?:other|many|most|some|several|traditional|legacy|existing|older|competing|rival|alternative|typical|conventional|incumbent|big|enterprise|proprietary|closed-source|commercial|off-the-shelf)\s+(?:[\w/-]+\s+){0,2}?(?:platforms?|tools?|providers?|services?|solutions?|vendors?|alternatives?|competitors?|products?|apps?|systems?|setups?|options?|offerings?|suites?|methods?|approaches?|signing services)|off-the-shelf\s+(?:[\w/-]+\s+){0,2}?(?:software|tools?|solutions?|products?|apps?|systems?)|traditional\s+(?:software\s+|app\s+|application\s+)?development|(?:the|its|our|their)\s+(?:competition|competitors|alternatives)|(?:any|every)\s+other\s+[\w-]+|the\s+others?\s+(?:tools?|platforms?|providers?|options?|vendors?|products?|services?)|(?:most|much|all)\s+of\s+the\s+(?:market|industry)|(?:the|a|an)\s+alternatives?|alternatives\b|competitors\b|anyone else|any other|(?:the|your)\s+(?:current\s+)?(?:tools?|platforms?|providers?|software|stack|vendors?)\s+(?:you(?:['’]re| are)?\s+(?:us(?:e|ing)|on)|you have))`
const RIVALS_RE = new RegExp(String.raw`\b${RIVALS}\b`, 'i')

// (asked of the same sentence and its neighbours several times: the last answers are kept)
const rivalsIn = recentSpans((text) => {
  const m = RIVALS_RE.exec(text)
  return m ? { start: m.index, end: m.index + m[0].length } : null
})

export function mentionsRivals(text: string): boolean {
  return rivalsIn(text) !== null
}

/** Where the sentence first names "the alternatives" in general, or null. */
export function rivalsAt(text: string): { start: number; end: number } | null {
  return rivalsIn(text)
}

export function competitorIn(text: string, ctx: Pick<ClaimContext, 'competitors'>): { start: number; end: number } | null {
  return findAny(text, ctx.competitors)
}

export function publisherIn(text: string, ctx: Pick<ClaimContext, 'publisher'>): boolean {
  return findAny(text, ctx.publisher) !== null
}

const FIRST_PERSON = /\b(?:we|our|us|ours)\b/i

/** Whether the sentence speaks for the publisher: names it, or says "we"/"our". */
export function aboutPublisher(text: string, ctx: Pick<ClaimContext, 'publisher'>): boolean {
  return publisherIn(text, ctx) || FIRST_PERSON.test(text)
}

const SIDE_BY_SIDE = /\b(?:vs\.?|versus|compared\s+(?:to|with)|against)\s/i

/**
 * Whose section the sentence sits in: the competitor the nearest heading naming a product names ("### 2.
 * Zapier" › "#### Pricing"), or null when that heading names the publisher or no heading names either. A
 * round-up's "Pricing" under a competitor's heading states the competitor's prices, not the publisher's.
 */
export function competitorSection(ctx: Pick<ClaimContext, 'competitors' | 'publisher' | 'sections'>, sideBySide = true): string | null {
  const sections = ctx.sections ?? []
  for (let i = sections.length - 1; i >= 0; i--) {
    const heading = sections[i] ?? ''
    if (publisherIn(heading, ctx)) return null
    const named = competitorIn(heading, ctx)
    if (named === null) continue
    // a heading setting two products side by side ("Acme compared with Relay") is no one product's section
    // (`sideBySide: false` keeps it: a price there is someone else's unless the publisher is named)
    if (sideBySide && SIDE_BY_SIDE.test(heading) && namesIn(heading).length >= 2) return null
    return heading.slice(named.start, named.end)
  }
  return null
}

// A round-up's entry: "### 2. Odoo" — a numbered heading that is one product's name.
const ENTRY_HEADING = /^\s*\d{1,2}[.):]\s*(.+?)\s*$/

/**
 * Whether the nearest heading naming a product is a round-up entry for a product other than the publisher
 * ("### 2. Odoo" › "#### Pricing"), whether or not the site counts that product as a competitor: its plan's
 * "unlimited users" is that product's, not a promise the publisher makes.
 */
function productEntrySection(ctx: Pick<ClaimContext, 'publisher' | 'sections'>): boolean {
  const sections = ctx.sections ?? []
  for (let i = sections.length - 1; i >= 0; i--) {
    const heading = sections[i] ?? ''
    if (publisherIn(heading, ctx)) return false
    // (sub-headings inside the entry, "#### Pros", "#### Pricing", are passed over)
    const entry = ENTRY_HEADING.exec(heading)?.[1]
    if (entry === undefined) continue
    const names = namesIn(heading)
    return names.length === 1 && names[0]?.name === entry
  }
  return false
}

/**
 * Whether the sentence describes a competitor's product and not the publisher's: it sits in a competitor's
 * section, or opens on the competitor ("Relay's free tier…", "Relay offers…"), and names neither the publisher
 * nor "we"/"our". "Unlimited users" there is the competitor's plan, not a promise the publisher makes.
 */
export function describesCompetitor(ctx: Pick<ClaimContext, 'text' | 'competitors' | 'publisher' | 'sections'>): boolean {
  const { text } = ctx
  // with no publisher known, a round-up's "1. Acme" section may be the publisher's own
  if (ctx.publisher.length === 0 || publisherIn(text, ctx)) return false
  if (competitorSection(ctx) !== null || productEntrySection(ctx)) return true
  const named = competitorIn(text, ctx)
  return named !== null && /^\s*(?:[\w-]+\s+){0,1}$/.test(text.slice(0, named.start)) && !/\b(?:we|our)\b/i.test(text)
}

/** A competitor named here or in the sentence before; on a comparison page, the page names one. */
export function competitorInScope(ctx: ClaimContext): boolean {
  if (competitorIn(ctx.text, ctx) !== null) return true
  if (ctx.previous !== undefined && competitorIn(ctx.previous, ctx) !== null) return true
  return false
}
