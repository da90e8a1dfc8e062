// Shared vocabulary for numbers in prose: how they are written, what they count, and the readings that
// make a number the publisher's own setting, price or example rather than a claim.

export const NUM = String.raw`\d+(?:[.,]\d+)*`
export const TIME_UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)`
export const WORD_NUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)`
export const SMALL_NUM = String.raw`(?:${NUM}|one|two|three|four|five|six|seven|eight|nine|ten)`
export const FRACTION = String.raw`(?:half|a third(?![- ]?part)|a quarter|a fifth|two[- ]thirds|three[- ]quarters)`
/** People and organisations: any count of them is a claim ("11 customers", "50k companies"). */
export const PEOPLE = String.raw`(?:customers?|clients?|users?|teams?|companies|businesses|brands|marketers|developers|devs|agents|people|organi[sz]ations|merchants|stores|shops|creators|subscribers|members|reviewers|countries|workspaces|sellers|agencies|startups|enterprises|hospitals|schools|nonprofits|founders|admins|readers|senders|shoppers|buyers|retailers|professionals|partners|owners|managers|engineers|freelancers|MAUs?|DAUs?|contributors|stars|GitHub stars|Github stars|followers|installs|downloads|reviews|ratings|likes|reactions|heart reactions|upvotes|retweets|views|visitors|sign-?ups|orders|employees|staff|people)`
/** Things the product handles: a count is a claim when it is large or totalled ("200+ apps", "2 million messages"). */
export const THINGS = String.raw`(?:messages|emails|conversations|tickets|apps|integrations|updates|deployments|builds|bookings|documents|signatures|requests|transactions|queries|events|orders|records|files|projects|sites|websites|pages|workflows|automations|plugins|templates)`
export const AUDIENCE = String.raw`(?:${PEOPLE}|${THINGS})`
export const AUDIENCE_ADJ = String.raw`(?:(?:happy|paying|active|global|growing|small|marketing|support|sales|enterprise|B2B|SaaS|e-?commerce|satisfied|loyal|leading|fast-growing|monthly|daily|weekly|five-star|5-star|production|live|successful|new|unique|registered)\s+){0,2}`
// ("use code WELCOME10", a coupon code, not "low-code", "AI-written code" or "source code": words for software)
export const OFFER_CONTEXT = /\b(off|annual(?:ly)?|yearly|billed|billing|coupon|(?:promo|coupon|discount|voucher|use|enter|apply|with)\s+(?:the\s+|this\s+)?code|discount|promo|VAT|tax(?:es)?|free months?|per seat|per month|\/mo(?:nth)?)\b/i
export const CURRENCY = /[$€£¥]\s?\d|\d\s?(?:USD|EUR|GBP)\b/
/** A price as a rate: "$29 per seat", "$12/month", "$6,000 annually". */
export const PRICE = String.raw`(?:[$€£¥]\s?${NUM}(?:\s?(?:k|K|M|MM|million|billion))?|${NUM}\s?(?:USD|EUR|GBP|dollars|euros))(?:\s*(?:\/|per|a|an|each)\s*(?:month|mo|year|yr|seat|user|team|member|license|licence|build|minute|hour|GB|million|app)\b|\s+(?:annually|monthly|yearly|a year|a month|per year|per month|annual fee|monthly fee))?`

// Settings, limits, defaults and requirements the reader configures, the plan sets or the software needs:
// "timeout of 30 s", "up to 10 seats", "System requirements: 8GB RAM".
// ("<1 min", "15 min": after a number "min" is minutes, not a minimum)
// ("without needing to manually configure API requests" is the work a product spares you, not a setting)
const SETTING_WORDS = String.raw`up to|limit(?:s|ed)? (?:of|to|at)|capped|max(?:imum)?|minimum|(?<!\d\s?)min|at most|default(?:s)?(?: (?:is|of|to))?|timeout|threshold|retr(?:y|ies)|set (?:it |this |the [\w-]+ )?to|(?<!\bwithout (?:needing|having) to (?:manually )?)configure[sd]?|each (?:write|request|message|plan|account) covers|allowance|quota|intervals?|requires?|requirements?`
export const SETTING = new RegExp(String.raw`\b(?:${SETTING_WORDS}|at least)\b`, 'i')
/** SETTING less "at least": "at least 100,000 residents" is a threshold someone else set, a fact. */
export const SETTING_NOT_THRESHOLD = new RegExp(String.raw`\b(?:${SETTING_WORDS})\b`, 'i')

/** Version numbers, years, dates, times, step numbers, issue numbers, sizes: numbers that are no claim. */
export function notAClaimNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start)
  const token = text.slice(start, end)
  const after = text.slice(end, end + 12)
  if (/(?:\bv(?:ersion)?\.?\s?|\bv|#|\bNode(?:\.js)?\s|\bstep\s|\bISO\s|\bRFC\s|\bpart\s|\bday\s|\bphase\s|\blevel\s|\bweek\s)$/i.test(before)) return true
  if (/^\s?:\d{2}\b|^[.:-]\d/.test(after) && /^\d{1,2}$/.test(token)) return true
  if (/^(?:19|20)\d\d$/.test(token)) return true
  // an HTTP status code: "409 messages", "404 errors", "HTTP 503"
  if (/^[1-5]\d\d(?![\d.,])/.test(token) && (/^\s+(?:errors?|responses?|messages?|status(?:es)?|codes?|redirects?)\b/i.test(text.slice(start + 3, start + 20)) || /\b(?:HTTP|status(?: code)?)\s$/i.test(before))) return true
  return false
}
