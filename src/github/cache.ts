// `cache: true`: the Action keeps copydesk's result cache (src/cache) between runs with the actions cache,
// so a `nofilter` audit of a large site only pays for the files that changed. The key names the copydesk
// version and the policy hash, so a run only ever restores results computed under the same rules; the run
// id makes each save a new entry (cache entries are immutable), and the prefix restores the latest one.
//
// The cache is a speed-up, never a dependency: a service that is missing, slow or failing is a notice and
// the run checks every file, with the same verdict. No token permission is involved (the runner's own
// cache credentials are used), so least privilege is unchanged.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as actionsCache from '@actions/cache'
import { openResultStore, type ResultStore } from '../cache/index.js'

/** The Action's cache folder (`--cache-location` of the CLI): in the runner's temp dir, as there is no checkout. */
export function actionCacheLocation(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['RUNNER_TEMP'] || tmpdir(), 'copydesk-cache')
}

/** The actions cache as the Action uses it; tests hand in a stand-in. */
export interface CacheService {
  available(): boolean
  /** The key restored (exact or by prefix), or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

export const actionsCacheService: CacheService = {
  available: () => actionsCache.isFeatureAvailable(),
  restore: (paths, key, restoreKeys) => actionsCache.restoreCache(paths, key, restoreKeys),
  save: async (paths, key) => {
    await actionsCache.saveCache(paths, key)
  },
}

export interface CacheScope {
  version: string
  /** The policy hash (`LoadedPolicy.version`). */
  policy: string
  runId: number | string
  runAttempt: number | string
}

/** `copydesk-<version>-<policy>-<run>-<attempt>`, restoring the newest `copydesk-<version>-<policy>-`. */
export function cacheKeys(scope: CacheScope): { key: string; restoreKeys: string[] } {
  const prefix = `copydesk-${scope.version}-${scope.policy}-`
  return { key: `${prefix}${scope.runId}-${scope.runAttempt}`, restoreKeys: [prefix] }
}

export interface KeptCache {
  /** The store to hand the engine; absent when the actions cache cannot be used on this run. */
  store?: ResultStore
  /**
   * Writes the store and saves the folder to the actions cache when this run added to it — new results, or
   * (`added`) entries another part kept in the same folder, such as the LLM review's answers; never throws.
   */
  save(added?: { other: boolean }): Promise<void>
}

/** Restores the cache folder `location`, opens its result store, and says how to save it after the run. */
export async function keepCache(service: CacheService, location: string, scope: CacheScope, notice: (message: string) => void): Promise<KeptCache> {
  const none: KeptCache = { save: async () => undefined }
  const { key, restoreKeys } = cacheKeys(scope)
  let available: boolean
  try {
    available = service.available()
  } catch {
    available = false
  }
  if (!available) {
    notice('`cache: true`, but the actions cache is not available on this runner: every file is checked.')
    return none
  }
  let restored: string | undefined
  try {
    restored = await service.restore([location], key, restoreKeys)
  } catch (error) {
    notice(`The actions cache could not be restored (${(error as Error).message}): every file is checked.`)
  }
  let store: ResultStore
  try {
    store = await openResultStore(location, { version: scope.version, policy: scope.policy })
  } catch (error) {
    notice(`The result cache in ${location} cannot be used (${(error as Error).message}): every file is checked.`)
    return none
  }
  return {
    store,
    async save(added) {
      await store.save()
      for (const message of store.notices) notice(`Result cache: ${message}`)
      // Nothing new since the entry restored: another copy would only use up the repository's cache quota.
      if (restored !== undefined && store.stats.misses === 0 && !added?.other) return
      try {
        await service.save([location], key)
      } catch (error) {
        notice(`The actions cache could not be saved (${(error as Error).message}): the next run checks these files again.`)
      }
    },
  }
}
