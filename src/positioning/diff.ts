// The positioning diff of one file: which positioning sentences a change added, removed or reworded.
// Sentences are compared as a reader sees them, never as lines, so moving a paragraph, re-wrapping it
// or making a word bold changes nothing, and a reworded sentence is one change, not a removal and an
// addition. A sentence counts when it is positioning on either side: dropping the protected term from
// a sentence is itself a positioning change.
import type { ContentDocument, PositioningChange, Sentence } from '../types.js'
import { isPositioning } from './classify.js'
import { characterSimilarity, contentWords, normalizeSentence } from './text.js'
import type { PositioningContext } from './types.js'

interface Entry {
  sentence: Sentence
  norm: string
  words: Set<string>
  line: number
  /** Document order, to prefer the nearer of two equally good partners. */
  order: number
  reason: string | null
  /** Frontmatter key, or the heading the sentence sits under. */
  field?: string
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

function entries(doc: ContentDocument | null, ctx: PositioningContext): Entry[] {
  if (doc === null) return []
  const out: Entry[] = []
  let heading: { block: number; text: string } | undefined
  doc.sentences.forEach((sentence, order) => {
    if (sentence.kind === 'heading') {
      heading = heading?.block === sentence.block ? { block: sentence.block, text: `${heading.text} ${sentence.text}` } : { block: sentence.block, text: sentence.text }
    }
    const norm = normalizeSentence(sentence.text)
    if (norm.length === 0) return
    const field = sentence.kind === 'frontmatter' ? sentence.field : sentence.kind === 'heading' ? undefined : heading?.text
    out.push({
      sentence,
      norm,
      words: new Set(contentWords(sentence.text)),
      line: lineOf(doc, sentence.offsets[0] ?? 0),
      order,
      reason: isPositioning(sentence, ctx)?.reason ?? null,
      ...(field !== undefined ? { field } : {}),
    })
  })
  return out
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared += 1
  return (2 * shared) / (a.size + b.size)
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

/**
 * Greedy best-first pairing of reworded sentences. Pairs where neither side is positioning still take
 * part, so an edited ordinary sentence keeps its own partner instead of posing as a reworded claim.
 */
function pairSimilar(base: Entry[], head: Entry[], threshold: number): { pairs: Pair[]; base: Entry[]; head: Entry[] } {
  const candidates: { b: Entry; h: Entry; score: number; gap: number }[] = []
  const cheap = base.length * head.length > EDIT_DISTANCE_PAIR_LIMIT
  for (const b of base) {
    for (const h of head) {
      const score = similarity(b, h, threshold, cheap)
      if (score >= threshold) candidates.push({ b, h, score, gap: Math.abs(b.order - h.order) })
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.gap - y.gap)
  const taken = new Set<Entry>()
  const pairs: Pair[] = []
  for (const c of candidates) {
    if (taken.has(c.b) || taken.has(c.h)) continue
    taken.add(c.b)
    taken.add(c.h)
    pairs.push([c.b, c.h])
  }
  return { pairs, base: base.filter((b) => !taken.has(b)), head: head.filter((h) => !taken.has(h)) }
}

function change(path: string, kind: PositioningChange['kind'], b: Entry | null, h: Entry | null): PositioningChange | null {
  const reason = h?.reason ?? b?.reason ?? null
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
function diffGroup(path: string, base: Entry[], head: Entry[], threshold: number, sameSlot: boolean): PositioningChange[] {
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
    ...pairs.map(([b, h]) => change(path, 'modified', b, h)),
    ...restBase.map((b) => change(path, 'removed', b, null)),
    ...restHead.map((h) => change(path, 'added', null, h)),
  ].filter((c): c is PositioningChange => c !== null)
}

function byField(list: Entry[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>()
  for (const e of list) map.set(e.field ?? '', [...(map.get(e.field ?? '') ?? []), e])
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
  const before = entries(base, baseCtx)
  const after = entries(head, ctx)
  const isFm = (e: Entry): boolean => e.sentence.kind === 'frontmatter'

  const changes: PositioningChange[] = []
  // Frontmatter pairs by key first: a new tagline replaces the old tagline, whatever its wording.
  const baseFields = byField(before.filter(isFm))
  const headFields = byField(after.filter(isFm))
  for (const key of new Set([...baseFields.keys(), ...headFields.keys()])) {
    changes.push(...diffGroup(path, baseFields.get(key) ?? [], headFields.get(key) ?? [], ctx.similarity, true))
  }
  changes.push(...diffGroup(path, before.filter((e) => !isFm(e)), after.filter((e) => !isFm(e)), ctx.similarity, false))
  const rank = { removed: 0, modified: 1, added: 2 } as const
  return changes.sort((a, b) => a.line - b.line || rank[a.kind] - rank[b.kind])
}
