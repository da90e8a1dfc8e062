// superlative: a claim to be the most or the only — any -est adjective or "most/least X" used as a claim,
// "one of the most …", the leader/leading ("leading the pack"), "the clear choice", "the champion of", #1, "has never been easier", "easier than ever", "won't be
// beaten", exclusivity ("only Acme does Y", "uniquely positioned", "a unique architecture").
// Not: negated ("not the fastest"), aspirations ("we want to be the fastest"), trivial internal uses
// ("the latest version", "at least", "the best idea we had", "the easiest way to do this would be"),
// sign-offs ("Best from Hamburg"), questions ("What is the best tool for X?"), and quoted examples of what not to write.
import { aspirational, negatedBefore, quotedExample } from './filters.js'
import { findAny, runPatterns, type ClaimContext, type ClaimMatch, type KindModule, type Pattern } from './types.js'

// -est words that are no superlative, and superlatives too trivial to claim anything.
const NOT_SUPERLATIVE = new Set(
  (
    'interest interests request requests rest test tests honest forest guest chest nest manifest suggest west invest contest protest ' +
    'harvest digest modest arrest quest conquest pest vest zest crest jest inquest behest bequest earnest unrest attest detest divest ' +
    'infest ingest congest molest tempest everest priest midwest southwest northwest fest latest newest earliest nearest last least best ' +
    'pretest retest backtest unittest pytest jest dearest closest'
  ).split(' '),
)

// A superlative the writer restricts to their own experience or a hypothesis: "the best idea we had",
// "the most fundamental choices we had to make", "the easiest way to do this would be".
const INTERNAL_AFTER = /^[\w\s-]{0,40}?\b(?:(?:that|which)\s+)?(?:we|I)\s+(?:had|have|'ve|’ve|could|did|made|found|faced|know|knew|can|were|was)\b|^[\w\s-]{0,40}?\b(?:(?:that|which)\s+)?(?:we|I)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|^[\w\s-]{0,40}?\b(?:would|could|might)\s+be\b/i
const SIGN_OFF = /^\s*best\b(?:\s+(?:from|regards|wishes|of luck)\b|\s*[,!]|\s*$)/i

// An instruction to pick by rank ("Sort by oldest first", "Choose the highest priority") ranks the reader's data.
const RANK_INSTRUCTION = /^\s*(?:sort|order|filter|rank|choose|select|pick|set|use|run|keep|focus|start|try|identify|collect|apply|prefer|go with|opt for|here(?:['’]s|\s+is|\s+are))\b|\blatest and greatest\b|\bmost\s+\w+\s+(?:when|if)\b|\bto\s+(?:collect|get|gather|find|achieve|drive|pick|choose|select|keep|identify|see|reach)\s+(?:the|your)\s+(?:most|least|\w+est)\b|\b(?:find|finding|determine|determining|work\s+out|figure\s+out|identify|identifying|choose|choosing|pick|select)\s+(?:the|your)\s+(?:best|most|least|\w+est)\b|\b\w+est\s+(?:first|priority|value|setting|level)\b/i

// An instruction to rank the reader's own data, wherever it opens a clause: "Focus on crashes that affect the most
// users", "the key is to prioritize the aspects that have the greatest potential", "Don't rank cohorts by the highest LTV",
// "Least privilege: assign the most restrictive role".
// (Not across a comma: "time to focus on embedding, the top-requested feature" is a claim.)
const RANK_CLAUSE = /(?:^|[:;]\s*|\bto\s+|\b(?:don['’]t|do\s+not)\s+)(?:prioriti[sz]e|focus\s+on|rank|sort|order|filter|assign|grant|choose|select|pick|set|use|keep)\b[^.!?,]*$/i

// A superlative about an idea, not a product or a position: "one of the biggest challenges", "the most basic
// level", "the most fundamental question", "its most challenging aspects", "in its simplest form".
const ABSTRACT_HEAD = /^\s+(?:[\w-]+\s+)?(?:questions?|challenges?|benefits?|answers?|level|levels|outlay|aspects?|parts?|points?|units?|things?|steps?|arguments?|trades?|lessons?|reasons?|ideas?|mistakes?|factors?|considerations?|decisions?|concerns?|problems?|issues?|risks?|tasks?|priorit(?:y|ies)|possible|extent|degree|thing|case|cases|examples?|bit|part|tips|trends|takeaways|highlights|advantages?|wins?|changes?|improvements?|differences?|caveats?|limitations?|drawbacks?|downsides?|hurdles?|obstacles?|gains?|shifts?|exceptions?|restrictions?|concepts?|analog(?:y|ies)|forms?|explanations?|definitions?|workarounds?|fix(?:es)?|misunderstandings?|traps?|pitfalls?|losses|consequences?|sources?\s+of|levers?|bottlenecks?|bugs?|errors?|failures?|difficult(?:y|ies)|vulnerabilit(?:y|ies)|threats?)\b/i
// A superlative that sketches good practice, not a product: "The strongest teams treat observability as…",
// "The best runbooks are short", "The most effective release-note programs…", "the strongest automation stack".
const PRACTICE_HEAD = /^\s+(?:(?!(?:for|in|of|to|with|by|on|at|among|across|the|a|an)\b)[\w-]+\s+){0,2}?(?:teams?|engineers|developers|managers|leaders|founders|programs?|notes|runbooks?|assessments?|reviews?|setups?|strateg(?:y|ies)|processes|practices|habits|patterns?|stacks?|playbooks?|rollouts?|retros?|postmortems?|checklists?)\b/i

// "the most obvious place to start", "the most basic form", "the most useful metrics": adjectives that sort
// ideas and tasks rather than praise a product, so a claim only when a competitor is named with them
// ("Relay is perhaps the most basic offering").
// A trait of the best of a category, said of no one ("The best admin panels also contain automations", "For instance,
// the best tools for RAD projects allow…", "The best incident communication is short"): what to look for, not a
// ranking of a product. A name in the sentence ("The best tool here is Acme") keeps it a claim.
const CATEGORY_OPENING = /^\W*(?:(?:for\s+(?:instance|example)|similarly|of\s+course|in\s+general|generally|typically|ultimately|in\s+practice|so|but|and|however|that\s+said),?\s+)?(?:some\s+of\s+)?the\s+$/i
const CATEGORY_TRAIT = /^\s+(?:(?!(?:is|are|was|were)\b)[\w-]+\s+){0,3}?(?:[\w-]+s\s+(?:(?:also|all|typically|usually|often|generally|obviously|still|will|can|should|tend\s+to)\s+)?(?:are|have|allow|provide|give|offer|let|contain|focus|rely|empower|include|do|make|share|combine|support|start|begin|treat|turn|keep)\b|[\w-]+\s+(?:is\s+(?!(?:the|a|an|to|that|in|when|by|with)\b)|relies|starts|begins|keeps|treats|turns|combines)\b)/i
function categoryTrait(m: RegExpExecArray, text: string, ctx: ClaimContext): boolean {
  // ("our": the publisher's own thing is named, "the easiest way is to use our helper")
  if (/\b(?:our|we)\b/i.test(text)) return false
  return CATEGORY_OPENING.test(text.slice(0, m.index)) && CATEGORY_TRAIT.test(text.slice(m.index + m[0].length)) && findAny(text, ctx.publisher) === null && findAny(text, ctx.competitors) === null
}

const NEUTRAL_MOST = /\b(?:most|least)\s+(?:obvious|basic|useful|relevant|suitable|appropriate|straightforward|natural|logical|typical|practical|helpful|critical|central|direct|repetitive|complex|time-consuming|challenging|difficult|frustrating|frequent|crucial|essential|pressing|urgent|admin-intensive|labou?r-intensive)\b/i

const FIRST_OF_KIND = /\b(?:platform|tool|app|application|solution|product|service|company|startup|framework|library|database|engine|editor|provider|vendor|system|builder|sdk|api|inbox|crm|(?:help\s*)?desk|suite|client|tracker|ide|cms|portal|marketplace|alternative|open[- ]source|commercial|signing|e-?signature)s?\b/i

// advice, not a claim: "The simplest way to start is to add llms.txt", "the simplest approach: clients pick the
// shard", "the best option is typically to use a queue"
const ADVICE_AFTER = /^\s+(?:(?:way\s+to\b[^.]*?\b|(?:approach|option|method|route|path|pattern|strategy|practice|solution|fix|setup|bet|move)\s+(?:to\b[^.]*?\b|here\s+|for\s+[^.]*?\b)?)is\s+(?:\w+ly\s+)?(?:to|by|with|using|through|via)\b|(?:approach|option|method|fix)\s*:)/i

// A teaser for another of the publisher's posts ("You might also like our round-up of the top Retool alternatives",
// "Take a look at our guide to the top AI agent builders to learn more"): the ranking is that post's title, and the
// post, linked there, is where it is made. (A page's own description, "Check out our round-up of the top n8n
// alternatives.", still ranks.)
const RELATED_POST = /^\s*(?:you\s+(?:might|may)\s+also\s+(?:like|enjoy)|(?:see|read)\s+(?:also\s+)?our)\b|\bour\s+(?:[\w-]+\s+)?(?:round-?up|guide|list|rundown)\s+(?:of|to)\s+(?:some\s+of\s+)?the\s+top\b[^.!?]*?\bto\s+(?:see|learn|find\s+out|discover|explore)\b/i

// A way to explain or to think, not a product: "The easiest way to conceptualize this is…", "one of the clearest ways to
// avoid fooling yourself".
const EXPLANATION_AFTER = /^\s+ways?\s+(?:to|of)\s+(?:understand(?:ing)?|conceptuali[sz]e|think(?:ing)?\s+about|explain|picture|visuali[sz]e|describe|illustrate|grasp|avoid|frame|remember)\b/i

// A question asks which is the best rather than claiming it: "What is the best live update tool for Capacitor apps?",
// "So why is this a concern for the largest companies?", "how do we decide which of these is the best option".
const QUESTION = /^\W*(?:(?:so|and|but|then)\b,?\s+)?(?:what|which|who|why|how|where|when)\b[^?]*\?\W*$/i
const WHICH_IS = /\b(?:which|what)\s+(?:(?:one\s+)?of\s+(?:these|those|them|the\s+[\w-]+)\s+)?(?:is|are|would\s+be)\s+(?:the\s+)?$/i

// A rank in the publisher's own history, not in a market: "the largest release of Electric since we began", "the most
// extensive community project yet:" (not "the fastest yet simplest tool"; "our largest release to date" stays a claim, as labelled)
const OWN_HISTORY = /^\s+(?:[\w-]+\s+){0,4}?(?:yet\s*(?:[.:!;]|$)|since\s+(?:we|I)\s+(?:began|started|launched|founded|opened)\b)/i

// A concessive "even the smallest team can…" ranks the reader's case, not a product.
const CONCESSIVE = /\beven\s+(?:the\s+|your\s+)?$/i

function keepSuperlative(m: RegExpExecArray, text: string): boolean {
  const end = m.index + m[0].length
  if (CONCESSIVE.test(text.slice(Math.max(0, m.index - 16), m.index))) return false
  if (QUESTION.test(text) || WHICH_IS.test(text.slice(0, m.index))) return false
  if (RANK_INSTRUCTION.test(text) || RANK_CLAUSE.test(text.slice(0, m.index)) || ABSTRACT_HEAD.test(text.slice(end)) || (PRACTICE_HEAD.test(text.slice(end)) && !/\b(?:for|in|of|to|with|on|at)\s*$/i.test(m[0]))) return false
  if (/\bat the (?:most|least|very)\s+\w+\s+level\b/i.test(text)) return false
  if (negatedBefore(text, m.index) || aspirational(text, m.index) || quotedExample(text, m.index, end)) return false
  if (INTERNAL_AFTER.test(text.slice(end)) || EXPLANATION_AFTER.test(text.slice(end)) || OWN_HISTORY.test(text.slice(end))) return false
  return true
}

const WORDS = [
  String.raw`(?:industry|market|category|world)[- ]leading`, String.raw`world[- ]class`, String.raw`best[- ]in[- ]class`,
  String.raw`award[- ]winning`, String.raw`unmatched`, String.raw`unrivall?ed`, String.raw`unbeatable`, String.raw`unparalleled`,
  String.raw`second to none`, String.raw`number one`, String.raw`(?:top|highest|best)[- ](?:rated|ranked|reviewed)`, String.raw`no\.\s?1\b`,
  String.raw`de[- ]facto(?:\s+(?:standard|library|tool|choice|platform|solution|way))?`, String.raw`industry[- ]standard`,
]

const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:${WORDS.join('|')})\b`, 'gi'), keep: keepSuperlative },
  // any -est adjective used as a claim: "the fastest way", "our largest release", "smoothest rollout"
  {
    re: /\b[a-z]{2,}(?:est)\b/gi,
    keep: (m, text, ctx) => {
      if (categoryTrait(m, text, ctx)) return false
      const word = m[0].toLowerCase()
      if (NOT_SUPERLATIVE.has(word) || /(?:ness|less)est$|^(?:lo|mo|ne|ma)?est$/.test(word)) return false
      const before = text.slice(0, m.index)
      if (/^[A-Z]/.test(m[0]) && m.index > 0 && !/[.!?:]\s*$/.test(before)) return false // a name: "Everest", "Budapest"
      // A superlative stands after a determiner ("the fastest", "our largest", "the world's simplest"), after
      // another superlative ("the easiest and fastest"), or opens a heading or list label ("Fastest delivery").
      const placed = /\b(?:the|our|its|their|his|her|[\w.]+['’]s|one of the|among the|is|are|was|were|be|being|rank|ranks|ranked|rated)\s+(?:(?:very|single|absolute|\w+est|most\s+\w+)\s+(?:and\s+)?)?$/i.test(before) || /\w+est\s+(?:and|or|,)\s*$/i.test(before) || (before.trim() === '' && /^[A-Z]/.test(m[0]) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length)))
      if (!placed || /\byour\s+$/i.test(before)) return false
      // advice, not a claim: "The simplest way to start is to add llms.txt"
      if (ADVICE_AFTER.test(text.slice(m.index + m[0].length))) return false
      return keepSuperlative(m, text)
    },
  },
  // "the most trusted", "the internet's most beloved", "one of the most fundamental", "least expensive"; not "the most"
  // as an amount ("affecting it the most is", "costing you the most in admin", "the most complexity/variation")
  {
    re: /\b(?:(?:one|some)\s+of\s+the|among\s+the|the|our|its|their|(?:[\w.]+)['’]s)\s+(?:very\s+)?(?:most|least)\s+(?!of\b|likely\b|part\b|recent\b|current\b|up-to-date\b|common(?:ly)?\b|important\b|(?:time|effort|money|value|sense|attention|work|traffic|data|use|people|complexity|variation|variety)\b|(?:in|is|on|at|to|for|and|or|with|from|by|as|when|if|so)\b)[a-z][\w-]+/gi,
    keep: (m, text, ctx) =>
      !/\b(?:make|get|getting|making)\s+the\s+most\b/i.test(text) && !(NEUTRAL_MOST.test(m[0]) && findAny(text, ctx.competitors) === null) && keepSuperlative(m, text),
  },
  // "10 of the most common use cases", "the most prevalent use cases for AI agents", "5 most prominent NLP applications":
  // a ranking of what the market does, which needs a survey behind it (not the ideas "use cases" alone would name)
  {
    re: /\b(?:(?:one|some|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+the|the|\d+)\s+most\s+(?:common(?:ly\s+\w+)?|prevalent|prominent|widespread|popular)\s+(?:[\w-]+\s+){0,2}?(?:use[- ]cases|applications)\b/gi,
    keep: keepSuperlative,
  },
  { re: /(?<![\w#])#1\b(?!\s+(?:goal|priority|rule|tip|question|reason|thing|step|mistake|request|feature request)\b)/g, keep: keepSuperlative },
  // "the go-to platform"; not "go-to-market", nor "a go-to resource", "one of the go-to platforms": one favourite among several
  { re: /\b(?:the|our)\s+go-to\b(?!-)/gi, keep: (m, text) => !/\b(?:one|some|two|three|several)\s+of\s+$/i.test(text.slice(0, m.index)) && keepSuperlative(m, text) },
  // "the category leader", "a leader in", "leads the market"
  { re: /\b(?:the|a|an)\s+(?:(?:clear|undisputed|recognised|recognized|global|category|market|industry)\s+)?leader\s+(?:in|of|for)\b|\b(?:category|market|industry)\s+leader\b|\bleads?\s+the\s+(?:market|industry|category|pack|way)\b/gi, keep: keepSuperlative },
  // "Budibase is leading the pack", "how Acme is leading the charge", "we lead the low-code market"
  { re: /\b(?:leading|led)\s+the\s+(?:pack|charge|field)\b|\b(?:leads?|leading|led)\s+the\s+(?:[\w-]+\s+){1,2}(?:market|industry|category|space)\b/gi, keep: keepSuperlative },
  // "Budibase won’t be beaten for extensibility": no one does it better (the negation is the claim)
  { re: /\b(?:won['’]t|will\s+not|can['’]t|cannot)\s+be\s+beaten\b|\bunbeaten\b/gi, keep: (m, text) => !aspirational(text, m.index) },
  // "easier than ever", "more data than ever": better than at any time before
  { re: /\b(?:[a-z]+er|more\s+[\w-]+)\s+than\s+ever\b/gi, keep: (m, text) => !/^(?:never|ever|other|rather|whether|either|neither|under|over|after|however)\b/i.test(m[0]) && keepSuperlative(m, text) },
  // "Uniquely, we offer SSO for free", "Budibase is uniquely positioned to": alone in doing so
  { re: /(?:^|[.!?]\s+)Uniquely,|\buniquely\s+(?:positioned|placed|suited|able|designed|built|qualified)\b/g, keep: keepSuperlative },
  // "we have been working on some unique features", "Tauri has a unique architecture": a claim that no one else has it
  // (not "a unique ID", "their unique needs")
  { re: /\b(?:a|an|some|its|our|their)\s+(?:truly\s+|genuinely\s+)?unique\s+(?:features?|architecture|approach|capabilit(?:y|ies)|combination|offering|selling\s+points?|value\s+proposition)\b/gi, keep: keepSuperlative },
  // "ITIL, the dominant framework for ITSM", "spreadsheets remain dominant"
  { re: /\bthe\s+dominant\s+(?:[\w-]+\s+)?(?:framework|platform|tool|player|vendor|provider|standard|solution|database|approach|model|force|choice)\b|\b(?:remains?|is|are|became|become)\s+dominant\b/gi, keep: keepSuperlative },
  // "Budibase is the clear choice for security-first teams", "cloud tools are the clear winner here", "the champion of small
  // business apps": the first of a field, like "the leader"
  { re: /\bthe\s+(?:clear|obvious|undisputed)\s+(?:choice|winner|favou?rite|front-?runner)\b|\bthe\s+(?:undisputed\s+|reigning\s+)?champions?\s+of\b/gi, keep: keepSuperlative },
  // "the standard for internal tools", "becoming the industry standard": a claim to lead the market
  { re: /\b(?:is|are|become|becomes|becoming|became|remains?|as)\s+the\s+(?:new\s+|de[- ]facto\s+|gold\s+)?standard\s+(?:for|in|of)\b/gi, keep: keepSuperlative },
  // "has never been easier", "never been simpler"
  { re: /\bnever\s+been\s+(?:an?\s+)?(?:\w+er|more\s+\w+)\b/gi },
  // a ranking verb with a superlative: "reviewers rank Acme highest", "rated first for ease of use"
  { re: /\b(?:rank(?:s|ed)?|rate[sd]?)\s+(?:[\w-]+\s+){0,3}?highest\b|\b(?:ranked|rated|voted)\s+(?:#1|first|top)\b/gi },
  // "best": the best X, best-selling; not best practices, best regards, do our best, the best way to, sign-offs
  {
    re: /\bbest(?:-selling|-rated)?\b/gi,
    keep: (m, text, ctx) => {
      if (categoryTrait(m, text, ctx)) return false
      const after = text.slice(m.index + m[0].length)
      const before = text.slice(0, m.index)
      if (SIGN_OFF.test(text.slice(m.index)) && before.trim() === '') return false
      if (/^[- ]in[- ]class|^[- ](?:rated|ranked|reviewed)/i.test(after)) return false // counted above
      if (/^-(?:effort|case)\b/i.test(after)) return false // a technical term: "best-effort delivery"
      if (/^\s*(?:[.!?,;]|$)/.test(after) && !/\b(?:the|is|are|be|our|its)\s+(?:very\s+)?$/i.test(before)) return false
      // "works best as", "fit best", "best understood as", "best of all", "the best chance of": manner and idiom
      if (/\b(?:works?|worked|fits?|performs?|suits?)\s+$/i.test(before)) return false
      if (ADVICE_AFTER.test(after)) return false
      if (/^\s+(?:understood|of all|of both worlds|chance|effect|uses?\b)/i.test(after)) return false
      // "best positioned to", "best avoided", "best leveraged in conjunction with": how to use a thing, not a ranking
      if (/^\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/i.test(after) && !/^\s+(?:rated|ranked|reviewed)\b/i.test(after)) return false
      if (/^\s+(?:practices?|regards|wishes|of luck|way to|ways to|time to|fit|suited|meets?\b|suits?\b|match(?:es)?\b|serves?\b|reflects?\b|describes?\b|aligns?\b|for\b|if|when|to\b|results|part|posts?|bet|represented|suited|used|served|described|done|handled|left|kept|viewed|seen|known|experienced|explained)/i.test(after)) return false
      // "the best you can", "the best founders can do": doing as well as one is able, not a ranking
      if (/^\s+(?:that\s+)?(?:you|we|they|I|he|she|one|[\w-]+s)\s+(?:can|could)\b/i.test(after)) return false
      // "for best results": advice
      if (/(?:^|[^\w\s]\s*|\b)for\s+$/i.test(before) && !/\b(?:the|is|are)\s+for\s+$/i.test(before)) return false
      if (/\b(?:do|doing|did|try|tried|our|your|their|my|his|her|at|all the|with)\s+$/i.test(before) && !/^\s+\w+\s+(?:for|in|on)\b/i.test(after)) return false
      return keepSuperlative(m, text)
    },
  },
  // "a leading platform", "leading brands"; not "leading up to", "leading the way", "misleading"
  { re: /\bleading\b/gi, keep: (m, text) => !/^\s+(?:to|up|the|a|an|with|by|into|from|in|on|zeros?)\b/i.test(text.slice(m.index + m[0].length)) && !/-$/.test(text.slice(0, m.index)) && keepSuperlative(m, text) },
  // exclusivity: "the only platform that…", "Only Acme offers…", "which no one has done", "no other tool"
  {
    // not the only user, path or way in a setup ("the only user with the REPLICATION role", "the only path that
    // makes sense", "the only sane way to", "the only one available to")
    re: /\bthe only\s+(?!(?:thing|things|step|steps|requirement|catch|caveat|trouble|difference|limitation|downside|drawback|exception|restriction|problem|issue|time|times|question|part|change|prerequisite|person|one|(?:sane|real|right|other|practical|reasonable)\s+ways?|ways?|paths?|users?|roles?|accounts?|fields?|columns?|files?|keys?|values?|settings?|options? you)\b)[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:that|to|with|built|which|where|designed|offering|on the market|in the)\b/gi,
    keep: keepSuperlative,
  },
  { re: /(?:^|[.!?"“]\s*)Only\s+[A-Z][\w-]+\s+(?:offers|gives|lets|has|combines|provides|does|brings|puts|can)\b/g },
  { re: /\b(?:which|that)\s+no\s*(?:one|body)\s+(?:else\s+)?(?:has|had|have|does|can|offers)\b|\bno\s+other\s+(?:[\w-]+\s+)?(?:tool|platform|product|solution|provider|vendor|service|app|company)\b|\bnobody else\b|\bno one else\b|\b(?:nothing|no\s*one|nobody)\s+(?:else\s+)?(?:comes?|came)\s+close\b/gi },
  // "the first inbox built for…", "the world's first", "the first PM tool which took…", "the first payroll platform for
  // remote teams that…"
  {
    re: /\b(?:the|world['’]s|industry['’]s|market['’]s)\s+first\s+(?!(?:step|steps|time|times|thing|things|day|days|week|month|few|one|ones|campaign|email|message|name|line|page|screen|question|part|lesson|tip|of|release|version|installment|post|customer|reports?|phase|priority|goal|task)\b)[\w-]+(?:\s+(?!(?:the|a|an|your|its)\b)[\w-]+){0,4}?\s+(?:to\s+(?!us\b|me\b|them\b|you\b|the\b|a\b)\w+|(?:that|which)\s+\w+|built|designed|of its kind)\b/gi,
    // a first among products ("the first inbox built for…"), not the first instance, component or action in a process
    keep: (m, text) => /^(?:world|industry|market)/i.test(m[0]) || FIRST_OF_KIND.test(m[0]) ? keepSuperlative(m, text) : false,
  },
  // (not "our first-ever launch week": the publisher's own history)
  { re: /\bfirst[- ]ever\b|\bworld['’]s (?:first|best|most)\b/gi, keep: (m, text) => !/\b(?:our|my)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && keepSuperlative(m, text) },
  // adjectives that are superlatives by meaning: "the perfect way to", "the ideal platform", "your favorite
  // alternative", "optimal performance"; not "perfect for" a use or "a perfect fit for this space", which describe fit, nor "our ultimate
  // guide", which names the publisher's own article
  {
    re: /\b(?:the|an?|our|your|its|their)\s+(?:(?:very|absolute|most)\s+)?(?:perfect|ideal|ultimate|optimal|premier|favou?rite)\s+(?:(?!(?:guide|post|article|list|round-?up)s?\b)[\w-]+\s+){0,3}?(?:way|ways|solution|platform|tool|choice|option|place|partner|alternative|app|product|service|software|answer|hub|destination|resource|companion|home|pick|match|system|approach|stack|vehicle)\b|\boptimal\s+(?:performance|results?|speed|efficiency|security|reliability|experience|outcomes?)\b/gi,
    keep: keepSuperlative,
  },
  // "the top choice", "top-requested", "an industry best", a heading "Top Forums"
  {
    re: /\b(?:the|our|a)\s+top\s+(?:choice|pick|platform|tool|solution|option|provider|vendor|app|product|service|rated|ranked|performer|player|spot|destination)\b|\btop-(?:requested|rated|ranked|reviewed|performing|selling|notch|tier)\b|\b(?:an?|the)\s+(?:industry|market|world)[- ](?:best|first)\b/gi,
    keep: keepSuperlative,
  },
  // "the top n8n alternatives", "our Top 10 web app designs", "some of the top open-source workflow tools": a ranking of products
  {
    re: /\b(?:the|our)\s+top\s+(?:\d+\s+)?(?:[\w-]+\s+){0,3}?(?:alternatives|tools|platforms|solutions|options|picks|providers|vendors|apps|applications|products|services|software|designs|systems|choices|builders|frameworks|libraries|CRMs)\b/gi,
    keep: (m, text) => !RELATED_POST.test(text) && keepSuperlative(m, text),
  },
  // a heading "Top Forums" ranks products; "Top Reasons Apps Get Rejected", "Top 5 Tips" rank ideas
  { re: /^\s*Top\s+(?:\d+\s+)?[A-Za-z-]+s\b/g, keep: (m, text, ctx) => ctx.title && !ABSTRACT_HEAD.test(text.slice(m.index).replace(/^\s*Top\s+(?:\d+\s+)?/, ' ')) },
]

export function findSuperlatives(ctx: ClaimContext): ClaimMatch[] {
  const out = runPatterns(PATTERNS, ctx, 'superlative')
  // One superlative phrase may match several patterns ("the most trusted" and "trusted"): keep the widest.
  return out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
}

export const superlative: KindModule = {
  id: 'superlative',
  description: 'Claims to be the most or the only: any -est adjective, most/least X, one of the most, the most common use cases, the leader, the clear choice/winner, the champion of, leading the pack, #1, never been easier, easier than ever, won’t be beaten, only X does Y, uniquely, the perfect/ideal/top X.',
  detect: findSuperlatives,
  gate: (ctx) => /est\b|\b(?:most|least|best|leader|leading|leads?|only|first|never|standard|go-to|perfect|ideal|ultimate|optimal|premier|favou?rite|top|unmatched|unrivall?ed|unbeatable|unparalleled|none|number one|class|award|facto|top|highest|ever|beaten|unbeaten|uniquely|unique|dominant|led|rank|close|clear|obvious|undisputed|champions?|rated|no\.\s?1|no one|nobody|no other)\b|#1/i.test(ctx.text),
  examples: {
    claims: [
      { text: 'The easiest way is to use our snapshot helper.', words: 'easiest' },
      { text: 'The biggest trend here is the shift towards low-code development.', words: 'biggest' },
      { text: 'The best tool for this is Acme, which ships with approvals built in.', context: { publisher: ['Acme'] }, words: 'best' },
      { text: 'The smartest inbox for small teams.', words: 'smartest' },
      { text: 'This is our largest and most significant release to date.', words: 'largest' },
      { text: 'It is the cleanest way to ship updates.', words: 'cleanest' },
      { text: 'The web’s most beloved invoicing app.', words: 'web’s most beloved' },
      { text: 'One of the most reliable sync engines around.', words: 'One of the most reliable' },
      { text: 'Acme is the category leader in shared inboxes.', words: 'the category leader in' },
      { text: 'Sending invoices has never been easier.', words: 'never been easier' },
      { text: 'Quillkit is the de facto library for shared whiteboards.', words: 'de facto library' },
      { text: 'Open source signing, which no one has done.', words: 'which no one has' },
      { text: 'Only Acme offers SMS on every plan.', words: 'Only Acme offers' },
      { text: 'Acme is the only platform that offers SMS on every plan.', words: 'the only platform that' },
      { text: 'No other low-code platform comes close to Acme for data support.', words: 'No other low-code platform' },
      { text: 'For shared inboxes, nothing else comes close.', words: 'nothing else comes close' },
      { text: 'We present 10 of the most common use cases for AI agents.', words: '10 of the most common use cases' },
      { text: '5 most prominent NLP applications in 2025', context: { title: true }, words: '5 most prominent NLP applications' },
      { text: 'Boardly was the first PM tool which took a different approach to planning.', words: 'the first PM tool which took' },
      { text: 'Payly is the first payroll platform for remote teams that connects compliance and payments.', words: 'the first payroll platform for remote teams that connects' },
      { text: 'The #1 choice of florists.', words: '#1' },
      { text: 'VS Code is the go-to IDE for plugin development.', words: 'the go-to' },
      { text: 'Our template is the perfect way to manage time.', words: 'the perfect way' },
      { text: 'Make Acme the top choice for security.', words: 'the top choice' },
      { text: 'Check out our round-up of the top Zapline alternatives.', words: 'the top Zapline alternatives' },
      { text: 'There’s never been a better way to build internal tools.', words: 'never been a better' },
      { text: 'Top Forums', context: { title: true }, words: 'Top Forums' },
      { text: 'Across 750 apps, these rollouts have proven to be the most reliable.', words: 'the most reliable' },
      { text: 'Relay is perhaps the most basic offering in terms of design.', context: { competitors: ['Relay'] }, words: 'the most basic' },
      { text: 'Acme is leading the pack in shared inboxes.', words: 'leading the pack' },
      { text: 'We also lead the low-code market for AI support.', words: 'lead the low-code market' },
      { text: 'Acme won’t be beaten for integrations.', words: 'won’t be beaten' },
      { text: 'Branching makes it easier than ever to automate approvals.', words: 'easier than ever' },
      { text: 'Uniquely, we offer SSO on the free plan.', words: 'Uniquely,' },
      { text: 'Acme is uniquely positioned to help clinics.', words: 'uniquely positioned' },
      { text: 'Within ITIL, the dominant framework for service management, an asset is anything of value.', words: 'the dominant framework' },
      { text: 'Spreadsheets remain dominant for good reason.', words: 'remain dominant' },
      { text: 'Tauri has a unique architecture where the front end is a WebView.', words: 'a unique architecture' },
      { text: 'Acme is the clear choice for security-first teams.', words: 'the clear choice' },
      { text: 'Acme is the ideal vehicle for building internal processes.', words: 'the ideal vehicle' },
      { text: 'For most teams, hosted inboxes are the clear winner here.', words: 'the clear winner' },
      { text: 'It is undeniably the champion of small business apps.', words: 'the champion of' },
    ],
    nonClaims: [
      'The best admin panels also contain features for automating approvals.',
      'For instance, the best tools for RAD projects obviously allow developers to build quickly.',
      'The best incident communication is short, direct, and repetitive.',
      'The simplest setups start with one channel.',
      'Best practices for SMS consent.',
      'At least one admin must stay on the account.',
      'Install the latest version.',
      'It is not the fastest option.',
      'We decided that the easiest way to do this would be to add a node.',
      'The best idea we had was to restore a snapshot.',
      'Help us make this the biggest launch week yet.',
      'Best from Hamburg',
      'Getting working code out is the #1 goal.',
      'We need a go-to-market team.',
      'The official documentation is a go-to resource for plugin authors.',
      'Canva has become one of the go-to platforms for designing assets.',
      'Please fill in your interest and request a test.',
      'One of the biggest challenges teams face is shadow AI.',
      'At the most basic level, a portal is a web app.',
      'Get the most out of forums by following these tips.',
      'Shared inboxes are perfect for small teams.',
      'Even the smallest shop needs an inventory system.',
      'Choose the plan that best meets your needs and budget.',
      'Install statistics help determine the best release schedule.',
      'The easiest way to do this is simply to run the following command.',
      { text: 'Top Reasons Apps Get Rejected', context: { title: true } },
      'Protecting your data is a top priority for us.',
      'Meet Sam, the newest addition to our team.',
      'The simplest approach: clients determine the shard from the key.',
      'So, the best option is typically to use a dedicated queue.',
      'A CDN is usually the easiest concept to grasp.',
      'These are the only elements that we altered after recording.',
      'This is best leveraged in conjunction with automated checks.',
      'The cleanest pattern is to publish to staging first.',
      'We announced the plan in our first-ever launch week.',
      'The strongest teams treat observability as a test surface.',
      'The best runbooks are short enough to use under pressure.',
      'The biggest misunderstanding is treating CI as a tool.',
      'The most dangerous bugs come from assumptions nobody wrote down.',
      'The biggest difficulty is often scheduling the tasks.',
      'The easiest way to conceptualize this is as two loops.',
      'Cohort analysis is one of the clearest ways to avoid fooling yourself.',
      'Each row gets a unique ID.',
      'The first data source that is the parent of the page wins.',
      'We added getApp and findTable: the first takes the app name that was configured.',
      'The link always has the most up-to-date form.',
      'Android reports best-effort thermal values when available.',
      'The biggest advantage is that you keep your existing templates.',
      'The biggest win in this release is a faster importer.',
      'The only caveat is that archived boards stay read-only.',
      'Focus on the basics and solve problems the best you can.',
      'Perhaps the most obvious place to start is the data model.',
      'In the most basic form, the workflow involves two people.',
      'For cross-platform apps, the most useful metrics connect crashes to churn.',
      'You might also like our ultimate guide to AI forms.',
      'Take a look at our ultimate guide to custom app development.',
      'Churn works best as a warning light.',
      'The two logs together give you the best chance of finding the issue.',
      'Colleagues who are best positioned to assess the change.',
      'Processes are best understood in terms of the value they provide.',
      'I did my best to explain it in an earlier post.',
      'We asked where we spend the most time.',
      'Next quarter we will focus on becoming the most secure option for clinics.',
      'The fastest way to try the importer is with the sample file.',
      'For best results, export at 2x.',
      { text: 'Northgest, Inc.', context: { tableCell: true } },
      'Our goal is to make signing easier than ever.',
      'Leading the team through a migration takes planning.',
      'The dominant colour in the new logo is blue.',
      'In its simplest form, the process has two steps.',
      'The key here is to prioritize the tasks that have the greatest potential for savings.',
      'Don’t rank cohorts solely by the highest LTV.',
      'Principle of least privilege: assign the most restrictive role that still works.',
      'Open source is a perfect fit for this space.',
      'None of the libraries we tried was a perfect fit for our needs.',
      'The only trouble is that the term means different things to different people.',
      'You might also like our round-up of the top Zapline alternatives.',
      'Take a look at our guide to the top AI agent builders to learn more.',
      'What is the best invoicing tool for small teams in 2026?',
      'This is the default user and the only user with the replication role.',
      'For me, it’s the only path that makes sense.',
      'That design became the only one available to use with the engine.',
      'Version 0.6 was the largest release of Acme since we began.',
      'We are excited to announce the most extensive community project yet:',
      'The logs make it clear which release was the culprit.',
      'The requirement affecting daily work the most is signing twice.',
      'These are the areas costing you the most in admin work.',
      'The sync layer is where there is the most complexity.',
      'This is the stage where we see the most variation across asset classes.',
      'So how do we decide which of these is the best option for a given project?',
      'This makes it tricky to determine which is the best choice for your requirements.',
    ],
  },
}
