// The site-context stage of a run: every content file the run checks is read and parsed once, up front,
// so the publisher, the competitors and each page's kind are known before any check reads a sentence.
//
// Each parsed document is packed (site-document.ts: ~15 KB for a page of 8 KB, against ~100 KB as parsed
// objects) and kept for its check, which unpacks it instead of parsing the file again. Packed documents are
// kept while they fit a memory budget; past it, a page keeps only what the site context reads (no offsets),
// that is dropped once the context is derived, and the page's check reads and parses its file again. The
// context is derived from the same pages in the same order either way, so the report is the same.
import type { Config } from '../config/schema.js'
import type { ParseDocumentOptions } from '../content/index.js'
import { pagePart, publisherFrom, publisherVotes, siteConfig, siteContextFrom, type Name, type PagePart, type PublisherVotes, type SiteConfig, type SiteContext, type SiteDocument } from '../site/index.js'
import { documentOptions } from './document-options.js'
import { ParsePool, threadsFor, type ParseThreads } from './parse-pool.js'
import { PackedDocument, packFile } from './site-document.js'
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
  /** How many of the pages are to be parsed (the rest come from `pages`), when known: threads are sized by it. */
  toParse?: number
  /** Threads the caller started and closes, to check the files with them afterwards (see check-pool.ts); used instead of `threads`. */
  pool?: ParsePool
}

/**
 * What the site context takes from a page, kept between runs by content (see cached.ts): the page's votes
 * for the publisher, and its part once the publisher is known. A re-audit parses only the pages whose
 * bytes changed, and a page whose part was kept for another publisher is parsed again.
 */
export interface SitePageCache {
  votes(path: string, bytes: Uint8Array): PublisherVotes | undefined
  setVotes(path: string, bytes: Uint8Array, votes: PublisherVotes): void
  part(path: string, bytes: Uint8Array, publisher: Name | null): PagePart | undefined
  setPart(path: string, bytes: Uint8Array, publisher: Name | null, part: PagePart): void
}

/** A read file ready for the site context: skipped (null), votes from the cache, or parsed and packed. */
type Prepared = null | { votes: PublisherVotes } | { packed: PackedDocument; bytes: Uint8Array; threaded?: true }

/** A page of the run, in path order: its votes, and the page itself unless its votes came from the cache. */
interface SitePage {
  path: string
  votes: PublisherVotes
  bytes: Uint8Array | null
  doc: SiteDocument | null
}

async function prepare(path: string, bytes: Uint8Array | null, config: Config, runOptions: RunContextOptions, pool: ParsePool | null): Promise<Prepared> {
  try {
    if (bytes === null || bytes.byteLength > config.content['max-file-size']) return null
    // A page unchanged since the last run: its check will be a cache hit too, unless the context changed.
    const votes = runOptions.pages?.votes(path, bytes)
    if (votes) return { votes }
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
  // Every page in path order: the site context is derived from them in that order.
  const pages: SitePage[] = []
  let room = runOptions.retainBudget ?? RETAIN_BUDGET
  const cache = runOptions.pages
  const options = documentOptions(config)
  const own = runOptions.pool ? null : ParsePool.start(threadsFor(runOptions.toParse ?? paths.length, runOptions.threads?.concurrency ?? 'auto'), options)
  const pool = runOptions.pool ?? own
  const started = pool?.size ?? 0
  // Reads start in path order up to READ_AHEAD files ahead (and, with threads, so do parses); the pages are
  // taken in path order. A failed read settles as null: a file that cannot be read is reported by its check.
  const ahead = pool ? Math.max(READ_AHEAD, pool.size * 8) : READ_AHEAD
  const work: Promise<[Uint8Array | null, Prepared]>[] = []
  let threaded = 0
  const start = (i: number): void => {
    const path = paths[i]
    if (path === undefined || work[i] !== undefined) return
    work[i] = head
      .read(path)
      .catch(() => null)
      .then(async (bytes) => [bytes, await prepare(path, bytes, config, runOptions, pool)])
  }
  try {
    for (let i = 0; i < Math.min(ahead, paths.length); i++) start(i)
    for (let i = 0; i < paths.length; i++) {
      start(i + ahead)
      const path = paths[i] as string
      const [read, prepared] = await (work[i] as Promise<[Uint8Array | null, Prepared]>)
      delete work[i]
      if (prepared === null) continue
      if ('votes' in prepared) {
        pages.push({ path, votes: prepared.votes, bytes: read, doc: null })
        continue
      }
      const { packed, bytes } = prepared
      if (prepared.threaded) threaded++
      const votes = publisherVotes(packed)
      cache?.setVotes(path, bytes, votes)
      // (the file's bytes are the packed document's: counted once)
      const size = packed.size + bytes.byteLength
      if (size <= room) {
        room -= size
        docs.set(path, packed)
        kept.set(path, bytes)
        pages.push({ path, votes, bytes, doc: packed })
      } else {
        // Past the budget the offsets and bytes are left behind: the check reads and parses the file again.
        // (with `--cache` the bytes stay: they key the page's part, and the run's reads keep them anyway)
        pages.push({ path, votes, bytes: cache ? bytes : null, doc: packed.slim() })
      }
    }
  } finally {
    await own?.close()
  }
  runOptions.threads?.debug?.(`${started} threads parsed ${threaded} of ${paths.length} pages`)
  const site = siteConfig(config)
  const publisher = publisherFrom(pages, site.publisher ?? [])
  const parts = pages.map((page) => ({ path: page.path, part: partOf(page, publisher, site, options, cache) }))
  return { site: siteContextFrom(publisher, parts, site), docs, bytes: kept, threaded }
}

/** A page's part of the site context: from the cache, else from the page (parsed again if only its votes were kept). */
function partOf(page: SitePage, publisher: Name | null, site: SiteConfig, options: ParseDocumentOptions, cache: SitePageCache | undefined): PagePart {
  const { path, bytes } = page
  const known = cache && bytes ? cache.part(path, bytes, publisher) : undefined
  if (known) return known
  // Votes come from the cache only with their bytes, and bytes that parsed once parse again.
  const doc = page.doc ?? (bytes ? packFile(path, bytes, options) : null)
  const part = doc ? pagePart(doc, publisher, site) : { kind: 'page' as const, kindFrom: 'default', competitors: [], rivals: [] }
  if (cache && bytes) cache.setPart(path, bytes, publisher, part)
  return part
}
