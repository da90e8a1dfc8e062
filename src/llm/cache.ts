// Answers kept between runs, so a re-run on unchanged content makes no request. One file per answer under
// `<cache-location>/llm/`, named by a hash of everything that decides the answer: the prompt version, the
// model, the API, the candidate as sent and its page context. Change any of them and the key changes; the
// cache is never consulted by content, only by key. A cache that cannot be read or written is a miss,
// never an error: the review still runs.
import { sha256 } from '../cache/hash.js'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface LlmCache {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
}

/** The hash a cached answer is stored under. */
export function cacheKey(parts: readonly unknown[]): string {
  return sha256(JSON.stringify(parts))
}

/** The LLM cache inside a cache location (a directory; the answers go in its `llm/` folder). */
export function directoryCache(location: string): LlmCache {
  const dir = join(location, 'llm')
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as unknown
      } catch {
        return undefined
      }
    },
    async set(key, value) {
      try {
        await mkdir(dir, { recursive: true })
        // Written aside and renamed, so a parallel run never reads half a file.
        const temporary = join(dir, `${key}.${process.pid}.tmp`)
        await writeFile(temporary, JSON.stringify(value))
        await rename(temporary, join(dir, `${key}.json`))
      } catch {
        // An unwritable cache costs the next run a request, nothing more.
      }
    },
  }
}

/** A cache in memory, for one process (tests, the language server). */
export function memoryCache(): LlmCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    async get(key) {
      return entries.get(key)
    },
    async set(key, value) {
      entries.set(key, value)
    },
  }
}
