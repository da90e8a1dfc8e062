// The site-context stage of a run: every content file the run checks is read and parsed once, up front,
// so the publisher, the competitors and each page's kind are known before any check reads a sentence.
//
// Each parsed document is packed (site-document.ts: ~30 KB for a page of 8 KB, against ~100 KB as parsed
// objects) and kept for its check, which unpacks it instead of parsing the file again. Packed documents are
// kept while they fit a memory budget; past it, a page keeps only what the site context reads (no offsets),
// that is dropped once the context is derived, and the page's check reads and parses its file again. The
// context is derived from the same pages in the same order either way, so the report is the same.
import type { Config } from '../config/schema.js'
import { parseDocument } from '../content/index.js'
import { buildSiteContext, siteConfig, type SiteContext, type SiteDocument } from '../site/index.js'
import { decodeText } from './decode.js'
import { documentOptions } from './document-options.js'
import { PackedDocument, siteDocument, type PackedSiteDocument } from './site-document.js'
import type { Tree } from './tree.js'

export interface RunContext {
  site: SiteContext
  /** Parsed head documents by path, packed, unpacked by the checks so no file is parsed twice. */
  docs: Map<string, PackedDocument>
  /** The head bytes each document was parsed from, so the check reads no file twice (taken by the check). */
  bytes: Map<string, Uint8Array>
}

/** Files read ahead of the one being parsed: reading one file at a time left the CPU idle on every read. */
export const READ_AHEAD = 16

/**
 * Estimated bytes of packed documents and their files kept for the checks (PackedDocument.size plus the
 * bytes). 160 MiB holds about 4,000 pages of 8 KB; a run over more parses the rest twice. Peak memory of a
 * 5,000-page run: bench/results.md.
 */
export const RETAIN_BUDGET = 160 * 2 ** 20

export interface RunContextOptions {
  /** Estimated bytes of packed documents (and their file bytes) kept for the checks; RETAIN_BUDGET by default. */
  retainBudget?: number
  /** `--cache`: the pages of files whose bytes did not change, so a re-audit parses only what changed. */
  pages?: SitePageCache
}

/** What the site context needs of a page, kept between runs by content (see cached.ts). */
export interface SitePageCache {
  get(path: string, bytes: Uint8Array): SiteDocument | undefined
  set(path: string, bytes: Uint8Array, page: PackedSiteDocument): void
}

/** A kept file's text again, for its check (it decoded once already, so it decodes again). */
const decodeSource = (bytes: Uint8Array): string => decodeText(bytes) ?? ''

/** Reads the head version of each path (skipping missing, oversized and undecodable files) and derives the site context. */
export async function runContext(head: Tree, paths: readonly string[], config: Config, runOptions: RunContextOptions = {}): Promise<RunContext> {
  const docs = new Map<string, PackedDocument>()
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
      const packed = PackedDocument.pack(doc, bytes, decodeSource)
      // (what `--cache` keeps of a page is what the site context reads: PackedPage.toJSON)
      runOptions.pages?.set(path, bytes, packed)
      // (the file's bytes are the packed document's: counted once)
      const size = packed.size + bytes.byteLength
      if (size <= room) {
        room -= size
        docs.set(path, packed)
        kept.set(path, bytes)
        pages.push(packed)
      } else {
        // Past the budget the offsets are left behind: the check parses the file again.
        pages.push(siteDocument(doc))
      }
    } catch {
      // A file that cannot be parsed here is reported by the check itself, with its own message.
    }
  }
  return { site: buildSiteContext(pages, siteConfig(config)), docs, bytes: kept }
}
