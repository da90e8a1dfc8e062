// What every claim-kind module shares: the context a sentence is read in, the match it returns, and the
// module shape (a detector plus the examples that are its tests and its documentation).
import { everydayWord } from '../../../site/names.js'
import type { PageKind } from '../../../site/types.js'
import type { ClaimKind } from '../../../types.js'

export type DetectedKind = Exclude<ClaimKind, 'absolute'>

export interface ClaimMatch {
  kind: ClaimKind
  /** Offsets into the sentence text; end is exclusive. */
  start: number
  end: number
}

/** A sentence and what a copy editor knows around it. Every field but `text` is optional in examples. */
export interface ClaimContext {
  text: string
  /** Competitor names and their other spellings (config, the site's comparison pages, this page). */
  competitors: string[]
  /** The publisher's name and its other spellings. */
  publisher: string[]
  pageKind: PageKind
  /** The content type from config (`pricing`, `landing`, …), when the file has one. */
  contentType: string | null
  /** A heading or page title: "Acme vs FunnelHub" there names the comparison the page makes, not a claim. */
  title: boolean
  /** The sentence sits in a table cell. */
  tableCell: boolean
  /** A table cell's column header ("Target", "Capgo"), when the table has one. */
  columnHeader?: string
  /** A cell of a comparison table that describes a competitor (its row or its column). */
  competitorCell: boolean
  /** The sentence sits in a list item. */
  listItem: boolean
  /** The sentence sits in a blockquote or a testimonial component. */
  blockquote: boolean
  /** Neighbouring sentences of the same block. */
  previous?: string
  next?: string
  /** The paragraph just before this blockquote or list, when it leads into it ("As Sam put it:"). */
  lead?: string
  /** The sentence just after this sentence's block (an attribution line under a quotation), or a blockquote's own signature line. */
  after?: string
  /** The headings the sentence sits under, outermost first: "5 AI workflow tools" › "2. Zapier" › "Pricing". */
  sections?: readonly string[]
}

export type ContextInput = Partial<Omit<ClaimContext, 'text'>>

export function claimContext(text: string, input: ContextInput = {}): ClaimContext {
  return {
    text,
    competitors: input.competitors ?? [],
    publisher: input.publisher ?? [],
    pageKind: input.pageKind ?? 'page',
    contentType: input.contentType ?? null,
    title: input.title ?? false,
    tableCell: input.tableCell ?? false,
    competitorCell: input.competitorCell ?? false,
    listItem: input.listItem ?? false,
    blockquote: input.blockquote ?? false,
    ...(input.previous !== undefined ? { previous: input.previous } : {}),
    ...(input.next !== undefined ? { next: input.next } : {}),
    ...(input.lead !== undefined ? { lead: input.lead } : {}),
    ...(input.after !== undefined ? { after: input.after } : {}),
    ...(input.sections !== undefined ? { sections: input.sections } : {}),
    ...(input.columnHeader !== undefined ? { columnHeader: input.columnHeader } : {}),
  }
}

/** An example sentence: plain text, or text with the context it is read in. `words` is what must be flagged. */
export type Example = string | { text: string; context?: ContextInput; words?: string }

export interface KindModule {
  /** Short id, used in docs and tests: `statistic`, `competitor-fact`. */
  id: string
  /** What the module finds, in one sentence for the README. */
  description: string
  detect(ctx: ClaimContext): ClaimMatch[]
  /**
   * A cheap test every sentence the module could flag passes (a digit, "-est", "than"…): most sentences
   * fail it, and the module's patterns never run on them. Must never reject a sentence `detect` would flag.
   */
  gate?: (ctx: ClaimContext) => boolean
  examples: {
    /** Sentences this module must flag (with the kind it must report). */
    claims: Example[]
    /** Sentences this module must leave alone. */
    nonClaims: Example[]
  }
}

export interface Pattern {
  re: RegExp
  /** Returns false to drop a match that only looks like a claim. */
  keep?: (m: RegExpExecArray, text: string, ctx: ClaimContext) => boolean
}

// The prefilter every module's patterns share, derived from the patterns themselves: before searching a
// sentence with each pattern in turn, one test with all of them joined in one alternation (one per set of
// flags). An alternation matches a text exactly when one of its alternatives does, so when every such test
// fails no pattern can match anywhere in the sentence, and the search below would find nothing: skipping it
// changes no result (a pattern's `keep` runs only on a match). Most sentences hold no claim, and one test
// costs far less than a search per pattern. A pattern that cannot join an alternation as it is — sticky, or
// with a backreference or a named group, whose number or name would change or clash — is searched always.
interface Prefilter {
  /** The patterns' expressions when the prefilter was built: rebuilt if a list is changed in place. */
  res: RegExp[]
  joined: RegExp[]
  always: Pattern[]
}

const prefilters = new WeakMap<readonly Pattern[], Prefilter>()

function prefilterOf(patterns: readonly Pattern[]): Prefilter {
  const known = prefilters.get(patterns)
  if (known && known.res.length === patterns.length && known.res.every((re, i) => patterns[i]?.re === re)) return known
  const byFlags = new Map<string, string[]>()
  const always: Pattern[] = []
  for (const pattern of patterns) {
    const { source, flags } = pattern.re
    if (flags.includes('y') || /\\[1-9]|\\k<|\(\?<[^=!]/.test(source)) {
      always.push(pattern)
      continue
    }
    const key = flags.replace('g', '')
    byFlags.set(key, [...(byFlags.get(key) ?? []), source])
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags))
  const built = { res: patterns.map((p) => p.re), joined, always }
  prefilters.set(patterns, built)
  return built
}

export function runPatterns(patterns: readonly Pattern[], ctx: ClaimContext, kind: ClaimKind, out: ClaimMatch[] = []): ClaimMatch[] {
  const { text } = ctx
  const prefilter = prefilterOf(patterns)
  const searched = prefilter.joined.some((re) => re.test(text)) ? patterns : prefilter.always
  for (const { re, keep } of searched) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      if (keep && !keep(m, text, ctx)) continue
      // A pattern may include a leading separator (sentence-start anchors): trim it off the reported span.
      const lead = m[0].length - m[0].trimStart().length
      const trail = m[0].length - m[0].trimEnd().length
      out.push({ kind, start: m.index + lead, end: m.index + m[0].length - trail })
    }
  }
  return out
}

// One alternation per list of names, compiled once: a site may name dozens of competitors and every
// sentence is searched for them. A name that is an everyday word ("Make", "Front") is matched as spelled,
// capital and all: "make" in a sentence is a verb. Other names are matched in any case ("Zapier", "zapier").
type Span = { start: number; end: number }

/**
 * The kinds ask about the same sentence many times over (comparison alone asks "which competitor is named here?"
 * up to six times): where a text first matches never changes, so the answers for the last few texts are kept.
 * The expressions searched are not global, so a search leaves no state behind that a repeat would have to
 * reproduce. Each answer is handed out as a copy: a caller may keep or change the position it is given.
 */
export function recentSpans(search: (text: string) => Span | null, keep = 8): (text: string) => Span | null {
  const found = new Map<string, Span | null>()
  return (text) => {
    let span = found.get(text)
    if (span === undefined) {
      span = search(text)
      if (found.size >= keep) found.clear()
      found.set(text, span)
    }
    return span === null ? null : { start: span.start, end: span.end }
  }
}

interface NamesSearch {
  /** Where a text first names one of the names (null: none), the last few answers kept. */
  first: (text: string) => Span | null
  /** The text with every name in it replaced by ` token ` (the claims model reads names as tokens). */
  replace: (text: string, token: string) => string
}

const compiled = new WeakMap<readonly string[], NamesSearch>()

function namesSearch(names: readonly string[]): NamesSearch {
  let search = compiled.get(names)
  if (search === undefined) {
    const unique = [...new Set(names.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length)
    const pattern = (list: string[], flags: string): RegExp | null =>
      list.length === 0 ? null : new RegExp(`(?<![\\w@])(?:${list.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\w)`, flags)
    const everyday = pattern(unique.filter(everydayWord), '')
    // (and not as the verb that opens an instruction: "Make the workplace faster", "Access your dashboard")
    const notVerb = everyday === null ? null : new RegExp(`(?<!^\\s*)${everyday.source}|^\\s*${everyday.source}(?!\\s+(?:the|a|an|your|it|sure|this|that|these|those|our|them|use|every|all|any)\\b)`, '')
    const res = [pattern(unique.filter((n) => !everydayWord(n)), 'i'), notVerb].filter((r): r is RegExp => r !== null)
    const first = recentSpans((text) => {
      let best: Span | null = null
      for (const re of res) {
        const m = re.exec(text)
        if (m && (best === null || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length }
      }
      return best
    })
    const everywhere = res.map((re) => new RegExp(re.source, `${re.flags}g`))
    // (most texts name no one: the first search, kept for the kinds' repeated questions, rules them out)
    search = { first, replace: (text, token) => (first(text) === null ? text : everywhere.reduce((t, re) => t.replace(re, ` ${token} `), text)) }
    compiled.set(names, search)
  }
  return search
}

/** Whole-word position of the first of `names` in `text`, or null. */
export function findAny(text: string, names: readonly string[]): { start: number; end: number } | null {
  return names.length === 0 ? null : namesSearch(names).first(text)
}

/** `text` with every one of `names` in it (as findAny finds them) replaced by ` token `. */
export function replaceNames(text: string, names: readonly string[], token: string): string {
  return names.length === 0 ? text : namesSearch(names).replace(text, token)
}
