// Where a checked file's project begins: the nearest folder holding a copydesk config, as Vale finds
// `.vale.ini`. The CLI and the language server both start from a file and walk up to the repository root.
import { dirname, join, resolve } from 'node:path'
import { CONFIG_FALLBACKS } from '../config/load.js'
import { isFile } from './tree.js'

/** The nearest folder from `from` up to `stop` (inclusive) that holds a config file, or null. */
export async function configRoot(from: string, stop: string): Promise<string | null> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const candidate of CONFIG_FALLBACKS) if (await isFile(join(dir, candidate))) return dir
    if (dir === resolve(stop) || dir === dirname(dir)) return null
  }
}
