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

const QUOTE_CODES = new Map<number, number>([
  [0x2018, 0x27], [0x2019, 0x27], [0x201a, 0x27], [0x201b, 0x27], [0x2032, 0x27], [0x02bc, 0x27],
  [0x201c, 0x22], [0x201d, 0x22], [0x201e, 0x22], [0x201f, 0x22], [0x2033, 0x22],
])

// Hyphens and dashes separate words like a space does: `risk-free`, `risk free` and `risk–free`
// are one claim, and `#1-rated` still says `#1`.
const DASH_CODES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d])

// Invisible characters that would otherwise let `guaran\u00ADteed` slip past a rule.
const INVISIBLE_CODES = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])

const SPACE = /\s/

// Called once per character of every sentence: ASCII answers without a regex.
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return SPACE.test(String.fromCharCode(code))
}

function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && DASH_CODES.has(code))
}

/** Straight quotes, one ASCII hyphen, one ASCII space: a one-to-one rewrite, so indexes stay valid (for pattern rules). */
export function unifyPunctuation(text: string): string {
  let changed = false
  const codes: number[] = new Array<number>(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let out = code
    if (code >= 0x80) {
      if (isDash(code)) out = 0x2d
      else if (isSpace(code)) out = 0x20
      else out = QUOTE_CODES.get(code) ?? code
    } else if (code !== 0x20 && isSpace(code)) out = 0x20
    if (out !== code) changed = true
    codes[i] = out
  }
  return changed ? stringFromCodes(codes) : text
}

function stringFromCodes(codes: number[]): string {
  let out = ''
  // Chunked: String.fromCharCode with a spread has an argument-count limit.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192))
  return out
}

function lowerCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32
  if (code < 0x80) return code
  const lower = String.fromCharCode(code).toLowerCase()
  // A few letters lower-case to two units (`İ`); keeping them as they are keeps the index map one-to-one.
  return lower.length === 1 ? lower.charCodeAt(0) : code
}

/** Folds text for phrase matching: separators (whitespace, hyphens, dashes) collapse to one space. */
export function foldText(text: string): FoldedText {
  const folded: number[] = []
  const exact: number[] = []
  const map: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xad && INVISIBLE_CODES.has(code)) continue
    if (isDash(code) || isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i
      continue
    }
    if (pendingSpace >= 0) {
      folded.push(0x20)
      exact.push(0x20)
      map.push(pendingSpace)
      pendingSpace = -1
    }
    const unified = code >= 0x2018 ? (QUOTE_CODES.get(code) ?? code) : code === 0x02bc ? 0x27 : code
    folded.push(lowerCode(unified))
    exact.push(unified)
    map.push(i)
  }
  if (pendingSpace >= 0) {
    folded.push(0x20)
    exact.push(0x20)
    map.push(pendingSpace)
  }
  return { folded: stringFromCodes(folded), exact: stringFromCodes(exact), map }
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
