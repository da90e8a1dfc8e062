// quote: words attributed to a person, customer or organisation — testimonials with or without quotation
// marks (a blockquote on a customer story, one led in by "As Sam put it:", one signed "— Sam, CTO"),
// reported speech ("customers like Fernleaf tell us how…"), endorsements ("Google recommends Acme"),
// and research citations ("according to Forrester", "a 2025 survey found").
// Not: a callout in a blockquote ("> Note:", "> TLDR;"), the publisher quoting itself ("according to Acme"),
// a saying ("everyone says "ship it""), a quoted UI string or name.
import { runPatterns, findAny, type ClaimContext, type ClaimMatch, type KindModule, type Pattern } from './types.js'

// Opening and closing quotation marks, straight or curly; a quotation is at least two words long.
const QUOTED = /(["“«])([^"”»]{3,}?\s[^"”»]*?)(["”»])/g
const ATTRIBUTION_AFTER = /^[\s,.!?]*(?:(?:says|said|explains|explained|adds|added|notes|noted|writes|wrote|recalls|told)\b|[—–]\s*\p{Lu}|-\s+\p{Lu}|,?\s*according to\b)/u
const ATTRIBUTION_BEFORE = /\b(?:says|said|puts it|put it|told us|writes|wrote|explains|explained|noted|recalled|added|shared|commented|reflected|according to [\w\s]+|(?:describes?|described|calls?|called|dubbed|names?|named)\s+(?:[\w&.’'-]+\s+){1,4}?as|(?:calls?|called|dubbed)\s+[\w&.’'-]+(?:\s+[\w&.’'-]+)?)[\s:,]*$/i
// A saying rather than an attribution: "everyone says", "people say", "we always say".
// (nor a screen or a label: "you'll see it says "manager + 1"", "the button reads "Publish"")
const GENERIC_SPEAKER = /\b(?:everyone|everybody|people|they|we|I|you|nobody|someone|folks|it|this|that|which|the\s+(?:button|label|screen|menu|field|message|error|banner|prompt|dialog|tab|column|page|header|title))\s+(?:\w+\s+)?(?:says?|said|reads?)\s*[:,]?\s*$/i
// (a ">" left over when the signature line is written as a nested quote: "> — Sam Lee, CTO")
const DASH_ATTRIBUTION = /^\s*(?:>\s*)?[—–-]\s*\p{Lu}/u
// "As Bailey reflected:", "Simon Flack shared his perspective:", "NASA's team weighed in:", "a quote that…:"
const LEAD_IN = /\b(?:shared|says|said|put it|puts it|noted|notes|wrote|writes|explained|explains|reflected|recalls|recalled|weighed in|told us|tells us|added|adds|commented|tweeted|posted|praised|expressed|emphasi[sz]ed|highlighted|mentioned|summari[sz]ed|sum(?:s|med)? it up|described|observed|remarked|stated|admitted|pointed out|responded|replied|answered|reported|a quote|quoted|in (?:his|her|their) words|testimonial)\b[^.!?]*:\s*$/i
// A blockquote that is a callout, not a quotation.
// ("[!Note]" may reach here cut at its "!" by the sentence splitter: "[!")
const CALLOUT = /^\s*(?:\[!\w*\]?|tl;?\s*dr|note|tip|warning|caution|important|info|disclaimer|question|answer|q:|a:|side note|illustration|update|edit|ps|p\.s\.|try|see also|heads up|💡|🚨|⚠️|ℹ️|👉)/i

const RESEARCH: Pattern[] = [
  { re: /\b(?:Gartner|Forrester|IDC|McKinsey|Nielsen|Deloitte|Accenture|Harvard Business Review|Pew Research|Statista|Bain|BCG|Edelman)\b/g },
  { re: /\banalysts?\s+(?:at|from|with)\s+[A-Z0-9][\w&-]*/g },
  { re: /\b(?:[Nn]amed|[Rr]ecogni[sz]ed|[Rr]anked|[Ll]isted|[Aa]warded|[Cc]rowned|[Pp]ositioned)\s+(?:as\s+)?(?:a|an|the)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Leader|Visionary|Challenger|Performer|Winner|Finalist|Contender|Top\s+\d+)\b/g },
  {
    re: /\b(?:G2|Capterra|TrustRadius|Trustpilot|GetApp|Software Advice)\s+(?:(?:users|reviewers|customers)\s+(?:rate|rated|rank|ranked|name|named|call|called|vote|voted|give|gave|say|said|love|praise)|ranks?|rates?|rated|ranked|named|badges?|grid|report|awards?|leader)\b/gi,
  },
  {
    // "according to Forrester", "according to a 2025 survey"; not "according to the format specified"
    re: /\b[Aa]ccording to\s+(?:(?:the|a|an)\s+(?=[\p{Lu}\d]))?(?=[\p{Lu}\d])[\w'’.-]+/gu,
    // the publisher quoting itself is not a third party speaking
    keep: (m, _text, ctx) => findAny(m[0].replace(/^according to\s+/i, ''), ctx.publisher) === null && !/\bto\s+(?:us|me|our)\b/i.test(m[0]),
  },
  { re: /\b(?:studies|research|data|surveys|experts|analysts|scientists)\s+(?:shows?|proves?|finds|found|agrees?|suggests?|says?|confirms?)\b/gi },
  { re: /\ba\s+(?:recent\s+|new\s+|\d{4}\s+)?(?:[A-Z][\w-]*\s+)?(?:study|survey|report|poll)\s+(?:of\s+[\w\s]+?\s+)?(?:found|finds|shows?|says|showed|revealed|reveals|suggests|concluded)\b/gi },
  { re: /\b(?:predicts?|forecasts?)\s+that\b/gi, keep: (_m, text) => /\b[A-Z]{2,}\b|Gartner|Forrester|analyst/i.test(text) },
  // how a company describes itself, reported: "Intercom describes their company as…", "described by Vercel
  // as…", "it bills itself as the number one…" (the publisher describing itself is its own copy)
  {
    re: /\b(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|[Ii]t|[Tt]hey)\s+(?:describes?|bills?|markets?|positions?|brands?)\s+(?:(?:their|its)\s+(?:company|product|platform|tool|service|business|offering|app)|itself|themselves)\s+as\b|\b[Dd]escribed\s+by\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+as\b/g,
    keep: (m, _text, ctx) => !/^(?:We|I|You|Our)\b/.test(m[0]) && findAny(m[0], ctx.publisher) === null,
  },
  // reported speech of customers: "Enterprises like Norrbrook mention how Acme helps them"
  { re: /\b(?:[A-Z][\w.]+|customers?|users?|enterprises|companies|teams|clients)(?:\s*,?\s+[Ll]ike\s+[A-Z][\w.]+,?)?\s+(?:mention(?:s|ed)?|tell(?:s)? us|told us|report(?:s|ed)?|say|says|said|agree(?:s|d)?)\s+(?:how|that)\b/g, keep: (m) => !/^(?:We|I|You|They|It)\b/.test(m[0]) },
]

function endorsements(ctx: ClaimContext, out: ClaimMatch[]): void {
  // a named organisation endorsing the publisher: "Google recommends using Acme's channels"
  const m = /\b([A-Z][\w.]+)\s+(?:recommends?|endorses?|praises?|praised|vouches for|approves)\b/.exec(ctx.text)
  if (m && findAny(m[1] ?? '', ctx.publisher) === null && findAny(ctx.text, ctx.publisher) !== null) out.push({ kind: 'quote', start: m.index, end: m.index + m[0].length })
}

// A customer's verbs for the publisher's product: "we use Acme to…", "our team switched to Acme", "Acme
// enables us to…". The publisher's own voice ("our support team schedules…", "we built Acme") has none.
const USES_BEFORE = /\b(?:we|our\s+[\w-]+)\s+(?:[\w-]+ly\s+)?(?:use|used|using|switched\s+to|moved\s+to|chose|picked|adopted|rely\s+on|relied\s+on|love|trust|deployed|rolled\s+out)\s+(?:@)?$/i
const HELPS_AFTER = /^\s+(?:enables?|enabled|helps?|helped|lets|let|allows?|allowed|gives?|gave|saves?|saved)\s+(?:us|our)\b/i

function customerVoice(ctx: ClaimContext): boolean {
  const named = findAny(ctx.text, ctx.publisher)
  if (named === null) return false
  const before = ctx.text.slice(Math.max(0, named.start - 40), named.start)
  const after = ctx.text.slice(named.end, named.end + 30)
  return USES_BEFORE.test(before) || HELPS_AFTER.test(after)
}

/** Whether a blockquote (or a paragraph opening with a quotation mark) is a quotation of someone. */
function isTestimonial(ctx: ClaimContext): boolean {
  if (ctx.blockquote && CALLOUT.test(ctx.text)) return false
  if (ctx.lead !== undefined && LEAD_IN.test(ctx.lead) && !/\b(?:we|I)\s+\w+:\s*$/i.test(ctx.lead)) return true
  if (ctx.after !== undefined && DASH_ATTRIBUTION.test(ctx.after)) return true
  if (/\s[—–-]\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?[\s,]*(?:@\w+|\[|\(|$)/u.test(ctx.text)) return true
  if (ctx.blockquote && ctx.pageKind === 'customer-story') return true
  // A customer speaking of the publisher in the first person: "We use ElectricSQL to power…", "Acme enables
  // us to…" (not the publisher's own voice, "At Acme, we…")
  if (ctx.blockquote && customerVoice(ctx)) return true
  return ctx.blockquote && /^\s*["“«]/.test(ctx.text)
}

// The speaker introduced as the publisher's own person: "according to Sam Lee, founder of Acme", "says
// Sam, our CTO". The publisher speaking is its own copy, not a third party's word.
const OWN_ROLE = /\b(?:founder|co-?founder|ceo|cto|coo|cpo|head|lead|engineer|team|member|employee|developer advocate|maintainer|creator)\s+(?:of|at)\s+/i
function ownVoice(ctx: ClaimContext): boolean {
  const role = OWN_ROLE.exec(ctx.text)
  if (role && findAny(ctx.text.slice(role.index + role[0].length, role.index + role[0].length + 40), ctx.publisher) !== null) return true
  return /\b(?:our|my)\s+(?:founder|co-?founder|ceo|cto|coo|cpo|head of \w+|team)\b/i.test(ctx.text) && /\b(?:says|said|according to|explains|puts it)\b/i.test(ctx.text)
}

// On a customer story every quotation of a few words is the customer speaking, whoever the sentence names
// ("Updates were slow. **“It took weeks to change a form.”**"): the page is the attribution.
// (speech, not a label: it ends as a sentence does, or runs to five words; "click “Save and publish”" is a button)
function storyQuotation(ctx: ClaimContext, quoted: string, before: string): boolean {
  if (ctx.pageKind !== 'customer-story' || GENERIC_SPEAKER.test(before) || UI_BEFORE.test(before)) return false
  const words = quoted.trim().split(/\s+/).length
  return words >= 5 || (words >= 3 && /[.,!?…]$/.test(quoted.trim()))
}
const UI_BEFORE = /\b(?:click|press|tap|select|choose|open|type|enter|labell?ed|called|named|titled)\s+(?:on\s+|the\s+)?$/i
// An opening quotation mark with no closing one after it, closed in a later sentence.
const UNCLOSED = /["“«](?=\S)(?![^"”»]*["”»])(?=(?:\S+\s+){2})/

export function findQuotes(ctx: ClaimContext): ClaimMatch[] {
  const { text } = ctx
  if (ownVoice(ctx)) return []
  const out: ClaimMatch[] = []
  QUOTED.lastIndex = 0
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const after = text.slice(m.index + m[0].length)
    const before = text.slice(0, m.index)
    const attributed =
      ATTRIBUTION_AFTER.test(after) ||
      (ATTRIBUTION_BEFORE.test(before) && !GENERIC_SPEAKER.test(before)) ||
      (after.trim() === '' && before.trim() === '' && ((ctx.next !== undefined && DASH_ATTRIBUTION.test(ctx.next)) || isTestimonial(ctx)))
    if (attributed || storyQuotation(ctx, m[2] ?? '', before)) out.push({ kind: 'quote', start: m.index, end: m.index + m[0].length })
  }
  // a customer's words the segmenter cut at a full stop inside the quotation: "“We have a team of eight. …"
  // (not when the next sentence closes it and names the speaker, "…the switch,” says Ruiz[^1]": that is where its source sits)
  const closedAndSigned = ctx.next !== undefined && /["”»][\s*_]*(?:[,.!?]\s*)?(?:says|said|explains|explained|adds|added|notes|noted|recalls|recalled|[—–-]\s*\p{Lu})/u.test(ctx.next)
  const open = ctx.pageKind === 'customer-story' && !closedAndSigned ? UNCLOSED.exec(text) : null
  if (open !== null && !out.some((q) => q.start <= open.index) && !GENERIC_SPEAKER.test(text.slice(0, open.index))) {
    out.push({ kind: 'quote', start: open.index, end: text.trimEnd().length })
  }
  // A testimonial (blockquote, or a paragraph opened by a quotation mark and signed below) is one quote
  // claim, flagged once at the sentence that opens it, even when the segmenter split it.
  const opens = ctx.previous === undefined && (ctx.blockquote || /^\s*["“«]/.test(text))
  if (opens && !out.some((m) => m.kind === 'quote') && isTestimonial(ctx)) {
    const start = text.length - text.trimStart().length
    out.push({ kind: 'quote', start, end: text.trimEnd().length })
  }
  runPatterns(RESEARCH, ctx, 'quote', out)
  endorsements(ctx, out)
  return out
}

export const quote: KindModule = {
  id: 'quote',
  description: 'Words attributed to someone: testimonials with or without quotation marks, reported speech, endorsements and research citations.',
  detect: findQuotes,
  gate: (ctx) => ctx.blockquote || ctx.lead !== undefined || ctx.after !== undefined || /["“«]|\s[—–-]\s*\p{Lu}|\b(?:according|study|studies|survey|report|poll|research|data|experts?|analysts?|predicts?|forecasts?|named|recogni[sz]ed|ranked|listed|awarded|crowned|positioned|mention\w*|tell|told|says?|said|agree\w*|recommend\w*|endorse\w*|prais\w*|vouches|approves|describes?|described|bills|positions|markets|Gartner|Forrester|IDC|McKinsey|Nielsen|Deloitte|Accenture|Harvard|Pew|Statista|Bain|BCG|Edelman|G2|Capterra|TrustRadius|Trustpilot|GetApp|Software Advice)\b/iu.test(ctx.text),
  examples: {
    claims: [
      { text: '“It just works,” says Lee Park, CTO at Nimbus.', words: '“It just works,”' },
      { text: 'According to Forrester, inbox sprawl costs teams hours.', words: 'According to Forrester' },
      { text: 'We answer in minutes now.', context: { blockquote: true, pageKind: 'customer-story' }, words: 'We answer in minutes now.' },
      { text: 'We answer in minutes now.', context: { blockquote: true, lead: 'As Priya put it:' }, words: 'We answer in minutes now.' },
      { text: '"Honestly, the rollout dashboard saved our launch."', context: { lead: 'One store owner summed it up:' }, words: '"Honestly, the rollout dashboard saved our launch."' },
      { text: 'We moved every contract over in a week.', context: { blockquote: true, after: '— Dana Whitlock, Head of Operations' }, words: 'We moved every contract over in a week.' },
      { text: 'Enterprises like Norrbrook mention how Acme helps them ship faster.', words: 'Enterprises like Norrbrook mention how' },
      { text: 'Google recommends using Acme channels.', context: { publisher: ['Acme'] }, words: 'Google recommends' },
      { text: 'Intercom describes their company as a suite of messaging-first products.', words: 'Intercom describes their company as' },
      { text: 'Described by Vercel as a tool for writing UIs rendered on the server.', words: 'Described by Vercel as' },
      { text: 'We use Acme to power our realtime dashboards.', context: { blockquote: true, publisher: ['Acme'] }, words: 'We use Acme to power our realtime dashboards.' },
      { text: 'Acme enables us to stream agent updates in real time.', context: { blockquote: true, publisher: ['Acme'] }, words: 'Acme enables us to stream agent updates in real time.' },
      { text: 'At Otto, we built a spreadsheet where every cell is an agent.', context: { blockquote: true, publisher: ['Acme'], after: '> — Sam Lee, Co-founder & CEO, Otto' }, words: 'At Otto, we built a spreadsheet where every cell is an agent.' },
      { text: 'Updates were slow. “It took weeks to change one form.”', context: { pageKind: 'customer-story' }, words: '“It took weeks to change one form.”' },
      { text: '“We have four regions with different needs.', context: { pageKind: 'customer-story' }, words: '“We have four regions with different needs.' },
      { text: 'Dana explained, “we moved every contract over in a week.”', words: '“we moved every contract over in a week.”' },
    ],
    nonClaims: [
      '“Hello.”',
      'Press "Publish" when you are ready.',
      'Everyone says "use boring software".',
      'In the menu on the left you will see it says "manager + 1"; expand that.',
      { text: 'TLDR; we rewrote the editor.', context: { blockquote: true } },
      { text: 'According to Acme, only your users can decrypt updates.', context: { publisher: ['Acme'] } },
      { text: 'According to Sam Lee, founder of Acme: ship small.', context: { publisher: ['Acme'] } },
      { text: 'At Acme, we ship every week.', context: { blockquote: true, publisher: ['Acme'] } },
      { text: 'In practice, our support team at Acme reviews flagged orders by hand.', context: { blockquote: true, publisher: ['Acme'] } },
      { text: 'Acme describes its product as a shared inbox.', context: { publisher: ['Acme'] } },
      { text: 'Click “Save and publish” when the form is ready.', context: { pageKind: 'customer-story' } },
      { text: 'Open the “Data” tab to see it.', context: { pageKind: 'customer-story' } },
    ],
  },
}
