// comparison: the product set against a competitor or against "the alternatives", with or without "than"
// ("faster than X", "unlike other platforms", "the better pick for growing teams", "at a fraction of the
// cost" when a competitor is named in the sentence, the one before, or the page is a comparison page).
// Not: a comparison of two things the site does not sell ("WebP is lighter than JPEG"), of the product
// with its own older version ("faster than ever"), or of options in an instruction ("more work than option 1").
import { negatedBefore, quotedExample } from './filters.js'
import { aboutPublisher, competitorIn, competitorInScope, mentionsRivals, publisherIn } from './scope.js'
import { findAny, runPatterns, type ClaimContext, type ClaimMatch, type KindModule, type Pattern } from './types.js'
import { namesIn, plainInitial } from '../../../site/names.js'

const COMPARATIVE_NOT = new Set(['other', 'rather', 'whether', 'never', 'ever', 'under', 'over', 'after', 'later', 'earlier', 'sooner', 'longer', 'number', 'order', 'per'])
// "than ever", "than before", "than the previous version", "than last year": the product against itself; "than
// they appear", "than if we could…": a thing against how it looks or against a what-if.
const SELF_OBJECT = /^\s+(?:ever|before|last\s+\w+|the\s+(?:previous|old|last|original|first)\b|previous|our\s+(?:previous|old|last)|it\s+(?:used to|was|needs to|should|would|takes?|took)|v\d|version|\d|a\s+(?:minute|second|day|week)|an?\s+hour|one\b|needed|necessary|expected|usual|planned|(?:it|they|this|that)\s+(?:appears?|looks?|seems?|sounds?)\b|if\s+(?:we|you)\b)/i

const EXPLICIT: Pattern[] = [
  // "faster than", "cheaper than", "more reliable than", "fewer clicks than"; not "more than 5,000" or "rather than"
  {
    re: /\b(\w+er|(?:more|less|fewer)\s+[\w-]+)(?:\s+(?:option|choice|alternative|pick|way|tool|platform|solution|product|service))?\s+than\b/gi,
    keep: (m, text) => {
      const head = (m[1] ?? '').toLowerCase()
      if (COMPARATIVE_NOT.has(head)) return false
      if (/^(?:more|less|fewer)\s+(?:just|ever|that|\d|one|a|an|the)$/.test(head)) return false
      return !SELF_OBJECT.test(text.slice(m.index + m[0].length))
    },
  },
  // a few words between the comparative and its "than" when the other side is a rival: "a slightly steeper
  // learning curve than some other platforms", "a higher degree of technical knowledge than some of the other
  // platforms we’ve seen", "more likely to need custom code than in Acme"
  {
    re: /\b(?:higher|lower|steeper|greater|stronger|weaker|wider|broader|narrower|larger|smaller|bigger|faster|slower|cheaper|pricier|easier|harder|simpler|better|worse|deeper|richer|tighter|safer|quicker|lighter|leaner|fewer|more\s+[\w-]+|less\s+[\w-]+)\s+(?:[\w-]+\s+){1,6}?than\s+(?:in\s+|with\s+|on\s+)?(?:some\s+(?:of\s+)?)?[\w-]+(?:\s+[\w-]+){0,3}/gi,
    keep: (m, text, ctx) => {
      if (/\b(?:rather|other)\s+than\b/i.test(m[0])) return false
      const object = m[0].slice(m[0].toLowerCase().lastIndexOf('than') + 4)
      // "than we could with Acme": the reader's own work set against itself
      if (/^\s*(?:we|you|I|it|they)\b/i.test(object)) return false
      return competitorIn(object, ctx) !== null || mentionsRivals(object) || publisherIn(object, ctx)
    },
  },
  // "just as strong as any other", "as fast as the alternatives"
  { re: /\b(?:just\s+)?as\s+[\w-]+\s+as\s+(?:any|every|the)\s+(?:other|alternatives?|competition)\b/gi },
  { re: /\bunlike\s+(?:other|most|many|traditional|legacy|older|clunky|enterprise|previous|existing|[A-Z])[\w-]*/gi, keep: (m) => /^unlike\s+(?:[A-Z]|other|most|many|traditional|legacy|older|clunky|enterprise|previous|existing)/i.test(m[0]) && !/^unlike\s+(?:a|an|the)\b/i.test(m[0]) },
  { re: /\b(?:vs\.?|versus)(?=\s)(?!\s+Code\b)/gi },
  { re: /\b(?:outperform(?:s|ed)?|outpac(?:es|ed|e)|outsell(?:s)?|outrank(?:s)?|outshines?|beats)\b/gi },
  { re: /\bbeat(?:s)? (?:the competition|competitors|every|any|all)\b/gi },
  // not "compared to other types of records": kinds of thing, not products
  // nor "compared to the free tier": the publisher's own plans; nor "compared to a distributed system", "compared
  // to what we’d store in a CMDB", "compared to smaller teams": a kind of thing or an audience, no product
  { re: /\bcompared (?:to|with)\s+(?!last|(?:a|an|what|something|smaller|larger|bigger)\s|the previous|previous|before|(?:other|different|some)\s+(?:types|kinds|forms|sorts|categories)\s+of\b|(?:the|a|your|our)\s+(?:free|paid|basic|starter|pro|team|business|enterprise|lower|higher|standard|premium)\s+(?:tier|plan|version|edition|license)s?\b|(?:your|our)\s+(?:own\s+)?(?:KPIs?|goals?|targets?|baselines?|benchmarks?|metrics|budget|expectations|needs|requirements)\b)[\w'’]+/gi },
  // "at a fraction of the cost", "cuts lead times to a fraction of traditional development": against whatever else there is
  { re: /\b(?:(?:at|for|in|to)\s+)?a\s+(?:small\s+)?(?:fraction|share)\s+of\s+(?:the\s+)?(?:cost|price|time|effort|traditional|what)\b/gi },
  // "Like App Center, Acme supports…", "equivalent to Relay", "on par with Relay": set beside a named product
  // (not "Like Zapier, n8n follows a usage-based pricing model": one rival beside another, where a round-up
  // describes each tool by the last)
  { re: /(?:^|[.!?]\s+)Like\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},|\b(?:equivalent|comparable|similar)\s+(?:services?|features?|functionality|capabilities|tools?|to|with)\b|\bon\s+par\s+with\b/g, keep: (m, text, ctx) => competitorIn(text, ctx) !== null && (!/Like\s/.test(m[0]) || publisherIn(text.slice(m.index + m[0].length), ctx)) },
  // "a great DocuSign alternative", "Your Complete AppFlow Alternative": the product praised against a named rival
  {
    re: /\b(?:great|complete|better|best|perfect|ideal|superior|top|leading|powerful|affordable|cheaper|modern|real|true|smarter|simpler|easier|faster|solid|worthy|go-to|no-brainer|drop-in|fully[- ]featured|full[- ]featured)\s+(?:(?:open[- ]source|self[- ]hosted|free|privacy[- ]first|low[- ]cost)\s+)?(?:[A-Z][\w.-]*\s+){1,2}alternative\b/gi,
    keep: (m, text, ctx) => {
      const names = namesIn(m[0]).filter((h) => !/^(?:Great|Complete|Better|Best|Perfect|Ideal|Superior|Top|Leading|Powerful|Affordable|Cheaper|Modern|Real|True|Smarter|Simpler|Easier|Faster|Solid|Worthy|Open|Source|Free|Alternative)$/i.test(h.name))
      return names.length > 0 && names.every((h) => findAny(h.name, ctx.publisher) === null) && /[a-z]/.test(text)
    },
  },
  // "very familiar to anyone who’s used Zapier": set beside a named product
  { re: /\bfamiliar\s+to\s+anyone\s+who(?:['’]s|\s+has)\s+(?:\w+\s+)?used\s+[A-Z][\w.-]*/g },
  // not moving up the publisher's own plans: "upgrade to a paid plan", "upgrade to the latest version"
  {
    re: /\b(?:advantages?|edge|upgrade)\s+(?:over|on|from|to)\s+[\w'’]+|\bstands?\s+out\b|\bsets?\s+\w+\s+apart\b/gi,
    keep: (m, text) => !/^upgrade\s+to\s+(?:(?:a|an|the|your|our|one of the)\s+)?(?:[\w-]+\s+){0,2}?(?:plans?|tiers?|versions?|releases?|accounts?|subscriptions?|editions?)\b/i.test(text.slice(m.index)),
  },
]

// Comparatives that compare only when a competitor is in view: "the better pick", "noticeably cheaper",
// "at a fraction of the cost", "more affordable pricing", "faster update delivery".
const COMPARATIVE_WORD = String.raw`(?:better|worse|faster|slower|cheaper|pricier|costlier|easier|harder|simpler|smarter|safer|stronger|lighter|smaller|leaner|greater|quicker|cleaner|clearer|richer|tighter|broader|deeper|wider|newer|fewer|more\s+(?!(?:than|and|or|of|to|about|info|information|details?|on|for|in|at|with|the|a|an|your|our|their|its|this|that|these|those|it|them|you|we|time|and|often|people|teams|users|customers|into|over|out|up|down|from|so|now|than|ways?)\b)[a-z][\w-]+|less\s+(?!(?:than|of|for|in|at|with|the|a|an|time|often)\b)[a-z][\w-]+)`
const IMPLICIT: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:(?:noticeably|significantly|far|much|way|considerably|substantially|a lot|dramatically)\s+)?${COMPARATIVE_WORD}\b`, 'gi') },
  { re: /\bthe\s+(?:better|smarter|cheaper|safer|faster)\s+(?:pick|choice|option|bet|alternative|way)\b/gi },
]

// The comparison sets two names against each other and neither is the publisher or a competitor:
// "WebP gives smaller files compared to JPEG", "Unlike JPEG, WebP provides…".
function thirdPartyComparison(text: string, at: number, ctx: ClaimContext): boolean {
  // Without knowing the publisher, any name might be it: only a known publisher lets us tell.
  if (ctx.publisher.length === 0) return false
  const real = (h: { name: string; initial: boolean }): boolean => !plainInitial(h)
  const before = namesIn(text.slice(0, at)).filter(real)
  const after = namesIn(text.slice(at)).filter(real)
  const known = [...before, ...after].some((h) => findAny(h.name, ctx.publisher) !== null || findAny(h.name, ctx.competitors) !== null)
  if (known) return false
  return (before.length > 0 && after.length > 0) || (before.length === 0 && /^\s*(?:unlike|compared)/i.test(text.slice(0, at + 10)) && after.length >= 2)
}

function inScope(ctx: ClaimContext, m: ClaimMatch): boolean {
  const { text } = ctx
  if (competitorIn(text, ctx) !== null || mentionsRivals(text)) return true
  if (thirdPartyComparison(text, m.start, ctx)) return false
  // A proper name as the object ("quicker than with Front") or the publisher or "we" as the subject.
  const object = text.slice(m.end, m.end + 30)
  if (/^\s*(?:with\s+|on\s+|in\s+)?[A-Z][\w.]+/.test(object) && !/^\s*(?:I|The|This|That|It|A|An)\b/.test(object)) return true
  return aboutPublisher(text, ctx) || ctx.pageKind === 'comparison'
}

// The few words either side of a "vs": one is a competitor or the alternatives, or the publisher faces
// another name ("Acme vs Relay" before the publisher's competitors are known).
function rivalSide(text: string, m: ClaimMatch, ctx: ClaimContext): boolean {
  const left = /(?:\S+\s+){0,3}\S*\s*$/.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[0] ?? ''
  const right = /^\s*\S*(?:\s+\S+){0,3}/.exec(text.slice(m.end, m.end + 60))?.[0] ?? ''
  const rival = (side: string): boolean => competitorIn(side, ctx) !== null || mentionsRivals(side)
  if (rival(left) || rival(right)) return true
  const otherName = (side: string): boolean => namesIn(side).some((h) => findAny(h.name, ctx.publisher) === null)
  // Without knowing the publisher, a name faces a name: "Acme Flow vs HubSpot".
  // (acronyms on both sides are topics: "CRUD vs REST")
  const productName = (side: string): boolean => namesIn(side).some((h) => /[a-z]/.test(h.name))
  if (ctx.publisher.length === 0) return productName(left) && productName(right)
  return (publisherIn(left, ctx) && otherName(right)) || (publisherIn(right, ctx) && otherName(left))
}

// A comparative that describes the reader's need or audience, or a manner of speaking, compares no product:
// "for more advanced use cases", "less technical users", "if you need a more full-featured tool", "more
// broadly", "more likely", "the wider ecosystem", "a deeper dive".
const NEED_AFTER = /^\s+(?:[\w-]+\s+)?(?:use[- ]cases?|needs?|requirements?|users?|teams?|people|developers|colleagues|audiences?|customers|organi[sz]ations|businesses|companies|scenarios?|projects?|workflows?|tasks?|situations?|cases?|questions?|topics?|details?|info(?:rmation)?|levels?|changes?)\b/i
const NEED_BEFORE = /\b(?:for|if\s+you\s+(?:need|want|require)|when\s+you\s+(?:need|want)|need(?:s|ed)?|want(?:s|ed)?|by|with)\s+(?:(?:a|an|the|some|even|much|far|any)\s+)?$/i
const IDIOM = /^more\s+or\s+less\b|^deeper\s+(?:dive|look)\b|^(?:more|less)\s+(?:broadly|generally|specifically|likely|importantly|often|commonly|typically|usually|frequently|heavily|widely|closely|directly|recently|so|when|or|and|precisely|fundamentally|simply)\b|^(?:wider|broader)\s+(?:[\w-]+\s+)?(?:ecosystem|context|world|organi[sz]ation|business|community|industry|market|sense|picture|team|landscape|range|variety|set|lifecycle|scope|strategy|goals?|category|topic|release|rollout|audience|stack|environment|system)\b/i

// What the reader comes to know is no product compared: "a more accurate picture", "better visibility into".
const KNOWLEDGE_AFTER = /^\s+(?:[\w-]+\s+)?(?:picture|view|understanding|insights?|overview|visibility|sense|idea|grasp)\b/i
// "even better results", "an even better experience": the product against its own state or what was just
// said — unless the sentence before names the rival it is "even" better than.
const EVEN_BEFORE = /\beven\s+$/i
// "making it easier to manage", "make deployment simpler": a benefit against doing without the product.
const MAKES_BEFORE = /\b(?:make|makes|making|made)\s+(?:it|this|that|things|them|everything|[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:even|much|far|a\s+lot))?\s+$/i

const CALL_TO_ACTION = /\b(?:stay tuned|watch this space|check back|come back|look out|subscribe|follow us|sign up|join us)\b[^.!?]{0,20}\bfor\s+$/i

function notAClaimComparative(text: string, m: ClaimMatch, ctx: ClaimContext): boolean {
  const words = text.slice(m.start, m.end).replace(/^(?:noticeably|significantly|far|much|way|considerably|substantially|a lot|dramatically)\s+/i, '')
  // (but the rivals "less likely to be effective" are ranked: "off-the-shelf solutions are less likely to be effective")
  const rivalLikely = /^(?:more|less)\s+likely$/i.test(words) && (mentionsRivals(text) || competitorIn(text, ctx) !== null)
  if (IDIOM.test(words + text.slice(m.end, m.end + 40)) && !rivalLikely) return true
  if (KNOWLEDGE_AFTER.test(text.slice(m.end))) return true
  // what the explicit "than" pattern turned down is no comparison here either: "more complex than if we could…"
  const than = /^\s+than\b/i.exec(text.slice(m.end))
  if (than && SELF_OBJECT.test(text.slice(m.end + than[0].length))) return true
  const before = text.slice(Math.max(0, m.start - 40), m.start)
  const rivalBefore = ctx.previous !== undefined && competitorIn(ctx.previous, ctx) !== null
  if (EVEN_BEFORE.test(before) && !rivalBefore) return true
  if (MAKES_BEFORE.test(before) && !rivalBefore && !mentionsRivals(text) && competitorIn(text, ctx) === null) return true
  if (/^the\s+(?:wider|broader)\b/i.test(text.slice(Math.max(0, m.start - 4), m.end))) return true
  // "drill deeper into this", "dig deeper": reading on, not a product's depth
  if (/^deeper$/i.test(words) && /\b(?:dig|drill|delv|div|go|look)\w*\s+$/i.test(before)) return true
  // an invitation to come back ("Stay tuned for more updates") promises more of the publisher's news, not a better product
  if (/^more\b/i.test(words) && CALL_TO_ACTION.test(text.slice(0, m.start))) return true
  if (NEED_AFTER.test(text.slice(m.end)) && NEED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return true
  // "more advanced AI solutions", "more complex updates", "more traditional automations": a kind of thing the
  // reader may build or meet, not a product set against another — unless a product is named here.
  // "more traditional automations", "more advanced tasks", "more complex logic", "more developer-focused tools":
  // the kind of thing meant, not how good one product is next to another (a rival after it still compares:
  // "more technical than Relay" is the explicit pattern's)
  if (KIND_OF_THING.test(words) && !/^\s*(?:than|compared)\b/i.test(text.slice(m.end))) return true
  if (/^(?:more|less)\s/i.test(words) && ATTRIBUTIVE_PLURAL.test(text.slice(m.end)) && !/\b(?:a|an|the)\s+(?:\w+\s+)?$/i.test(before) && competitorIn(text, ctx) === null && !mentionsRivals(text) && !publisherIn(text, ctx)) return true
  // "to better understand", "better equipped to": a manner, not a ranking
  return /^better\s+(?:understand|grasp|serve|prepare|equipped|informed)\b/i.test(text.slice(m.start))
}

// Adjectives that sort things into kinds rather than rank them.
const KIND_OF_THING = /^(?:more|less)\s+(?:traditional|advanced|complex|specific|technical|granular|niche|speciali[sz]ed|sophisticated|basic|straightforward|[\w]+-(?:focused|centric|oriented|based|heavy|intensive))$/i

// one or two words and a plural noun: "AI solutions", "updates", "usage examples"
const ATTRIBUTIVE_PLURAL = /^\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*[^s\W]s\b(?!\s+(?:than|compared)\b)/

// words in a line short enough to be a fragment ("Noticeably cheaper, with SMS included.")
const SHORT_LINE = 8

function implicitInScope(ctx: ClaimContext): boolean {
  if (competitorInScope(ctx) || mentionsRivals(ctx.text)) return true
  // the publisher's product credited with a comparative: "Try Acme for faster updates" (faster than the rest)
  if (publisherIn(ctx.text, ctx) && !ctx.title) return true
  // A comparison page compares: its comparatives set the product against the page's competitor.
  // In running prose the page alone does not make a comparative a comparison: a round-up describes every tool
  // with them ("teams with more extensive skills", "a more opinionated manner"). A fragment — a list item, a
  // table cell, a short line — has nothing else to be set against (design half: −4 hits, −19 false alarms).
  if (ctx.pageKind === 'comparison' && !ctx.title) return ctx.listItem || ctx.tableCell || ctx.text.trim().split(/\s+/).length <= SHORT_LINE
  // a list item under a comparison lead-in: "Acme has several advantages over X:" → "- Faster delivery"
  return ctx.lead !== undefined && /\b(?:advantages?\s+over|compared\s+(?:to|with)|better\s+than|unlike|vs\.?|versus|instead of|alternative to)\b/i.test(ctx.lead)
}

// A lead-in that makes every item of the list under it a comparison: "Acme has three advantages over X:".
const COMPARISON_LEAD = /\b(?:advantages?\s+over|compared\s+(?:to|with)|better\s+than|unlike|vs\.?|versus|what\s+[\w\s]{1,30}\s+lacks?|where\s+[\w\s]{1,30}\s+falls?\s+short)\b/i

// a preposition and up to two words before the "vs": "of Retool vs", "in Appsmith vs", "of this versus"
const VS_TOPIC = /\b(?:of|in|between|about)\s+(?:[\w'’.-]+\s+){0,1}[\w'’.-]+\s+$/i

const VS_TOPIC_PAIR = new RegExp(VS_TOPIC.source.replace(/\$$/, '') + String.raw`(?:vs\.?|versus)\s`, 'gi')

export function findComparisons(ctx: ClaimContext): ClaimMatch[] {
  const { text } = ctx
  const out: ClaimMatch[] = []
  if (ctx.listItem && ctx.lead !== undefined && COMPARISON_LEAD.test(ctx.lead) && (competitorIn(ctx.lead, ctx) !== null || mentionsRivals(ctx.lead) || publisherIn(ctx.lead, ctx))) {
    return [{ kind: 'comparison', start: 0, end: text.trimEnd().length }]
  }
  // "instead of" sets the product against a rival: "Instead of a proprietary CI/CD system, Acme lets you…"
  const instead = /\binstead\s+of\b/i.exec(text)
  if (instead && (competitorIn(text, ctx) !== null || mentionsRivals(text))) out.push({ kind: 'comparison', start: instead.index, end: instead.index + instead[0].length })
  for (const m of runPatterns(EXPLICIT, ctx, 'comparison')) {
    const words = text.slice(m.start, m.end)
    // In a title, "vs" names the comparison the page makes; elsewhere it compares only when one of its
    // sides is a competitor or "the alternatives" ("SDKs vs APIs", "iOS vs Android", "live update vs Acme
    // Build" set topics or the publisher's own options side by side).
    if (/^(?:vs\.?|versus)$/i.test(words) && (ctx.title || !rivalSide(text, m, ctx))) continue
    // "the relative costs of Retool vs Superblocks", "build interfaces in Appsmith vs Budibase": the pair named as
    // the topic the page goes on to compare, no verdict yet
    if (/^(?:vs\.?|versus)$/i.test(words) && VS_TOPIC.test(text.slice(Math.max(0, m.start - 50), m.start))) continue
    if (negatedBefore(text, m.start) && !/\bnot\s+only\b/i.test(text.slice(Math.max(0, m.start - 12), m.start))) continue
    if (quotedExample(text, m.start, m.end)) continue
    // (a rival named in the words themselves needs no scope: "a great DocuSign alternative")
    if (/alternative$|^familiar\b/i.test(words) || inScope(ctx, m)) out.push(m)
  }
  if (out.length === 0 && implicitInScope(ctx)) {
    for (const m of runPatterns(IMPLICIT, ctx, 'comparison')) {
      if (!negatedBefore(text, m.start) && !quotedExample(text, m.start, m.end) && !notAClaimComparative(text, m, ctx)) out.push(m)
    }
  }
  // A competitor named with a comparative cue: "Front costs more for the same seats".
  if (!ctx.title || !/\b(?:vs\.?|versus)\s/i.test(text)) {
    const named = competitorIn(text, ctx)
    const cues = text.replace(READ_MORE, '').replace(VS_TOPIC_PAIR, '').replace(KNOWING_BETTER, '')
    if (named && COMPETITOR_CUE.test(cues) && (publisherIn(text, ctx) || out.length > 0 || COMPETITOR_CUE_ALONE.test(cues))) out.push({ kind: 'comparison', ...named })
  }
  return out
}

// What the writer and reader come to know is no comparative: "with a better grasp of what Relay offers", "look
// at each one in more detail".
const KNOWING_BETTER = /\b(?:better|deeper|clearer|fuller)\s+(?:grasp|understanding|picture|idea|sense)\b|\bin\s+(?:more|greater|further)\s+detail\b/gi
// An invitation to read on is no comparative: "learn more about migrating from Relay to Acme".
const READ_MORE = /\b(?:learn|learning|read|reading|find out|finding out|see|discover|know|hear)\s+more\b/gi
// (Not "alternative": "Acme, an alternative to Relay" names the competitor and claims nothing of it.)
const COMPETITOR_CUE = /\b(?:than|unlike|vs\.?|versus|compared|better|worse|cheaper|pricier|faster|slower|easier|harder|more|less|fewer|instead of|outperform\w*|beats?|half|twice|charges? more|costs? more)\b/i
const COMPETITOR_CUE_ALONE = /\b(?:than|unlike|vs\.?|versus|compared|cheaper|pricier|charges? more|costs? more|costs? less|half|twice|outperform\w*|beats?)\b/i

export const comparison: KindModule = {
  id: 'comparison',
  description: 'The product set against a competitor or the alternatives, with or without "than", when a competitor is in the sentence, the one before, or the page.',
  detect: findComparisons,
  gate: (ctx) => ctx.competitors.length > 0 || ctx.pageKind === 'comparison' || ctx.lead !== undefined || /\b(?:than|unlike|vs\.?|versus|compared|outperform\w*|outpac\w*|outsell\w*|outrank\w*|outshine\w*|beats?|advantages?|edge|upgrade|stands?\s+out|apart|instead|fraction|share|as\s+[\w-]+\s+as|alternative|familiar)\b/i.test(ctx.text),
  examples: {
    claims: [
      { text: 'Acme is simpler than Front.', words: 'simpler than' },
      { text: 'Unlike Intercom, we publish our prices.', words: 'Unlike Intercom' },
      { text: 'Unlike other platforms, Acme apps work on mobile.', words: 'Unlike other' },
      { text: 'It is a more secure option than traditional methods.', words: 'more secure option than' },
      { text: 'Relay may offer a slightly steeper learning curve than some other platforms.', words: 'steeper learning curve than some other platforms' },
      { text: 'We are slightly more likely to need custom code than in Acme.', context: { publisher: ['Acme'], competitors: ['Relay'] }, words: 'more likely to need custom code than in Acme' },
      { text: 'Off-the-shelf solutions are less likely to be effective for this.', context: { competitors: ['Relay'] }, words: 'less likely' },
      { text: 'The cryptographic signature is just as strong as any other.', words: 'just as strong as any other' },
      { text: 'The better pick for growing teams.', context: { competitors: ['Front'], previous: 'Front bills per seat.' }, words: 'The better pick' },
      { text: 'Noticeably cheaper, with SMS included.', context: { pageKind: 'comparison' }, words: 'Noticeably cheaper' },
      { text: 'All of it for a small share of the price.', context: { pageKind: 'comparison' }, words: 'for a small share of the price' },
      { text: 'Faster update delivery', context: { lead: 'Acme offers several advantages over Relay:' }, words: 'Faster' },
      { text: 'Sandbox testing environment', context: { listItem: true, lead: 'Acme offers several advantages over Relay:', competitors: ['Relay'] }, words: 'Sandbox testing environment' },
      { text: 'Instead of being locked into a proprietary CI/CD system, Acme lets you choose.', words: 'Instead of' },
      { text: 'Acme stands out by offering instant deployments.', context: { publisher: ['Acme'] }, words: 'stands out' },
      { text: 'Acme is even faster.', context: { publisher: ['Acme'], competitors: ['Relay'], previous: 'Relay is fast.' }, words: 'faster' },
      { text: 'Relay is clunky; Acme makes it easier.', context: { publisher: ['Acme'], competitors: ['Relay'] }, words: 'easier' },
      { text: 'Documenso is a great DocuSign alternative.', words: 'great DocuSign alternative' },
      { text: 'Acme: Your Complete Relay Alternative', context: { title: true, publisher: ['Acme'] }, words: 'Complete Relay Alternative' },
      { text: 'Its editor will feel very familiar to anyone who’s used Relay in the past.', words: 'familiar to anyone who’s used Relay' },
      { text: 'Like App Center, Acme supports apps hosted in Git.', context: { publisher: ['Acme'], competitors: ['App Center'] }, words: 'Like App Center,' },
      { text: 'Read how Acme vs Relay plays out on pricing.', context: { publisher: ['Acme'] }, words: 'vs' },
      { text: 'Shared inboxes vs other platforms: what changes.', words: 'vs' },
    ],
    nonClaims: [
      { text: 'Teams with more extensive, AI-specific skills might want to build their own agents instead.', context: { pageKind: 'comparison' } },
      'WebP gives smaller files compared to JPEG.',
      'Unlike JPEG, WebP provides better quality at a lower size.',
      'Search is now faster than ever.',
      'It is hardly more work than option 1.',
      'We would rather help customers than manage tools.',
      'Reply faster with saved answers.',
      { text: 'Better reporting, fewer spreadsheets.', context: { pageKind: 'product' } },
      { text: 'Acme Flow vs HubSpot Service Hub', context: { title: true, competitors: ['HubSpot'] } },
      'Unlike a personal inbox, a shared inbox shows who is replying.',
      { text: 'For even better results, consider Acme self-hosting.', context: { publisher: ['Acme'] } },
      { text: 'Acme integrates with CI/CD pipelines, making it easier to manage plugin updates.', context: { publisher: ['Acme'] } },
      { text: 'Test on real devices to get a more accurate picture of performance.', context: { publisher: ['Acme'] } },
      'Start a project in less time than it would take to book a meeting.',
      { text: 'Now we can take a deeper dive into what Relay and Acme offer.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      { text: 'However, it’s worth drilling deeper into this.', context: { competitors: ['Relay'], previous: 'Relay targets IT teams.' } },
      { text: 'Pricing comparisons are always a little more complicated than they appear.', context: { competitors: ['Relay'], pageKind: 'comparison' } },
      { text: 'This can be powerful but also somewhat more complex than if we could style each component.', context: { competitors: ['Relay'], previous: 'Relay applies custom CSS app-wide.' } },
      { text: 'This lets us send more in-depth instructions to the model than we could with Acme’s preset operations.', context: { publisher: ['Acme'] } },
      'Our software tools are complex compared to other types of records.',
      { text: 'A single database needs extra mitigations compared to a distributed system.', context: { pageKind: 'comparison' } },
      { text: 'Security may matter more in larger organizations compared to smaller teams.', context: { pageKind: 'comparison' } },
      { text: 'An asset inventory keeps less data compared to what we’d store in a CMDB.' },
      { text: 'To add more seats, upgrade to a paid plan.', context: { publisher: ['Acme'] } },
      { text: 'If you are interested in learning more about migrating from Relay to Acme, book a call.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      { text: 'Acme stands ready as a mature alternative to Relay.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      { text: 'Stay tuned for more updates as we keep improving Acme.', context: { publisher: ['Acme'] } },
      { text: 'Let CI choose live update vs Acme Build on every push.', context: { publisher: ['Acme'] } },
      { text: 'Clarify iOS vs Android behavior in your release notes.', context: { publisher: ['Acme'] } },
      { text: 'It also offers features for building more advanced AI solutions.', context: { pageKind: 'comparison' } },
      { text: 'To better understand this space, we cover five tools.', context: { pageKind: 'comparison' } },
      // one rival set beside another, or the publisher's "we" beside a rival in a how-to
      { text: 'Like Zapier, n8n follows a usage-based pricing model.', context: { publisher: ['Acme'], competitors: ['Zapier', 'n8n'] } },
      { text: 'Like Relay, we can bind data to components with JavaScript.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      // the pair the page is about to compare, and what the reader now knows: no verdict yet
      { text: 'Next, we look at the relative costs of Acme vs Relay.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      { text: 'With a better grasp of Relay vs Acme, we can look at each one in more detail.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      // a kind of thing, not a ranking: "more advanced tasks", "more traditional automations"
      { text: 'Relay also offers its own tools for handling more advanced tasks.', context: { competitors: ['Relay'], pageKind: 'comparison' } },
      { text: 'It suits AI-driven workflows as well as more traditional automation.', context: { competitors: ['Relay'], previous: 'Relay is a workflow tool.' } },
    ],
  },
}
