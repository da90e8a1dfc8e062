// Figures in prose read as numbers: "1,200" and "1200" are one figure, "15 minutes" and "15 min" one
// duration, and "15" → "3" is a change however few characters moved. A strategy owner reads "set up in 15
// minutes" as a claim; the figure is the claim.

export interface Figure {
  /** As the writer typed it, unit included: `15 minutes`, `$49`, `43%`, `10m`. */
  raw: string
  /** Canonical form for comparison: `15 min`, `$49`, `43%`. */
  key: string
  /** A money amount (a currency sign or word): a price, not a figure. */
  money: boolean
}

const UNITS: Record<string, string> = {
  m: 'min', min: 'min', mins: 'min', minute: 'min', minutes: 'min',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  d: 'day', day: 'day', days: 'day',
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms',
  wk: 'week', week: 'week', weeks: 'week',
  mo: 'month', month: 'month', months: 'month',
  yr: 'year', year: 'year', years: 'year',
  k: 'k', bn: 'bn', b: 'bn',
}

const CURRENCY_WORDS: Record<string, string> = { usd: '$', dollar: '$', dollars: '$', eur: '€', euro: '€', euros: '€', gbp: '£' }

// A number (thousands commas, decimals) with an optional currency sign before it, then what it counts:
// a suffix glued to it (`%`, `x`, `10m`, `30s`) or the next word ("15 minutes", "3 seats", "49 USD").
const FIGURE = /(?<![\p{L}\p{N}.,])([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|x|×|[a-zA-Z]{1,3}(?![\p{L}\p{N}]))?(?:\s([\p{L}]{2,14})(?![\p{L}\p{N}]))?/gu

function canonicalNumber(whole: string, fraction: string | undefined): string {
  const digits = whole.replace(/,/g, '').replace(/^0+(?=\d)/, '')
  const decimals = (fraction ?? '').replace(/0+$/, '')
  return decimals ? `${digits}.${decimals}` : digits
}

/**
 * The word after a number is its unit when it names one ("15 minutes") or counts things ("3 seats",
 * "10,000 teams"); "in 2026 we" is a year followed by a sentence.
 */
function unitWord(word: string): string | null {
  const w = word.toLowerCase()
  if (UNITS[w] !== undefined) return UNITS[w]
  if (w.length > 3 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1)
  return null
}

/** Every figure in `text`, in reading order. */
export function figures(text: string): Figure[] {
  const out: Figure[] = []
  for (const m of text.matchAll(FIGURE)) {
    const [all, sign, whole = '', fraction, suffix, word] = m
    const number = canonicalNumber(whole, fraction)
    const currencyWord = word !== undefined ? CURRENCY_WORDS[word.toLowerCase()] : undefined
    const named = word !== undefined && currencyWord === undefined ? unitWord(word) : null
    const symbol = sign?.trim() || currencyWord
    const glued = suffix === undefined ? undefined : /^[%x×]$/.test(suffix) ? suffix : (UNITS[suffix.toLowerCase()] ?? suffix.toLowerCase())
    const keepsWord = currencyWord !== undefined || named !== null
    const raw = (keepsWord || word === undefined ? all : all.slice(0, all.length - word.length - 1)).trim()
    const unit = [glued, named].filter((u): u is string => u !== undefined && u !== null && !/^[%x×]$/.test(u)).join(' ')
    const key = symbol !== undefined ? `${symbol}${number}${unit ? ` ${unit}` : ''}` : `${number}${/^[%x×]$/.test(suffix ?? '') ? suffix : ''}${unit ? ` ${unit}` : ''}`
    out.push({ raw, key, money: symbol !== undefined })
  }
  return out
}

/**
 * Numbers written in canonical form, so two sentences that differ only in how a number is typeset
 * ("1,200" / "1200", "15.0" / "15") read as the same sentence.
 */
export function canonicalNumbers(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{N}])/gu, (_, whole: string, fraction: string | undefined) =>
    canonicalNumber(whole, fraction),
  )
}

export interface FigureChange {
  before: string | null
  after: string | null
}

/**
 * The first figure that differs between two wordings of one sentence, aligned in reading order: `15
 * minutes` → `3 minutes`; null when every figure reads the same. `money` picks prices or other figures.
 */
export function figureChange(before: string, after: string, money: boolean): FigureChange | null {
  const a = figures(before).filter((f) => f.money === money)
  const b = figures(after).filter((f) => f.money === money)
  const keysA = a.map((f) => f.key)
  const keysB = b.map((f) => f.key)
  if (keysA.length === keysB.length && keysA.every((k, i) => k === keysB[i])) return null
  // Figures kept on both sides are set aside; what is left on each side changed.
  const restA = [...a]
  const restB: Figure[] = []
  for (const f of b) {
    const i = restA.findIndex((x) => x.key === f.key)
    if (i === -1) restB.push(f)
    else restA.splice(i, 1)
  }
  if (restA.length === 0 && restB.length === 0) {
    // Same figures in a new order: name the first position that moved.
    const i = keysA.findIndex((k, j) => k !== keysB[j])
    return { before: a[i]?.raw ?? null, after: b[i]?.raw ?? null }
  }
  return { before: restA[0]?.raw ?? null, after: restB[0]?.raw ?? null }
}
