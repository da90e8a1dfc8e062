// `--cache` in the engine: a file's result is reused only when everything it was computed from is the same —
// the file's bytes (head, and base in a pull request), its path, status and how it is linked, the filter,
// the policy (hash of every policy file), what the site context says about this page, and the day when
// the file dates its sources. The copydesk version is the store's business (src/cache/store.ts).
//
// The site context is derived across ALL the run's files, so it is cached as a whole, keyed by every
// file's path and bytes; a page's result depends on it only through the page's own view (publisher,
// site competitors, the page's own context), which is part of the page's key.
import { sha256 } from '../cache/hash.js'
import { todayOf } from '../sources/dates.js'
import type { Config } from '../config/schema.js'
import { pageContext, PAGE_KINDS, type Name, type PagePart, type PublisherVotes, type SiteContext } from '../site/index.js'
import type { FileReport, PositioningChange, SuppressionUse } from '../types.js'
import type { ChangedFile, CheckRequest } from './check.js'
import { runContext, type RunContext, type RunContextOptions, type SitePageCache } from './site-context.js'
import type { Tree } from './tree.js'

/** Reused results by name (a path, or the site context) and key; implemented by src/cache/store.ts. */
export interface ResultCache {
  /** The value stored under `name` for exactly `key` and passing `isValid`; undefined otherwise. */
  get(name: string, key: string, isValid: (value: unknown) => boolean): unknown
  /** Whether an entry is stored under `name` for exactly `key` (not yet checked: `get` may still miss). */
  has(name: string, key: string): boolean
  set(name: string, key: string, value: unknown): void
  /** Told what the cache did (`hit PATH`, `check PATH`, the site context): `COPYDESK_DEBUG=cache`. */
  debug?(line: string): void
}

export interface CachedFileResult {
  report: FileReport
  changes: PositioningChange[]
  suppressions?: SuppressionUse[]
}

/** A name no path can have (paths hold no NUL). */
const SITE = '\u0000site'
/** One page's votes for the publisher, by path: `VOTES` + path (see SitePageCache). */
const VOTES = '\u0000votes:'
/** One page's part of the site context for a publisher, by path: `PART` + path. */
const PART = '\u0000part:'

/** What a page gives the site context depends on its bytes and the policy (which fields and attributes are copy). */
function pageKey(policyVersion: string, bytes: Uint8Array): string {
  return sha256(`${KEY_VERSION}\u0000${policyVersion}\u0000${hashBytes(bytes)}`)
}
/** Bumped when what goes into a key changes meaning. */
const KEY_VERSION = 2

/** The tree, reading each path once for the run: the keys need the bytes before the checks read them. */
export function rememberingReads(tree: Tree): Tree {
  const seen = new Map<string, Promise<Uint8Array | null>>()
  return {
    ...tree,
    read(path) {
      let bytes = seen.get(path)
      if (!bytes) seen.set(path, (bytes = tree.read(path)))
      return bytes
    },
  }
}

/** The site context from the cache when no file of the run changed, else derived (and stored). */
export async function cachedRunContext(head: Tree, paths: readonly string[], config: Config, policyVersion: string, cache: ResultCache, options: RunContextOptions = {}): Promise<RunContext> {
  const parts: string[] = [`${KEY_VERSION}`, policyVersion]
  let all: (Uint8Array | null)[]
  try {
    // Read at once, not one await after another: a re-audit that finds every page unchanged is mostly reads.
    all = await Promise.all(paths.map((path) => head.read(path)))
    paths.forEach((path, i) => {
      const bytes = all[i] ?? null
      parts.push(path, bytes === null ? '-' : hashBytes(bytes))
    })
  } catch {
    // A file that cannot be read is reported by its check; the context is derived as without the cache.
    return runContext(head, paths, config, options)
  }
  const key = sha256(parts.join('\u0000'))
  const hit = cache.get(SITE, key, isSiteContext)
  if (hit !== undefined) {
    cache.debug?.(`site context from the cache (${paths.length} files)`)
    return { site: hit as SiteContext, docs: new Map(), bytes: new Map(), threaded: 0 }
  }
  let reused = 0
  // Pages whose votes were kept but whose part was kept for another publisher: parsed again (see runContext).
  const fromCache = new Set<string>()
  let again = 0
  // (a page's part depends on the publisher's name and aliases, never on where they were found)
  const partKey = (bytes: Uint8Array, publisher: Name | null): string => sha256(`${pageKey(policyVersion, bytes)}\u0000${JSON.stringify(publisher && [publisher.name, publisher.aliases])}`)
  const pages: SitePageCache = {
    votes(path, bytes) {
      const votes = cache.get(`${VOTES}${path}`, pageKey(policyVersion, bytes), isPublisherVotes) as PublisherVotes | undefined
      if (votes !== undefined) {
        reused++
        fromCache.add(path)
      }
      return votes
    },
    setVotes(path, bytes, votes) {
      cache.set(`${VOTES}${path}`, pageKey(policyVersion, bytes), votes)
    },
    part(path, bytes, publisher) {
      const part = cache.get(`${PART}${path}`, partKey(bytes, publisher), isPagePart) as PagePart | undefined
      if (part === undefined && fromCache.has(path)) again++
      return part
    },
    setPart(path, bytes, publisher, part) {
      cache.set(`${PART}${path}`, partKey(bytes, publisher), part)
    },
  }
  // Threads pay for themselves only on pages to parse: a re-audit that parses 1% of 5,000 pages spent
  // half a second starting them and waiting on them.
  const toParse = paths.filter((path, i) => {
    const bytes = all[i]
    return bytes != null && !cache.has(`${VOTES}${path}`, pageKey(policyVersion, bytes))
  }).length
  const context = await runContext(head, paths, config, { ...options, pages, toParse })
  cache.debug?.(`site context derived from ${paths.length} files (${reused} pages from the cache)`)
  if (again > 0) cache.debug?.(`site context: ${again} pages from the cache parsed again for another publisher`)
  cache.set(SITE, key, context.site)
  return context
}

/** The file's result from the cache, or `check()`'s (stored unless copydesk could not read the file). */
export async function cachedFileResult<T extends CachedFileResult>(file: ChangedFile, request: CheckRequest, site: SiteContext, cache: ResultCache, check: () => Promise<T>): Promise<T> {
  let key: string
  try {
    key = await fileKey(file, request, site)
  } catch {
    // Unreadable now: the check reports why, and nothing is stored.
    return check()
  }
  const hit = cache.get(file.path, key, (value) => isFileResult(value, file.path))
  if (hit !== undefined) {
    cache.debug?.(`hit ${file.path}`)
    return hit as T
  }
  cache.debug?.(`check ${file.path}`)
  const result = await check()
  // A read that failed (the API, a vanished file) may succeed next time: never remembered.
  if (result.report.error === undefined) cache.set(file.path, key, result)
  return result
}

/** The paths of `files` whose result the cache does not hold (as far as `has` tells: `get` may still miss): the files to check. */
export async function resultsToCompute(files: readonly ChangedFile[], request: CheckRequest, site: SiteContext, cache: ResultCache): Promise<Set<string>> {
  const unkept = new Set<string>()
  for (const file of files) {
    try {
      if (!cache.has(file.path, await fileKey(file, request, site))) unkept.add(file.path)
    } catch {
      unkept.add(file.path)
    }
  }
  return unkept
}

// A run with threads keys each file twice (resultsToCompute, then cachedFileResult): each file is keyed once
// per run — its links read, its bytes hashed — by the run's site context, which is new every run.
const runKeys = new WeakMap<SiteContext, Map<ChangedFile, Promise<string>>>()

function fileKey(file: ChangedFile, request: CheckRequest, site: SiteContext): Promise<string> {
  let keys = runKeys.get(site)
  if (!keys) runKeys.set(site, (keys = new Map()))
  let key = keys.get(file)
  if (!key) keys.set(file, (key = computeFileKey(file, request, site)))
  return key
}

async function computeFileKey(file: ChangedFile, request: CheckRequest, site: SiteContext): Promise<string> {
  const head = file.status === 'removed' ? null : await side(request.head, file.path)
  const base = request.base && file.status !== 'added' ? await side(request.base, file.previousPath ?? file.path) : null
  // Source expiry is judged by the day (and its message names the day): a file that dates its sources is
  // reused only on the day it was checked. Any `valid-until` in the bytes counts, wherever it stands.
  const dated = head?.bytes != null && includesAscii(head.bytes, 'valid-until')
  const parts = {
    v: KEY_VERSION,
    policy: request.policy.version,
    path: file.path,
    previousPath: file.previousPath ?? null,
    status: file.status,
    filter: request.filter,
    compared: request.base !== null,
    head: head && { link: head.link, bytes: head.bytes && hashBytes(head.bytes) },
    base: base && { link: base.link, bytes: base.bytes && hashBytes(base.bytes) },
    page: pageOf(site, file.path),
    day: dated ? todayOf(request.now ?? new Date()) : null,
  }
  return sha256(JSON.stringify(parts))
}

async function side(tree: Tree, path: string): Promise<{ link: string | null; bytes: Uint8Array | null }> {
  const link = (await tree.linkTarget?.(path)) ?? null
  return { link, bytes: link === null ? await tree.read(path) : null }
}

/** What the checks can see of the site from this page (see pageView in src/site): its key part. */
function pageOf(site: SiteContext, path: string): unknown {
  return { site: siteKey(site), page: pageContext(site, path) ?? null }
}

// The publisher and competitors are the same for every page of a run: hashed once, not written into every key.
const siteKeys = new WeakMap<SiteContext, string>()
function siteKey(site: SiteContext): string {
  let key = siteKeys.get(site)
  if (key === undefined) siteKeys.set(site, (key = sha256(JSON.stringify({ publisher: site.publisher, competitors: site.competitors }))))
  return key
}

function isSiteContext(value: unknown): boolean {
  const site = value as SiteContext | null
  return typeof site === 'object' && site !== null && Array.isArray(site.competitors) && Array.isArray(site.pages) && 'publisher' in site
}

function isPublisherVotes(value: unknown): boolean {
  const votes = value as PublisherVotes | null
  return typeof votes === 'object' && votes !== null && Array.isArray(votes.hosts) && Array.isArray(votes.votes) && 'frontmatter' in votes && votes.votes.every((v) => Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number')
}

function isPagePart(value: unknown): boolean {
  const part = value as PagePart | null
  return typeof part === 'object' && part !== null && (PAGE_KINDS as readonly unknown[]).includes(part.kind) && typeof part.kindFrom === 'string' && Array.isArray(part.competitors) && Array.isArray(part.rivals)
}

function isFileResult(value: unknown, path: string): boolean {
  const result = value as CachedFileResult | null
  if (typeof result !== 'object' || result === null || typeof result.report !== 'object' || result.report === null) return false
  const { report } = result
  return (
    report.path === path &&
    Array.isArray(report.findings) &&
    Array.isArray(report.preExisting) &&
    Array.isArray(report.suppressed) &&
    Array.isArray(report.sources) &&
    Array.isArray(result.changes) &&
    (result.suppressions === undefined || Array.isArray(result.suppressions))
  )
}

function includesAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1')
}

// A re-audit keys every file's bytes three times (the site context, the file's page, its result): each
// snapshot is hashed once. The trees hand the same bytes to every reader of a run (rememberingReads).
const byteHashes = new WeakMap<Uint8Array, string>()

function hashBytes(bytes: Uint8Array): string {
  let hash = byteHashes.get(bytes)
  if (hash === undefined) byteHashes.set(bytes, (hash = sha256(bytes)))
  return hash
}
