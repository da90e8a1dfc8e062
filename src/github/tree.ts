// A commit read through the REST API, so the Action never checks out (let alone runs) PR code:
// safe under `pull_request_target`, and no `fetch-depth` to get right.
import type { Tree } from '../engine/tree.js'
import { readFileAt } from './contents.js'
import type { FileAt, RepoContext } from './types.js'

export interface ApiTree extends Tree {
  /** Size and kind without downloading a file over `maxBytes`. */
  stat(path: string): Promise<FileAt | null>
}

export function apiTree(ctx: RepoContext, sha: string, label: string, maxBytes: number): ApiTree {
  const cache = new Map<string, Promise<FileAt | null>>()
  const stat = (path: string): Promise<FileAt | null> => {
    let pending = cache.get(path)
    if (!pending) {
      pending = readFileAt(ctx, path, sha, { maxBytes })
      cache.set(path, pending)
    }
    return pending
  }
  return {
    label,
    stat,
    async read(path) {
      const file = await stat(path)
      if (file === null) return null
      // Too large to download: stand in with a buffer of the right size so the engine skips it with a notice.
      if (file.tooLarge) return new Uint8Array(file.size)
      return file.bytes ? new Uint8Array(file.bytes) : new TextEncoder().encode(file.text)
    },
  }
}
