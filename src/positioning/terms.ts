// Finding protected terms and prices in prose. A writer inflects a term ("conversation hubs",
// "the platform's", "all in one" for "all-in-one"); each of those is still the term.

export interface TermMatcher {
  term: string
  pattern: RegExp
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const SEPARATOR = String.raw`(?:\s*[-\u2010\u2011\u2013\u2014/]\s*|\s+)`
const POSSESSIVE = String.raw`(?:['\u2019]s?)?`

/** The last word may take a plural (`hub` → `hubs`, `strategy` → `strategies`) and a possessive. */
function inflect(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies)${POSSESSIVE}`
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${escape(word)}(?:es)?${POSSESSIVE}`
  if (/[\p{L}]$/u.test(word)) return `${escape(word)}s?${POSSESSIVE}`
  return escape(word)
}

/** Compiles a term into a case-insensitive matcher bounded by non-letters, so `hub` never matches `github`. */
export function compileTerm(term: string): TermMatcher | null {
  const words = term.trim().split(/[\s\-\u2010\u2011\u2013\u2014]+/).filter((w) => w.length > 0)
  const last = words.pop()
  if (last === undefined) return null
  const body = [...words.map(escape), inflect(last)].join(SEPARATOR)
  return { term: term.trim(), pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, 'iu') }
}

/** Matchers for every distinct term, longest first so the most specific term names the reason. */
export function compileTerms(terms: readonly string[]): TermMatcher[] {
  const seen = new Set<string>()
  const out: TermMatcher[] = []
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const key = term.trim().toLowerCase()
    if (key.length === 0 || seen.has(key)) continue
    seen.add(key)
    const matcher = compileTerm(term)
    if (matcher) out.push(matcher)
  }
  return out
}

export function findTerm(text: string, matchers: readonly TermMatcher[]): string | null {
  for (const m of matchers) if (m.pattern.test(text)) return m.term
  return null
}

const AMOUNT = /(?<![\p{L}\p{N}])(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars?|euros?)(?![\p{L}]))/giu

const CURRENCY_WORDS: [RegExp, string][] = [
  [/usd|dollar/, '$'],
  [/eur/, '€'],
  [/gbp/, '£'],
]

/** Canonical money amounts in a text: `$ 1,200.00`, `$1200` and `1200 USD` are one price. */
export function priceAmounts(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(AMOUNT)) {
    const raw = m[0].toLowerCase().replace(/[\s,]/g, '')
    const symbol = /[$€£¥]/.exec(raw)?.[0] ?? CURRENCY_WORDS.find(([re]) => re.test(raw))?.[1] ?? '$'
    const number = (/\d+(?:\.\d+)?/.exec(raw)?.[0] ?? '').replace(/\.0+$/, '')
    out.push(`${symbol}${number}`)
  }
  return out
}
