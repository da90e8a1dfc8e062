// Which sentences carry positioning. Four ways in, from most to least specific, so the reason a
// reviewer reads is the most telling one: a protected field, a protected term, a price or a statement
// from the artifact, and finally the document's content type.
import { coveringField } from '../content/field-paths.js'
import type { Sentence } from '../types.js'
import { contentWords } from './text.js'
import { compileTerms, findTerm, priceAmounts, type TermMatcher } from './terms.js'
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

/**
 * Interface copy: in a positioning-type page a button label is still not the page's claim. Field paths:
 * `cta`, and the action buttons of VitePress and Starlight heroes (`hero.actions.0.text`).
 */
const INTERFACE_FIELDS = ['cta', 'hero.actions', 'actions']
/** The same for JSX props (`<Hero cta="Start free">`, `<TabItem label="npm">`), compared lower-cased. */
const INTERFACE_PROPS = new Set(['cta', 'ctatext', 'buttontext', 'buttonlabel', 'label', 'placeholder', 'aria-label', 'arialabel'])

const topField = (field: string): string => field.split('.')[0] ?? field

export function isProminent(sentence: Sentence): boolean {
  if (sentence.kind === 'heading') return true
  if (sentence.kind !== 'frontmatter' || sentence.field === undefined) return false
  return PROMINENT_FIELDS.has(sentence.field) || PROMINENT_FIELDS.has(topField(sentence.field))
}

interface Statement {
  label: string
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
  const company = new Set(artifact.company ? contentWords(artifact.company) : [])
  const words = (text: string): Set<string> => new Set(contentWords(text).filter((w) => !company.has(w)))
  const compiled: Compiled = {
    company,
    terms: compileTerms(artifact.category ? [artifact.category, ...artifact.terms] : artifact.terms),
    prices: new Set(artifact.pricing.flatMap(priceAmounts)),
    statements: lists.flatMap(([label, items]) =>
      items.map((text) => ({ label, words: words(text) })).filter((s) => s.words.size > 0),
    ),
  }
  compiledCache.set(artifact, compiled)
  return compiled
}

/**
 * The protected field a frontmatter value sits in, as written: `hero.title` sits under a protected
 * `hero`, `faq.1.answer` under `faq` or `faq[].answer` (field paths, as for prose fields).
 */
export function inProtectedField(field: string | undefined, protectedFields: readonly string[]): string | null {
  if (field === undefined) return null
  return coveringField(field.split('.'), protectedFields)?.pattern ?? null
}

function matchStatement(sentence: Sentence, compiled: Compiled): string | null {
  const words = new Set(contentWords(sentence.text).filter((w) => !compiled.company.has(w)))
  if (words.size === 0) return null
  const bar = isProminent(sentence) ? STATEMENT_SIMILARITY.prominent : STATEMENT_SIMILARITY.body
  let best: { label: string; score: number } | null = null
  for (const s of compiled.statements) {
    let shared = 0
    for (const w of words) if (s.words.has(w)) shared += 1
    if (shared < Math.min(MIN_SHARED_WORDS, s.words.size)) continue
    const score = (2 * shared) / (words.size + s.words.size)
    if (score >= bar && (best === null || score > best.score)) best = { label: s.label, score }
  }
  return best?.label ?? null
}

/**
 * Every sentence of a positioning-type page counts, except list items (a feature list gaining an item
 * is product news, not positioning) and interface copy such as a button label.
 */
function countsForType(sentence: Sentence): boolean {
  if (sentence.kind === 'list-item') return false
  if (sentence.kind === 'frontmatter') return sentence.field === undefined || coveringField(sentence.field.split('.'), INTERFACE_FIELDS) === null
  if (sentence.construct === 'jsx-attribute' && sentence.field !== undefined) {
    // `Hero.cta`, `Pricing.plans.0.cta`: any prop or key on the way names the interface copy.
    return !sentence.field.split('.').slice(1).some((part) => INTERFACE_PROPS.has(part.toLowerCase()))
  }
  return true
}

/** Why `sentence` carries positioning, or null when it does not. */
export function isPositioning(sentence: Sentence, ctx: PositioningContext): PositioningReason | null {
  const { artifact } = ctx
  const compiled = compile(artifact)
  if (sentence.kind === 'frontmatter') {
    const field = inProtectedField(sentence.field, [...artifact.protectedFields, ...ctx.fields])
    if (field !== null) return { reason: `field:${field}` }
  }
  const term = findTerm(sentence.text, compiled.terms)
  if (term !== null) return { reason: `term:${term}` }
  if (compiled.prices.size > 0) {
    const price = priceAmounts(sentence.text).find((p) => compiled.prices.has(p))
    if (price !== undefined) return { reason: `price:${price}` }
  }
  const statement = matchStatement(sentence, compiled)
  if (statement !== null) return { reason: `statement:${statement}` }
  const type = ctx.contentType
  if (type !== null && (artifact.positioningTypes.includes(type) || (ctx.types ?? []).includes(type)) && countsForType(sentence)) {
    return { reason: `type:${type}` }
  }
  return null
}
