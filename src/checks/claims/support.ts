// Whether a claim has a source close enough for a reader to check it. What counts:
// - a footnote with a definition, or `[^id]` naming a frontmatter `sources` entry;
// - a link a reader can follow to evidence: a citation marker ("[1]", "source"), or a link to another site
//   whose words are not just a name, or one of the publisher's evidence pages (a customer story, a
//   benchmark, a report, a security page, or a page listed in `claims.evidence`);
// - a data source named in the sentence ("according to Gartner (2025)", "per our Stripe revenue data"),
//   unless `claims.named-sources` is off.
// What does not: a `mailto:` or `tel:` link, a link on a product or company name ("[RelayHQ](https://relayhq.app)"),
// the publisher's own marketing pages (sign-up, pricing, product, docs), a vague "studies show".
// In the sentence, or in its block when the config's `claims.scope` is `paragraph`; a quotation's source
// may sit anywhere in its blockquote.
import type { ContentDocument, Link, Sentence } from '../../types.js'
import { namesIn, nameKey } from '../../site/names.js'

export type ClaimScope = 'sentence' | 'paragraph'

export interface SupportOptions {
  /** The publisher's name and spellings: links to its own site are marketing unless they are evidence. */
  publisher?: readonly string[]
  /** URL or path prefixes of the publisher's evidence pages (`claims.evidence`). */
  evidence?: readonly string[]
  /** Whether a data source named in the sentence counts (`claims.named-sources`, default true). */
  namedSources?: boolean
}

/** Ids of the frontmatter `sources` entries, whatever else is wrong with them. */
export function frontmatterSourceIds(doc: ContentDocument): Set<string> {
  const sources = doc.frontmatter['sources']
  const ids = new Set<string>()
  if (!Array.isArray(sources)) return ids
  for (const entry of sources) {
    if (entry !== null && typeof entry === 'object') {
      const id = (entry as Record<string, unknown>)['id']
      if (typeof id === 'string' || typeof id === 'number') ids.add(String(id))
    }
  }
  return ids
}

/** A `[^id]` reference resolves when it has a definition or names a frontmatter source. */
export function resolves(doc: ContentDocument, id: string, sourceIds: Set<string>): boolean {
  return Object.hasOwn(doc.footnotes, id) || sourceIds.has(id)
}

// "[1]", "(2)", "¹", "source", "[source]", "ref", "study": the writer marking a citation.
const CITATION_MARKER = /^\s*[[(]?\s*(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|sources?|ref(?:erence)?s?|cite|citation|study|report|survey|data|research|paper|benchmark|link|here)\s*[\])]?\s*$/i
// Words that say a page is evidence rather than marketing.
const EVIDENCE_WORDS = /\b(?:reports?|benchmarks?|stud(?:y|ies)|case[- ]stud(?:y|ies)|stor(?:y|ies)|customers?|survey|research|results|data|audit|certificat\w*|transparency|security|trust|status|whitepaper|paper|analysis|test(?:ed|s)?|measured|press|announcement|index|list|quadrant|review|awards?)\b/i
// (an "open" page is the open-startup convention for public metrics: "/open", "/open-metrics")
const EVIDENCE_PATHS = /\/(?:customers?|case-stud(?:y|ies)|customer-stor(?:y|ies)|success-stor(?:y|ies)|research|benchmarks?|reports?|security|trust|status|transparency|press|awards?|metrics|stats|statistics)(?:[/.#?-]|$)|\/open(?:-(?:metrics|startup|stats))?(?:[/#?]|$)/i

// The publisher's home page and the pages that sell: never evidence for a claim, whatever the link says.
// (A pricing page stays a source: it is where a price claim is shown.)
const MARKETING_PAGE = /^(?:https?:\/\/[^/?#]+)?\/?(?:(?:sign-?up|register|log-?in|sign-?in|get-started|trial|free-trial|demo|book-a-demo|contact(?:-us)?)\/?)?(?:[?#].*)?$/i

function hostWords(url: string): string[] {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url)
  if (!m) return []
  return (m[1] ?? '')
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .map((l) => l.replace(/[^a-z0-9]/g, ''))
}

function ownSite(url: string, publisher: readonly string[]): boolean {
  if (/^(?:\/(?!\/)|\.{1,2}\/|#)/.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return true
  const keys = publisher.map(nameKey).filter((k) => k.length >= 3)
  return hostWords(url).some((w) => keys.some((k) => w === k || (Math.min(w.length, k.length) >= 5 && (w.startsWith(k) || k.startsWith(w)))))
}

/** "[13](https://capgo.app)": a citation marker on the publisher's home or sign-up page, which cites its own advert. */
function advertCitation(link: Pick<Link, 'url' | 'text'>, options: SupportOptions): boolean {
  const url = link.url.trim()
  return CITATION_MARKER.test(link.text) && ownSite(url, options.publisher ?? []) && MARKETING_PAGE.test(url)
}

/**
 * The first citation in the sentence's scope that points at the publisher's own home or sign-up page, so a
 * finding can say why "[13]" did not count; undefined when there is none.
 */
export function advertCitationIn(doc: ContentDocument, sentence: Sentence, scope: ClaimScope, options: SupportOptions = {}): string | undefined {
  for (const s of scopeOf(doc, sentence, scope)) for (const link of s.links) if (advertCitation(link, options)) return link.url.trim()
  return undefined
}

/** A link on a name and nothing else: "[RelayHQ](…)", "[Launchpad](…)", "[Quillkit](…)". */
function nameOnly(text: string): boolean {
  const t = text.replace(/[*_`]/g, '').trim()
  if (t === '' || t.split(/\s+/).length > 4) return false
  const hits = namesIn(t)
  return hits.length > 0 && hits.map((h) => h.name).join(' ').length >= t.replace(/['’]s$/, '').length - 1
}

/** Whether a link stands as a source a reader can follow; `parenthetical`: written as "(…)" after the claim. */
export function linkIsSource(link: Pick<Link, 'url' | 'text'>, options: SupportOptions = {}, parenthetical = false): boolean {
  const url = link.url.trim()
  if (/^(?:mailto|tel|javascript|sms):/i.test(url) || url === '') return false
  if ((options.evidence ?? []).some((prefix) => prefix !== '' && url.startsWith(prefix))) return true
  if (CITATION_MARKER.test(link.text)) return !advertCitation(link, options)
  // A bare name is a mention, unless it is set in parentheses as a citation: "(Forrester)".
  if (nameOnly(link.text) && !parenthetical) return false
  if (ownSite(url, options.publisher ?? [])) return EVIDENCE_WORDS.test(link.text) || EVIDENCE_PATHS.test(url)
  return true
}

// "according to Gartner (2025)", "per the 2024 Stack Overflow survey", "according to our Stripe revenue data",
// "Source: Acme customer survey, 2026", "AWS Device Farm data shows": a named source, dated or named as data.
const NAMED_SOURCE = /\b(?:according to|per|source:|as reported (?:by|in)|data from|based on|as measured by)\s+(?:the\s+|our\s+|a\s+)?(?:[\p{Lu}\d][\w&.'’-]*\s+){1,5}?(?:[\w&.'’-]+\s+){0,3}?(?:\(\d{4}\)|(?:19|20)\d\d\b|(?:data|survey|report|study|analytics|records|logs|dashboard|benchmark|census|index|research)\b)|\b(?:[\p{Lu}][\w&.'’-]*['’]s?\s+)(?:(?:19|20)\d\d\s+)(?:[\w-]+\s+){0,3}?(?:survey|report|study|benchmark|index|census)\b|\b(?!(?:Our|The|This|That|These|Recent|New|Internal|Independent|Industry|Market|Some|Many|Most|More|Research|Studies|Data|Surveys?|Analysis|Reports?)\b)(?:\p{Lu}[\w&.'’-]*\s+){1,4}(?:data|survey|report|study|research|analysis|benchmarks?)\s+(?:shows?|showed|found|finds|suggests?|reveals?|revealed|indicates?)\b/u

export function namesDataSource(text: string): boolean {
  return NAMED_SOURCE.test(text)
}

function cites(doc: ContentDocument, sentence: Sentence, sourceIds: Set<string>, options: SupportOptions): boolean {
  const parenthetical = (link: Link): boolean => /\(\s*$/.test(doc.source.slice(Math.max(0, link.start - 3), link.start)) && !ownSite(link.url, options.publisher ?? [])
  return sentence.links.some((link) => linkIsSource(link, options, parenthetical(link))) || sentence.footnotes.some((id) => resolves(doc, id, sourceIds))
}

/** The sentences whose sources count for `sentence` under the scope. */
export function scopeOf(doc: ContentDocument, sentence: Sentence, scope: ClaimScope): Sentence[] {
  if (scope === 'paragraph' || sentence.kind === 'blockquote') return doc.sentences.filter((s) => s.block === sentence.block)
  // A citation the segmenter cut off: "…fragmentation. [1]" opens the next sentence of the block.
  const index = doc.sentences.indexOf(sentence)
  const next = doc.sentences[index + 1]
  if (next && next.block === sentence.block && /^\s*[[(]?\d{1,3}[\])]?/.test(next.text) && next.links.length > 0) return [sentence, next]
  return [sentence]
}

// Blocks (paragraphs, list items) that carry a citation marker: "…with an 82% success rate. … [1]". A
// numbered citation cites the figures of the paragraph it closes, as in print, whatever the `claims.scope`;
// a comparison or superlative beside them needs its own.
const citedBlocks = new WeakMap<ContentDocument, Set<number>>()
function citationMarkerBlocks(doc: ContentDocument, options: SupportOptions): Set<number> {
  let blocks = citedBlocks.get(doc)
  if (!blocks) {
    blocks = new Set()
    for (const s of doc.sentences) if (s.links.some((link) => CITATION_MARKER.test(link.text) && linkIsSource(link, options))) blocks.add(s.block)
    citedBlocks.set(doc, blocks)
  }
  return blocks
}

/** Whether the sentence's paragraph carries a numbered citation ("[1]") that sources its figures. */
export function citedParagraph(doc: ContentDocument, sentence: Sentence, options: SupportOptions = {}): boolean {
  return sentence.kind !== 'table-cell' && citationMarkerBlocks(doc, options).has(sentence.block)
}

/**
 * The sentence that introduces the list or table `sentence` sits in, when it ends with a colon ("Here are
 * some benchmarks [1]:", "Recent data from Acme's analytics shows:"); undefined outside lists and tables.
 */
export function leadInOf(doc: ContentDocument, sentence: Sentence): Sentence | undefined {
  if (sentence.kind !== 'list-item' && sentence.kind !== 'table-cell') return undefined
  let i = doc.sentences.indexOf(sentence) - 1
  while (i >= 0 && doc.sentences[i]?.kind === sentence.kind) i--
  const lead = doc.sentences[i]
  return lead !== undefined && lead.kind === 'paragraph' && /:\s*$/.test(lead.text) ? lead : undefined
}

const BACK_REFERENCE = /^\s*(?:those|these)\s+(?:are|were|(?:figures|numbers|results|medians|averages|stats|statistics)\b)/i

export function isSupported(doc: ContentDocument, sentence: Sentence, scope: ClaimScope, sourceIds = frontmatterSourceIds(doc), options: SupportOptions = {}): boolean {
  // A footnote is the citation: "Acme survey of 412 customers" says where a claim comes from, it needs no source of its own.
  if (sentence.construct === 'footnote') return true
  if (scopeOf(doc, sentence, scope).some((s) => cites(doc, s, sourceIds, options))) return true
  if ((options.namedSources ?? true) && namesDataSource(sentence.text)) return true
  // A list or table led in by a cited sentence ("Here are our benchmarks [1]:") is what that source supports,
  // as the rows of a table under "Source: …" are.
  const lead = leadInOf(doc, sentence)
  if (lead !== undefined && (cites(doc, lead, sourceIds, options) || ((options.namedSources ?? true) && namesDataSource(lead.text)))) return true
  // "Those are medians for teams of 3 to 48 seats": a sentence that opens by pointing back at the figures just
  // given qualifies them; the citation of the sentence before, in the paragraph before or its own, supports it.
  const before = BACK_REFERENCE.test(sentence.text) ? doc.sentences[doc.sentences.indexOf(sentence) - 1] : undefined
  if (before !== undefined && before.kind === sentence.kind && cites(doc, before, sourceIds, options)) return true
  // A title or meta description cannot carry a footnote: it summarises the page, so it is supported when
  // the page's body cites one of its frontmatter sources.
  return sentence.kind === 'frontmatter' && sourceIds.size > 0 && doc.sentences.some((s) => s.kind !== 'frontmatter' && s.footnotes.some((id) => sourceIds.has(id)))
}
