// The site context: what a copy editor knows about a site before reading one of its pages — who
// publishes it, whom it competes with, and what kind of page each file is. Derived once per run from
// the content files, overridable in config, and shown in the JSON report and `--explain-context`.
import type { Sentence } from '../types.js'

/** How a page reads: a customer story quotes customers; a comparison page compares, even without "than". */
export type PageKind = 'customer-story' | 'comparison' | 'pricing' | 'product' | 'blog' | 'docs' | 'page'

export const PAGE_KINDS: readonly PageKind[] = ['customer-story', 'comparison', 'pricing', 'product', 'blog', 'docs', 'page']

/** A company or product name and the spellings it goes by (`SyncbaseDB`, `Syncbase Cloud`). */
export interface Name {
  name: string
  aliases: string[]
  /** Where it was found, for `--explain-context`: `config`, `frontmatter publisher`, `title of compare/x.md`. */
  from: string
}

export interface PageContext {
  path: string
  kind: PageKind
  /** Why the page has that kind: `config`, `frontmatter type`, `path`, `title`, or `default`. */
  kindFrom: string
  /** Competitors this page names in a comparison of its own (a comparison table, `alternative to X`). */
  competitors: Name[]
}

export interface SiteContext {
  publisher: Name | null
  /** Competitors of the whole site: config plus those named by its comparison and alternatives pages. */
  competitors: Name[]
  pages: PageContext[]
}

/**
 * What the site context reads of a page: a parsed document without its offsets (positions are for the
 * checks). A run that cannot hold every parsed document until its check keeps this much of the rest.
 */
export interface SiteDocument {
  path: string
  frontmatter: Record<string, unknown>
  sentences: readonly SiteSentence[]
}

export type SiteSentence = Omit<Sentence, 'offsets' | 'footnotes'>
