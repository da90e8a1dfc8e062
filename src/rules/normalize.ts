// Prose reaches us typed on many keyboards: curly quotes, non-breaking hyphens, em dashes, soft hyphens.
// Phrases and text go through the same folding so a rule written once matches every spelling of it.

/** Text folded for matching, with the way back to the original indexes. */
export interface FoldedText {
  /** Case-folded: what the automaton reads. */
  folded: string
  /** Same characters without case folding: what case-sensitive phrases are compared against. */
  exact: string
  /** map[i] is the index in the original text of folded[i]. */
  map: number[]
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
}

// Hyphens and dashes separate words like a space does: `risk-free`, `risk free` and `risk–free`
// are one claim, and `#1-rated` still says `#1`.
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D'])

// Invisible characters that would otherwise let `guaran\u00ADteed` slip past a rule.
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'])

const SPACE = /\s/

/** Straight quotes, one ASCII hyphen, one ASCII space: a one-to-one rewrite, so indexes stay valid (for pattern rules). */
export function unifyPunctuation(text: string): string {
  let out = ''
  for (const ch of text) {
    if (ch.length === 1 && DASHES.has(ch)) out += '-'
    else if (ch.length === 1 && SPACE.test(ch)) out += ' '
    else out += QUOTES[ch] ?? ch
  }
  return out
}

function lowerUnit(ch: string): string {
  const lower = ch.toLowerCase()
  // A few letters lower-case to two units (`İ`); keeping them as they are keeps the index map one-to-one.
  return lower.length === 1 ? lower : ch
}

/** Folds text for phrase matching: separators (whitespace, hyphens, dashes) collapse to one space. */
export function foldText(text: string): FoldedText {
  let folded = ''
  let exact = ''
  const map: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (INVISIBLE.has(ch)) continue
    if (DASHES.has(ch) || SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i
      continue
    }
    if (pendingSpace >= 0) {
      folded += ' '
      exact += ' '
      map.push(pendingSpace)
      pendingSpace = -1
    }
    const unified = QUOTES[ch] ?? ch
    folded += lowerUnit(unified)
    exact += unified
    map.push(i)
  }
  if (pendingSpace >= 0) {
    folded += ' '
    exact += ' '
    map.push(pendingSpace)
  }
  return { folded, exact, map }
}

/** A phrase as the automaton stores it; empty when nothing matchable is left (a phrase of dashes). */
export function foldPhrase(phrase: string): { folded: string; exact: string } {
  const { folded, exact } = foldText(phrase)
  return { folded: folded.trim(), exact: exact.trim() }
}

const WORD = /[\p{L}\p{N}\p{M}]/u

/** Whether the code point that ends just before `index` is a letter, digit or combining mark. */
export function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false
  const low = text.charCodeAt(index - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1
  return WORD.test(String.fromCodePoint(text.codePointAt(start) ?? low))
}

/** Whether the code point that starts at `index` is a letter, digit or combining mark. */
export function wordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false
  return WORD.test(String.fromCodePoint(text.codePointAt(index) ?? 0))
}

export function isWordChar(ch: string): boolean {
  return WORD.test(ch)
}
