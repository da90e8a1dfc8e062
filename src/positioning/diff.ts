// The positioning diff of one file: which positioning sentences a change added, removed or reworded.
// Sentences are compared as a reader sees them, never as lines, so moving a paragraph, re-wrapping it
// or making a word bold changes nothing, and a reworded sentence is one change, not a removal and an
// addition. Numbers compare as numbers ("1,200" is "1200"). Tables diff row by row (tables.ts). Whether
// a paired edit counts, and the reason it gets, is judged in judge.ts: a protected term dropped from one
// sentence but still on the page is no change; one that left the page is "term removed".
import type { ContentDocument, PositioningChange, Sentence } from '../types.js'
import { groundsOf, type Grounds } from './classify.js'
import { canonicalNumbers } from './figures.js'
import { judge, type PagePresence } from './judge.js'
import { pageParts } from './parts.js'
import { diffTables, readTables, type CellSentence, type PageTable } from './tables.js'
import { characterSimilarity, contentWords, normalizeSentence } from './text.js'
import type { PositioningContext } from './types.js'

interface Entry {
  sentence: Sentence
  norm: string
  /** Content words as sorted ids from one dictionary per diff: intersecting them is a merge, not hashing. */
  words: Uint32Array
  line: number
  /** Document order, to prefer the nearer of two equally good partners. */
  order: number
  grounds: Grounds
  /** Frontmatter key, component prop, or the heading the sentence sits under. */
  field?: string
  /**
   * A fixed place on the page (a frontmatter key, a component's prop): what sits there before and after
   * is one edited value however it is worded, so a new `tagline` is one modified tagline, not a removal
   * and an addition. (Table cells pair by row and column in tables.ts.)
   */
  slot?: string
}

/** 1-based line of a 0-based source offset, by binary search over the line starts. */
export function lineOf(doc: ContentDocument, offset: number): number {
  let lo = 0
  let hi = doc.lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((doc.lineStarts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

type Dictionary = Map<string, number>

function wordIds(text: string, dictionary: Dictionary): Uint32Array {
  const ids = new Set<number>()
  for (const word of contentWords(text)) {
    let id = dictionary.get(word)
    if (id === undefined) {
      id = dictionary.size
      dictionary.set(word, id)
    }
    ids.add(id)
  }
  return Uint32Array.from(ids).sort()
}

interface Side {
  entries: Entry[]
  tables: PageTable[]
  /** Every protected term and statement the version of the page says somewhere. */
  presence: PagePresence
}

function readSide(doc: ContentDocument | null, ctx: PositioningContext, dictionary: Dictionary): Side {
  const side: Side = { entries: [], tables: [], presence: { terms: new Set(), statements: new Set() } }
  if (doc === null) return side
  const cells: CellSentence[] = []
  let heading: { block: number; text: string } | undefined
  const sentences = mergeFields(doc.sentences)
  const parts = pageParts(sentences)
  sentences.forEach((sentence, order) => {
    if (sentence.kind === 'heading') {
      // A heading cut into two sentences is still one heading.
      const text = heading?.block === sentence.block ? `${heading.text} ${sentence.text}` : sentence.text
      heading = { block: sentence.block, text }
    }
    const norm = normalizeSentence(sentence.text)
    if (norm.length === 0) return
    const grounds = groundsOf(sentence, ctx, parts[order])
    for (const t of grounds.terms) side.presence.terms.add(t)
    for (const st of grounds.statements) side.presence.statements.add(st)
    const line = lineOf(doc, sentence.offsets[0] ?? 0)
    if (sentence.table !== undefined) {
      cells.push({ sentence, heading: heading?.text, line, grounds })
      return
    }
    const where = placeOf(sentence, heading?.text)
    side.entries.push({
      sentence,
      norm: canonicalNumbers(norm),
      words: wordIds(sentence.text, dictionary),
      line,
      order,
      grounds,
      ...(where.field !== undefined ? { field: where.field } : {}),
      ...(where.slot !== undefined ? { slot: where.slot } : {}),
    })
  })
  side.tables = readTables(cells)
  return side
}

/** What a reviewer is told about where a sentence sits, and the slot it is diffed in (if any). */
function placeOf(sentence: Sentence, heading: string | undefined): { field?: string; slot?: string } {
  if (sentence.kind === 'frontmatter') return sentence.field === undefined ? {} : { field: sentence.field, slot: `fm:${sentence.field}` }
  if (sentence.construct === 'jsx-attribute' && sentence.field !== undefined) return { field: sentence.field, slot: `prop:${sentence.field}` }
  return sentence.kind === 'heading' || heading === undefined ? {} : { field: heading }
}

/**
 * A frontmatter value is one unit for a reviewer: a tagline "Email, chat and SMS. One inbox." rewritten is one
 * modified tagline, not a modified sentence plus added ones. Consecutive sentences of one field are joined.
 */
function mergeFields(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = []
  for (const sentence of sentences) {
    const last = out[out.length - 1]
    if (last && sentence.kind === 'frontmatter' && last.kind === 'frontmatter' && last.field === sentence.field && last.block === sentence.block) {
      const gap = last.offsets[last.offsets.length - 1] ?? 0
      out[out.length - 1] = {
        ...last,
        text: `${last.text} ${sentence.text}`,
        offsets: [...last.offsets.slice(0, -1), gap, ...sentence.offsets],
        links: [...last.links, ...sentence.links],
        footnotes: [...last.footnotes, ...sentence.footnotes],
      }
    } else {
      out.push(sentence)
    }
  }
  return out
}

function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0
  let shared = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      shared += 1
      i += 1
      j += 1
    } else if (x < y) i += 1
    else j += 1
  }
  return (2 * shared) / (a.length + b.length)
}

// Past this many candidate pairs (a rewritten page), edit distance would dominate the run; word overlap
// alone still pairs rewordings, it only misses small edits inside long words.
const EDIT_DISTANCE_PAIR_LIMIT = 40_000

/** Like `sentenceSimilarity`, but reuses the word sets and skips the edit distance when it cannot win. */
function similarity(a: Entry, b: Entry, threshold: number, cheap: boolean): number {
  const words = dice(a.words, b.words)
  if (words >= threshold || cheap) return words
  const ceiling = Math.min(a.norm.length, b.norm.length) / Math.max(a.norm.length, b.norm.length)
  return ceiling < threshold ? words : Math.max(words, characterSimilarity(a.norm, b.norm))
}

type Pair = [Entry, Entry]

/** Pairs sentences whose wording is identical once formatting is ignored; returns the unpaired rest. */
function pairIdentical(base: Entry[], head: Entry[]): { base: Entry[]; head: Entry[] } {
  const byNorm = new Map<string, Entry[]>()
  for (const h of head) byNorm.set(h.norm, [...(byNorm.get(h.norm) ?? []), h])
  const restBase: Entry[] = []
  const used = new Set<Entry>()
  for (const b of base) {
    const candidates = byNorm.get(b.norm)
    const match = candidates?.shift()
    if (match) used.add(match)
    else restBase.push(b)
  }
  return { base: restBase, head: head.filter((h) => !used.has(h)) }
}

// Each base sentence keeps only its best few partners per round, so a page where every sentence shares
// words with every other does not build (and sort) a candidate for every pair; another round gives
// sentences whose favourites were taken a fresh look at what is left.
const CANDIDATES_PER_SENTENCE = 4

interface Candidate {
  b: Entry
  h: Entry
  score: number
  gap: number
}

const better = (x: Candidate, y: Candidate): number => y.score - x.score || x.gap - y.gap

function bestCandidates(base: Entry[], head: Entry[], threshold: number): Candidate[] {
  const cheap = base.length * head.length > EDIT_DISTANCE_PAIR_LIMIT
  const out: Candidate[] = []
  for (const b of base) {
    const top: Candidate[] = []
    for (const h of head) {
      const score = similarity(b, h, threshold, cheap)
      if (score < threshold) continue
      const candidate = { b, h, score, gap: Math.abs(b.order - h.order) }
      if (top.length === CANDIDATES_PER_SENTENCE && better(candidate, top[top.length - 1] as Candidate) >= 0) continue
      top.push(candidate)
      top.sort(better)
      if (top.length > CANDIDATES_PER_SENTENCE) top.pop()
    }
    out.push(...top)
  }
  return out.sort(better)
}

/**
 * Greedy best-first pairing of reworded sentences. Pairs where neither side is positioning still take
 * part, so an edited ordinary sentence keeps its own partner instead of posing as a reworded claim.
 */
function pairSimilar(base: Entry[], head: Entry[], threshold: number): { pairs: Pair[]; base: Entry[]; head: Entry[] } {
  const pairs: Pair[] = []
  let restBase = base
  let restHead = head
  for (;;) {
    const taken = new Set<Entry>()
    for (const c of bestCandidates(restBase, restHead, threshold)) {
      if (taken.has(c.b) || taken.has(c.h)) continue
      taken.add(c.b)
      taken.add(c.h)
      pairs.push([c.b, c.h])
    }
    if (taken.size === 0) break
    restBase = restBase.filter((b) => !taken.has(b))
    restHead = restHead.filter((h) => !taken.has(h))
  }
  return { pairs, base: restBase, head: restHead }
}

function change(path: string, kind: PositioningChange['kind'], b: Entry | null, h: Entry | null, headPage: PagePresence): PositioningChange | null {
  const side = (e: Entry | null) => (e ? { text: e.sentence.text, grounds: e.grounds } : null)
  const reason = judge(side(b), side(h), headPage)
  if (reason === null) return null
  const field = h?.field ?? b?.field
  return {
    path,
    kind,
    before: b ? b.sentence.text : null,
    after: h ? h.sentence.text : null,
    line: (h ?? b)?.line ?? 1,
    reason,
    ...(field !== undefined ? { field } : {}),
  }
}

/**
 * Diffs one group of sentences. `sameSlot` marks a frontmatter field: what is left of it on both sides
 * after pairing is still one edited value, however differently it is now worded.
 */
function diffGroup(path: string, base: Entry[], head: Entry[], threshold: number, sameSlot: boolean, headPage: PagePresence): PositioningChange[] {
  const unchanged = pairIdentical(base, head)
  const similar = pairSimilar(unchanged.base, unchanged.head, threshold)
  const pairs = [...similar.pairs]
  let restBase = similar.base
  let restHead = similar.head
  if (sameSlot) {
    const n = Math.min(restBase.length, restHead.length)
    for (let i = 0; i < n; i++) pairs.push([restBase[i] as Entry, restHead[i] as Entry])
    restBase = restBase.slice(n)
    restHead = restHead.slice(n)
  }
  return [
    ...pairs.map(([b, h]) => change(path, 'modified', b, h, headPage)),
    ...restBase.map((b) => change(path, 'removed', b, null, headPage)),
    ...restHead.map((h) => change(path, 'added', null, h, headPage)),
  ].filter((c): c is PositioningChange => c !== null)
}

function bySlot(list: Entry[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>()
  for (const e of list) map.set(e.slot ?? '', [...(map.get(e.slot ?? '') ?? []), e])
  return map
}

/** Positioning changes between the base and head versions of one file (null = the file does not exist there). */
export function diffPositioning(
  base: ContentDocument | null,
  head: ContentDocument | null,
  ctx: PositioningContext,
): PositioningChange[] {
  const path = head?.path ?? base?.path
  if (path === undefined) return []
  const baseCtx: PositioningContext = ctx.baseContentType === undefined ? ctx : { ...ctx, contentType: ctx.baseContentType }
  const dictionary: Dictionary = new Map()
  const baseSide = readSide(base, baseCtx, dictionary)
  const headSide = readSide(head, ctx, dictionary)
  const before = baseSide.entries
  const after = headSide.entries
  const headPage = headSide.presence
  const slotted = (e: Entry): boolean => e.slot !== undefined

  const changes: PositioningChange[] = []
  // Slots pair first: a new tagline replaces the old tagline, a new title the old title, whatever the
  // wording. A slot present on one side only is an addition or a removal.
  const baseSlots = bySlot(before.filter(slotted))
  const headSlots = bySlot(after.filter(slotted))
  for (const key of new Set([...baseSlots.keys(), ...headSlots.keys()])) {
    changes.push(...diffGroup(path, baseSlots.get(key) ?? [], headSlots.get(key) ?? [], ctx.similarity, true, headPage))
  }
  changes.push(...diffGroup(path, before.filter((e) => !slotted(e)), after.filter((e) => !slotted(e)), ctx.similarity, false, headPage))
  changes.push(...diffTables(baseSide.tables, headSide.tables, { path, headPage, similarity: ctx.similarity }))
  const rank = { removed: 0, modified: 1, added: 2 } as const
  return changes.sort((a, b) => a.line - b.line || rank[a.kind] - rank[b.kind])
}
