// The site-context stage: computed once per run over the content files, before any check runs.
//
// It is a map and a reduce, so that `--cache` can keep each page's share and a re-audit parses only the
// pages that changed: each page's votes for the publisher (publisherVotes) → the publisher → each page's
// part given the publisher (pagePart: its kind, its own competitors, the rivals it names for the site) →
// the site's competitors. buildSiteContext does all of it at once.
import { comparisonRivals, pageCompetitors, pageText, siteCompetitors } from './competitors.js'
import { pageKindOf } from './page-kind.js'
import { findPublisher } from './publisher.js'
import type { Name, PageContext, PageKind, SiteContext, SiteDocument } from './types.js'

import type { SiteConfig } from './config.js'
export { siteConfig, type SiteConfig } from './config.js'
export { publisherVotes, publisherFrom, type PublisherVotes, type NameVote } from './publisher.js'

/** What one page adds to the site context once the publisher is known. */
export interface PagePart {
  kind: PageKind
  /** Why the page has that kind (PageContext.kindFrom). */
  kindFrom: string
  /** Competitors the page names in a comparison of its own (PageContext.competitors). */
  competitors: Name[]
  /** On a comparison page, the names it puts against the publisher, for the site's competitors: [name, where]. */
  rivals: [string, string][]
}

export function pagePart(page: SiteDocument, publisher: Name | null, config: SiteConfig = {}): PagePart {
  // The sentences read once: a packed page rebuilds them from its bytes at every read, and this reads them
  // in several places (they are read-only here).
  const doc: SiteDocument = { path: page.path, frontmatter: page.frontmatter, sentences: page.sentences }
  const { kind, from } = pageKindOf(doc, config.pageKinds ?? {}, publisher ? [publisher.name, ...publisher.aliases] : [])
  // (both read the page's text, to tell a product's name from a word the page also writes in lower case)
  const text = pageText(doc)
  return { kind, kindFrom: from, competitors: pageCompetitors(doc, publisher, text), rivals: kind === 'comparison' ? comparisonRivals(doc, publisher, text) : [] }
}

/** The site context from the publisher and every page's part, in the pages' order. */
export function siteContextFrom(publisher: Name | null, parts: readonly { path: string; part: PagePart }[], config: SiteConfig = {}): SiteContext {
  const pages: PageContext[] = parts.map(({ path, part }) => ({ path, kind: part.kind, kindFrom: part.kindFrom, competitors: part.competitors }))
  const competitors = siteCompetitors(
    parts.flatMap(({ part }) => part.rivals),
    publisher,
    config.competitors ?? [],
  )
  return { publisher, competitors, pages }
}

export function buildSiteContext(docs: readonly SiteDocument[], config: SiteConfig = {}): SiteContext {
  const publisher = findPublisher(docs, config.publisher ?? [])
  return siteContextFrom(
    publisher,
    docs.map((doc) => ({ path: doc.path, part: pagePart(doc, publisher, config) })),
    config,
  )
}
/** What one page's checks see: the site's publisher, and the site's competitors plus the page's own. */
export interface PageView {
  publisher: Name | null
  competitors: Name[]
  kind: PageKind
}

const pageIndex = new WeakMap<SiteContext, Map<string, PageContext>>()

/** The site context's entry for one page, by path (indexed once per context). */
export function pageContext(site: SiteContext, path: string): PageContext | undefined {
  let index = pageIndex.get(site)
  if (!index) pageIndex.set(site, (index = new Map(site.pages.map((p) => [p.path, p]))))
  return index.get(path)
}

export function pageView(site: SiteContext, path: string): PageView {
  const page = pageContext(site, path)
  const competitors = [...site.competitors]
  for (const c of page?.competitors ?? []) if (!competitors.some((k) => k.name.toLowerCase() === c.name.toLowerCase())) competitors.push(c)
  return { publisher: site.publisher, competitors, kind: page?.kind ?? 'page' }
}

export { pageKindOf, titleOf, COMPARISON_TITLE } from './page-kind.js'
export { namesIn, nameKey, findName } from './names.js'
export { mentionsAny, comparisonTableNames } from './competitors.js'
export type { Name, PageContext, PageKind, SiteContext, SiteDocument, SiteSentence } from './types.js'
export { PAGE_KINDS } from './types.js'
