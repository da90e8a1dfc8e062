// Proper names in prose: the words a page uses for a company or product ("RelayHQ", "Launchpad",
// "Datebook.io", "SyncbaseDB"). Used to find the publisher and its competitors, never to decide a claim alone.

// Capitalised words that start or sit in sentences without naming anyone.
export const COMMON = new Set(
  (
    'a an the this that these those it its i we our you your they their he she his her my me us them ' +
    'and or but if when while with without for from to in on at by of as is are was were be been ' +
    'what why how who where which there here yes no not all any each every some most many more less ' +
    'new next first last one two three four five six seven eight nine ten step tip note q a ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday ' +
    'api apis ui ux cli ci cd sdk url urls http https json sql html css js ts ai llm llms ota faq faqs ' +
    'pro free plan plans team teams enterprise business premium basic starter growth scale ' +
    'key quick best better easy simple read learn see get start try use make build set let then also ' +
    'however because since although though so just only even still now once after before during ' +
    'conclusion introduction summary overview features feature benefits pricing cost costs update updates'
  ).split(/\s+/),
)

/** Whether a one-word name is also an everyday word ("Make", "Front", "Notion"): such a name is its capitalised spelling only. */
export function everydayWord(name: string): boolean {
  return /^[A-Z][a-z]+$/.test(name) && (COMMON.has(name.toLowerCase()) || EVERYDAY.has(name.toLowerCase()))
}
// Product names that are everyday words, beyond the capitalised words above that start sentences.
// ("Access" is Microsoft Access as a competitor and "access" in every other sentence of a docs site)
const EVERYDAY = new Set('front linear notion monday pipe drift intercom help scout box slack basecamp asana zoom loom retool bubble glide webflow framer make airtable coda sketch figma access jan excel word sheets forms copilot spark flow pitch clay'.split(' '))

export interface NameHit {
  name: string
  start: number
  end: number
  /** At the start of the sentence or after a colon or dash, where any word is capitalised. */
  initial: boolean
}

// One to three capitalised or camel-cased words, joined by spaces; a dotted domain-style name counts whole.
const NAME = /(?<![\w@#/.-])((?:[A-Z][\w]*(?:\.[a-z]{2,})?|[a-z]+[A-Z][\w]*)(?:[ ](?:[A-Z][\w]*(?:\.[a-z]{2,})?)){0,2})(?![\w-])/g

/** Whether a hit is only a capitalised first word ("Paid plans start…", "Rollout is…"): weak evidence of a name. */
export function plainInitial(hit: Pick<NameHit, 'name' | 'initial'>): boolean {
  return hit.initial && /^[A-Z][a-z0-9]*$/.test(hit.name)
}

/** Proper-name candidates in order; common capitalised words are dropped from the edges. */
export function namesIn(text: string): NameHit[] {
  const out: NameHit[] = []
  NAME.lastIndex = 0
  for (let m = NAME.exec(text); m !== null; m = NAME.exec(text)) {
    let words = (m[1] ?? '').split(' ')
    let start = m.index
    while (words.length > 0 && COMMON.has((words[0] ?? '').toLowerCase())) {
      start += (words[0] ?? '').length + 1
      words = words.slice(1)
    }
    while (words.length > 0 && COMMON.has((words[words.length - 1] ?? '').toLowerCase())) words = words.slice(0, -1)
    if (words.length === 0) continue
    const name = words.join(' ')
    if (name.length < 2 || /^\d/.test(name)) continue
    const before = text.slice(0, start)
    out.push({ name, start, end: start + name.length, initial: /(?:^|[.!?:;—–]\s*|\s-\s)$/.test(before.trimEnd() === '' ? '' : before) || before.trim() === '' })
  }
  return out
}

/** The key two spellings of one name share: case, possessive and punctuation folded. */
export function nameKey(name: string): string {
  return name
    .replace(/['’]s$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

/** Whether `text` mentions `name` or one of its aliases as whole words; returns the first position or -1. */
export function findName(text: string, names: readonly string[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null
  const lower = text.toLowerCase()
  for (const name of names) {
    const needle = name.toLowerCase()
    if (needle === '') continue
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = lower[at - 1]
      const after = lower[at + needle.length]
      if ((before === undefined || !/[\w@]/.test(before)) && (after === undefined || !/\w/.test(after))) {
        if (best === null || at < best.start) best = { start: at, end: at + needle.length }
        break
      }
    }
  }
  return best
}

/**
 * Whether a single-word name is a common word the page also writes in lower case ("Automation" in a title,
 * "automation" in its body): a topic, not a product. Products keep their capital letter wherever they
 * appear ("Retool", "Zapier"); multi-word, camel-cased and dotted names always count as names.
 */
export function commonWordIn(name: string, text: string): boolean {
  // "Release Management": every word of it a common word of the page
  if (name.includes(' ')) return name.split(' ').every((w) => commonWordIn(w, text))
  if (!/^[A-Z][a-z]+$/.test(name)) return false
  // (a product's name typed in lower case once, in a slug or a link, is still its name: count both spellings)
  const lower = text.match(new RegExp(String.raw`(?<![\w@/.-])${name.toLowerCase()}(?![\w-])`, 'g'))?.length ?? 0
  const upper = text.match(new RegExp(String.raw`(?<![\w@/.-])${name}(?![\w-])`, 'g'))?.length ?? 0
  return lower > 0 && lower * 3 >= upper
}

/** A short all-capitals word or a plural one ("RAG", "ACID", "APIs", "CRDTs"): a technical term, not a vendor. */
export function acronym(name: string): boolean {
  return /^[A-Z]{2,5}s?$/.test(name)
}

/** The header over a column of product names: empty, or "Platform", "Tool", "Solution", "Provider"… */
export function productsHeader(text: string): boolean {
  return /^\s*(?:(?:the\s+)?(?:[\w-]+\s+)?(?:platforms?|methods?|approach(?:es)?|tools?|solutions?|providers?|services?|products?|vendors?|apps?|options?|names?|alternatives?|competitors?|software|company|companies|brands?|offerings?)\s*)?$/i.test(text.replace(/[*_`]/g, ''))
}
