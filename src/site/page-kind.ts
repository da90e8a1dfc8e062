// What kind of page a content file is, from its frontmatter, then its path, then its title. The kind
// changes how copy reads: quotes on a customer story are testimonials, a comparison page compares
// even when a sentence has no "than", prices on a pricing page are the publisher's own.
import picomatch from 'picomatch'
import { acronym, commonWordIn, namesIn } from './names.js'
import type { PageKind, SiteDocument } from './types.js'

const KIND_WORDS: [PageKind, RegExp][] = [
  ['customer-story', /\b(?:customer[- ]?stor(?:y|ies)|case[- ]?stud(?:y|ies)|success[- ]?stor(?:y|ies)|testimonials?)\b/i],
  ['comparison', /\b(?:comparisons?|compare|vs|versus|alternatives?)\b/i],
  ['pricing', /\bpricing\b/i],
  ['docs', /\b(?:docs?|documentation|guides?|tutorials?|reference|how-?to)\b/i],
  ['product', /\b(?:product|features?|platform|solutions?|landing|homepage|home)\b/i],
  ['blog', /\b(?:blog|posts?|news|articles?|updates?|changelog|release[- ]notes?)\b/i],
]

// Path segments, most specific first: `customers/`, `compare/`, `x-vs-y.md`, `alternatives/`.
const PATH_KINDS: [PageKind, RegExp][] = [
  ['customer-story', /(?:^|\/)(?:customers?|testimonials?)(?:\/|$)|(?:^|[/_-])(?:case-stud(?:y|ies)|customer-stor(?:y|ies)|success-stor(?:y|ies))(?:[/_.-]|$)/i],
  ['comparison', /(?:^|\/)(?:compare|comparisons?|vs|alternatives?)(?:\/|$)|[-_/]vs[-_.]|(?:^|[-_/])(?:alternatives?|comparison)(?:[-_.]|$)/i],
  ['pricing', /(?:^|\/)pricing(?:[/.]|$)/i],
  ['docs', /(?:^|\/)(?:docs?|documentation|guides?|tutorials?|reference|learn)\//i],
  ['blog', /(?:^|\/)(?:blog|posts?|news|articles|updates|changelog)\//i],
  ['product', /(?:^|\/)(?:product|products|features?|platform|solutions?)(?:\/|\.)|(?:^|\/)(?:index|home)\.mdx?$/i],
]

const FIELDS = ['type', 'kind', 'layout', 'category', 'categories', 'tags', 'tag']

function fieldWords(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s*,\s*/)
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

/** The title as written in frontmatter, or the first heading. */
export function titleOf(doc: Pick<SiteDocument, 'frontmatter' | 'sentences'>): string {
  const title = doc.frontmatter['title']
  if (typeof title === 'string') return title
  return doc.sentences.find((s) => s.kind === 'heading')?.text ?? ''
}

/** "Acme vs FunnelHub", "FunnelHub alternatives", "Compare Acme and Front": a title that names a comparison. */
export const COMPARISON_TITLE = /\s(?:vs\.?|versus)\s|\balternatives?\b|\bcompar(?:e|ed|ing|ison)\b/i

const SPECIFIC: ReadonlySet<PageKind> = new Set(['customer-story', 'comparison', 'pricing'])
const STORY_TITLE = /\b(?:chooses|switched to|customer story|case study|how .{2,40} (?:uses|used|cut|grew|saved|scaled))\b/i

function titleNamesPublisher(title: string, publisher: readonly string[]): boolean {
  const lower = title.toLowerCase()
  return publisher.some((p) => p.length >= 2 && lower.includes(p.toLowerCase()))
}

/** "X vs Y" compares the publisher only when one side names it; "WebSockets vs WebHooks" is a topic. */
function publisherVersus(title: string, publisher: readonly string[]): boolean {
  if (!/\s(?:vs\.?|versus)\s/i.test(title)) return true
  if (publisher.length === 0) return true
  return titleNamesPublisher(title, publisher)
}

/**
 * "rag-vs-fine-tuning.md" titled "RAG vs Fine-Tuning": two topics set side by side, not products. Products
 * are names the page keeps capitalised; a side that is an acronym or a word the page writes in lower case
 * is a topic. A side naming the publisher makes it a comparison whatever the other side is.
 */
function topicVersus(doc: Pick<SiteDocument, 'path' | 'sentences'>, title: string, publisher: readonly string[]): boolean {
  if (!/\s(?:vs\.?|versus)\s/i.test(title)) return false
  if (publisher.length > 0 && publisherVersus(title, publisher)) return false
  const text = doc.sentences.map((s) => s.text).join('\n')
  const sides = (title.split(/[:|—–(?]/)[0] ?? '').split(/\s(?:vs\.?|versus)\s/i)
  return sides.some((side) => {
    const hits = namesIn(side)
    return hits.length === 0 || hits.every((h) => acronym(h.name) || h.name.split(' ').every((w) => commonWordIn(w, text) || acronym(w)))
  })
}

/**
 * "apple-vs-google-privacy.md" titled "Apple vs Google: Privacy Compliance", "state-privacy-laws-comparison.md":
 * a page that sets two others side by side, with the publisher on neither side, is an explainer, not the
 * publisher's comparison page (whose title names it: "Acme vs Relay"). Alternatives pages and pages filed
 * under compare/ or vs/ stay comparisons; so does every page while the publisher is unknown. (Such a title,
 * "Apple vs Google", already fails `publisherVersus`; this reads the path.)
 */
function othersCompared(path: string, title: string, publisher: readonly string[]): boolean {
  if (publisher.length === 0 || title === '' || /\balternatives?\b/i.test(title) || /(?:^|\/)(?:compare|comparisons?|vs|alternatives?)\//i.test(path)) return false
  return /[-_/]vs[-_.]|[-_]comparison(?:[-_.]|$)/i.test(path) && !titleNamesPublisher(title, publisher)
}

export function pageKindOf(
  doc: Pick<SiteDocument, 'path' | 'frontmatter' | 'sentences'>,
  overrides: Partial<Record<PageKind, string[]>> = {},
  publisher: readonly string[] = [],
): { kind: PageKind; from: string } {
  for (const [kind, globs] of Object.entries(overrides) as [PageKind, string[]][]) {
    if (globs.length > 0 && picomatch(globs, { dot: true })(doc.path)) return { kind, from: 'config' }
  }
  // Frontmatter decides, except that a generic kind (`blog`) gives way to a more specific one the path or
  // title shows: a customer story filed under the blog is still a customer story.
  let declared: { kind: PageKind; from: string } | null = null
  for (const field of FIELDS) {
    for (const word of fieldWords(doc.frontmatter[field])) {
      const hit = KIND_WORDS.find(([, re]) => re.test(word))
      if (hit && SPECIFIC.has(hit[0])) return { kind: hit[0], from: `frontmatter ${field}` }
      if (hit && declared === null) declared = { kind: hit[0], from: `frontmatter ${field}` }
    }
  }
  const title = titleOf(doc)
  let byPath = PATH_KINDS.find(([, re]) => re.test(doc.path))
  if (byPath?.[0] === 'comparison' && /[-_/]vs[-_.]/i.test(doc.path) && topicVersus(doc, title, publisher)) byPath = undefined
  if (byPath?.[0] === 'comparison' && othersCompared(doc.path, title, publisher)) byPath = undefined
  if (byPath && SPECIFIC.has(byPath[0])) return { kind: byPath[0], from: 'path' }
  if (COMPARISON_TITLE.test(title) && publisherVersus(title, publisher) && !topicVersus(doc, title, publisher)) return { kind: 'comparison', from: 'title' }
  if (STORY_TITLE.test(title)) return { kind: 'customer-story', from: 'title' }
  if (declared) return declared
  if (byPath) return { kind: byPath[0], from: 'path' }
  return { kind: 'page', from: 'default' }
}
