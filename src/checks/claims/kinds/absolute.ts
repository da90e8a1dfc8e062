// absolute: an unconditional promise no business can keep — "no/zero/without + a bad outcome" ("no hidden
// fees", "zero-downtime operations", "without delays"), "never/won't + a failure" ("never misses an outage",
// "won't ever lose data"), "always works", "free forever", "any number of clients", certainty ("rest
// assured"), and the product "ensuring" compliance or security. Reported as banned claims beside the rule
// pack's phrases, and read through the same filters: negated or hedged uses ("no tool can guarantee",
// "we aim for zero downtime", "essentially infinite"), quotations, hypotheticals, technical guarantees
// true by design ("ACID guarantees", "a no-op").
import { aspirational, exampleItem, hypothetical, insideQuotes, negatedBefore, quotedExample } from './filters.js'
import { aboutPublisher, describesCompetitor, publisherIn } from './scope.js'
import { findAny, runPatterns, type ClaimContext, type ClaimMatch, type KindModule, type Pattern } from './types.js'

// Outcomes nobody wants: what "no", "zero" and "without" promise away.
const BAD_OUTCOME = String.raw`(?:hidden\s+(?:fees|costs|charges)|surprise\s+(?:fees|bills|charges)|downtime|down-time|outages?|lock-?in|vendor\s+lock-?in|gaps?|errors?|configuration\s+errors?|mistakes|bugs|failures?|delays?|(?:data|state|message)\s+loss|lost\s+data|loading\s+(?:screens?|spinners?)|spinners?|guesswork|interruptions?|disruptions?|breaches|vulnerabilit(?:y|ies)|crashes|conflicts|headaches|hassle|surprises|risks?|latency|lag|spam|fraud|friction|maintenance|code\s+changes|manual\s+work|missed\s+\w+)`
const NEVER_FAIL = String.raw`(?:lose|loses|lost|miss|misses|missed|fail|fails|go(?:es)?\s+down|break|breaks|crash(?:es)?|drop|drops|hit|hits|leak|leaks|slow(?:s)?\s+down|expire|expires|let\s+you\s+down|stop|stops|go\s+offline|run\s+out)`

const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:no|zero|free\s+of|never\s+any)[\s-]+(?:[\w-]+\s+){0,1}?${BAD_OUTCOME}\b`, 'gi'), keep: (_m, _t, ctx) => ctx.pageKind !== 'docs' },
  // "without delays", "without downtime": only the outcome itself, right after "without", outside technical docs
  // (a degree is no promise: "without excessive downtime")
  // (nor a delay given its cause: "without the delays of app store approvals" skips one step, it does not promise
  // that nothing is ever late)
  { re: /\bwithout\s+(?:any\s+|the\s+need\s+for\s+)?(?!(?:excessive|significant|major|much|extended|unnecessary|costly|long|lengthy|noticeable)\s)(?:(?![\w-]+ing\s)[\w-]+\s+)?(?:delays?|downtime|down-time|lock-?in|hidden\s+(?:fees|costs)|interruptions?|disruptions?|data\s+loss|outages?|limits)\b(?!\s+(?:of|caused\s+by|due\s+to|from)\b)/gi, keep: (m, text, ctx) => ctx.pageKind !== 'docs' && !/\b(?:could|can|would|might|how|whether)\b/i.test(text.slice(0, m.index)) },
  { re: new RegExp(String.raw`\b(?:never|won['’]t(?:\s+ever)?|will\s+never)\s+(?:ever\s+)?${NEVER_FAIL}\b`, 'gi') },
  // more for nothing: "add new users at no extra cost", "making modernization cost-free"; the latest, always: "your users
  // always have the latest version"; a risk ruled out: "there's no chance of going over budget", "scope creep is a non-issue"
  // (not a plan fact: "Suggested replies are included in Growth at no extra cost")
  { re: /\bat\s+no\s+(?:extra|additional)\s+cost\b(?<!\binclud\w*\s[^.;:!?]{0,40})|\bcost-free\b|\balways\s+(?:have|get)\s+(?:access\s+to\s+)?the\s+latest\b|\bno\s+chance\s+of\b|\b(?:is|are|becomes?)\s+a\s+non-issue\b/gi },
  // the publisher itself ensuring anything: "Capgo ensures it meets all store guidelines", "Acme's error tracking
  // ensures quick fixes" (said of a practice or a person, "ensures" needs a word from the list further down)
  { re: /\bensures\s+(?:that\s+)?[\w'’-]+/gi, keep: (m, text, ctx) => publisherSubject(text, m.index, ctx) },
  // a chore promised away for good: "you'll never have to pay for inactive users"
  { re: /\b(?:you|you['’]ll|you\s+will|they|teams?|users?)\s+never\s+(?:have|need)\s+to\b/gi },
  // (not "always on our minds": a habit of thought, not uptime)
  {
    re: /\b(?:and\s+)?always\s+will\s+be\b|\b(?:will\s+)?always\s+(?:works?|remains?|be\s+(?:available|free|secure|on|up|here|there)|available|on|up|here|there|delivers?|stays?|keeps?)\b/gi,
    keep: (m, text) => !/\bas\s+always\b/i.test(text.slice(Math.max(0, m.index - 4), m.index + 7)) && !/^\s+(?:(?:our|my|your|their|the|top\s+of)\s+)?minds?\b/i.test(text.slice(m.index + m[0].length)),
  },
  // it works whatever the case: "it just works", "so it works everywhere", "works with any Postgres host",
  // "works (seamlessly) across all devices" (not in technical docs, where "works with any S3 bucket" states a design)
  { re: /\b(?:just|simply)\s+works?\b|\bworks?\s+everywhere\b|\bworks?\s+(?:seamlessly\s+|perfectly\s+|flawlessly\s+)?(?:with|on|across|in)\s+_?(?:any|all|every)_?\b/gi, keep: (_m, _t, ctx) => ctx.pageKind !== 'docs' },
  // nobody can do harm: "No agent can bypass your permissions", "no one can read your updates"
  { re: /\bno\s+(?:one|body|agent|human|user|attacker|third[- ]party|outsider|employee|admin|hacker)\s+(?:else\s+)?(?:can|could|will|is able to)\s+(?:ever\s+)?(?:\w+)\b/gi },
  // data never kept or seen: "we never store your code", "your logic never leaves your control", "we store NOTHING"
  // (not "never see": "subscribers never see the entry disappear" describes behaviour, not custody)
  { re: /\bnever\s+(?:stores?|stored|keeps?|kept|leaves?|touch(?:es)?|process(?:es)?|persist(?:s|ed)?|retains?|retained|logs?|logged)\b|\bstores?\s+nothing\b/gi },
  { re: /\bforever\b/gi, keep: (m, text) => /\bfree\b|\bavailable\b|\bopen[- ]source\b|\bkeep\b|\byours\b/i.test(text.slice(Math.max(0, m.index - 40), m.index)) },
  { re: /\b(?:to\s+)?any\s+number\s+of\b|\buniversal(?:ly)?\s+(?:compatib\w+|support\w*|coverage|access|works?)\b/gi },
  // unlimited said in other words: "as many users as you want", "no matter how big your database is",
  // "won't be beaten", "solve signing once and for all" (not "without compromising on X": labelled both ways)
  { re: /\bas\s+(?:many|much)\s+(?:[\w-]+\s+){0,2}?as\s+(?:you|they|your\s+\w+)\s+(?:want|wants|like|likes|need|needs|wish|please)\b|\bno\s+matter\s+how\s+(?:big|large|many|much|complex|fast)\b|\bwon['’]t\s+be\s+beaten\b|\bonce\s+and\s+for\s+all\b/gi, keep: (m, text) => !/\bas\s+many\b/i.test(m[0]) || !/\b(?:add|invite|create)\s+$/i.test(text.slice(0, m.index)) },
  // "we don’t charge hidden fees": "no hidden fees" with the verb negated
  { re: /\b(?:don['’]t|do\s+not|never|won['’]t)\s+charge\s+(?:you\s+)?(?:any\s+)?(?:hidden|surprise|extra|additional)\s+(?:fees|costs|charges)\b/gi },
  { re: /\brest\s+assured\b|\byou\s+can\s+be\s+(?:certain|sure|confident)\b|\bwithout\s+(?:a|any)\s+doubt\b/gi },
  // "works perfectly", "integrates perfectly with your existing stack", "fitting perfectly on any screen"
  { re: /\b(?:works?|runs?)\s+perfectly\b|\b(?:integrates?|integrating|works?|fits?|fitting)\s+perfectly\s+(?:with\s+(?:any|every|all|your\s+existing)|on\s+(?:any|every|all))\b|\b(?:fits?|fitting|function(?:s|ing)?|looks?|looking|resiz\w+)\s+perfectly\s+(?:on|across|in)\b|\bflawless(?:ly)?\b|\bfully\s+(?:adher(?:es?|ing)|complian\w+|legally\s+binding|secure|protected|guaranteed|future-?proof)\b|\btamper-?proof\b|\binfinitely\s+(?:scalable|scale|reliable|secure|flexible|customi[sz]able)\b/gi },
  // an outcome promised away by form: "conflict-free", "error-free", "hassle-free"
  // (not the name of a data type or property: "conflict-free replicated data types", "conflict-free concurrency")
  { re: /\b(?:conflict|error|hassle|worry|bug|maintenance|downtime|stress|headache|friction|glitch|lag|breach|spam)-free\b(?!\s+(?:replicated|data\s+types?|concurrency|replication|merg\w*))/gi },
  // "100% reliable", "100% uptime", "100% secure": certainty given as a figure; "future-proof", totally or not
  { re: /\b100\s?%\s+(?:reliable|reliability|secure|security|safe|accurate|accuracy|uptime|available|availability|compliant|guaranteed|bulletproof)\b|\b(?:(?:totally|completely|fully|truly|100%)\s+)?future-?proof\b/gi },
  // "zero infra to manage", "zero overhead"
  { re: /\bzero\s+(?:infra(?:structure)?|overhead|effort|ops|setup\s+time|learning\s+curve)\b/gi },
  // "eliminate admin costs", "eliminates errors": a cost or failure done away with entirely
  { re: /\beliminat(?:e|es|ing)\s+(?:(?:the|these|those|all|your|any|every|admin|manual|human|costly|common)\s+)*(?:[\w-]+\s+)?(?:costs?|errors?|mistakes|risks?|downtime|delays?|paperwork|bottlenecks|waste|fraud)\b/gi },
  // "collecting exactly the right information, every time"; not "every time you push…" (a condition)
  // (nor "without having to coordinate every time": a need done away with, not a promise)
  { re: /\bevery\s+(?:single\s+)?time\b(?=\s*(?:[.!,;)]|$))/gi, keep: (m, text) => !/\bwithout\b[^.,;:!?]{0,50}$/i.test(text.slice(0, m.index)) },
  // "is not limited by users": unlimited said the other way round (not "is not limited to a tag", "includes, but
  // is not limited to": what a thing covers)
  { re: /\b(?:is|are)\s+not\s+limited\s+(?:by|in)\b|\bno\s+one\s+else\b/gi },
  // the product or a feature ensuring compliance, security or exclusive access: "RelayHQ ensures compliance",
  // "Acme ensures fast, secure updates" (a list of qualities, commas and all),
  // "ensuring only authorized users can access them"; not a purpose ("to ensure", "help ensure", "can ensure")
  {
    re: /\b(?:ensures?|ensuring|guarantees?|guaranteeing|keeps?\s+you|keeping\s+you)\s+(?:that\s+)?(?:[\w'’-]+,?\s+){0,7}?(?:complian\w*|compliant|secure|security|only\s+(?:to\s+)?(?:authori[sz]ed|the\s+intended|your)|stability|stable\s+long|reliable|safe|protected|protection|integrity|tamper\w*|never)\b/gi,
    // …said of the publisher or its product (named here or just before, or "we"), not of a practice
    keep: (m, text, ctx) =>
      !/\b(?:to|help|helps|helping|can|could|will help|need to|needs to|must|should|in order to|aim to|way to)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
      !/^\s*ensur/i.test(text) &&
      // …nor a purpose the ensuring shares: "help developers ensure privacy compliance", "tools to make updates
      // easier and ensure everything stays compliant", "help streamline these processes while ensuring updates remain safe"
      !/\bhelp(?:s|ing)?\s+(?:\w+\s+)?$|\b(?:help(?:s|ing)?|to)\s+\w+[^.;:!?,]*\s(?:and|while)\s+$/i.test(text.slice(0, m.index)) &&
      !/\blearn how\b/i.test(text) &&
      // …said of the publisher, its product or a feature or setup the page describes ("This configuration
      // ensures secure deployments", "End-to-end encryption ensures updates are safe"), not of a person
      (aboutPublisher(text, ctx) ||
        (ctx.previous !== undefined && publisherIn(ctx.previous, ctx)) ||
        (/^ensures\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:secure|safe|security|protected|integrity|never|only)\b/i.test(m[0]) && !/\b(?:you|your team|they|he|she|developers|teams)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index)))),
  },
]

/** Whether the publisher, or a thing of its ("Acme's error tracking"), is named just before `at`: the subject of the verb there. */
function publisherSubject(text: string, at: number, ctx: Pick<ClaimContext, 'publisher'>): boolean {
  const before = text.slice(Math.max(0, at - 48), at)
  const named = findAny(before, ctx.publisher)
  return named !== null && /^(?:['’]s)?(?:\s+[\w-]+){0,2}\s+$/.test(before.slice(named.end))
}

// A technical guarantee true by design: "ACID guarantees", "consistency guarantees", "guarantee invariants".
// (and "guarantees" as a plural noun: "the guarantees AP systems provide", "reconnection guarantees", "ordering and guarantees")
const TECHNICAL = /\b(?:the|same|[a-z]+(?:ion|ity))\s+guarantees\b|\band\s+guarantees\s*[.,;:)]|\b(?:ACID|consistency|ordering|delivery|durability|transactional|database|isolation|causal|convergence|replication|these|its|their|formal|mathematical|strong|cryptographic|security|protocol)\s+guarantee(?:s|ing)?\b|\bfor\s+guaranteed\s+(?:delivery|ordering|execution|consistency|durability)\b|\bguarantee(?:s|d|ing)?\s+(?:that\s+the\s+(?:document|data|file|message|signature|hash)\b|invariants?|ordered|ordering|consistency|consistent|convergence|termination|at-least-once|exactly-once|durable|atomic)/i
const HEDGE = /\b(?:all\s+but|essentially|virtually|practically|almost|nearly|near|aim(?:s|ing)?\s+(?:for|to)|strive|designed\s+to|try\s+to|tries\s+to|should|typically|usually|mostly)\b[^.;:!?]{0,30}$/i

// A term of art or an idiom that happens to hold a promise or rank word: "zero-day vulnerabilities", "infinite loops",
// "rotate the key without delay" (promptly, not a promise that nothing is ever late).
// ("first-class support for X", "a first-class primitive": supported natively, a programmer's term, not a rank)
const TERM_OF_ART = /^(?:zero-day\b|infinite\s+(?:loops?|scroll\w*|recursion)\b|without\s+delay\b(?!s)|first-class\s+(?:[\w-]+\s+)?(?:support|citizens?|primitives?|objects?|types?|functions?|values?|concepts?|members?|failure\s+modes?|changes?|apis?|integrations?)\b)/i
// A setting's value, stated as such: "Default is `-1` (unlimited)", "(default is unlimited)".
const SETTING_VALUE = /\bdefaults?(?:\s+value)?(?:\s+is|\s+to)\b[^.;:!?|]{0,20}$/i

// A means, not an aim: "Capgo uses encryption to deliver secure updates while fully adhering…", "Use Budibase to
// create totally future-proof software" say what the tool does when used.
// So is a way or a capability: "the easy way to create fully secure forms", "makes it easy to build…", "allow you to create…".
const MEANS = /\b(?:(?:use|uses|using)\s+(?!(?:it|this|that)\b)[^.;:!?]{0,60}\b|(?:way|easy|simple|allows?\s+\w+|enables?\s+\w+|lets?\s+\w+)\s+)to\s+(?:provide|build|offer|create|deliver)\b[^.;:!?]*$/i

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
  if (negatedBefore(text, start) || quotedExample(text, start, end) || exampleItem(text, start, end, ctx) || hypothetical(text) || (aspirations && aspirational(text, start) && !MEANS.test(text.slice(0, start)))) return false
  if (/^(?:#1|number one|no\.\s?1)$/i.test(text.slice(start, end)) && INTERNAL_RANK.test(text.slice(end))) return false
  if (HEDGE.test(text.slice(Math.max(0, start - 40), start))) return false
  // a guarantee withheld or bounded: "catching violations without guaranteeing their absence", "a format only
  // guaranteed when using the official CLI"
  if (/^guarant/i.test(text.slice(start, end)) && (/\bwithout\s+$/i.test(text.slice(0, start)) || (/\bonly\s+$/i.test(text.slice(0, start)) && /^\s+(?:when|if)\b/i.test(text.slice(end))))) return false
  if (TERM_OF_ART.test(text.slice(start)) || SETTING_VALUE.test(text.slice(Math.max(0, start - 40), start))) return false
  // A condition, not a promise: "If you auto-grant everything every time, you may miss…", "if you want zero downtime".
  if (/\b(?:if|unless)\s+(?:you|your|we|the|a|an|it|they)\b[^,;:.!?]*$/i.test(text.slice(0, start))) return false
  if (TECHNICAL.test(text.slice(Math.max(0, start - 30), end + 30)) && /guarant/i.test(text.slice(start, end))) return false
  // Someone else's words: a testimonial or a quotation inside the sentence.
  if (ctx.blockquote || (inlineQuotes && insideQuotes(text, start, end))) return false
  return true
}

export function findAbsolutes(ctx: ClaimContext): ClaimMatch[] {
  const found = runPatterns(PATTERNS, ctx, 'absolute').filter((m) => promiseInContext(ctx.text, m.start, m.end, ctx))
  return found.length > 0 && describesCompetitor(ctx) ? [] : found
}

export const absolute: KindModule = {
  id: 'absolute',
  description: 'Unconditional promises: no/zero/without + a bad outcome, X-free, never/won’t + a failure, always, forever, every time, any number of, certainty, eliminating a cost, the product ensuring compliance or security.',
  detect: findAbsolutes,
  gate: (ctx) => /\b(?:no|nothing|non|zero|free|never|without|don['’]t|not|works?|won['’]t|will|always|forever|any|universal\w*|rest|certain|sure|confident|doubt|perfectly|flawless\w*|fully|tamper\w*|ensur\w*|guarante\w*|keep\w*|infinitely|eliminat\w*|every|limited|else|many|much|matter|beaten|once)\b|-free\b|100\s?%|future-?proof/i.test(ctx.text),
  examples: {
    claims: [
      { text: 'The first method is used because it is 100% reliable.', words: '100% reliable' },
      // a heading setting two products side by side is no one product's section: the promise stays
      { text: 'Its free tier lets you build as many apps as you want.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['Ridgeline compared with Relay'] }, words: 'as many apps as you want' },
      { text: 'Every Acme app is totally future-proof.', words: 'totally future-proof' },
      // a means, not an aim: what the tool does when used
      { text: 'Use Acme to create totally future-proof software.', words: 'totally future-proof' },
      { text: 'Acme uses strong encryption to deliver updates while fully adhering to store rules.', words: 'fully adhering' },
      { text: 'No hidden fees, ever.', words: 'No hidden fees' },
      { text: 'Unlike other tools, we don’t charge hidden fees.', words: 'don’t charge hidden fees' },
      { text: 'Let’s build a web UI, which allows you to use it with as many users as you want.', words: 'as many users as you want' },
      { text: 'Zero-downtime operations.', words: 'Zero-downtime' },
      { text: 'Fix bugs or roll out features without delays.', words: 'without delays' },
      { text: 'Acme never misses an outage.', words: 'never misses' },
      { text: 'You won’t ever lose data.', words: 'won’t ever lose' },
      { text: 'Reads are free, unlimited, and always will be.', words: 'and always will be' },
      { text: 'Hobby apps run for free forever.', words: 'forever' },
      { text: 'Sync changes to any number of clients.', words: 'to any number of' },
      { text: 'Rest assured, your data is safe.', words: 'Rest assured' },
      { text: 'Acme ensures compliance with Apple’s rules.', context: { publisher: ['Acme'] }, words: 'ensures compliance' },
      // a list of qualities, commas and all
      { text: 'Acme ensures updates are fast, secure and reliable.', context: { publisher: ['Acme'] }, words: 'ensures updates are fast, secure' },
      { text: 'Our encryption keeps updates sealed, ensuring only authorized users can read them.', words: 'ensuring only authorized' },
      { text: 'This configuration ensures secure and automated deployments.', words: 'ensures secure' },
      { text: 'Keep branches organized and conflict-free.', words: 'conflict-free' },
      { text: 'Acme integrates perfectly with your existing stack.', words: 'integrates perfectly with your existing' },
      { text: 'Collect exactly the right information, every time.', words: 'every time' },
      { text: 'Digital timesheets eliminate these costs.', words: 'eliminate these costs' },
      { text: 'Push the branch and the preview just works.', words: 'just works' },
      { text: 'Our sync runs on the edge, so it works everywhere.', words: 'works everywhere' },
      { text: 'No agent can bypass your access rules.', words: 'No agent can bypass' },
      { text: 'Every form resizes to fit perfectly on phones and tablets.', words: 'fit perfectly on' },
      { text: 'Releases are deployed without disruptions.', words: 'without disruptions' },
      { text: 'Use it with as many users as you want, on any device.', words: 'as many users as you want' },
      { text: 'Searches stay fast, no matter how big your database is.', words: 'no matter how big' },
      { text: 'We will solve signing once and for all.', words: 'once and for all' },
      { text: 'Sign up for a free Acme account to start building as many apps as you want.', words: 'as many apps as you want' },
      { text: 'A future-proof, secure choice for long-term projects.', words: 'future-proof' },
      // a way or a capability, not an aim
      { text: 'Acme is the easy way to create fully secure digital forms.', words: 'fully secure' },
      { text: 'Our form works seamlessly across all devices.', words: 'works seamlessly across all' },
      { text: 'Your JavaScript stays on your side: we never touch or store your web code.', words: 'never touch' },
      { text: 'Credentials go straight to the stores, and we store nothing.', words: 'store nothing' },
      { text: 'Pages render locally: no more loading spinners.', words: 'no more loading spinners' },
      // (an inclusion in a plan is a plan fact: see the non-claims below)
      { text: 'Build more apps or add users at no extra cost.', words: 'at no extra cost' },
      { text: 'Acme ensures it meets every app store guideline.', context: { publisher: ['Acme'] }, words: 'ensures it' },
      { text: 'Acme’s error tracking ensures quick fixes.', context: { publisher: ['Acme'] }, words: 'ensures quick' },
      { text: 'Acme checks for updates, so your users always have the latest version.', words: 'always have the latest' },
      { text: 'With a fixed fee, there is no chance of going over budget.', words: 'no chance of' },
      { text: 'With per-seat billing, you’ll never have to pay for inactive users.', words: 'you’ll never have to' },
    ],
    nonClaims: [
      // a competitor's plan, described: the publisher promises nothing
      { text: 'Relay’s free tier lets you build as many apps as you want.', context: { publisher: ['Acme'], competitors: ['Relay'] } },
      { text: 'Its free tier lets you build as many apps as you want.', context: { publisher: ['Acme'], competitors: ['Relay'], sections: ['2. Relay', 'Pricing'] } },
      'No tool can guarantee zero downtime.',
      'We aim for zero downtime during upgrades.',
      'Scale to essentially infinite capacity.',
      'Our goal is to create totally future-proof software.',
      'Rich CRDTs add database guarantees such as referential integrity.',
      'Use end-to-end encryption to ensure updates stay secure.',
      'Ensuring secure updates requires strong encryption.',
      // a purpose the ensuring shares: what the tools help with, not a promise
      { text: 'Acme offers tools to make updates easier and ensure everything stays compliant.', context: { publisher: ['Acme'] } },
      { text: 'How can tools like Acme help developers ensure privacy compliance?', context: { publisher: ['Acme'] } },
      { text: 'Tools like Acme can help streamline these steps while ensuring updates remain safe.', context: { publisher: ['Acme'] } },
      { text: 'All updates merge without conflicts.', context: { pageKind: 'docs' } },
      'We looked for a way to restore it without incurring downtime.',
      'As always, let us know what you think.',
      'Every time you push a tag, the workflow runs.',
      'Widgets sit perfectly in the sidebar.',
      'Upgrade without excessive downtime.',
      'Acme ships fixes without the delays of app store approvals.',
      'Users get new features without delays caused by app store reviews.',
      'Start with one user and add as many users as you need.',
      'But you can add as many variables as you want.',
      'Suggested replies are included in Growth at no extra cost.',
      // a practice or a person ensuring, not the publisher
      { text: 'A weekly review ensures quick fixes.', context: { publisher: ['Acme'] } },
      'Subscribers never see the entry disappear, so renderers do not flicker.',
      'Rich CRDTs are conflict-free replicated data types.',
      'CRDTs give us conflict-free concurrency.',
      'A node can validate an operation without having to coordinate every time.',
      'If you auto-grant every permission every time, you may miss a runtime edge case.',
      'The campaign is not limited to a tag or segment the device lacks.',
      { text: 'It never seemed to work well.', context: { blockquote: true } },
      'Avoid writing "no hidden fees" unless legal approves.',
      'Security is always on our minds when we design a feature.',
      'The signature scheme is what guarantees that the document has not been altered.',
      'We needed a transport that guarantees ordered, resumable delivery.',
      { text: 'The adapter works with any S3-compatible bucket.', context: { pageKind: 'docs' } },
      // terms of art and idioms
      'The red team found zero-day vulnerabilities in well-tested code.',
      'Rotate the key without delay.',
    ],
  },
}
