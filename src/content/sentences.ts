// Cuts a block into sentences: whitespace folded first (Intl.Segmenter breaks after every line feed,
// and markdown wraps prose across lines), then segmented, then trimmed, with offsets carried along.
import type { Link, Sentence } from '../types.js'
import type { Block } from './block.js'
import { isWhitespaceCode } from './whitespace.js'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Abbreviations after which the segmenter's break is almost always wrong. */
const ABBREVIATION_END = /(?:^|[\s(])(?:e\.g|i\.e|vs|cf|approx|incl|esp|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Corp|Co|No|Nos|Fig)\.\s*$/i

interface Folded {
  text: string
  offsets: number[]
  /** index in the block text → index in the folded text */
  indexMap: number[]
}

export function blockToSentences(block: Block, blockIndex: number): Sentence[] {
  const folded = fold(block.text, block.offsets)
  const ranges = segment(folded.text)
  const sentences: (Sentence | null)[] = ranges.map(([start, end]) => makeSentence(block, blockIndex, folded, start, end))
  attach(block, folded, ranges, sentences)
  return sentences.filter((sentence): sentence is Sentence => sentence !== null)
}

/** Whitespace fold() changes: any but a single space. (`\s` is isWhitespaceCode's set.) */
const FOLDS = /[^\S ]| {2}/

function fold(text: string, offsets: readonly number[]): Folded {
  if (!FOLDS.test(text)) {
    // Nothing to fold: the text as it is, each character at its own index (what the loop below gives).
    const same: number[] = new Array<number>(text.length)
    const identity: number[] = new Array<number>(text.length + 1)
    for (let i = 0; i < text.length; i++) {
      same[i] = offsets[i] ?? 0
      identity[i] = i
    }
    identity[text.length] = text.length
    return { text, offsets: same, indexMap: identity }
  }
  const out: number[] = []
  const indexMap = new Array<number>(text.length + 1)
  // Runs of non-space characters are copied as slices, each whitespace run becomes one space.
  let folded = ''
  let runStart = 0
  let inSpace = false
  for (let i = 0; i < text.length; i++) {
    indexMap[i] = out.length
    if (isWhitespaceCode(text.charCodeAt(i))) {
      if (!inSpace) {
        folded += text.slice(runStart, i) + ' '
        out.push(offsets[i] ?? 0)
      }
      inSpace = true
      runStart = i + 1
    } else {
      out.push(offsets[i] ?? 0)
      inSpace = false
    }
  }
  folded += text.slice(runStart)
  indexMap[text.length] = out.length
  return { text: folded, offsets: out, indexMap }
}

/**
 * The longest text ABBREVIATION_END can match in folded text (`(approx. ` is 9 characters); testing
 * only a window this long at the end of a segment finds the same matches without scanning it all.
 */
const ABBREVIATION_WINDOW = 16

function segment(text: string): [number, number][] {
  const ranges: [number, number][] = []
  for (const [start, end] of icuSegments(text)) {
    const previous = ranges[ranges.length - 1]
    if (previous && ABBREVIATION_END.test(text.slice(Math.max(previous[0], previous[1] - ABBREVIATION_WINDOW), previous[1]))) previous[1] = end
    else ranges.push([start, end])
  }
  return ranges
}

/**
 * Text segmented in one call longer than this is segmented window by window instead: each step of
 * Intl.Segmenter costs time in proportion to the length of the text it was given, so one call on a
 * paragraph of thousands of sentences is quadratic (a 200 KB paragraph took seconds).
 */
export const SEGMENT_WINDOW = 2048

/**
 * Text the segmenter keeps whole: non-empty, and only characters that are neither a sentence terminator
 * (Unicode Sentence_Break STerm or ATerm: `.`, `!`, `?`, `‼`, `․`…) nor a paragraph separator. Under the
 * sentence-break rules (UAX #29), a break inside a text comes only after one of those (SB4, SB11), so such a
 * text is one segment. A whitelist, not a list of terminators: every other script's terminators take the
 * segmenter's path. test/content/sentences-fast.test.ts asks the segmenter about every character listed.
 */
export const UNBROKEN = /^[\x20\x22-\x2d\x2f-\x3e\x40-\x7e\u00a0-\u024f\u2010-\u2023\u2025-\u2027\u202a-\u203b\u203e-\u2046\u204a-\u205e\u2070-\u20cf\u2100-\u21ff]+$/

/**
 * Intl.Segmenter's sentence ranges over `text`, the same as one call on the whole text would give. Each
 * window is segmented and its last two segments are given back: the break before the last segment may
 * have been decided by the window's end rather than by the text after it, while the break before the one
 * ahead of it was decided by the sentence-final punctuation that ends that segment, inside the window.
 * The next window starts at that break, where the segmenter's rules start afresh. A window that holds
 * fewer than three segments (one very long sentence) is doubled until it does.
 */
export function* icuSegments(text: string, window = SEGMENT_WINDOW): Generator<[number, number]> {
  // Most headings, list items, table cells and field values end no sentence inside them: one segment, as
  // the segmenter would give, without the cost of asking it (a third of the time of cutting sentences).
  if (UNBROKEN.test(text)) {
    yield [0, text.length]
    return
  }
  let from = 0
  let size = window
  while (from < text.length) {
    const to = Math.min(text.length, from + size)
    const parts: [number, number][] = []
    for (const part of segmenter.segment(to === text.length && from === 0 ? text : text.slice(from, to))) {
      parts.push([from + part.index, from + part.index + part.segment.length])
    }
    if (to === text.length) {
      yield* parts
      return
    }
    if (parts.length < 3) {
      size *= 2
      continue
    }
    const kept = parts.length - 2
    for (let i = 0; i < kept; i++) yield parts[i] as [number, number]
    from = (parts[kept] as [number, number])[0]
    size = window
  }
}

function makeSentence(block: Block, blockIndex: number, folded: Folded, from: number, to: number): Sentence | null {
  let start = from
  let end = to
  while (start < end && folded.text[start] === ' ') start++
  while (end > start && folded.text[end - 1] === ' ') end--
  if (start === end) return null
  // Sliced one longer and the last entry overwritten: pushing onto an exact-size slice makes V8 grow its
  // backing store by half again, a third of every sentence's offsets wasted while all documents are held.
  const offsets = end < folded.offsets.length ? folded.offsets.slice(start, end + 1) : [...folded.offsets.slice(start, end), 0]
  offsets[offsets.length - 1] = (offsets[offsets.length - 2] ?? 0) + 1
  const sentence: Sentence = {
    text: folded.text.slice(start, end),
    offsets,
    kind: block.kind,
    block: blockIndex,
    links: [],
    footnotes: [],
  }
  if (block.field !== undefined) sentence.field = block.field
  if (block.headingDepth !== undefined) sentence.headingDepth = block.headingDepth
  if (block.construct !== undefined) sentence.construct = block.construct
  if (block.table !== undefined) sentence.table = block.table
  return sentence
}

/** Links and footnote references go to the sentence they start in; one in a dropped (blank) segment goes to the nearest kept sentence before it. */
function attach(block: Block, folded: Folded, ranges: [number, number][], sentences: (Sentence | null)[]): void {
  const owner = (blockIndex: number): Sentence | null => {
    const at = folded.indexMap[Math.min(blockIndex, block.text.length)] ?? folded.text.length
    let index = rangeAt(ranges, at)
    if (index === -1) index = ranges.length - 1
    for (let i = index; i >= 0; i--) if (sentences[i]) return sentences[i] ?? null
    for (let i = index + 1; i < sentences.length; i++) if (sentences[i]) return sentences[i] ?? null
    return null
  }
  for (const { at, ...link } of block.links) owner(at)?.links.push(link satisfies Link)
  for (const { at, id } of block.footnotes) {
    const sentence = owner(at)
    if (sentence && !sentence.footnotes.includes(id)) sentence.footnotes.push(id)
  }
}

/** Index of the range holding `at` (ranges are sorted and do not overlap), or -1: a binary search, since a long paragraph has thousands of ranges and links. */
function rangeAt(ranges: readonly [number, number][], at: number): number {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [start, end] = ranges[mid] as [number, number]
    if (at < start) high = mid - 1
    else if (at >= end) low = mid + 1
    else return mid
  }
  return -1
}
