// Where copydesk keeps what it may reuse between runs: ONE folder (`--cache-location`, default
// `.copydeskcache/` in the working folder), with a sub-folder per kind of entry — `results/` for the
// checks' per-file results, `llm/` for the LLM review's answers — so each part manages its own files.
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CopydeskError } from '../errors.js'

/** The default cache folder, relative to the working folder (as ESLint's `.eslintcache`). */
export const DEFAULT_CACHE_LOCATION = '.copydeskcache'

/** The kinds of entries the cache folder holds, one sub-folder each. */
export type CacheArea = 'results' | 'llm'

/** The cache folder as an absolute path: `location` (from `--cache-location`) resolved from `cwd`, else the default there. */
export function cacheLocation(cwd: string, location?: string): string {
  return resolve(cwd, location ?? DEFAULT_CACHE_LOCATION)
}

/** The sub-folder for one kind of entry, created (with the cache folder) when missing. */
export async function cacheArea(location: string, area: CacheArea): Promise<string> {
  await ensureCacheFolder(location)
  const dir = join(location, area)
  await mkdir(dir, { recursive: true })
  return dir
}

/**
 * Creates the cache folder with a `.gitignore` of `*` inside (as pytest and ruff do), so the cache is never
 * committed by accident. A file already at that path is a usage error: the location is always a folder.
 */
export async function ensureCacheFolder(location: string): Promise<void> {
  const found = await stat(location).catch(() => null)
  if (found && !found.isDirectory()) {
    throw new CopydeskError(`--cache-location \`${location}\` is a file: the cache location is a folder`, 'Name a folder (it is created when missing), or remove the file.')
  }
  if (!found) {
    await mkdir(location, { recursive: true })
    await writeFile(join(location, '.gitignore'), '# Created by copydesk: the cache is local to this machine.\n*\n').catch(() => undefined)
  }
}
