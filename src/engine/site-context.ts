// The site-context stage of a run: every content file the run checks is read and parsed once, up front,
// so the publisher, the competitors and each page's kind are known before any check reads a sentence.
//
// Parsed documents are kept for their checks while they fit a memory budget; past it, a page keeps only
// what the site context reads (a SiteDocument: no offsets), that is dropped once the context is derived,
// and the page's check reads and parses its file again. A 5,000-page site held every document at once
// (1.4 GB); the budget bounds that at the price of a second parse for the pages past it. The context
// is derived from the same pages in the same order either way, so the report is the same.
import type { Config } from '../config/schema.js'
import { parseDocument } from '../content/index.js'
import { buildSiteContext, siteConfig, type SiteContext, type SiteDocument } from '../site/index.js'
import type { ContentDocument } from '../types.js'
import { decodeText } from './decode.js'
import { documentOptions } from './document-options.js'
import { siteDocument, type PackedSiteDocument } from './site-document.js'
import type { Tree } from './tree.js'

export interface RunContext {
  site: SiteContext
  /** Parsed head documents by path, reused by the checks so no file is parsed twice. */
  docs: Map<string, ContentDocument>
  /** The head bytes each document was parsed from, so the check reads no file twice (taken by the check). */
  bytes: Map<string, Uint8Array>
}

/** Files read ahead of the one being parsed: reading one file at a time left the CPU idle on every read. */
export const READ_AHEAD = 16

/**
 * Estimated bytes of parsed documents kept for the checks (see documentSize). 160 MiB holds about 1,500
 * pages of 8 KB; a run over more parses the rest twice. Peak memory of a 5,000-page run: bench/results.md.
 */
export const RETAIN_BUDGET = 160 * 2 ** 20

export interface RunContextOptions {
  /** Estimated bytes of parsed documents (and their file bytes) kept for the checks; RETAIN_BUDGET by default. */
  retainBudget?: number
  /** `--cache`: the pages of files whose bytes did not change, so a re-audit parses only what changed. */
  pages?: SitePageCache
}

/** What the site context needs of a page, kept between runs by content (see cached.ts). */
export interface SitePageCache {
  get(path: string, bytes: Uint8Array): SiteDocument | undefined
  set(path: string, bytes: Uint8Array, page: PackedSiteDocument): void
}

/**
 * Roughly what a parsed document holds in memory, measured on generated pages: per character of prose
 * its offset (4 bytes) and its text twice (the sentence and the block it was cut from, 2 bytes each when
 * not Latin-1), per sentence its objects and offset view, and the source.
 */
export function documentSize(doc: ContentDocument): number {
  let size = doc.source.length * 2
  for (const s of doc.sentences) size += s.offsets.length * 8 + 250 + s.links.length * 120
  return size
}

/** Reads the head version of each path (skipping missing, oversized and undecodable files) and derives the site context. */
export async function runContext(head: Tree, paths: readonly string[], config: Config, runOptions: RunContextOptions = {}): Promise<RunContext> {
  const docs = new Map<string, ContentDocument>()
  const kept = new Map<string, Uint8Array>()
  // Every parsed page in path order, full or slim: the site context is derived from them in that order.
  const pages: SiteDocument[] = []
  let room = runOptions.retainBudget ?? RETAIN_BUDGET
  const options = documentOptions(config)
  // Reads start in path order up to READ_AHEAD files ahead; documents are parsed in path order.
  // A failed read settles as null here: a file that cannot be read is reported by the check itself.
  const reads: Promise<Uint8Array | null>[] = []
  const start = (i: number): void => {
    const path = paths[i]
    if (path !== undefined && reads[i] === undefined) reads[i] = head.read(path).catch(() => null)
  }
  for (let i = 0; i < Math.min(READ_AHEAD, paths.length); i++) start(i)
  for (let i = 0; i < paths.length; i++) {
    start(i + READ_AHEAD)
    const path = paths[i] as string
    const bytes = await reads[i]
    delete reads[i]
    try {
      if (bytes === null || bytes === undefined || bytes.byteLength > config.content['max-file-size']) continue
      // A page unchanged since the last run: its check will be a cache hit too, unless the context changed.
      const cached = runOptions.pages?.get(path, bytes)
      if (cached) {
        pages.push(cached)
        continue
      }
      const text = decodeText(bytes)
      if (text === null) continue
      const doc = parseDocument(path, text, options)
      const size = documentSize(doc) + bytes.byteLength
      // Packed once, for the cache and for the site context when the document itself is not kept.
      const packed = runOptions.pages || size > room ? siteDocument(doc) : null
      if (packed) runOptions.pages?.set(path, bytes, packed)
      if (size <= room) {
        room -= size
        docs.set(path, doc)
        kept.set(path, bytes)
        pages.push(doc)
      } else {
        pages.push(packed ?? siteDocument(doc))
      }
    } catch {
      // A file that cannot be parsed here is reported by the check itself, with its own message.
    }
  }
  return { site: buildSiteContext(pages, siteConfig(config)), docs, bytes: kept }
}
