// competitor-fact: a plain statement about a competitor or "the alternatives" that a reader could ask
// "says who?" about ("Relay lacks an API", "Relay dropped its free plan", "Relay hasn't shipped a release
// in years", "none of the alternatives above support SSO", "many signing services only insert an image").
// Not: naming a competitor neutrally ("migrate from Relay in 3 steps", "import your Relay tickets").
import { negatedBefore } from './filters.js'
import { competitorSection, publisherIn, RIVALS, rivalsAt } from './scope.js'
import { namesIn } from '../../../site/names.js'
import { findAny, type ClaimContext, type ClaimMatch, type KindModule } from './types.js'

// What a competitor did, lacks, costs or suffers: the predicates that make a mention a claim.
const FACT = new RegExp(
  String.raw`\b(?:shut(?:s|ting)?\s+down|shutdown|sunset(?:s|ting)?|discontinu\w*|deprecat\w*|end(?:s|ed|ing)?\s+(?:support|life|in\s+\d{4})|set\s+to\s+end|stopp(?:ed|ing)|stops?\s+supporting|dropp(?:ed|ing)|drops|remov(?:ed|es|ing)|rais(?:ed|es|ing)\s+(?:its\s+|their\s+)?prices?|lacks?|lacking|is\s+missing|misses|(?:does|do|did)\s*n['’]?o?t\s+(?:support|offer|have|include|provide|employ|allow|work|feature|ship\s+with|come\s+with)|(?:can['’]t|cannot|won['’]t)\s+\w+|only\s+(?:supports?|offers?|provides?|has|have|gives?|insert)|no\s+longer|has\s*n['’]t\s+(?:shipped|released|updated|been)|abandon\w*|limited|expensive|costly|pricey|overpriced|criticiz\w*|criticis\w*|complain\w*|struggl\w*|outdated|clunky|buggy|proprietary|locked|lock-in|(?:is|are|['’]s)\s+(?:\w+\s+)?(?:terrible|awful|poor|painful|frustrating|confusing|unreliable|dated|cumbersome|bloated|rigid)|charges?|costs?\s+(?:\$|€|£|more|less|\d)|variable|inconsistent|slow(?:er)?|(?:is|are)\s+way\s+too|too\s+expensive|rel(?:y|ies)\s+(?:\w+ly\s+)?on|break(?:s)?\s+(?:under|when|on|down)|fail(?:s)?\s+(?:under|when|to)|still\s+requires?|requires?\s+(?:a|an|you)|(?:all\s+)?use\s+this|widespread\s+but|(?:is|are|remains?|['’]s)\s+(?:also\s+)?(?:still\s+)?(?:an?\s+)?(?:(?:very|particularly|especially|hugely|highly|extremely|incredibly|increasingly|hugely\s+capable\s+and|highly\s+capable\s+and)\s+)?(?:popular|well[- ]known|widely[- ]used|well[- ]established)|popular\s+(?:choice|option|platform|tool|solution)|(?:strong|solid|good)\s+reputation|ha(?:s|ve)\s+(?:also\s+)?(?:gained\s+)?a\s+reputation\s+for|not\s+as\s+(?:\w+\s+){1,2}as|nowhere\s+near\s+as|(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?publicly\s+(?:disclosed|advertised|listed|available)|(?:does|do)\s*n['’]?o?t\s+publicly\s+(?:advertise|disclose|list|share)|(?:is|are|['’]s)\s+(?:also\s+)?an?\s+closed[- ]source|(?:was|is|were|are)\s*n['’]?o?t\s+(?:purpose[- ]built|built|designed)\s+(?:from\s+the\s+ground\s+up\s+)?(?:as|for))\b`,
  'i',
)
// Neutral mentions: migrations, imports, integrations, instructions, availability.
// ("pre-built integrations" and "connectors" as nouns are what a product has, not a neutral mention)
const NEUTRAL = /\b(?:migrat\w*|import\w*|export\w*|integrat(?:e|es|ed|ing|ion)\s+(?:with|into|to)|connect(?:s|ed|ing)?\s+(?:to|with)|switch(?:ing)?\s+from|moving\s+from|transition\w*\s+from|(?:are|is)\s+available|such as|for example|e\.g\.)\b/i
const RIVAL_SUBJECT = new RegExp(String.raw`(?:^\s*(?:so\s+|too\s+)?|[,;:(]\s*|\b(?:while|whereas|but|and|that)\s+)(?:${RIVALS}|none\s+of\s+the\s+(?:alternatives|others|tools|platforms|above)|a\s+lot\s+of\s+(?:[\w-]+\s+)?(?:services|providers|platforms|tools|vendors)|many\s+(?:providers|vendors)\s+like)\b`, 'i')

// How a product feels, right after its name or a pronoun standing for it: "Relay feels dated". What it offers
// ("Relay offers crash reporting", "It provides SLA tracking") is a description a round-up gives of every tool
// it lists, not a claim an editor asks a source for (measured on the design half: 9 labelled, 36 not).
const FEELS = /^(?:['’]s)?\s+(?:\w+\s+)?(?:feels?|seems?|looks?)\b/i

const GATED = /\b(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|plans?|tiers?|subscriptions?)\s+(?:will\s+be\s+|is\s+|are\s+)?(?:needed|required)\s+(?:for|to)\b|\b(?:need|needs)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]e|plan|tier|subscription)\s+(?:for|to)\b|\bonly\s+available\s+(?:on|for|with|in|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|plans?|tiers?|customers|users)\b|\bis\s+an?\s+(?:enterprise|paid|premium|business)[- ](?:only\s+)?feature\b/i

// What the reader will have to buy or do without: "we’ll need a separate Data Center license", "we’ll always
// need an external database", "there’s no built-in database".
const BURDEN = /\b(?:we['’]ll|we\s+will|you['’]ll|you\s+will)\s+(?:also\s+|always\s+|still\s+)?need\s+(?:an?\s+)?(?:separate|external|additional|custom|enterprise|paid|dedicated)\b|\bthere['’]s\s+no\s+(?:built-in|native|full-fledged)\b/i

// What users are said to say of it: "Some users also report performance issues at scale".
const HEARSAY = /\b(?:some|many|several|a\s+few|a\s+number\s+of|other)\s+(?:users|customers|reviewers|people|developers|teams)\s+(?:also\s+|have\s+)?(?:report(?:s|ed)?|complain(?:s|ed)?|note[sd]?|mention(?:s|ed)?|cite[sd]?|found|find)\b/i

const SHUTDOWN = /\b(?:(?:is|are|was|were)\s+)?(?:shut(?:s|ting)?\s+down|sunsett?(?:ing|s)?|(?:set\s+to|will|to)\s+(?:end|shut\s+down|close)|discontinu(?:ed|es|ing))\b/i

const RIVAL_AGENT = new RegExp(String.raw`\b(?:left|released|offered|set|charged|imposed)\s+by\s+${RIVALS}\b`, 'i')

// The same pronoun opening a later clause: "…, it’s a popular option for technical teams", "…, but it lacks a
// fuller set of agent-building capabilities", "although this is nowhere near as extensive".
function clausePronoun(text: string): number | null {
  const m = /(?:[,;]\s*(?:and\s+|but\s+|so\s+|while\s+|though\s+|although\s+)?|\b(?:but|while|though|although|whereas)\s+)(?=(?:it|they|this)\b(?!\s+(?:is|means)\s+(?:why|how|where|what|because)\b))/i.exec(text)
  return m ? m.index + m[0].length : null
}

export function findCompetitorFacts(ctx: ClaimContext): ClaimMatch[] {
  const { text } = ctx
  if (ctx.title && /\b(?:vs\.?|versus)\s/i.test(text)) return []
  const named = findAny(text, ctx.competitors)
  const fact = FACT.exec(text)
  if (named && fact && !NEUTRAL.test(text.slice(0, fact.index)) && !negatedBefore(text, fact.index)) {
    return [{ kind: 'comparison', start: Math.min(named.start, fact.index), end: Math.max(named.end, fact.index + fact[0].length) }]
  }
  // A competitor's feature kept for its dearer plans, or what its users are said to report, in a sentence naming
  // it or in its section of a round-up: "A custom enterprise license will be needed for SSO", "source control is
  // only available for custom-priced licenses", "Some users also report performance issues at scale".
  const gated = GATED.exec(text) ?? HEARSAY.exec(text) ?? BURDEN.exec(text)
  if (gated && !ctx.title && !publisherIn(text, ctx) && (named !== null || (ctx.previous !== undefined && findAny(ctx.previous, ctx.competitors) !== null) || competitorSection(ctx, false) !== null)) {
    return [{ kind: 'comparison', start: gated.index, end: gated.index + gated[0].length }]
  }
  // A product's end, whoever the page counts as a competitor: "With Launchpad shutting down in 2024". A
  // publisher never announces its own product's end in that form, and the name is not the sentence's first word.
  if (!named && !ctx.title) {
    const end = SHUTDOWN.exec(text)
    const hit = end ? namesIn(text.slice(0, end.index)).filter((h) => !h.initial).pop() : undefined
    if (end && hit && /^[\s)\]'’s]*$/.test(text.slice(hit.end, end.index)) && findAny(hit.name, ctx.publisher) === null && !NEUTRAL.test(text.slice(0, end.index))) {
      return [{ kind: 'comparison', start: hit.start, end: end.index + end[0].length }]
    }
  }
  // A competitor's shutdown or pricing named as a possessive: "Shipflow's shutdown", "Shipflow's $499/month".
  if (named && /^['’]s\s+(?:shutdown|closure|sunset|pricing|price|fee|\$|€|£|\d)/i.test(text.slice(named.end))) return [{ kind: 'comparison', ...named }]
  // The competitor named in the sentence before, or by the comparison page, and a pronoun here: "It lacks an API."
  const pronoun = /^\s*(?:it|they|its|their|the (?:tool|platform|product|service|company|vendor))\b/i.exec(text)
  const named_before = ctx.previous !== undefined && findAny(ctx.previous, ctx.competitors) !== null
  if (pronoun && fact && (named_before || (ctx.pageKind === 'comparison' && ctx.competitors.length > 0)) && !NEUTRAL.test(text.slice(0, fact.index)) && !negatedBefore(text, fact.index)) {
    return [{ kind: 'comparison', start: pronoun.index, end: fact.index + fact[0].length }]
  }
  // …or opening a later clause, with the fact as that clause's predicate
  // (not a clause after a condition: "even if someone intercepts it, they won’t be able to read it")
  const later = pronoun === null && !/\b(?:if|unless|when|whenever)\b/i.test(text) ? clausePronoun(text) : null
  if (later !== null && (named_before || named !== null || (ctx.pageKind === 'comparison' && ctx.competitors.length > 0))) {
    const tail = text.slice(later)
    const f = FACT.exec(tail)
    if (f && f.index <= 40 && !NEUTRAL.test(tail.slice(0, f.index)) && !negatedBefore(tail, f.index)) return [{ kind: 'comparison', start: later, end: later + f.index + f[0].length }]
  }
  // …or how it feels: "Relay is a help desk. It feels dated."
  const feels = pronoun && named_before ? FEELS.exec(text.slice(pronoun[0].length)) : null
  if (pronoun && feels) return [{ kind: 'comparison', start: pronoun.index, end: pronoun[0].length + feels[0].length }]
  // The competitor as the subject of how it feels: "Relay feels dated", "One of the
  // standout features of Relay is…", "you may find the cost of Relay prohibitive". Not an instruction
  // ("Open Relay and…") or a title naming the comparison.
  if (named && !ctx.title && !NEUTRAL.test(text) && !/^\s*(?:open|go|click|log|sign|navigate|select|install|download|visit|use)\b/i.test(text)) {
    const subject = new RegExp(String.raw`^(?:\s*(?:while|whereas|but|also|however|meanwhile|today|currently|now)[,\s]+)?\s*(?:[\w'’-]+\s+){0,1}$`, 'i').test(text.slice(0, named.start))
    const predicate = FEELS.exec(text.slice(named.end))
    const about = /\b(?:features?|cost|price|pricing|strengths?|weakness(?:es)?|upsides?|downsides?|limitations?|drawbacks?)\s+of\s+(?:using\s+)?(?:[A-Z][\w.]*\s+)?$/i.test(text.slice(0, named.start))
    if ((subject && predicate) || about) return [{ kind: 'comparison', start: named.start, end: predicate ? named.end + predicate[0].length : named.end }]
  }
  const rivals = RIVAL_SUBJECT.exec(text)
  // the shortfall said of the rivals comes after them: "Acme is limited to no one, while many platforms rely solely on…"
  const rivalFact = rivals ? FACT.exec(text.slice(rivals.index + rivals[0].length)) : null
  if (rivals && rivalFact && !NEUTRAL.test(text)) {
    const lead = /^[\s,;:(]*(?:(?:while|whereas|but|and|that|so|too)\s+)?/i.exec(rivals[0])?.[0].length ?? 0
    const start = rivals.index + lead
    return [{ kind: 'comparison', start, end: rivals.index + rivals[0].length + rivalFact.index + rivalFact[0].length }]
  }
  // The rivals as the agent of a shortfall the product answers: "fill the gaps left by other platforms", "say
  // goodbye to waiting for features to be released by off-the-shelf solutions".
  const agent = RIVAL_AGENT.exec(text)
  if (agent && !ctx.title && !NEUTRAL.test(text)) {
    const lead = /^\s*(?:(?:left|released|offered|set|charged|imposed|built|made)\s+)?(?:by|from)\s+/i.exec(agent[0])?.[0].length ?? 0
    return [{ kind: 'comparison', start: agent.index + lead, end: agent.index + agent[0].length }]
  }
  const goodbye = /\bsay\s+goodbye\s+to\b/i.exec(text)
  const rivalsHere = goodbye && !ctx.title ? rivalsAt(text) : null
  if (goodbye && rivalsHere) return [{ kind: 'comparison', start: goodbye.index, end: rivalsHere.end }]
  if (/\bnone\s+of\s+the\s+(?:alternatives|others|tools|platforms|above)\b/i.test(text)) {
    const m = /\bnone\s+of\s+the\s+\w+/i.exec(text) as RegExpExecArray
    return [{ kind: 'comparison', start: m.index, end: m.index + m[0].length }]
  }
  return []
}

export const competitorFact: KindModule = {
  id: 'competitor-fact',
  description: 'Plain facts about a competitor or the alternatives ("lacks an API", "dropped its free plan", "none of the alternatives above").',
  detect: findCompetitorFacts,
  gate: (ctx) => ctx.competitors.length > 0 || /\b(?:other|others|many|most|some|several|traditional|legacy|existing|older|competing|rival|alternatives?|competitors?|competition|typical|conventional|incumbent|enterprise|proprietary|commercial|none|lot|any|every|market|industry|off-the-shelf|closed-source|clunky|anyone|tools?|platforms?|providers?|software|stack|vendors?|shut|shutting|sunset\w*|discontinu\w*|end|close)\b/i.test(ctx.text),
  examples: {
    claims: [
      { text: 'Relay lacks an API.', context: { competitors: ['Relay'] }, words: 'Relay lacks' },
      { text: 'Relay dropped its free plan last spring.', context: { competitors: ['Relay'] }, words: 'Relay dropped' },
      { text: 'Relay hasn’t shipped a release in years.', context: { competitors: ['Relay'] }, words: 'Relay hasn’t shipped' },
      { text: 'With Relay shutting down in 2026, teams are moving.', context: { competitors: ['Relay'] }, words: 'Relay shutting down' },
      { text: 'None of the alternatives above support SSO.', words: 'None of the alternatives' },
      { text: 'It dropped its free plan last spring.', context: { competitors: ['Relay'], previous: 'Relay is a help desk.' }, words: 'It dropped' },
      { text: 'Acme encrypts end to end, while many alternatives only provide basic signing.', words: 'many alternatives only provide' },
      { text: 'Signed and encrypted bundles, while many platforms rely solely on signing.', words: 'many platforms rely solely on' },
      { text: 'So many chat tools demo well but break under real load.', words: 'many chat tools demo well but break under' },
      { text: 'Relay feels dated next to newer tools.', context: { competitors: ['Relay'] }, words: 'Relay feels' },
      { text: 'One of the standout features of Relay is its rollout dashboard.', context: { competitors: ['Relay'] }, words: 'Relay' },
      { text: 'Acme was designed to fill the gaps left by other platforms.', words: 'other platforms' },
      { text: 'With Launchpad shutting down in 2024, teams are moving.', words: 'Launchpad shutting down' },
      { text: 'Say goodbye to waiting for off-the-shelf tools to ship the features you need.', words: 'Say goodbye to waiting for off-the-shelf tools' },
      { text: 'Relay is particularly popular among technical teams.', context: { competitors: ['Relay'] }, words: 'Relay is particularly popular' },
      { text: 'It’s a popular choice for a range of use cases.', context: { competitors: ['Relay'], previous: 'Relay is an automation tool.' }, words: 'It’s a popular' },
      { text: 'Its template library is nowhere near as extensive as Relay’s.', context: { competitors: ['Relay'] }, words: 'nowhere near as extensive as Relay' },
      { text: 'Make lacks a self-hosted option.', context: { competitors: ['Make'] }, words: 'Make lacks' },
      { text: 'A custom enterprise license will be needed for SSO or audit logs.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['5 Relay alternatives', '2. Relay', 'Pricing'] }, words: 'A custom enterprise license will be needed for' },
      { text: 'Source control is only available for custom-priced licenses.', context: { competitors: ['Relay'], previous: 'Relay has Git sync.' }, words: 'only available for custom-priced licenses' },
      { text: 'Some users also report performance issues at scale.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['2. Relay', 'Cons'] }, words: 'Some users also report' },
      { text: 'Relay also has a reputation for requiring a lot of up-front configuration.', context: { competitors: ['Relay'] }, words: 'Relay also has a reputation for' },
      { text: 'Relay doesn’t feature a native interface builder.', context: { competitors: ['Relay'] }, words: 'Relay doesn’t feature' },
      { text: 'One big upside of Relay, however, is Git-based version control.', context: { competitors: ['Relay'] }, words: 'Relay' },
      { text: 'There’s no built-in database.', context: { publisher: ['Acme'], competitors: ['Relay'], previous: 'Relay is a low-code tool.' }, words: 'There’s no built-in' },
      { text: 'To self-host it, we’ll need a separate Data Center license.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['5 Relay alternatives', '3. Relay'] }, words: 'we’ll need a separate' },
      { text: 'Relay’s pricing is not publicly disclosed.', context: { competitors: ['Relay'] }, words: 'Relay’s pricing is not publicly disclosed' },
      { text: 'Like many tools in this space, Relay is a closed-source solution.', context: { competitors: ['Relay'] }, words: 'Relay is a closed-source' },
      { text: 'Relay, while capable, wasn’t built from the ground up as an AI platform.', context: { competitors: ['Relay'] }, words: 'Relay, while capable, wasn’t built from the ground up as' },
      { text: 'Relay’s support is terrible.', context: { competitors: ['Relay'] }, words: 'Relay’s support is terrible' },
      { text: 'Built around a visual editor, it’s a popular option for technical teams.', context: { competitors: ['Relay'], previous: 'Relay is a workflow tool.' }, words: 'it’s a popular' },
      { text: 'We can call models through connectors, but it lacks agent-building features.', context: { competitors: ['Relay'], pageKind: 'comparison' }, words: 'it lacks' },
      { text: 'It has a set of pre-built integrations, although this is nowhere near as extensive as Relay.', context: { competitors: ['Relay'] }, words: 'nowhere near as extensive as Relay' },
    ],
    nonClaims: [
      { text: 'Migrate from Relay in three steps.', context: { competitors: ['Relay'] } },
      { text: 'Even if someone intercepts the update, they won’t be able to read it.', context: { competitors: ['Relay'], pageKind: 'comparison' } },
      { text: 'Import your Relay tickets as CSV.', context: { competitors: ['Relay'] } },
      // what a round-up says each tool offers describes it; what it lacks or costs is the claim
      { text: 'Relay offers crash reporting and live updates.', context: { competitors: ['Relay'] } },
      { text: 'It offers features such as crash reporting.', context: { competitors: ['Relay'], previous: 'Relay is a mobile app platform.' } },
      { text: 'Open Relay and copy your API key.', context: { competitors: ['Relay'] } },
      'Other platforms are available for beta testing.',
      // (a competitor whose name is an everyday word is that word capitalised: "make" here is a verb)
      { text: 'You can make changes that are limited to one team.', context: { competitors: ['Make'] } },
      { text: 'Admins cannot access the audit log from a viewer seat.', context: { competitors: ['Access'] } },
      { text: 'Make sure the workflow cannot run twice.', context: { competitors: ['Make'] } },
      { text: 'We are shutting down the Acme Classic app in May.', context: { publisher: ['Acme'] } },
      // the publisher's own plans keep features for dearer tiers: that is its pricing, not a claim
      { text: 'SSO is only available on Acme’s Enterprise plan.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      // outside a competitor's section, what the reader needs is the tutorial's setup
      { text: 'For this tutorial, we’ll need an external database.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      { text: 'An Enterprise license is needed for SSO.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['1. Acme', 'Pricing'] } },
    ],
  },
}
