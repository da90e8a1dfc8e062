// absolute: an unconditional promise no business can keep — "no/zero/without + a bad outcome" ("no hidden
// fees", "zero-downtime operations", "without delays"), "never/won't + a failure" ("never misses an outage",
// "won't ever lose data"), "always works", "free forever", "any number of clients", certainty ("rest
// assured"), and the product "ensuring" compliance or security. Reported as banned claims beside the rule
// pack's phrases, and read through the same filters: negated or hedged uses ("no tool can guarantee",
// "we aim for zero downtime", "essentially infinite"), quotations, hypotheticals, technical guarantees
// true by design ("ACID guarantees", "a no-op").
import { aspirational, hypothetical, insideQuotes, negatedBefore, quotedExample } from './filters.js'
import { aboutPublisher, publisherIn } from './scope.js'
import { runPatterns, type ClaimContext, type ClaimMatch, type KindModule, type Pattern } from './types.js'

// Outcomes nobody wants: what "no", "zero" and "without" promise away.
const BAD_OUTCOME = String.raw`(?:hidden\s+(?:fees|costs|charges)|surprise\s+(?:fees|bills|charges)|downtime|down-time|outages?|lock-?in|vendor\s+lock-?in|gaps?|errors?|configuration\s+errors?|mistakes|bugs|failures?|delays?|data\s+loss|lost\s+data|interruptions?|disruptions?|breaches|vulnerabilit(?:y|ies)|crashes|conflicts|headaches|hassle|surprises|risks?|latency|lag|spam|fraud|friction|maintenance|code\s+changes|manual\s+work|missed\s+\w+)`
const NEVER_FAIL = String.raw`(?:lose|loses|lost|miss|misses|missed|fail|fails|go(?:es)?\s+down|break|breaks|crash(?:es)?|drop|drops|hit|hits|leak|leaks|slow(?:s)?\s+down|expire|expires|let\s+you\s+down|stop|stops|go\s+offline|run\s+out)`

const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:no|zero|free\s+of|never\s+any)[\s-]+(?:[\w-]+\s+){0,1}?${BAD_OUTCOME}\b`, 'gi'), keep: (_m, _t, ctx) => ctx.pageKind !== 'docs' },
  // "without delays", "without downtime": only the outcome itself, right after "without", outside technical docs
  { re: /\bwithout\s+(?:any\s+)?(?:delays?|downtime|down-time|lock-?in|hidden\s+(?:fees|costs)|interruptions?|data\s+loss|outages?|limits)\b/gi, keep: (m, text, ctx) => ctx.pageKind !== 'docs' && !/\b(?:could|can|would|might|how|whether)\b/i.test(text.slice(0, m.index)) },
  { re: new RegExp(String.raw`\b(?:never|won['’]t(?:\s+ever)?|will\s+never)\s+(?:ever\s+)?${NEVER_FAIL}\b`, 'gi') },
  { re: /\b(?:and\s+)?always\s+will\s+be\b|\b(?:will\s+)?always\s+(?:works?|remains?|be\s+(?:available|free|secure|on|up)|available|on|up|delivers?|stays?|keeps?)\b/gi, keep: (m, text) => !/\bas\s+always\b/i.test(text.slice(Math.max(0, m.index - 4), m.index + 7)) },
  { re: /\bforever\b/gi, keep: (m, text) => /\bfree\b|\bavailable\b|\bopen[- ]source\b|\bkeep\b|\byours\b/i.test(text.slice(Math.max(0, m.index - 40), m.index)) },
  { re: /\b(?:to\s+)?any\s+number\s+of\b|\buniversal(?:ly)?\s+(?:compatib\w+|support\w*|coverage|access|works?)\b/gi },
  { re: /\brest\s+assured\b|\byou\s+can\s+be\s+(?:certain|sure|confident)\b|\bwithout\s+(?:a|any)\s+doubt\b/gi },
  { re: /\b(?:works?|runs?|fits?)\s+perfectly\b|\bflawless(?:ly)?\b|\bfully\s+(?:adheres?|complian\w+|legally\s+binding|secure|protected|guaranteed)\b|\btamper-?proof\b/gi },
  // the product or a feature ensuring compliance, security or exclusive access: "RelayHQ ensures compliance",
  // "ensuring only authorized users can access them"; not a purpose ("to ensure", "help ensure", "can ensure")
  {
    re: /\b(?:ensures?|ensuring|guarantees?|guaranteeing|keeps?\s+you|keeping\s+you)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,7}?(?:complian\w*|compliant|secure|security|only\s+(?:to\s+)?(?:authori[sz]ed|the\s+intended|your)|stability|stable\s+long|reliable|safe|protected|protection|integrity|tamper\w*|never)\b/gi,
    // …said of the publisher or its product (named here or just before, or "we"), not of a practice
    keep: (m, text, ctx) =>
      !/\b(?:to|help|helps|helping|can|could|will help|need to|needs to|must|should|in order to|aim to|way to)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
      !/^\s*ensur/i.test(text) &&
      !/\blearn how\b/i.test(text) &&
      (aboutPublisher(text, ctx) || (ctx.previous !== undefined && publisherIn(ctx.previous, ctx))),
  },
]

// A technical guarantee true by design: "ACID guarantees", "consistency guarantees", "guarantee invariants".
const TECHNICAL = /\b(?:ACID|consistency|ordering|delivery|durability|transactional|database|isolation|causal|convergence|these|its|their|formal|mathematical|strong)\s+guarantees?\b|\bguarantee(?:s|d)?\s+(?:invariants?|ordering|consistency|convergence|termination|at-least-once|exactly-once)\b/i
const HEDGE = /\b(?:essentially|virtually|practically|almost|nearly|near|aim(?:s|ing)?\s+(?:for|to)|strive|designed\s+to|try\s+to|tries\s+to|should|typically|usually|mostly)\b[^.;:!?]{0,30}$/i

// A ranking of the writer's own to-do list: "the #1 goal", "our number one priority".
const INTERNAL_RANK = /^\s+(?:goal|priority|priorities|rule|tip|reason|question|mistake|request|thing|step|lesson|takeaway)\b/i

/**
 * Whether words the rule pack or this module flag read as a promise in this sentence: not negated,
 * hedged, quoted (someone else's words or an example of what not to write), hypothetical or technical.
 * `aspirations`, `inlineQuotes`: also drop aims ("we want to offer unlimited…") and words quoted inside the
 * sentence, as this module does; the rule pack keeps them (a quoted award title still says "#1").
 */
export function promiseInContext(
  text: string,
  start: number,
  end: number,
  ctx: Pick<ClaimContext, 'blockquote'> & Partial<ClaimContext> = { blockquote: false },
  aspirations = true,
  inlineQuotes = true,
): boolean {
  if (negatedBefore(text, start) || quotedExample(text, start, end) || hypothetical(text) || (aspirations && aspirational(text, start))) return false
  if (/^(?:#1|number one|no\.\s?1)$/i.test(text.slice(start, end)) && INTERNAL_RANK.test(text.slice(end))) return false
  if (HEDGE.test(text.slice(Math.max(0, start - 40), start))) return false
  if (TECHNICAL.test(text.slice(Math.max(0, start - 30), end + 30)) && /guarant/i.test(text.slice(start, end))) return false
  // Someone else's words: a testimonial or a quotation inside the sentence.
  if (ctx.blockquote || (inlineQuotes && insideQuotes(text, start, end))) return false
  return true
}

export function findAbsolutes(ctx: ClaimContext): ClaimMatch[] {
  return runPatterns(PATTERNS, ctx, 'absolute').filter((m) => promiseInContext(ctx.text, m.start, m.end, ctx))
}

export const absolute: KindModule = {
  id: 'absolute',
  description: 'Unconditional promises: no/zero/without + a bad outcome, never/won’t + a failure, always, forever, any number of, certainty, the product ensuring compliance.',
  detect: findAbsolutes,
  gate: (ctx) => /\b(?:no|zero|free|never|without|won['’]t|will|always|forever|any|universal\w*|rest|certain|sure|confident|doubt|perfectly|flawless\w*|fully|tamper\w*|ensur\w*|guarante\w*|keep\w*)\b/i.test(ctx.text),
  examples: {
    claims: [
      { text: 'No hidden fees, ever.', words: 'No hidden fees' },
      { text: 'Zero-downtime operations.', words: 'Zero-downtime' },
      { text: 'Fix bugs or roll out features without delays.', words: 'without delays' },
      { text: 'Acme never misses an outage.', words: 'never misses' },
      { text: 'You won’t ever lose data.', words: 'won’t ever lose' },
      { text: 'Reads are free, unlimited, and always will be.', words: 'and always will be' },
      { text: 'Hobby apps run for free forever.', words: 'forever' },
      { text: 'Sync changes to any number of clients.', words: 'to any number of' },
      { text: 'Rest assured, your data is safe.', words: 'Rest assured' },
      { text: 'Acme ensures compliance with Apple’s rules.', context: { publisher: ['Acme'] }, words: 'ensures compliance' },
      { text: 'Our encryption keeps updates sealed, ensuring only authorized users can read them.', words: 'ensuring only authorized' },
    ],
    nonClaims: [
      'No tool can guarantee zero downtime.',
      'We aim for zero downtime during upgrades.',
      'Scale to essentially infinite capacity.',
      'Rich CRDTs add database guarantees such as referential integrity.',
      'Use end-to-end encryption to ensure updates stay secure.',
      'Ensuring secure updates requires strong encryption.',
      { text: 'All updates merge without conflicts.', context: { pageKind: 'docs' } },
      'We looked for a way to restore it without incurring downtime.',
      'As always, let us know what you think.',
      { text: 'It never seemed to work well.', context: { blockquote: true } },
      'Avoid writing "no hidden fees" unless legal approves.',
    ],
  },
}
