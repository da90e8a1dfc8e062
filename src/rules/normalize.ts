// A banned phrase must match what a reader sees, however it was typed: curly quotes, non-breaking
// hyphens and em dashes, soft hyphens and zero-width characters, compatibility forms (fullwidth
// `ｇｕａｒａｎｔｅｅｄ`, ligatures, mathematical letters: Unicode NFKC), HTML character references
// (`guar&#97;nteed`), and Cyrillic or Greek look-alikes inside a Latin word (`guarаnteed`). Phrases and
// text go through the same folding, and every folded character keeps the range of the characters the
// writer typed, so a finding points at them.
import { characterReferenceAt } from '../content/character-reference.js'
import { LATIN_LOOKALIKES } from './confusables.js'

/** Text folded for matching, with the way back to the original indexes. */
export interface FoldedText {
  /** Case-folded: what the automaton reads. */
  folded: string
  /** Same characters without case folding: what case-sensitive phrases are compared against. */
  exact: string
  /** map[i] is the index in the original text where the characters folded[i] was read from begin. */
  map: number[]
  /**
   * ends[i] is the index just after them (a ligature, an entity, a letter and its accents are one unit);
   * null when every folded character came from one character (then the end is map[i] + 1).
   */
  ends: number[] | null
}

/** The text as a reader sees it (see the top of the file), separators kept: what pattern rules read. */
export interface SeenText {
  text: string
  /** starts[i] and ends[i]: the original range text[i] was read from; null when text is the original. */
  starts: number[] | null
  ends: number[] | null
}

const QUOTE_CODES = new Map<number, number>([
  [0x2018, 0x27], [0x2019, 0x27], [0x201a, 0x27], [0x201b, 0x27], [0x2032, 0x27], [0x02bc, 0x27],
  [0x201c, 0x22], [0x201d, 0x22], [0x201e, 0x22], [0x201f, 0x22], [0x2033, 0x22],
])

// Hyphens and dashes separate words like a space does: `risk-free`, `risk free` and `risk–free`
// are one claim, and `#1-rated` still says `#1`.
const DASH_CODES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d])

// Characters a reader does not see: soft hyphen, zero-width space/joiners, word joiner, invisible
// operators, BOM, direction marks and embeddings. They would otherwise let `guaran\u00ADteed` slip past.
const INVISIBLE_CODES = new Set([
  0xad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
])

const SPACE = /\s/
const MARK = /\p{M}/u
const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const ABBREVIATION_SYMBOL = /\p{So}/u

// Called once per character of every sentence: ASCII answers without a regex.
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return SPACE.test(String.fromCharCode(code))
}

function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && DASH_CODES.has(code))
}

/** One code unit as the matcher reads it once NFKC is done: a straight quote, an ASCII hyphen or space. */
function unifyCode(code: number): number {
  if (code < 0x80) return code >= 0x09 && code <= 0x0d ? 0x20 : code
  if (isDash(code)) return 0x2d
  if (isSpace(code)) return 0x20
  return QUOTE_CODES.get(code) ?? code
}

function stringFromCodes(codes: number[]): string {
  let out = ''
  // Chunked: String.fromCharCode with a spread has an argument-count limit.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192))
  return out
}


/**
 * What one cluster (a code point and the combining marks after it) reads as: NFKC, then unified quotes,
 * dashes and spaces; empty for an invisible character. Symbols NFKC spells out as letters (`™` → `TM`,
 * `㎏` → `kg`) stay symbols: reading `Acme™` as one word `AcmeTM` would hide `Acme` from a rule.
 */
function readCluster(cluster: string): string {
  const first = cluster.codePointAt(0) ?? 0
  if (cluster.length <= 2 && INVISIBLE_CODES.has(first)) return ''
  let normal = cluster.normalize('NFKC')
  if (normal.length > 1 && ABBREVIATION_SYMBOL.test(cluster)) normal = cluster
  let out = ''
  for (let i = 0; i < normal.length; i++) {
    const code = normal.charCodeAt(i)
    if (!INVISIBLE_CODES.has(code)) out += String.fromCharCode(unifyCode(code))
  }
  return out
}

// Most pages use a few hundred distinct non-ASCII characters: NFKC runs once for each. A code unit on its
// own (no combining mark after it) is looked up in a table: 0 unknown, -1 invisible, -2 several units
// (in MULTI_UNIT), else the unit it reads as plus one.
const SINGLE = new Int32Array(0x10000)
const MULTI_UNIT = new Map<number, string>()
const clusterCache = new Map<string, string>()
const CLUSTER_CACHE_LIMIT = 20_000

function readSingle(code: number): number {
  let entry = SINGLE[code] as number
  if (entry === 0) {
    const value = readCluster(String.fromCharCode(code))
    if (value.length === 0) entry = -1
    else if (value.length === 1) entry = value.charCodeAt(0) + 1
    else {
      MULTI_UNIT.set(code, value)
      entry = -2
    }
    SINGLE[code] = entry
  }
  return entry
}

function readClusterCached(cluster: string): string {
  let out = clusterCache.get(cluster)
  if (out === undefined) {
    out = readCluster(cluster)
    if (clusterCache.size < CLUSTER_CACHE_LIMIT) clusterCache.set(cluster, out)
  }
  return out
}

function isMarkAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  // NaN past the end answers false too.
  if (!(code >= 0x300)) return false
  if (code <= 0x36f) return true
  return MARK.test(String.fromCodePoint(text.codePointAt(index) ?? code))
}

/** Length in code units of the code point at `index`. */
function unitLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return 2
  }
  return 1
}

/** Whether the code unit is a Latin letter, ASCII or accented. */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)
  )
}

// Per BMP code unit: 0 unknown, 1 a letter or mark, 2 neither.
const LETTER_TABLE = new Uint8Array(0x10000)

function isLetterOrMark(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  let entry = LETTER_TABLE[code] as number
  // Surrogate halves answer false: a word of astral letters is not Latin, which is all this is asked for.
  if (entry === 0) LETTER_TABLE[code] = entry = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2
  return entry === 1
}

// Look-alike → Latin letter by code unit (0: none); every look-alike sits below U+0600.
const LOOKALIKE_TABLE = new Uint16Array(0x600)
for (const [from, to] of LATIN_LOOKALIKES) LOOKALIKE_TABLE[from] = to

function lookalikeOf(code: number): number {
  return code < 0x600 ? (LOOKALIKE_TABLE[code] as number) : 0
}

/**
 * Replaces Cyrillic and Greek look-alikes with the Latin letter they look like, in words that also hold
 * a Latin letter: `Guаrаntееd` is a disguised English word, `сорт` a Russian one and left alone.
 */
function foldLookalikes(codes: number[]): void {
  let wordEnd = -1
  let latin = false
  for (let i = 0; i < codes.length; i++) {
    const latinCode = lookalikeOf(codes[i] as number)
    if (latinCode === 0) continue
    if (i >= wordEnd) {
      // One scan per word, however many look-alikes it holds: linear in the text.
      let start = i
      while (start > 0 && isLetterOrMark(codes[start - 1] as number)) start--
      wordEnd = i + 1
      while (wordEnd < codes.length && isLetterOrMark(codes[wordEnd] as number)) wordEnd++
      latin = false
      for (let j = start; j < wordEnd && !latin; j++) latin = isLatinLetter(codes[j] as number)
    }
    if (latin) codes[i] = latinCode
  }
}

// Whether a text needs more than the ASCII reading: anything outside ASCII, or `&` (a character reference).
const NEEDS_READING = /[^\x00-\x25\x27-\x7f]/
const ASCII_SPACE = /[\t-\r]/g

/**
 * Collects the code units a text reads as, each with the original range it came from. With `collapse`,
 * every run of separators (spaces, hyphens, dashes) becomes one space at the run's first separator.
 * (A class rather than closures: `read` runs on every sentence and creates one per call.)
 */
class Reading {
  readonly codes: number[] = []
  readonly starts: number[] = []
  readonly ends: number[] = []
  /** Whether a Cyrillic or Greek look-alike was read (foldLookalikes has work to do). */
  lookalikes = false
  private pendingStart = -1
  private pendingEnd = -1

  constructor(private readonly collapse: boolean) {}

  emit(code: number, start: number, end: number): void {
    if (this.collapse) {
      if (code === 0x20 || code === 0x2d) {
        if (this.pendingStart < 0) {
          this.pendingStart = start
          this.pendingEnd = end
        }
        return
      }
      if (this.pendingStart >= 0) this.flush()
    }
    this.codes.push(code)
    this.starts.push(start)
    this.ends.push(end)
  }

  emitAll(value: string, start: number, end: number): void {
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(k)
      if (lookalikeOf(code) !== 0) this.lookalikes = true
      this.emit(code, start, end)
    }
  }

  finish(): this {
    if (this.pendingStart >= 0) this.flush()
    if (this.lookalikes) foldLookalikes(this.codes)
    return this
  }

  private flush(): void {
    this.codes.push(0x20)
    this.starts.push(this.pendingStart)
    this.ends.push(this.pendingEnd)
    this.pendingStart = -1
  }
}

/** Reads `text` as seen (top of the file). */
function read(text: string, collapse: boolean): Reading {
  const reading = new Reading(collapse)
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    const markNext = text.charCodeAt(i + 1) >= 0x300 && isMarkAt(text, i + 1)
    if (code < 0x80 && code !== 0x26 && !markNext) {
      reading.emit(code >= 0x09 && code <= 0x0d ? 0x20 : code, i, i + 1)
      i++
      continue
    }
    if (code >= 0x80 && !markNext && (code < 0xd800 || code > 0xdfff)) {
      const entry = readSingle(code)
      if (entry > 0) {
        if (lookalikeOf(entry - 1) !== 0) reading.lookalikes = true
        reading.emit(entry - 1, i, i + 1)
      } else if (entry === -2) reading.emitAll(MULTI_UNIT.get(code) as string, i, i + 1)
      i++
      continue
    }
    if (code === 0x26) {
      const reference = characterReferenceAt(text, i)
      if (reference) {
        const { value } = reference
        for (let k = 0; k < value.length; ) {
          const length = unitLength(value, k)
          reading.emitAll(readClusterCached(value.slice(k, k + length)), i, reference.end)
          k += length
        }
        i = reference.end
        continue
      }
    }
    // A code point and the combining marks after it: NFKC composes them (`e` + U+0301 is `é`).
    let end = i + unitLength(text, i)
    while (end < text.length && isMarkAt(text, end)) end += unitLength(text, end)
    reading.emitAll(readClusterCached(text.slice(i, end)), i, end)
    i = end
  }
  return reading.finish()
}

/** The text as a reader sees it (top of the file), with the original range of every character. */
export function readAsSeen(text: string): SeenText {
  if (!NEEDS_READING.test(text)) return { text: text.replace(ASCII_SPACE, ' '), starts: null, ends: null }
  const { codes, starts, ends } = read(text, false)
  return { text: stringFromCodes(codes), starts, ends }
}

// Per BMP code unit: its lower case plus one, 0 unknown.
const LOWER_TABLE = new Int32Array(0x10000)

function lowerCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32
  if (code < 0x80) return code
  let entry = LOWER_TABLE[code] as number
  if (entry === 0) {
    const lower = String.fromCharCode(code).toLowerCase()
    // A few letters lower-case to two units (`İ`); keeping them as they are keeps the index map one-to-one.
    LOWER_TABLE[code] = entry = (lower.length === 1 ? lower.charCodeAt(0) : code) + 1
  }
  return entry - 1
}

/** Folds text for phrase matching: read as seen, then separators (whitespace, hyphens, dashes) collapse to one space. */
export function foldText(text: string): FoldedText {
  if (!NEEDS_READING.test(text)) return foldAscii(text)
  const { codes, starts, ends } = read(text, true)
  const folded = new Array<number>(codes.length)
  for (let i = 0; i < codes.length; i++) folded[i] = lowerCode(codes[i] as number)
  return { folded: stringFromCodes(folded), exact: stringFromCodes(codes), map: starts, ends }
}

/** Characters foldAscii collapses: hyphens, ASCII whitespace other than a space, and runs of spaces. */
const COLLAPSES = /[-\t-\r]| {2}/

/** The common case, ASCII without a character reference, in one pass. */
function foldAscii(text: string): FoldedText {
  if (!COLLAPSES.test(text)) {
    // Nothing to collapse: each character is read as itself, upper-case letters folded (on ASCII,
    // toLowerCase changes A–Z only), so the map is the identity. The loop below gives the same.
    const map = new Array<number>(text.length)
    for (let i = 0; i < text.length; i++) map[i] = i
    return { folded: text.toLowerCase(), exact: text, map, ends: null }
  }
  const folded: number[] = []
  const exact: number[] = []
  const map: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d)) {
      if (pendingSpace < 0) pendingSpace = i
      continue
    }
    if (pendingSpace >= 0) {
      folded.push(0x20)
      exact.push(0x20)
      map.push(pendingSpace)
      pendingSpace = -1
    }
    folded.push(code >= 0x41 && code <= 0x5a ? code + 32 : code)
    exact.push(code)
    map.push(i)
  }
  if (pendingSpace >= 0) {
    folded.push(0x20)
    exact.push(0x20)
    map.push(pendingSpace)
  }
  return { folded: stringFromCodes(folded), exact: stringFromCodes(exact), map, ends: null }
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
