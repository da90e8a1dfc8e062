// The site-context stage: computed once per run over the content files, before any check runs.
import { pageCompetitors, siteCompetitors } from './competitors.js'
import { pageKindOf } from './page-kind.js'
import { findPublisher } from './publisher.js'
import type { Name, PageContext, PageKind, SiteContext, SiteDocument } from './types.js'

import type { SiteConfig } from './config.js'
export { siteConfig, type SiteConfig } from './config.js'

export function buildSiteContext(docs: readonly SiteDocument[], config: SiteConfig = {}): SiteContext {
  const publisher = findPublisher(docs, config.publisher ?? [])
  const pages: PageContext[] = docs.map((doc) => {
    const { kind, from } = pageKindOf(doc, config.pageKinds ?? {}, publisher ? [publisher.name, ...publisher.aliases] : [])
    return { path: doc.path, kind, kindFrom: from, competitors: pageCompetitors(doc, publisher) }
  })
  const kinds = new Map(pages.map((p) => [p.path, p.kind]))
  return { publisher, competitors: siteCompetitors(docs, kinds, publisher, config.competitors ?? []), pages }
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
