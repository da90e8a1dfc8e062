// statistic: a number presented as a fact about results, customers, usage, performance or the market.
// Deliberate limits, so reviewers are not buried in noise:
// - A duration in an instruction ("this step takes 5 minutes") is not a claim; a speed promise
//   ("in under 5 minutes", "set up in 5 mins") or an improvement ("from 2 days to 20 minutes") is.
// - The publisher's own prices and offers ("$29 per seat", "20% off") are not claims (a competitor's price
//   is: see third-party-figure), nor are settings and plan limits ("timeout of 30 s", "up to 10 seats").
// - A percentage the reader sets, a report of the reader's own account ("you sent 1,204 messages"), version
//   numbers, dates, and numbers in a hypothetical or worked example ("imagine an inbox with 12,000 emails").
// - A present-tense change describes the product ("scores drop to 0 when…"); a past-tense one reports a result.
import { exampleValue, hypothetical, negatedBefore } from './filters.js'
import { AUDIENCE, AUDIENCE_ADJ, CURRENCY, FRACTION, NUM, notAClaimNumber, OFFER_CONTEXT, PEOPLE, SETTING, SETTING_NOT_THRESHOLD, SMALL_NUM, TIME_UNIT, WORD_NUM } from './numbers.js'
import { runPatterns, type ClaimContext, type ClaimMatch, type KindModule, type Pattern } from './types.js'

// "takes about", "typically", "can take up to": how long something is said to take
const DURATION_ESTIMATE = /\b(?:takes?|took|taking|typically|usually|normally|generally|often|about|around|roughly|approximately|averages?|average of|can take|may take|just|only)\s+(?:\w+\s+){0,2}$/i

// Verbs that report a metric having moved; past tense only.
const CHANGE_VERB = String.raw`(?:rose|risen|climbed|grew|grown|fell|fallen|dropped|jumped|increased|decreased|declined|improved|shr[au]nk|soared|plummeted|went (?:up|down))`
const SETTING_PERCENT = /\b(?:begin|start)(?:s|ing)?\s+with\s+\d+(?:\.\d+)?\s?%|\b(?:set|enter|type|change|adjust|configure|choose|pick|select|split|limit|cap)\b[^.!?]{0,40}\bto\s+\d+(?:\.\d+)?\s?%|(?<!\bup )\bto\s+\d+(?:\.\d+)?\s?%\s+of\s+(?:your|the)\b/i
const OWN_USAGE = new RegExp(String.raw`^\s*(?:you|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:have\s+|has\s+|['’]ve\s+)?(?:sent|closed|received|resolved|answered|handled|used|created|imported|added|invited|replied to|${CHANGE_VERB})\b`, 'i')
// ("annually", "yearly" name a billing period only beside a price or a saving: "100,000 Virginia residents
// annually" is a yearly count)
const offer = (text: string): boolean => OFFER_CONTEXT.test(text.replace(/\b(?:annual(?:ly)?|yearly)\b/gi, '')) || (/\b(?:annual(?:ly)?|yearly)\b/i.test(text) && (CURRENCY.test(text) || /%|\bsav(?:e|es|ing)\b/i.test(text)))
const SCALE = String.raw`(?:k|K|M|B|bn|million|billion|trillion)`
// An instruction about the reader's own data ("Import thousands of contacts at once"): a capacity, not a result.
const INSTRUCTION = /^\s*(?:import|export|upload|add|send|create|sync|invite|connect|set|manage|store|process|move|copy|migrate|bulk)\b/i
// A present-tense description of how the product behaves: "Storage grows to 50 GB when you add seats".
const BEHAVIOUR = /\b(?:grows?|scales?|expands?|increases?|goes|rises|drops?|falls?)\s+(?:up\s+)?to\s*$|\b(?:when|if|once)\s+you\b/i
// The share of users an update goes to is a rollout setting: "roll out to 10%", "released to a small group (5-10% of users)".
const RELEASED_TO = /\b(?:releas|deploy|ship)(?:e|es|ed|ing|s|ped|ping)?\s+(?:it\s+|them\s+|(?:the\s+)?updates?\s+)?to\s+[^.;!?]{0,30}$/i
// "100% open-source", "100% free", "100% customizable": an intensifier on an adjective, not a measured share
// ("100% uptime" and "100% secure" are promises: see the absolute kind).
// ("nearly 100% AI-written code" is a measured share again; "100% from scratch" intensifies a manner, and
// "100% of the space" is a layout setting)
const INTENSIFIER = /^100\s?%\s+(?:[a-z]+-[a-z-]+|free|open|remote|online|native|private|pure|clean|from scratch|of the (?:available\s+)?(?:space|width|height|screen|page|container|viewport)|[a-z]+(?:able|ible|ive|ful|ous|ic|al))\b/i
const MEASURED = /\b(?:nearly|almost|about|around|roughly|over|close to)\s+$/i
// "isn't always 100% accurate", "no method of storage is 100% secure": a certainty denied, not a figure
const DENIED = /\b(?:no|nothing|none)\b[^.;!?]{0,80}\b(?:is|are|can be)\s+(?:ever\s+)?$/i
const RESULT_COLUMN = /^\s*(?:performance|value|results?|figures?|stats?|statistics|numbers?|count|total|actual|achieved|outcome)\s*$/i
// an allowance the publisher gives away, the word "free" after the unit: "5 million writes/month free"
const FREE_ALLOWANCE = new RegExp(String.raw`^[^.;:!?]{0,30}?\d\s?(?:${SCALE})?\+?\s+[\w-]+(?:\s?\/\s?|\s+per\s+|\s+a\s+)(?:day|week|month|year|mo)\s+(?:are\s+|is\s+)?free\b`, 'i')
const TARGET_COLUMN = /\b(?:targets?|goals?|thresholds?|criteria|objectives?|aims?|recommended|ideal)\b/i
const TARGET = /\b(?:aim(?:s|ing)?\s+(?:to|for)|target(?:s|ing)?|goal\s+(?:is|of))\b[^.;:!?]*$|^\s*(?:goal|target|aim|objective)s?\s*:[^.;!?]*$/i
// A sentence about the publisher's plans ("accounts on the Community plan with over 20 users", "backups on the
// Premium plan now last from 1 week to 1 month") states plan limits, which the publisher sets; only social
// proof ("used by 3,000 teams on our Pro plan") and measured results (a percentage, a multiplier) stay claims.
const PLAN = /\b(?:free|paid|community|premium|pro|business|enterprise|starter|team|basic|standard|growth|hobby|our|your|the|this|each|every|new|current)\s+(?:plans?|tiers?)\b/i
const SOCIAL_PROOF = /\b(?:trust(?:s|ed)?|used|loved|chosen|rel(?:y|ies|ied) on|join|customers use)\b/i
const SPEED_VERB = /\b(?:set(?:ting)?\s+up|get(?:ting)?\s+started|go(?:ing)?\s+live|launch|deploy|build|built|ship|migrate|install|integrate|onboard|up and running|live)\b/i

// A review's own score, labelled: "Rating: 4.5/5", "Our rating: 4/5"
const OWN_RATING = /^\s*(?:our\s+|my\s+)?(?:rating|score|verdict)\s*:/i
const RATING_SOURCE = /\b(?:G2|Capterra|Trustpilot|App Store|Google Play|Play Store|Product Hunt|reviews|reviewers|users|customers|ratings)\b/i

// "the challenges here are twofold": a thing of two parts, not a multiple
const PARTS = /\b(?:is|are|was|were)\s+(?:\w+-?)?fold$/i

// "by a given percentage - say, 50%": a value picked for illustration
const SAY = /\bsay,\s*$/i

const PATTERNS: Pattern[] = [
  // percentages and ranges of them: "40%", "30–50%", "27 percent"; offers and rollout shares are not claims
  {
    re: new RegExp(String.raw`(?:\b${NUM}\s?[–—-]\s?)?\b${NUM}\s?(?:%|percent\b|per cent\b)`, 'gi'),
    keep: (m, text) => !offer(text) && !RELEASED_TO.test(text.slice(0, m.index)) && !/\broll(?:ing|ed|s)? out\b/i.test(text) && !SETTING_PERCENT.test(text) && !(INTENSIFIER.test(text.slice(m.index)) && !MEASURED.test(text.slice(0, m.index))) && !/\bnot\s+(?:yet\s+|quite\s+)?$/i.test(text.slice(0, m.index)) && !(/^100\s?%/.test(m[0]) && (negatedBefore(text, m.index) || DENIED.test(text.slice(0, m.index)))),
  },
  // multipliers: "3x more", "10× faster"; not dimensions ("1920x1080", "2x2")
  { re: /(?<![\dx×])\b\d+(?:\.\d+)?\s?[x×](?![\dx×])(?:\s+(?:more|faster|fewer|less|higher|better|cheaper|quicker|the|as))?/gi },
  // "twice as fast", "3 times more", "half the price", "in half", "doubled"
  { re: new RegExp(String.raw`\b(?:twice|${NUM}|two|three|four|five|ten)\s+(?:times\s+)?(?:as\s+(?:many|much|fast|quick(?:ly)?)|more|faster|fewer|less|better|higher)\b`, 'gi'), keep: (m) => /twice|times/i.test(m[0]) },
  // (not the adjective: "triple backticks", "a triple-check")
  { re: /\b(?:half the (?:time|cost|price|effort|clicks|tickets)|in half|doubles?|doubled|tripled?|triples|quadrupled?)\b/gi, keep: (m, text) => !offer(text) && !/^double\b/i.test(m[0]) && !/^(?:triple|quadruple)(?:\s+(?!the\b|your\b|our\b|its\b|their\b|in\b|by\b|over\b)[a-z]|-)/i.test(text.slice(m.index)) },
  // sizes said in words: "a quarter of a million orders", "sales of seven figures"
  { re: /\b(?:a|one|two|three|half|a quarter|three quarters)\s+(?:of\s+)?a\s+(?:million|billion)\b|\b(?:six|seven|eight|nine)[- ]figures?\b/gi, keep: (_m, text) => !hypothetical(text) },
  { re: /\bhalf of (?:all )?(?:customers|users|teams|marketers|buyers|shoppers|companies|consumers)\b/gi },
  { re: /\b(?:twice|double|triple)\s+the\s+(?!(?:size|width|height|length)\b)[\w-]+|\bhalv(?:ed|es)\b|\b(?:two|three|four|five|ten|hundred|\d+)-?fold\b/gi, keep: (m, text) => !offer(text) && !PARTS.test(text.slice(0, m.index + m[0].length)) },
  { re: new RegExp(String.raw`\bby\s+(?:${FRACTION}|${NUM}\s?(?:x|×|times))(?!\s+of\b)`, 'gi') },
  // shares of an audience: "one in five brands", "nine out of ten admins", "over half of our customers"
  // (not a choice among things already named: "optimize for two out of three of these", "two out of three of its core tenets")
  { re: new RegExp(String.raw`\b${SMALL_NUM}\s+(?:in|out of)\s+(?:${SMALL_NUM}|a hundred)\b(?!\s*(?:[$€£]|${TIME_UNIT}))(?![*_]*\s+of\s+(?:these|those|them|its|their)\b)`, 'gi') },
  // ("most teams", "the majority of our customers" name no number: a manner of speaking, not a statistic)
  { re: new RegExp(String.raw`\b${FRACTION}\s+of\s+(?!your?\b)(?:our\s+|all\s+|the\s+|their\s+)?(?:[\w-]+\s+)?${AUDIENCE}\b`, 'gi') },
  // ratings: "4.8 out of 5", "4.8/5", "4.7 stars" (not the writer's own score in a review of tools, "Rating: 3.5/5 –
  // the setup is fiddly", which is an opinion; a rating credited to a platform or to reviewers stays a figure)
  { re: /\b\d\.\d\s?\/\s?(?:5|10)\b|\b\d(?:\.\d)?\s+stars?\b/gi, keep: (_m, text) => !(OWN_RATING.test(text) && !RATING_SOURCE.test(text)) },
  // a metric that moved to or by a number: "CSAT climbed to 96", "tickets fell by 300"
  { re: new RegExp(String.raw`\b${CHANGE_VERB}\s+(?:from\s+[$€£]?${NUM}\s?%?\s+)?(?:to|by)\s+(?:[$€£]\s?)?(?:${NUM}|${FRACTION})`, 'gi'), keep: (_m, text) => !offer(text) },
  // "their customers jumped from 85,000 - 450,000"
  { re: new RegExp(String.raw`\b${CHANGE_VERB}\s+from\s+[$€£]?${NUM}\s?%?\s*[–—-]\s*[$€£]?${NUM}`, 'gi'), keep: (_m, text) => !offer(text) },
  // counts: "10,000 teams", "25,000+ marketers", "50k users", "2 million messages", "data loss in 11 customers"
  {
    re: new RegExp(String.raw`\b(?:(?:[Oo]ver|[Mm]ore than|[Nn]early|[Aa]lmost|[Uu]pwards of|[Aa]pproximately|[Aa]bout|[Aa]round|by|[Jj]oin)\s+)?${NUM}\s?(?:${SCALE})?\s?\+?\s+${AUDIENCE_ADJ}${AUDIENCE}\b`, 'g'),
    keep: (m, text) => {
      if (/\b(?:limit|capped|max(?:imum)?|per second|includes?|invite|seats?)\b/i.test(text) || SETTING.test(text)) return false
      // the reader setting up an account: "start with 1 user", "cannot add more than 8 users", "invite 5 teammates"
      if (/\b(?:add|adding|invite|inviting|assign|start(?:s|ing)?\s+with)\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return false
      const totalled = /\+|over|more than|nearly|almost|upwards|approximately|about|around|million|billion|\d\s?[kKmMB]\b|join|by/i.test(m[0])
      const big = Number(m[0].replace(/[^\d.]/g, '').replace(/\.(?=.*\.)/g, '')) >= 100
      const people = new RegExp(String.raw`${PEOPLE}\b$`, 'i').test(m[0])
      return totalled || big || people
    },
  },
  // a large count of anything: "812.4 million messages", "2.3 trillion events processed", "40 million syncs daily"
  { re: new RegExp(String.raw`\b(?:(?:over|more than|nearly|almost|approximately|about|around|upwards of)\s+)?${NUM}\s?${SCALE}\+?\s+(?:[a-z][\w/-]*\s+){0,2}?[a-z][\w/-]*s\b`, 'gi'), keep: (_m, text) => !SETTING.test(text) && !CURRENCY.test(_m[0]) },
  // a count of anything, rounded for effect or in the thousands: "over 1,200 systems", "more than 3,000 pre-built
  // integrations", "120,000 refugees", "1.4K apps", "30+ platforms". Whatever it counts, such a number is put as a
  // fact (settings, plan limits, prices and durations are left to the patterns and filters above and below).
  {
    re: new RegExp(
      String.raw`(?<![$€£¥\w.,])(?:(?:[Oo]ver|[Mm]ore than|[Nn]early|[Aa]lmost|[Uu]pwards of|[Aa]pproximately|[Rr]oughly|[Aa]round|[Aa]bout|[Aa]t least)\s+${NUM}\s?(?:${SCALE})?\+?|${NUM}\s?(?:${SCALE})?\+|(?:\d{1,3}(?:,\d{3})+|${NUM}\s?(?:k|K|M|million|billion))(?:\s+or\s+more)?)\s+(?:(?!(?:${TIME_UNIT}|for|of|in|on|at|to|by|with|from|and|or|the|a|an|some|all|each|per|when|where|than|as)\b)[A-Za-z][\w-]*\s+){0,2}?(?!${TIME_UNIT}\b)[a-z][\w-]*s\b`,
      'g',
    ),
    keep: (m, text) => {
      if (offer(text) || SETTING_NOT_THRESHOLD.test(text) || INSTRUCTION.test(text) || /\b(?:limit|capped|max(?:imum)?|per\s+(?:month|year|seat|user))\b/i.test(text)) return false
      const value = Number(/\d[\d.,]*/.exec(m[0])?.[0].replace(/,/g, '') ?? '0')
      const scaled = new RegExp(String.raw`\d\s?(?:${SCALE})\b`).test(m[0])
      // "about 3 things", "at least 2 reviewers": small numbers rounded are manners of speaking; a threshold
      // ("at least 100,000 residents") is a fact when it is large
      if (/^at least/i.test(m[0])) return value >= 1000 || scaled
      return value >= 10 || scaled
    },
  },
  // a track record: "battle-tested over 18 months of production use", "30 years professional development experience"
  { re: new RegExp(String.raw`\b${NUM}\+?\s+(?:months?|years?)(?:['’]|\s+of)?\s+(?:[\w-]+\s+){0,2}?(?:production|usage|experience|track record)\b`, 'gi'), keep: (_m, text) => !SETTING.test(text) },
  // work done, counted: "merged 200 bug-fix PRs", "344 merged pull requests", "the PR touched 67 files", "Claude Code
  // refactors 50 files", "13 releases" (a track record or a result; "edit 2 files" in a tutorial is an instruction)
  {
    re: new RegExp(String.raw`\b(?:merged|shipped|closed|landed|touched|refactor(?:s|ed)?|rewr(?:ote|itten)|fixed|resolved|passed|boast(?:s|ed|ing)?(?:\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:array|total|library|catalogue|catalog|collection|set)\s+of)?)\s+(?:over\s+|more than\s+|nearly\s+|almost\s+)?${NUM}\+?\s+(?:[\w-]+\s+){0,3}?(?:files|PRs|pull requests|commits|releases|tests|bugs|issues|lines|nodes|features|changes)\b|\b${NUM}\+?\s+(?:merged\s+)?(?:pull requests|PRs|commits|releases)\b`, 'gi'),
    // (not a version shipped: "0.1.0 releases to npm")
    keep: (m, text) => !/\d\.\d+\.\d/.test(m[0]) && !INSTRUCTION.test(text) && !SETTING.test(text) && !/^\s*(?:edit|open|change|delete|remove|update|review)\b/i.test(text),
  },
  // the metric first: "our monthly active users surpass 20,000"
  { re: new RegExp(String.raw`\b${AUDIENCE}\s+(?:surpass(?:ed|es)?|exceed(?:ed|s)?|passed|topped|reached|hit|crossed|grew to|now number)\s+(?:the\s+)?(?:${NUM}|${SCALE})`, 'gi') },
  // "thousands of teams", "hundreds of thousands of read/writes per second", "running thousands of times every month"
  // (not a magnitude in a conditional: "unauthorized changes could affect millions of users", "would take billions
  // of test runs", "won't take millions of dollars": a size imagined, not a figure reported; "can support millions" is one)
  { re: /\b(?:hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands|tens of millions)\s+of\s+[\w/-]+/gi, keep: (m, text) => !/\b(?:up to|limit|capped|max(?:imum)?|at once)\b/i.test(text) && !INSTRUCTION.test(text) && !/\b(?:could|would|might|won['’]t|wouldn['’]t)\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, m.index)) },
  // the magnitude on its own: "Data breaches not only cost millions", "popular with thousands produced every year"
  { re: /\b(?:cost(?:s|ing)?|los(?:e|es|t|ing)|worth|with|serv(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\s+(?:[\w-]+\s+)?(?:hundreds|thousands|millions|billions)\b(?!\s+(?:of|more|and|or)\b)/gi, keep: (m, text) => !/\b(?:could|would|might|won['’]t|wouldn['’]t)\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, m.index)) },
  { re: new RegExp(String.raw`\b(?:trusted|used|loved|chosen|relied on)\s+by\s+(?:over\s+|more than\s+)?${NUM}`, 'gi') },
  // time or money saved: "save 6 hours a week", "saved $120,000"
  {
    re: new RegExp(String.raw`\b(?:sav(?:e|es|ed|ing)|cut|cuts|reduc(?:e|es|ed)|free up|reclaim)\s+(?:up to\s+|over\s+|an average of\s+|about\s+)?(?:[$€£]\s?${NUM}\s?(?:k|K|m|M|million)?|${NUM}\s?(?:k|K|m|M|million)?\s*${TIME_UNIT}|${NUM}\s?(?:%|percent))`, 'gi'),
    keep: (_m, text) => !offer(text),
  },
  { re: new RegExp(String.raw`\b${NUM}\s+${TIME_UNIT}\s+(?:saved|back)\b`, 'gi') },
  // money raised, saved or earned: "$12M in a Series A round", "total funding to $14.5M", "$3.2MM in savings"
  { re: new RegExp(String.raw`[$€£]\s?${NUM}\s?(?:k|K|M|MM|B|bn|million|billion)\b(?!\s*(?:\/|per\b|a month|a year|monthly|annually))`, 'g'), keep: (_m, text) => !offer(text) && !SETTING.test(text) },
  // speed promises and improvements: "in under 5 minutes", "from 2 days to 20 minutes", "set up in 5 mins"
  { re: new RegExp(String.raw`\b(?:in|takes?|took)\s+(?:under|less than|fewer than|just|as little as|as few as)(?<!\b(?:takes?|took)\s+(?:under|less than|fewer than|just))\s+(?:${NUM}|${WORD_NUM})\s+${TIME_UNIT}`, 'gi') },
  // audience and traffic volumes: "around 390 searches per month", "25,000 website visits per month", "2,000 downloads a week"
  {
    re: new RegExp(String.raw`\b${NUM}\s?(?:${SCALE})?\+?\s+(?:[\w-]+\s+)?(?:searches|visits|visitors|downloads|installs|sign-?ups|page\s?views|views|listeners|readers|subscribers|impressions|clicks)\s+(?:per|a|each|every)\s+(?:day|week|month|year)\b`, 'gi'),
    // ("per month" here is a rate of visits, not a price: only a price or a setting in the sentence rules it out)
    keep: (_m, text) => !CURRENCY.test(text) && !SETTING.test(text),
  },
  // a duration bounded from above is a speed promise, even after "takes": "setup takes <5 minutes", "takes under an hour"
  { re: new RegExp(String.raw`(?:<\s?|\b(?:under|less than|fewer than)\s+)(?:${NUM}|${WORD_NUM})\s+${TIME_UNIT}\b`, 'gi'), keep: (m, text) => !SETTING.test(text) && !/\bin\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) },
  // the same bound put as "no more than": "the whole process won't take you any more than a couple of minutes",
  // "setup takes no more than 10 minutes"
  { re: new RegExp(String.raw`\b(?:takes?|took|won['’]t take|will not take|shouldn['’]t take|should not take|doesn['’]t take|does not take)\s+(?:you\s+|us\s+)?(?:any\s+|no\s+)?more than\s+(?:${NUM}|${WORD_NUM}|a couple of|a few)\s+${TIME_UNIT}`, 'gi'), keep: (_m, text) => !SETTING.test(text) },
  // ("up and running in a single afternoon": a part of the day counted out is a duration too; "in an afternoon" is a manner of speaking)
  // ("in a week", "in a minute": a manner of speaking, as "in an afternoon" is)
  { re: new RegExp(String.raw`\bin\s+(?:just\s+|only\s+)?(?:(?:${NUM}|${WORD_NUM})(?<!\ban?)\s+${TIME_UNIT}|(?:one|a\s+single)\s+(?:${TIME_UNIT}|afternoon|morning|evening))\b`, 'gi'), keep: (m, text) => SPEED_VERB.test(text.slice(0, m.index)) && !/\b(?:takes?|took|wait|after|every)\b/i.test(text.slice(Math.max(0, m.index - 30), m.index)) },
  // how long something typically takes, given as an estimate: "review takes 24–72 hours", "About 2–3 hours",
  // "Initial: 7 days average", "Usually within 24 hours" (not a wait, a schedule or a setting: "every 5–10
  // minutes", "wait 2–3 minutes", "retention of 7–30 days")
  {
    re: new RegExp(String.raw`\b${NUM}\s?[–—-]\s?${NUM}\s+(?:business\s+|working\s+)?${TIME_UNIT}\b|\b${NUM}\s+${TIME_UNIT}\s+(?:on\s+)?average\b|\b(?:typically|usually|normally|generally|often)\s+(?:takes?\s+|within\s+|around\s+|about\s+)+${NUM}\s+${TIME_UNIT}\b`, 'gi'),
    keep: (m, text) => {
      // "it takes about 10–15 minutes before a build can be processed", "you typically wait 45-90 days": an
      // estimate, not a lead time the reader plans with ("start recruiting 3-4 weeks before launch")
      // ("One agent propagated the change in 20-30 minutes", "Instant (5–10 minutes)", "15-30 minutes of processing
      // time": how long something took, a speed put in figures, a stage's usual length)
      const estimate = /\b(?:takes?|took|typically|usually|normally|generally|often)\s+(?:about\s+|around\s+|roughly\s+|wait\s+)?$/i.test(text.slice(0, m.index)) ||
        /\b(?!(?:need|us|bas|nam|add|seed|feed|speed|embed|shed|bed|red)ed\b)[a-z]{3,}ed\b[^.;!?]*\bin\s+$/i.test(text.slice(0, m.index)) ||
        /\b(?:instant(?:ly)?|fast|quick|immediate|rapid)\s*\(\s*$/i.test(text.slice(0, m.index)) ||
        /^\s+of\s+(?:[\w-]+\s+)?time\b/i.test(text.slice(m.index + m[0].length))
      if (SETTING.test(text) || INSTRUCTION.test(text) || /^\s*(?:[\w-]+\s+)?(?:TTL|timeout|interval|window|delay|clips?|after)\b/i.test(text.slice(m.index + m[0].length)) || (!estimate && /^\s*before\b/i.test(text.slice(m.index + m[0].length)))) return false
      if (!estimate && /\b(?:every|each|wait|waiting|after|for|per|retention|retain|keep|kept|expires?|ttl|timeout|interval|window|delay|schedule[sd]?|cron|set|next|recruit\w*)\b[^.;!?]{0,20}$/i.test(text.slice(0, m.index))) return false
      // said as an estimate of how long something takes, or of a review, approval or wait
      const before = text.slice(Math.max(0, m.index - 40), m.index)
      // ("deposits payments within 2-3 business days": a working-day delay is a service's promise)
      return estimate || DURATION_ESTIMATE.test(before) || /\b(?:business|working)\b/i.test(m[0]) || /\b(?:reviews?|approvals?|processing|turnaround|wait(?:ing)?\s+times?|cycles?|periods?|standard|initial|typical|deployment|delivery|response)\b[^.;!?]{0,12}[:(]\s*$/i.test(before) || /^\s*(?:[\w-]+\s+)?average\b/i.test(text.slice(m.index + m[0].length)) || /average\b/i.test(m[0]) || /^(?:typically|usually|normally|generally|often)\b/i.test(m[0])
    },
  },
  { re: new RegExp(String.raw`\bfrom\s+(?:${NUM}|${WORD_NUM})\s+${TIME_UNIT}\s+to\s+(?:${NUM}|${WORD_NUM})\b(?:\s+${TIME_UNIT})?`, 'gi') },
  { re: new RegExp(String.raw`\b(?:(?:in|within)\s+(?:${NUM}|${WORD_NUM})\s+)?${TIME_UNIT},?\s+(?:not|instead of|rather than)\s+(?:${NUM}\s+|${WORD_NUM}\s+)?${TIME_UNIT}`, 'gi') },
  { re: new RegExp(String.raw`\btook\s+${NUM}\s+${TIME_UNIT}\s+now\s+takes?\s+${NUM}\s+${TIME_UNIT}`, 'gi') },
  { re: new RegExp(String.raw`\b(?:return on investment|ROI)\s+of\s+${NUM}\s?%|\b${NUM}\s?%\s+(?:return on investment|ROI)\b`, 'gi') },
  // performance figures: "a 3 MB update in 95 ms", "under 4MB minified", "800GB+ of nightly traffic", "sub-100ms latency"
  {
    re: new RegExp(String.raw`(?:\bsub-?)?\b${NUM}\s?(?:ms|milliseconds?|µs|μs|MB|GB|TB|Mbps|Gbps|req\/s|rps|qps|ops\/s)\+?(?![\w/])`, 'g'),
    keep: (m, text) => !SETTING.test(text) && !BEHAVIOUR.test(text.slice(0, m.index)) && !/\b(?:when|if|once)\s+you\b/i.test(text),
  },
  // the same said in words: "sub-millisecond reactivity", "single-digit ms latency"
  { re: /\bsub-(?:milli|micro|nano)?seconds?\b|\b(?:single|double)[- ]digit\s+(?:ms|milliseconds?|µs|microseconds?|seconds?)\b/gi, keep: (_m, text) => !SETTING.test(text) },
  { re: new RegExp(String.raw`\b${NUM}\+?\s+(?:[\w/-]+\s+){0,2}?per\s+second\b`, 'gi'), keep: (m, text) => !SETTING.test(text) && Number(m[0].replace(/[^\d.]/g, '')) >= 100 },
  // a count on its own in a table of results: "| Total Updates Delivered | 23.5M |" under "Performance" or "Value"
  { re: new RegExp(String.raw`^\s*(?:[~≈]\s?)?(?:over\s+)?(?!\d+\.\d+\.\d)${NUM}\s?(?:${SCALE})?\+?\s*$`, 'g'), keep: (_m, _text, ctx) => ctx.tableCell && ctx.columnHeader !== undefined && RESULT_COLUMN.test(ctx.columnHeader) },
  // how often something happens, measured: "a house is burgled on average every 13 seconds" (a schedule, "check every
  // 5 minutes", says no "on average")
  { re: new RegExp(String.raw`\bon average,?\s+(?:once\s+)?every\s+(?:${NUM}\s+)?${TIME_UNIT}\b|\bevery\s+(?:${NUM}\s+)?${TIME_UNIT},?\s+on average\b`, 'gi') },
  // uptime as nines: "eleven nines", "the 11 9s target"
  { re: /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(?:nines|9s)\b/gi },
  // a labelled figure, as in a stats list: "Teams onboarded: 2,400", "Uptime: 99.99%"
  {
    // (not a version, "Since: 2.0.11", nor a target, "Goal: 90%+")
    re: new RegExp(String.raw`^\s*(?!(?:step|version|since|port|price|pricing|cost|plan|timeout|limit|day|part|phase|level|total|goal|target|aim)\b)[A-Z][\w /&-]{2,40}:\s*(?:[~≈]\s?)?(?:over\s+|about\s+)?(?!\d+\.\d+\.\d)${NUM}\+?(?:\s?(?:k|K|M|million|billion|%|ms))?\s*$`, 'gi'),
  },
]

// A figure in the condition a sentence opens with ("When a vehicle has covered 10,000 miles since its last service,
// it is marked as due", "When AI agents modify thousands of lines per day, …") or in a counterfactual ("what would
// happen if our planet were 20x bigger") sets a scene; the claim, if any, is in the main clause.
const CONDITION_OPEN = /^\s*(?:when|whenever|if|once|unless)\b[^,;:.!?—–]*$/i
const COUNTERFACTUAL = /\b(?:what if|would happen if|if\s+(?:[\w'’-]+\s+){1,4}were)\b[^,;:.!?]*$/i
// (an aside in parentheses is part of the condition: "When WHERE clauses become large (…, or lists with hundreds of
// IDs), GET requests can fail")
function condition(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).replace(/\([^()]*\)/g, '').replace(/\([^()]*$/, '')
  const after = text.slice(end).replace(/^[^()]*\)/, '').replace(/\([^()]*\)/g, '')
  return (CONDITION_OPEN.test(before) && /^[^;:.!?—–]*,/.test(after)) || COUNTERFACTUAL.test(before)
}

export function findStatistics(ctx: ClaimContext): ClaimMatch[] {
  const { text } = ctx
  // A worked example's figures: "Assumptions:" or "Imagine…" leading into them.
  if (OWN_USAGE.test(text) || hypothetical(text) || (ctx.lead !== undefined && hypothetical(ctx.lead))) return []
  // a cell under "Target", "Goal" or "Success criteria" states what to aim for, not a result
  // (unless the cell reports a measurement, "~434ms response time", "5MB bundle in ~114ms": approximately, not a bound)
  if (ctx.tableCell && ctx.columnHeader !== undefined && TARGET_COLUMN.test(ctx.columnHeader) && !/[~≈]\s?\d/.test(text)) return []
  // a target is no result: "aim for the app to load in under 3 seconds"
  // a count of what the publisher gives away is its offer: "50+ free app templates", "5 free signatures per month"
  const found = runPatterns(PATTERNS, ctx, 'statistic').filter((m) => !notAClaimNumber(text, m.start, m.end) && !TARGET.test(text.slice(0, m.start)) && !exampleValue(text, m.start) && !SAY.test(text.slice(0, m.start)) && !condition(text, m.start, m.end) && !/\d\s?(?:k|K|M)?\+?\s+free\b/.test(text.slice(m.start, m.end)) && !FREE_ALLOWANCE.test(text.slice(m.start)))
  // On a pricing page or in a price cell, an amount or a percentage is the price itself.
  const priceContext = ctx.pageKind === 'pricing' || ctx.contentType === 'pricing' || (ctx.tableCell && CURRENCY.test(text))
  if (ctx.pageKind === 'pricing' || ctx.contentType === 'pricing') {
    // A pricing page's figures are its prices, plan limits and worked examples; only social proof is a claim there.
    return /\b(?:trusted|used|loved|chosen|relied on|join|customers use)\b/i.test(text) ? found.filter((m) => !/[$€£¥%]/.test(text.slice(m.start, m.end))) : []
  }
  // (a plan named in capitals and priced, "SOLO: $12/month (1,000 MAU, 2 GB storage)", lists its limits too)
  const own = (PLAN.test(text) || /^\s*[A-Z][A-Z0-9+ -]{1,20}:\s*[$€£¥]\s?\d/.test(text)) && !SOCIAL_PROOF.test(text) ? found.filter((m) => /[%x×]|\btimes\b/i.test(text.slice(m.start, m.end))) : found
  return priceContext ? own.filter((m) => !/[$€£¥%]/.test(text.slice(m.start, m.end))) : own
}

export const statistic: KindModule = {
  id: 'statistic',
  description: 'Numbers presented as facts: results, customer and usage counts, performance figures, money raised, speed promises.',
  detect: findStatistics,
  gate: (ctx) => /\d|sub-|digit|hundreds|thousands|millions|billions|million|figures?|(?:seconds|minutes|hours|days|weeks|months|years),?\s+(?:not|instead of|rather than)\b|twice|half|halv|doubl|tripl|quadrupl|fold\b|nines|third|quarter|fifth|afternoon|morning|evening|more than (?:a couple|a few)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s+(?:in|out of|times|seconds?|minutes?|hours?|days?|weeks?|months?|years?|mins?|secs?|hrs?)\b|×|\bx\b/i.test(ctx.text),
  examples: {
    claims: [
      { text: 'Campaigns built with Acme convert 18% better.', words: '18%' },
      { text: 'Over 3 million emails delivered last month.', words: 'Over 3 million emails' },
      { text: 'Over 2.3 trillion events processed to date.', words: 'Over 2.3 trillion events' },
      { text: 'We confirmed data loss in 11 customers.', words: '11 customers' },
      { text: 'Our monthly active users surpass 20,000.', words: 'users surpass 20,000' },
      { text: 'Since launch we merged 180 bug-fix and reliability PRs.', words: 'merged 180 bug-fix and reliability PRs' },
      { text: 'The change touched 58 files across both servers.', words: 'touched 58 files' },
      { text: 'Nine months, 11 releases and 290 merged pull requests later, the cap was hit.', words: '11 releases' },
      { text: 'The platform boasts an impressive array of 640 nodes.', words: 'boasts an impressive array of 640 nodes' },
      { text: 'The client has been battle-tested over 18 months of production use.', words: '18 months of production' },
      { text: 'He brings 30 years professional development experience.', words: '30 years professional development experience' },
      { text: 'Delivers a 3 MB update in 95 ms.', words: '3 MB' },
      { text: 'A reactive client store with sub-millisecond reactivity.', words: 'sub-millisecond' },
      { text: 'For single-digit ms latency at the CDN edge.', words: 'single-digit ms' },
      { text: 'It handles 20,000 updates per second.', words: '20,000 updates per second' },
      { text: 'Their storage tier promises eleven nines.', words: 'eleven nines' },
      { text: 'We raised $12M in a Series A round.', words: '$12M' },
      { text: 'Set up a release pipeline in 5 mins.', words: 'in 5 mins' },
      { text: '95% within 24 hours', context: { tableCell: true, columnHeader: 'Capgo' }, words: '95%' },
      { text: '~380ms response time', context: { tableCell: true, columnHeader: 'Target Metrics' }, words: '380ms' },
      { text: '18.2M', context: { tableCell: true, columnHeader: 'Performance' }, words: '18.2M' },
      { text: 'Build a deployable app in as little as five minutes.', words: 'in as little as five minutes' },
      { text: 'The term receives around 390 searches per month.', words: '390 searches per month' },
      { text: 'We get around 25,000 website visits per month.', words: '25,000 website visits per month' },
      { text: 'Your help desk is live in a single afternoon.', words: 'in a single afternoon' },
      { text: 'With Acme, custom software development takes as little as five minutes.', words: 'takes as little as five minutes' },
      { text: 'An MVP could be built using Acme in 15 minutes!', words: 'in 15 minutes' },
      { text: 'Setup takes under 10 minutes for a new workspace.', words: 'under 10 minutes' },
      { text: 'Setup takes <1 min', words: '<1 min' },
      { text: "The whole import won't take you any more than a couple of minutes.", words: "won't take you any more than a couple of minutes" },
      { text: 'The review process typically takes 24–72 hours.', words: '24–72 hours' },
      { text: 'Their customers jumped from 85,000 - 450,000 in a year.', words: 'jumped from 85,000 - 450,000' },
      { text: 'Initial review: 7 days average', words: '7 days average' },
      { text: 'A laptop is stolen on average, every 50 seconds.', words: 'on average, every 50 seconds' },
      { text: 'From experience, it takes about 10–15 minutes before a build can be processed.', words: '10–15 minutes' },
      { text: 'With Apple, you typically wait 45-90 days to receive your funds.', words: '45-90 days' },
      { text: 'Stripe deposits payments to your bank account within 2-3 business days.', words: '2-3 business days' },
      { text: 'One agent propagated the change through every client in 20-30 minutes.', words: '20-30 minutes' },
      { text: 'Hotfixes: Instant (5–10 minutes), no store review.', words: '5–10 minutes' },
      { text: 'Wait for the store - 15-30 minutes of processing time', words: '15-30 minutes' },
      { text: 'Teams onboarded: 2,400', words: 'Teams onboarded: 2,400' },
      { text: 'Rating: 4.6/5 from 1,200 reviews on G2', words: '4.6/5' },
      { text: 'The sync job fires thousands of times every week.', words: 'thousands of times' },
      { text: 'Data breaches not only cost millions but also damage trust.', words: 'cost millions' },
      { text: 'To-do apps are very popular with thousands produced every year.', words: 'with thousands' },
      { text: 'Faster updates (minutes, not weeks).', words: 'minutes, not weeks' },
      { text: 'Over a quarter of a million orders shipped.', words: 'a quarter of a million' },
      { text: 'Response times improved twofold after the move.', words: 'twofold' },
      { text: 'Zapline offers pre-built integrations for over 1,200 systems.', words: 'over 1,200 systems' },
      { text: 'The program helped re-home 120,000 Ukrainian refugees.', words: '120,000 Ukrainian refugees' },
      { text: 'It supports 30+ platforms out of the box.', words: '30+ platforms' },
      { text: 'The act applies to businesses that handle data for at least 100,000 Virginia residents annually.', words: 'at least 100,000 Virginia residents' },
      { text: 'Processes data of 50,000 or more California residents', words: '50,000 or more California residents' },
      { text: 'A low-code builder with over 1,400 pre-built connectors.', words: 'over 1,400 pre-built connectors' },
      { text: 'It offers over 1,300 ready-to-use connectors, so teams build workflows without having to manually configure API requests.', words: 'over 1,300 ready-to-use connectors' },
      { text: "We've shifted to nearly 100% AI-written code.", words: '100%' },
    ],
    nonClaims: [
      { text: 'Above 90%', context: { tableCell: true, columnHeader: 'Target Threshold' } },
      { text: 'Under 450ms', context: { tableCell: true, columnHeader: 'Success Criteria' } },
      { text: '640', context: { tableCell: true, columnHeader: 'Port' } },
      'The Growth plan covers up to 50,000 page views per month.',
      'Page views: 10,000 per month for $9.',
      'Step 2 of 4: choose a template.',
      'Version 10.2 requires Node 20.',
      'The export takes about 2 minutes.',
      'Check the dashboard every 5–10 minutes during a rollout.',
      'Wait 2–3 minutes for the build to appear.',
      'Use 15–30 second clips to show your app.',
      'SOLO: $12/month (1,000 MAU, 2 GB storage, 50 GB bandwidth)',
      'Since: 2.0.11',
      'Goal: 90%+ response rate to negative reviews',
      'Write clear errors. For example: "Unable to save photo – File size exceeds 5 MB."',
      'Token caching (2-4 hour TTL) keeps verification fast.',
      'Start recruiting testers 3-4 weeks before launch.',
      'Use code WELCOME10 for 10% off.',
      'Imagine an inbox with 12,000 unread emails.',
      'Each write covers up to 10KB.',
      'Set the timeout to 300 ms.',
      'The permission is needed for sensor update intervals below 200ms.',
      'Press and hold both volume keys for 3 seconds.',
      'Most people imagine signatures differently.',
      'Use rollback thresholds (e.g., 95%) and monitoring windows (e.g., 5 minutes).',
      'Roll out in phases (e.g., 10%, 50%, 100%).',
      'Staged rollout: begin with 5% of users and widen it over a day.',
      'We did the math: 40 events a second across 2,000 sessions is 80,000 writes a second.',
      'Accounts on the Community plan with over 20 users keep working as they do today.',
      'Logs on the Premium plan are now kept from 1 week to 1 month.',
      'Most of our customers already use the new plans.',
      'Set up your inbox in an afternoon.',
      'You could have an MVP up and running in a week.',
      'We will build the form fields in a minute.',
      'The majority of teams we spoke to preferred per-seat billing.',
      'Use triple backticks with the language name.',
      'Team tier users get 3 months of backups.',
      'Updates are released to a small group (5-10% of users) before a full launch.',
      'It is 100% open-source, so you can read every line.',
      'While not 100% of companies sign digitally yet, few are surprised by a link.',
      "Remember that IP geolocation isn't always 100% accurate.",
      'No method of electronic storage is 100% secure.',
      'Very few teams build AI systems 100% from scratch.',
      'The embed takes up 100% of the space allocated to it.',
      'System requirements: 8GB RAM, 256GB storage.',
      'The software might be provided by a third-party vendor.',
      'You can start with 1 user and add as many users as you need.',
      'Cannot add more than 8 users to an app',
      'Add up to 1,000 contacts to a list.',
      'It takes about 3 clicks to publish.',
      'Passwords need at least 12 characters.',
      'Edit the 2 files below and restart the server.',
      "Today we're shipping 0.2.0 releases to npm.",
      'We can only optimize for two out of three of these.',
      'When a vehicle has covered 10,000 miles since its last service, it is marked as due.',
      'What would happen if our planet were 20x bigger?',
      'It could cut the time spent looking for files by a given share - say, 40%.',
      'From a support perspective, the challenges here are twofold.',
      'When filters grow large (many parameters, or a list with hundreds of IDs), requests can fail.',
      'See the reference for more on 409 messages.',
      '50+ free app templates',
      'Reads are free. 2 million writes/month free, then pay as you go.',
      'Unauthorized changes could affect millions of users.',
      "Finding an idea that won't take millions of dollars is hard.",
      "Here's an example of how Acme handled a rollout for over 5,000 users:",
      { text: 'Pro is $249/month with 10% off usage.', context: { pageKind: 'pricing' } },
      'Rating: 3.5/5 - the editor can feel slow on big boards.',
    ],
  },
}
