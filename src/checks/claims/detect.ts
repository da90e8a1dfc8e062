// Finds the words in one sentence that make a claim a reader could ask "says who?" about.
// Works on the prose text of a sentence (markdown removed, code left out) and returns offsets into it.
//
// Deliberate limits, so reviewers are not buried in noise:
// - A duration in an instruction ("this step takes 5 minutes") is not a claim; a duration framed as
//   a speed promise ("in under 5 minutes") or an improvement ("from 2 days to 20 minutes") is.
// - Prices and offers ("$29 per seat", "20% off", "save 20% with annual billing") are not claims.
// - A comparative with nothing to compare against ("reply faster") is not a comparison claim.
// - A competitor's name is only a claim when the sentence compares (than, unlike, vs, cheaper, more...).
// - A percentage the reader sets ("send it to 10% of your list") and a report of the reader's own
//   account ("you sent 1,204 messages") are not claims; a present-tense change describes the product
//   ("scores drop to 0 when…"), a past-tense one reports a result ("CSAT climbed to 96").
// Patterns are fixed and anchored on literal words, so backtracking stays shallow.
import type { ClaimKind } from '../../types.js'

export type DetectedKind = Exclude<ClaimKind, 'absolute'>

export interface ClaimMatch {
  kind: DetectedKind
  /** Offsets into the sentence text; end is exclusive. */
  start: number
  end: number
}

export interface DetectOptions {
  competitors?: string[]
  /** `pricing` pages state prices and plan offers: money and percentages there are not claims. */
  contentType?: string | null
  /** The sentence sits in a table cell: a cell holding a currency amount is a price, not a claim. */
  tableCell?: boolean
  /** A heading or page title: "Acme vs HubSpot" there names the comparison the page makes, not a claim. */
  title?: boolean
  /** The sentence sits in a blockquote or a testimonial component: a quotation there is attributed by the layout. */
  blockquote?: boolean
  /** Neighbouring sentences of the same block, to pair a quotation with its attribution. */
  previous?: string
  next?: string
}

interface Pattern {
  re: RegExp
  /** Returns false to drop a match that only looks like a claim. */
  keep?: (m: RegExpExecArray, text: string) => boolean
}

const NUM = String.raw`\d+(?:[.,]\d+)*`
const TIME_UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)`
const WORD_NUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)`
const SMALL_NUM = String.raw`(?:${NUM}|one|two|three|four|five|six|seven|eight|nine|ten)`
const FRACTION = String.raw`(?:half|a third|a quarter|a fifth|two[- ]thirds|three[- ]quarters)`
const AUDIENCE = String.raw`(?:customers?|clients?|users?|teams?|companies|businesses|brands|marketers|developers|agents|people|organi[sz]ations|merchants|stores|shops|creators|subscribers|members|downloads|installs|reviews|reviewers|ratings|messages|emails|conversations|tickets|apps|integrations|countries|workspaces|sellers|agencies|startups|hospitals|schools|nonprofits|founders|admins|readers|senders|shoppers|buyers|retailers|professionals|partners|owners|managers|engineers|freelancers)`
const AUDIENCE_ADJ = String.raw`(?:(?:happy|paying|active|global|growing|small|marketing|support|sales|enterprise|B2B|SaaS|e-?commerce|satisfied|loyal|leading|fast-growing|monthly|daily|weekly|five-star|5-star)\s+)?`
const OFFER_CONTEXT = /\b(off|annual(?:ly)?|yearly|billed|billing|coupon|code|discount|promo|VAT|tax(?:es)?|free months?|per seat|per month|\/mo(?:nth)?)\b/i
const CURRENCY = /[$€£¥]\s?\d|\d\s?(?:USD|EUR|GBP)\b/
// Verbs that report a metric having moved; with a number after them the sentence states a result.
// Past tense only: the present describes how the product behaves ("scores drop to 0 when…", "storage grows to 50 GB").
const CHANGE_VERB = String.raw`(?:rose|risen|climbed|grew|grown|fell|fallen|dropped|jumped|increased|decreased|declined|improved|shr[au]nk|soared|plummeted|went (?:up|down))`
// A percentage that is a setting the reader chooses ("set the sample to 20%", "send it to 10% of your list")
// or a share of the reader's own audience describes an instruction, not an outcome.
const SETTING_PERCENT = /\b(?:set|enter|type|change|adjust|configure|choose|pick|select|split|limit|cap)\b[^.!?]{0,40}\bto\s+\d+(?:\.\d+)?\s?%|(?<!\bup )\bto\s+\d+(?:\.\d+)?\s?%\s+of\s+(?:your|the)\b/i
// A report of the reader's own account ("You have sent 1,204 messages", "Your team closed 87 conversations").
const OWN_USAGE = new RegExp(String.raw`^\s*(?:you|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:have\s+|has\s+|['’]ve\s+)?(?:sent|closed|received|resolved|answered|handled|used|created|imported|added|invited|replied to|${CHANGE_VERB})\b`, 'i')

function offer(text: string): boolean {
  return OFFER_CONTEXT.test(text)
}

const STATISTIC: Pattern[] = [
  // percentages and ranges of them: "40%", "30–50%", "27 percent"; offers and rollout shares are not claims
  {
    re: new RegExp(String.raw`(?:\b${NUM}\s?[–—-]\s?)?\b${NUM}\s?(?:%|percent\b|per cent\b)`, 'gi'),
    // a rollout share ("rolling out to 100% of workspaces") describes a release, not an outcome
    keep: (_m, text) => !offer(text) && !/\broll(?:ing|ed|s)? out\b/i.test(text) && !SETTING_PERCENT.test(text),
  },
  // multipliers: "3x more", "10× faster"; not dimensions ("1920x1080", "2x2")
  {
    re: /(?<![\dx×])\b\d+(?:\.\d+)?\s?[x×](?![\dx×])(?:\s+(?:more|faster|fewer|less|higher|better|cheaper|quicker|the|as))?/gi,
  },
  // "twice as fast", "3 times more", "half the price", "in half", "doubled"
  { re: new RegExp(String.raw`\b(?:twice|${NUM}|two|three|four|five|ten)\s+(?:times\s+)?(?:as\s+(?:many|much|fast|quick(?:ly)?)|more|faster|fewer|less|better|higher)\b`, 'gi'), keep: (m) => /twice|times/i.test(m[0]) },
  { re: /\b(?:half the (?:time|cost|price|effort|clicks|tickets)|in half|doubles?|doubled|tripled?|triples|quadrupled?)\b/gi, keep: (_m, text) => !offer(text) },
  { re: /\bhalf of (?:all )?(?:customers|users|teams|marketers|buyers|shoppers|companies|consumers)\b/gi },
  // spelled-out multiples and fractions: "twice the campaigns", "halved", "tenfold", "by a third"
  { re: /\b(?:twice|double|triple)\s+the\s+(?!(?:size|width|height|length)\b)[\w-]+|\bhalv(?:ed|es)\b|\b(?:two|three|four|five|ten|hundred|\d+)-?fold\b/gi, keep: (_m, text) => !offer(text) },
  { re: new RegExp(String.raw`\bby\s+(?:${FRACTION}|${NUM}\s?(?:x|×|times))(?!\s+of\b)`, 'gi') },
  // shares of an audience: "one in five brands", "nine out of ten admins", "over half of our customers", "most teams"
  { re: new RegExp(String.raw`\b${SMALL_NUM}\s+(?:in|out of)\s+(?:${SMALL_NUM}|a hundred)\b(?!\s*(?:[$€£]|${TIME_UNIT}))`, 'gi') },
  {
    re: new RegExp(String.raw`\b(?:${FRACTION}|the majority|most)\s+of\s+(?!your?\b)(?:our\s+|all\s+|the\s+|their\s+)?(?:[\w-]+\s+)?${AUDIENCE}\b|(?<!\bthe\s)\bmost\s+(?:[\w-]+\s+)?${AUDIENCE}\b`, 'gi'),
  },
  // ratings: "4.8 out of 5", "4.8/5", "4.7 stars"
  { re: /\b\d\.\d\s?\/\s?(?:5|10)\b|\b\d(?:\.\d)?\s+stars?\b/gi },
  // a metric that moved to or by a number: "CSAT climbed to 96", "tickets fell by 300", "dropped by a third"
  {
    re: new RegExp(String.raw`\b${CHANGE_VERB}\s+(?:from\s+[$€£]?${NUM}\s?%?\s+)?(?:to|by)\s+(?:[$€£]\s?)?(?:${NUM}|${FRACTION})`, 'gi'),
    keep: (_m, text) => !offer(text),
  },
  // counts of customers, users, messages: "10,000 teams", "25,000+ marketers", "50k users", "2 million messages"
  {
    re: new RegExp(String.raw`\b(?:(?:[Oo]ver|[Mm]ore than|[Nn]early|[Aa]lmost|[Uu]pwards of|by|[Jj]oin)\s+)?${NUM}\s?(?:k|K|m|M|million|billion)?\s?\+?\s+${AUDIENCE_ADJ}${AUDIENCE}\b`, 'g'),
    keep: (m, text) => {
      // "3 new integrations" in a release note is a product fact; "200+ apps", "over 5,000 businesses" are claims
      const totalled = /\+|over|more than|nearly|almost|upwards|million|billion|\d\s?[kKmM]\b|join|by/i.test(m[0])
      const big = Number(m[0].replace(/[^\d.]/g, '').replace(/\.(?=.*\.)/g, '')) >= 100
      const plainCount = !totalled && !big
      return !plainCount && !/\b(?:up to|limit|capped|max(?:imum)?|per second)\b/i.test(text)
    },
  },
  // "thousands of teams", "millions of customer messages": a count in words is still a count
  {
    re: new RegExp(String.raw`\b(?:hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands)\s+of\s+(?:[\w-]+\s+)?${AUDIENCE}\b`, 'gi'),
    keep: (_m, text) => !/\b(?:up to|limit|capped|max(?:imum)?)\b/i.test(text),
  },
  { re: new RegExp(String.raw`\b(?:trusted|used|loved|chosen|relied on)\s+by\s+(?:over\s+|more than\s+)?${NUM}`, 'gi') },
  // time or money saved: "save 6 hours a week", "saved $120,000", "up to 12 hours every week"
  {
    re: new RegExp(String.raw`\b(?:sav(?:e|es|ed|ing)|cut|cuts|reduc(?:e|es|ed)|free up|reclaim)\s+(?:up to\s+|over\s+|an average of\s+|about\s+)?(?:[$€£]\s?${NUM}\s?(?:k|K|m|M|million)?|${NUM}\s?(?:k|K|m|M|million)?\s*${TIME_UNIT}|${NUM}\s?(?:%|percent))`, 'gi'),
    keep: (_m, text) => !offer(text),
  },
  { re: new RegExp(String.raw`\b${NUM}\s+${TIME_UNIT}\s+(?:saved|back)\b`, 'gi') },
  // speed promises and improvements: "in under 5 minutes", "from 2 days to 20 minutes", "took 3 hours now take 10 minutes"
  { re: new RegExp(String.raw`\bin\s+(?:under|less than|fewer than|just)\s+(?:${NUM}|${WORD_NUM})\s+${TIME_UNIT}`, 'gi') },
  // the second unit is often left out: "from 11 minutes to 4"
  { re: new RegExp(String.raw`\bfrom\s+(?:${NUM}|${WORD_NUM})\s+${TIME_UNIT}\s+to\s+(?:${NUM}|${WORD_NUM})\b(?:\s+${TIME_UNIT})?`, 'gi') },
  // a speed promise set against a slower alternative: "in 10 minutes, not 10 days", "minutes, not weeks"
  { re: new RegExp(String.raw`\b(?:(?:in|within)\s+(?:${NUM}|${WORD_NUM})\s+)?${TIME_UNIT},?\s+(?:not|instead of|rather than)\s+(?:${NUM}\s+|${WORD_NUM}\s+)?${TIME_UNIT}`, 'gi') },
  { re: new RegExp(String.raw`\btook\s+${NUM}\s+${TIME_UNIT}\s+now\s+takes?\s+${NUM}\s+${TIME_UNIT}`, 'gi') },
  { re: new RegExp(String.raw`\b(?:return on investment|ROI)\s+of\s+${NUM}\s?%|\b${NUM}\s?%\s+(?:return on investment|ROI)\b`, 'gi') },
]

const SUPERLATIVE_WORDS = [
  String.raw`fastest`, String.raw`quickest`, String.raw`easiest`, String.raw`simplest`, String.raw`cheapest`, String.raw`smartest`,
  String.raw`largest`, String.raw`biggest`, String.raw`safest`, String.raw`strongest`, String.raw`smoothest`,
  String.raw`(?:industry|market|category|world)[- ]leading`, String.raw`world[- ]class`, String.raw`best[- ]in[- ]class`,
  String.raw`award[- ]winning`, String.raw`unmatched`, String.raw`unrivall?ed`, String.raw`unbeatable`, String.raw`unparalleled`,
  String.raw`second to none`, String.raw`number one`, String.raw`(?:top|highest|best)[- ](?:rated|ranked|reviewed)`, String.raw`no\.\s?1\b`,
  String.raw`most (?:trusted|popular|powerful|advanced|secure|reliable|loved|complete|affordable|comprehensive|accurate|intuitive|flexible|scalable|innovative|widely used|recommended|awarded|efficient|effective|user-friendly|used)`,
]

const SUPERLATIVE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:${SUPERLATIVE_WORDS.join('|')})\b`, 'gi'), keep: (m, text) => !/^most\b/i.test(m[0]) || !/\bmake the most\b/i.test(text) },
  { re: /(?<![\w#])#1\b/g },
  // "the go-to platform": a claim that the market chooses you first
  { re: /\b(?:the|our|a)\s+go-to\b/gi },
  // a ranking verb with a superlative: "reviewers rank Acme highest", "rated first for ease of use"
  { re: /\b(?:rank(?:s|ed)?|rate[sd]?)\s+(?:[\w-]+\s+){0,3}?highest\b|\b(?:ranked|rated|voted)\s+(?:#1|first|top)\b/gi },
  // "best": the best X, best-selling; not best practices, best regards, do our best, the best way to, best for <plan audience>
  {
    re: /\bbest(?:-selling|-rated)?\b/gi,
    keep: (m, text) => {
      const after = text.slice(m.index + m[0].length)
      const before = text.slice(0, m.index)
      if (/^[- ]in[- ]class|^[- ](?:rated|ranked|reviewed)/i.test(after)) return false // counted above
      // an adverb closing a clause ("the plan that fits your team best", "what works best"): advice, not a claim
      if (/^\s*(?:[.!?,;:]|$)/.test(after) && !/\b(?:the|is|are|be|our|its)\s+(?:very\s+)?$/i.test(before)) return false
      if (/^\s+(?:practices?|regards|wishes|of luck|way to|ways to|time to|fit|suited|for\b|if|when|to\b|results)/i.test(after)) return false
      if (/\b(?:do|doing|did|try|tried|our|your|their|at|all the|with)\s+$/i.test(before) && !/^\s+\w+\s+(?:for|in|on)\b/i.test(after)) return false
      return true
    },
  },
  // "a leading platform", "leading brands"; not "leading up to", "leading the way", "misleading"
  { re: /\bleading\b/gi, keep: (m, text) => !/^\s+(?:to|up|the|a|an|with|by|into|from|in|on|zeros?)\b/i.test(text.slice(m.index + m[0].length)) && !/-$/.test(text.slice(0, m.index)) },
  // "the only platform that..."; not "the only thing you need to do"
  {
    re: /\bthe only\s+(?!(?:thing|things|step|steps|requirement|catch|time|times|question|part|change|prerequisite|person|one you|way you)\b)[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:that|to|with|built|which|where|designed|offering|on the market|in the)\b/gi,
  },
  { re: /(?:^|[.!?]\s+)Only\s+[A-Z][\w-]+\s+(?:offers|gives|lets|has|combines|provides|does|brings|puts|can)\b/g },
  // "the first inbox built for...", "the world's first"; not "the first step", "for the first time", "your first campaign"
  {
    re: /\b(?:the|world['’]s|industry['’]s|market['’]s)\s+first\s+(?!(?:step|steps|time|times|thing|things|day|days|week|month|few|one|ones|campaign|email|message|name|line|page|screen|question|part|lesson|tip|of)\b)[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:to|that|built|designed|with|for|of its kind)\b/gi,
  },
  { re: /\bfirst[- ]ever\b|\bworld['’]s (?:first|best|most)\b/gi },
]

const COMPARATIVE_NOT = new Set(['other', 'rather', 'whether', 'never', 'ever', 'under', 'over', 'after', 'later', 'earlier', 'sooner', 'longer', 'number', 'order', 'per'])

const COMPARISON: Pattern[] = [
  // "faster than", "cheaper than", "more reliable than", "fewer clicks than"; not "more than 5,000" or "rather than"
  {
    re: /\b(\w+er|(?:more|less|fewer)\s+[\w-]+)\s+than\b/gi,
    keep: (m, text) => {
      const head = (m[1] ?? '').toLowerCase()
      if (COMPARATIVE_NOT.has(head)) return false
      if (/^(?:more|less|fewer)\s+(?:just|ever|that|\d)/.test(head)) return false
      const after = text.slice(m.index + m[0].length)
      if (/^\s+(?:\d|a\s+(?:minute|second|day|week)|an?\s+hour)/i.test(after)) return false
      return true
    },
  },
  { re: /\bunlike\s+(?:other|most|many|traditional|legacy|older|clunky|enterprise|[A-Z])[\w-]*/g },
  { re: /\bUnlike\s+(?:other|most|many|traditional|legacy|older|clunky|enterprise|[A-Z])[\w-]*/g },
  { re: /\b(?:vs\.?|versus)(?=\s)/gi },
  { re: /\b(?:outperform(?:s|ed)?|outpac(?:es|ed|e)|outsell(?:s)?|outrank(?:s)?|beats)\b/gi },
  { re: /\bbeat(?:s)? (?:the competition|competitors|every|any|all)\b/gi },
  { re: /\bcompared (?:to|with)\s+(?!last|the previous|previous|before)\w+/gi },
]

const COMPETITOR_CUE = /\b(?:than|unlike|vs\.?|versus|compared|alternative|better|worse|cheaper|pricier|faster|slower|easier|harder|more|less|fewer|instead of|outperform\w*|beats?|half|twice|charges? more|costs? more)\b/i

// Opening and closing quotation marks, straight or curly; a quotation is at least two words long.
const QUOTED = /(["“«])([^"”»]{3,}?\s[^"”»]*?)(["”»])/g
const ATTRIBUTION_AFTER = /^[\s,.!?]*(?:(?:says|said|explains|explained|adds|added|notes|noted|writes|wrote|recalls|told)\b|[—–]\s*\p{Lu}|-\s+\p{Lu}|,?\s*according to\b)/u
// A bare colon is not enough ("Tip: \"Save draft\" often"): the words before it must attribute.
const ATTRIBUTION_BEFORE = /\b(?:says|said|puts it|put it|told us|writes|wrote|explains|according to [\w\s]+|(?:describes?|described|calls?|called|dubbed|names?|named)\s+(?:[\w&.’'-]+\s+){1,4}?as|(?:calls?|called|dubbed)\s+[\w&.’'-]+(?:\s+[\w&.’'-]+)?)[\s:,]*$/i
const DASH_ATTRIBUTION = /^\s*[—–-]\s*\p{Lu}/u

const RESEARCH: Pattern[] = [
  { re: /\b(?:Gartner|Forrester|IDC|McKinsey|Nielsen|Deloitte|Accenture|Harvard Business Review|Pew Research|Statista|Bain|BCG|Edelman)\b/g },
  { re: /\banalysts?\s+(?:at|from|with)\s+[A-Z0-9][\w&-]*/g },
  // third-party recognition: "named a Leader in", "recognised as a Strong Performer", review-site verdicts
  { re: /\b(?:[Nn]amed|[Rr]ecogni[sz]ed|[Rr]anked|[Ll]isted|[Aa]warded|[Cc]rowned|[Pp]ositioned)\s+(?:as\s+)?(?:a|an|the)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Leader|Visionary|Challenger|Performer|Winner|Finalist|Contender|Top\s+\d+)\b/g },
  {
    re: /\b(?:G2|Capterra|TrustRadius|Trustpilot|GetApp|Software Advice)\s+(?:(?:users|reviewers|customers)\s+(?:rate|rated|rank|ranked|name|named|call|called|vote|voted|give|gave|say|said|love|praise)|ranks?|rates?|rated|ranked|named|badges?|grid|report|awards?|leader)\b/gi,
  },
  { re: /\baccording to\s+(?!(?:the|our|your)\s+(?:setup|docs|documentation|guide|help|instructions|manual|release notes|changelog|settings)\b)[\w'’-]+/gi },
  { re: /\b(?:studies|research|data|surveys|experts|analysts|scientists)\s+(?:shows?|proves?|finds|found|agrees?|suggests?|says?|confirms?)\b/gi },
  { re: /\ba\s+(?:recent\s+|new\s+|\d{4}\s+)?(?:[A-Z][\w-]*\s+)?(?:study|survey|report|poll)\s+(?:of\s+[\w\s]+?\s+)?(?:found|finds|shows?|says|showed|revealed|reveals|suggests|concluded)\b/gi },
  { re: /\b(?:predicts?|forecasts?)\s+that\b/gi, keep: (_m, text) => /\b[A-Z]{2,}\b|Gartner|Forrester|analyst/i.test(text) },
]

function runPatterns(patterns: Pattern[], text: string, kind: DetectedKind, out: ClaimMatch[]): void {
  for (const { re, keep } of patterns) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      if (keep && !keep(m, text)) continue
      // A pattern may include a leading separator (sentence-start anchors): trim it off the reported span.
      const lead = m[0].length - m[0].trimStart().length
      const trail = m[0].length - m[0].trimEnd().length
      out.push({ kind, start: m.index + lead, end: m.index + m[0].length - trail })
    }
  }
}

function quotes(text: string, opts: DetectOptions, out: ClaimMatch[]): void {
  QUOTED.lastIndex = 0
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const after = text.slice(m.index + m[0].length)
    const before = text.slice(0, m.index)
    const attributed =
      ATTRIBUTION_AFTER.test(after) ||
      ATTRIBUTION_BEFORE.test(before) ||
      opts.blockquote === true ||
      (after.trim() === '' && opts.next !== undefined && DASH_ATTRIBUTION.test(opts.next))
    if (attributed) out.push({ kind: 'quote', start: m.index, end: m.index + m[0].length })
  }
  // A testimonial that opens with a quotation mark is a quote, even when the segmenter split it: flag it once,
  // at its opening sentence.
  if (opts.blockquote && !out.some((m) => m.kind === 'quote')) {
    const open = /^\s*["“«]/.exec(text)
    if (open) out.push({ kind: 'quote', start: open[0].length - 1, end: text.trimEnd().length })
  }
  runPatterns(RESEARCH, text, 'quote', out)
}

function competitorComparisons(text: string, competitors: string[], out: ClaimMatch[]): void {
  if (competitors.length === 0 || !COMPETITOR_CUE.test(text)) return
  const lower = text.toLowerCase()
  for (const name of competitors) {
    const at = findWord(lower, name.toLowerCase())
    if (at >= 0) out.push({ kind: 'comparison', start: at, end: at + name.length })
  }
}

function findWord(haystack: string, needle: string): number {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1]
    const after = haystack[at + needle.length]
    if ((before === undefined || !/\w/.test(before)) && (after === undefined || !/\w/.test(after))) return at
  }
  return -1
}

/** Every claim the sentence makes, sorted by position; several matches of one kind may overlap. */
export function detectClaims(text: string, opts: DetectOptions = {}): ClaimMatch[] {
  const out: ClaimMatch[] = []
  const priceContext = opts.contentType === 'pricing' || (opts.tableCell === true && CURRENCY.test(text))
  const statistics: ClaimMatch[] = []
  runPatterns(STATISTIC, text, 'statistic', statistics)
  // On a pricing page or in a price cell, an amount or a percentage is the price itself;
  // in a report of the reader's own account, a count is their data, not our claim.
  if (!OWN_USAGE.test(text)) out.push(...(priceContext ? statistics.filter((m) => !/[$€£¥%]/.test(text.slice(m.start, m.end))) : statistics))
  runPatterns(SUPERLATIVE, text, 'superlative', out)
  const comparisons: ClaimMatch[] = []
  runPatterns(COMPARISON, text, 'comparison', comparisons)
  out.push(...(opts.title ? comparisons.filter((m) => !/^(?:vs\.?|versus)$/i.test(text.slice(m.start, m.end))) : comparisons))
  // In a title, "vs" only names the comparison: it is no cue that the competitor is being compared on a claim.
  competitorComparisons(opts.title ? text.replace(/\b(?:vs\.?|versus)(?=\s)/gi, (w) => ' '.repeat(w.length)) : text, opts.competitors ?? [], out)
  quotes(text, opts, out)
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The first match of each kind: one finding per sentence per kind. */
export function firstOfEachKind(matches: ClaimMatch[]): ClaimMatch[] {
  const seen = new Set<DetectedKind>()
  return matches.filter((m) => (seen.has(m.kind) ? false : (seen.add(m.kind), true)))
}
