// The site-context stage of a run: every content file the run checks is read and parsed once, up front,
// so the publisher, the competitors and each page's kind are known before any check reads a sentence.
//
// Each parsed document is packed (site-document.ts: ~15 KB for a page of 8 KB, against ~100 KB as parsed
// objects) and kept for its check, which unpacks it instead of parsing the file again. Packed documents are
// kept while they fit a memory budget; past it, a page keeps only what the site context reads (no offsets),
// that is dropped once the context is derived, and the page's check reads and parses its file again. The
// context is derived from the same pages in the same order either way, so the report is the same.
import type { Config } from '../config/schema.js'
import { buildSiteContext, siteConfig, type SiteContext, type SiteDocument } from '../site/index.js'
import { documentOptions } from './document-options.js'
import { ParsePool, threadsFor, type ParseThreads } from './parse-pool.js'
import { PackedDocument, packFile, type PackedSiteDocument } from './site-document.js'
import type { Tree } from './tree.js'

export interface RunContext {
  site: SiteContext
  /** Parsed head documents by path, packed, unpacked by the checks so no file is parsed twice. */
  docs: Map<string, PackedDocument>
  /** The head bytes each document was parsed from, so the check reads no file twice (taken by the check). */
  bytes: Map<string, Uint8Array>
  /** How many pages parsing threads parsed (0 without threads; see parse-pool.ts). */
  threaded: number
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
  /** Threads parsing pages side by side (`--concurrency`): `auto` (the default) by the cores, `off` or a number. */
  threads?: ParseThreads

}

/** What the site context needs of a page, kept between runs by content (see cached.ts). */
export interface SitePageCache {
  get(path: string, bytes: Uint8Array): SiteDocument | undefined
  set(path: string, bytes: Uint8Array, page: PackedSiteDocument): void
}

/** A read file ready for the site context: skipped (null), a page from the cache, or parsed and packed. */
type Prepared = null | { cached: SiteDocument } | { packed: PackedDocument; bytes: Uint8Array; threaded?: true }

async function prepare(path: string, bytes: Uint8Array | null, config: Config, runOptions: RunContextOptions, pool: ParsePool | null): Promise<Prepared> {
  try {
    if (bytes === null || bytes.byteLength > config.content['max-file-size']) return null
    // A page unchanged since the last run: its check will be a cache hit too, unless the context changed.
    const cached = runOptions.pages?.get(path, bytes)
    if (cached) return { cached }
    const reply = pool ? await pool.parse(path, bytes) : null
    if (reply?.outcome === 'packed') return { packed: PackedDocument.fromParts(reply.parts), bytes: reply.parts.bytes, threaded: true }
    if (reply?.outcome === 'undecodable') return null
    const packed = packFile(path, bytes, documentOptions(config))
    return packed && { packed, bytes }
  } catch {
    // A file that cannot be parsed here is reported by the check itself, with its own message.
    return null
  }
}

/** Reads the head version of each path (skipping missing, oversized and undecodable files) and derives the site context. */
export async function runContext(head: Tree, paths: readonly string[], config: Config, runOptions: RunContextOptions = {}): Promise<RunContext> {
  const docs = new Map<string, PackedDocument>()
  const kept = new Map<string, Uint8Array>()
  // Every parsed page in path order, full or slim: the site context is derived from them in that order.
  const pages: SiteDocument[] = []
  let room = runOptions.retainBudget ?? RETAIN_BUDGET
  const options = documentOptions(config)
  const threads = threadsFor(paths.length, runOptions.threads?.concurrency ?? 'auto')
  const pool = threads > 0 ? ParsePool.start(threads, options) : null
  const started = pool?.size ?? 0
  // Reads start in path order up to READ_AHEAD files ahead (and, with threads, so do parses); the pages are
  // taken in path order. A failed read settles as null: a file that cannot be read is reported by its check.
  const ahead = pool ? Math.max(READ_AHEAD, pool.size * 8) : READ_AHEAD
  const work: Promise<Prepared>[] = []
  let threaded = 0
  const start = (i: number): void => {
    const path = paths[i]
    if (path === undefined || work[i] !== undefined) return
    work[i] = head
      .read(path)
      .catch(() => null)
      .then((bytes) => prepare(path, bytes, config, runOptions, pool))
  }
  try {
    for (let i = 0; i < Math.min(ahead, paths.length); i++) start(i)
    for (let i = 0; i < paths.length; i++) {
      start(i + ahead)
      const path = paths[i] as string
      const prepared = (await work[i]) ?? null
      delete work[i]
      if (prepared === null) continue
      if ('cached' in prepared) {
        pages.push(prepared.cached)
        continue
      }
      const { packed, bytes } = prepared
      if (prepared.threaded) threaded++
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
        // Past the budget the offsets and bytes are left behind: the check reads and parses the file again.
        pages.push(packed.slim())
      }
    }
  } finally {
    await pool?.close()
  }
  runOptions.threads?.debug?.(`${started} threads parsed ${threaded} of ${paths.length} pages`)
  return { site: buildSiteContext(pages, siteConfig(config)), docs, bytes: kept, threaded }
}
