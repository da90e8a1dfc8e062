// The result store behind `--cache`: one JSON file per (copydesk version, policy hash) in
// `<cache-location>/results/`, holding one entry per content file (plus the run's site context), each under
// the key it was computed for. A new policy or copydesk version starts a new file, so an entry can never be
// read against rules it was not computed with; stale files are removed after a week.
//
// Nothing here can make a run wrong: an entry whose key differs is a miss; an entry that fails its checksum
// or its shape check is ignored with a notice; a file that cannot be read or parsed is ignored with a notice.
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ResultCache } from '../engine/cached.js'
import { writeFileAtomic } from './atomic.js'
import { cacheArea } from './location.js'
import { sha256 } from './hash.js'

/** Bumped when the file's layout changes: an older layout is then a different file name, never misread. */
const FORMAT = 2
const STALE_MS = 7 * 24 * 60 * 60 * 1000

interface Entry {
  key: string
  /** sha256 of `value`: a truncated or edited entry is detected, not trusted. */
  sum: string
  /** The value as JSON text. */
  value: string
}

export interface ResultStore extends ResultCache {
  /** The store's file. */
  readonly file: string
  /** What went wrong with the cache (unreadable file, corrupt entries, failed write): for stderr, never the report. */
  readonly notices: string[]
  /** Entries found, and looked for but absent or stale, this run. */
  readonly stats: { hits: number; misses: number }
  /** Writes the entries of this run (and keeps the others) atomically; a failure is a notice. */
  save(): Promise<void>
}

export interface StoreScope {
  /** The copydesk version: results of another version are never reused. */
  version: string
  /** The policy hash (`LoadedPolicy.version`): results under other rules are never reused. */
  policy: string
}

export async function openResultStore(location: string, scope: StoreScope, debug?: (line: string) => void): Promise<ResultStore> {
  const dir = await cacheArea(location, 'results')
  const file = join(dir, `v${FORMAT}-${scope.version.replace(/[^\w.-]/g, '_')}-${scope.policy.replace(/[^\w.-]/g, '_')}.json`)
  const notices: string[] = []
  const stats = { hits: 0, misses: 0 }
  const entries = await readEntries(file, scope, notices)
  let dirty = false

  return {
    file,
    notices,
    stats,
    ...(debug ? { debug } : {}),
    get(name, key, isValid) {
      const entry = entries.get(name)
      if (!entry || entry.key !== key) {
        stats.misses++
        return undefined
      }
      let value: unknown
      try {
        if (sha256(entry.value) !== entry.sum) throw new Error('its checksum does not match')
        value = JSON.parse(entry.value)
        if (!isValid(value)) throw new Error('it is not the shape copydesk writes')
      } catch (error) {
        notices.push(`cache entry for \`${name}\` in ${file} is corrupt (${(error as Error).message}): ignored, checked afresh`)
        entries.delete(name)
        dirty = true
        stats.misses++
        return undefined
      }
      stats.hits++
      return value
    },
    has(name, key) {
      return entries.get(name)?.key === key
    },
    set(name, key, value) {
      const text = JSON.stringify(value)
      entries.set(name, { key, sum: sha256(text), value: text })
      dirty = true
    },
    async save() {
      if (!dirty) return
      try {
        const body = { format: FORMAT, copydesk: scope.version, policy: scope.policy, entries: Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }
        await writeFileAtomic(file, `${JSON.stringify(body)}\n`)
        dirty = false
      } catch (error) {
        notices.push(`could not write the cache file ${file} (${(error as Error).message}): the next run checks these files again`)
      }
      await pruneStale(dir, file)
    },
  }
}

async function readEntries(file: string, scope: StoreScope, notices: string[]): Promise<Map<string, Entry>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') notices.push(`cannot read the cache file ${file} (${(error as Error).message}): ignored, every file is checked afresh`)
    return new Map()
  }
  try {
    const body = JSON.parse(text) as { format?: unknown; copydesk?: unknown; policy?: unknown; entries?: unknown }
    if (body.format !== FORMAT || body.copydesk !== scope.version || body.policy !== scope.policy) throw new Error('it was written for another copydesk version or policy')
    if (typeof body.entries !== 'object' || body.entries === null || Array.isArray(body.entries)) throw new Error('it has no entries')
    const out = new Map<string, Entry>()
    for (const [name, raw] of Object.entries(body.entries as Record<string, unknown>)) {
      const entry = raw as Partial<Entry> | null
      // A malformed entry is dropped here; its file is simply checked again.
      if (entry && typeof entry.key === 'string' && typeof entry.sum === 'string' && typeof entry.value === 'string') out.set(name, entry as Entry)
      else notices.push(`cache entry for \`${name}\` in ${file} is corrupt: ignored, checked afresh`)
    }
    return out
  } catch (error) {
    notices.push(`the cache file ${file} is corrupt (${(error as Error).message}): ignored, every file is checked afresh`)
    return new Map()
  }
}

/** Files of other versions or policies nobody has written for a week: a policy change leaves its old results behind. */
async function pruneStale(dir: string, current: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  const now = Date.now()
  for (const name of names) {
    const path = join(dir, name)
    if (path === current || !/\.json$|\.tmp$/.test(name)) continue
    const info = await stat(path).catch(() => null)
    if (info && now - info.mtimeMs > STALE_MS) await rm(path, { force: true }).catch(() => undefined)
  }
}
