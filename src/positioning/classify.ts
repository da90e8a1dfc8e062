// Which sentences carry positioning. Five ways in, from most to least specific, so the reason a
// reviewer reads is the most telling one: a protected field, a protected term, a price or a statement
// from the artifact, and finally the document's content type (for the parts of the page that say what
// the company stands for).
import { coveringField } from '../content/field-paths.js'
import type { Sentence } from '../types.js'
import { DEFAULT_PARTS, partOfSentence, type PagePart } from './parts.js'
import { contentWords } from './text.js'
import { compileTerms, priceAmounts, type TermMatcher } from './terms.js'
import type { PositioningArtifact, PositioningContext } from './types.js'

export interface PositioningReason {
  /** `field:tagline`, `term:all-in-one`, `price:$29`, `statement:tagline`, `type:homepage`. */
  reason: string
}

/**
 * Headings and page titles are what readers (and search engines) take as the claim of a page, so they
 * match an artifact statement at a lower bar than a sentence deep in the body.
 */
export const STATEMENT_SIMILARITY = { prominent: 0.6, body: 0.65 } as const
/**
 * Three shared content words at least (or all of a shorter statement): two generic words such as
 * "customer" and "platform" are coincidence, not a restatement.
 */
const MIN_SHARED_WORDS = 3

const PROMINENT_FIELDS = new Set([
  'title', 'description', 'meta_description', 'og_title', 'og_description', 'seo.title', 'seo.description',
  'headline', 'subtitle', 'tagline', 'value_prop', 'hero',
])

const topField = (field: string): string => field.split('.')[0] ?? field

export function isProminent(sentence: Sentence): boolean {
  if (sentence.kind === 'heading') return true
  if (sentence.kind !== 'frontmatter' || sentence.field === undefined) return false
  return PROMINENT_FIELDS.has(sentence.field) || PROMINENT_FIELDS.has(topField(sentence.field))
}

interface Statement {
  label: string
  /** `label#n`: which statement, so "still on the page" can ask for this one and not its siblings. */
  key: string
  words: Set<string>
}

interface Compiled {
  /** The company's own name appears everywhere, so sharing it says nothing about restating a claim. */
  company: Set<string>
  terms: TermMatcher[]
  prices: Set<string>
  statements: Statement[]
}

const compiledCache = new WeakMap<PositioningArtifact, Compiled>()

function compile(artifact: PositioningArtifact): Compiled {
  const cached = compiledCache.get(artifact)
  if (cached) return cached
  const lists: [string, string[]][] = [
    ['tagline', artifact.taglines],
    ['value-proposition', artifact.valuePropositions],
    ['differentiator', artifact.differentiators],
    ['competitor-framing', artifact.competitorFraming],
    ['pricing', artifact.pricing],
  ]
  const company = new Set([artifact.company, artifact.product].flatMap((name) => (name ? contentWords(name) : [])))
  const words = (text: string): Set<string> => new Set(contentWords(text).filter((w) => !company.has(w)))
  const compiled: Compiled = {
    company,
    terms: compileTerms(artifact.category ? [artifact.category, ...artifact.terms] : artifact.terms),
    prices: new Set(artifact.pricing.flatMap(priceAmounts)),
    statements: lists.flatMap(([label, items]) =>
      items.map((text, i) => ({ label, key: `${label}#${i}`, words: words(text) })).filter((s) => s.words.size > 0),
    ),
  }
  compiledCache.set(artifact, compiled)
  return compiled
}

/** `hero.title` sits under a protected `hero`; `tagline` is protected by `tagline` itself. */
export function inProtectedField(field: string | undefined, protectedFields: readonly string[]): string | null {
  if (field === undefined) return null
  // Field paths as in `content.prose-fields`: `faq[].answer`, `features.*.details`, `hero` (and below).
  return coveringField(field.split('.'), protectedFields)?.pattern ?? null
}

// Figures are set aside when a sentence is matched to a statement: "Set up in 3 minutes" restates "Set up
// in 15 minutes" with a new figure, and the diff then names the figure that changed.
const isFigure = (word: string): boolean => /\d/.test(word)

/** Statements the sentence restates, best first. */
function matchStatements(sentence: Sentence, compiled: Compiled): Statement[] {
  const words = new Set(contentWords(sentence.text).filter((w) => !compiled.company.has(w) && !isFigure(w)))
  if (words.size === 0) return []
  const bar = isProminent(sentence) ? STATEMENT_SIMILARITY.prominent : STATEMENT_SIMILARITY.body
  const matches: { statement: Statement; score: number }[] = []
  for (const s of compiled.statements) {
    let shared = 0
    let size = 0
    for (const w of s.words) {
      if (isFigure(w)) continue
      size += 1
      if (words.has(w)) shared += 1
    }
    if (size === 0 || shared < Math.min(MIN_SHARED_WORDS, size)) continue
    const score = (2 * shared) / (words.size + size)
    if (score >= bar) matches.push({ statement: s, score })
  }
  return matches.sort((a, b) => b.score - a.score).map((m) => m.statement)
}

/** Everything that makes a sentence positioning, so a diff can tell which of them a change took away. */
export interface Grounds {
  /** The protected field it is the value of. */
  field?: string
  /** Protected terms it uses (the category included), most specific first. */
  terms: string[]
  /** Money amounts from the artifact's pricing it quotes. */
  prices: string[]
  /** Artifact statements it restates: `label#n`, best match first. */
  statements: string[]
  /** The content type, when the page is a positioning type and the sentence sits in a part that counts. */
  type?: string
}

export const hasGrounds = (g: Grounds): boolean =>
  g.field !== undefined || g.terms.length > 0 || g.prices.length > 0 || g.statements.length > 0 || g.type !== undefined

/** The reason a reviewer reads for grounds: the most specific one. */
export function reasonOf(g: Grounds): string | null {
  if (g.field !== undefined) return `field:${g.field}`
  if (g.terms[0] !== undefined) return `term:${g.terms[0]}`
  if (g.prices[0] !== undefined) return `price:${g.prices[0]}`
  if (g.statements[0] !== undefined) return `statement:${statementLabel(g.statements[0])}`
  if (g.type !== undefined) return `type:${g.type}`
  return null
}

export const statementLabel = (key: string): string => key.split('#')[0] ?? key

/**
 * Why `sentence` carries positioning, every way at once. `part` is where it sits on its page (see
 * parts.ts); without one, the sentence is read as if it opened the page.
 */
export function groundsOf(sentence: Sentence, ctx: PositioningContext, part: PagePart = partOfSentence(sentence)): Grounds {
  const { artifact } = ctx
  const compiled = compile(artifact)
  const grounds: Grounds = { terms: [], prices: [], statements: [] }
  if (sentence.kind === 'frontmatter') {
    const field = inProtectedField(sentence.field, [...artifact.protectedFields, ...ctx.fields])
    if (field !== null) grounds.field = field
  }
  for (const m of compiled.terms) if (m.pattern.test(sentence.text)) grounds.terms.push(m.term)
  if (compiled.prices.size > 0) grounds.prices = [...new Set(priceAmounts(sentence.text).filter((p) => compiled.prices.has(p)))]
  grounds.statements = matchStatements(sentence, compiled).map((s) => s.key)
  const type = ctx.contentType
  if (type !== null && (artifact.positioningTypes.includes(type) || (ctx.types ?? []).includes(type)) && (ctx.parts ?? DEFAULT_PARTS).includes(part)) {
    grounds.type = type
  }
  return grounds
}

/** Why `sentence` carries positioning, or null when it does not. */
export function isPositioning(sentence: Sentence, ctx: PositioningContext, part?: PagePart): PositioningReason | null {
  const reason = reasonOf(groundsOf(sentence, ctx, part))
  return reason === null ? null : { reason }
}

/** The protected terms a text uses: what a page still says after an edit. */
export function termsIn(text: string, artifact: PositioningArtifact): string[] {
  return compile(artifact).terms.filter((m) => m.pattern.test(text)).map((m) => m.term)
}
