// A commit read through the REST API, so the Action never checks out (let alone runs) PR code:
// safe under `pull_request_target`, and no `fetch-depth` to get right.
import type { Tree } from '../engine/tree.js'
import { MAX_TREE_ENTRIES, readFileAt, type TreeListing } from './contents.js'
import { linkFinder } from './links.js'
import type { FileAt, RepoContext } from './types.js'

export interface ApiTree extends Tree {
  /** Size and kind without downloading a file over `maxBytes`; null for a symbolic link, never read through. */
  stat(path: string): Promise<FileAt | null>
  linkTarget(path: string): Promise<string | null>
  /** What this tree could not tell: symbolic links a truncated listing left undetected. */
  notices(): string[]
}

export interface ApiTreeOptions {
  /**
   * The commit's recursive git tree listing, which tells symbolic links (mode 120000) from files. Without it
   * only links GitHub does not resolve are known (the contents API's `type: symlink`); a link to a file of
   * the repository then reads as that file.
   */
  listing?: () => Promise<TreeListing>
}

export function apiTree(ctx: RepoContext, sha: string, label: string, maxBytes: number, options: ApiTreeOptions = {}): ApiTree {
  const cache = new Map<string, Promise<FileAt | null>>()
  const fetchFile = (path: string): Promise<FileAt | null> => {
    let pending = cache.get(path)
    if (!pending) {
      pending = readFileAt(ctx, path, sha, { maxBytes })
      cache.set(path, pending)
    }
    return pending
  }
  const links = options.listing ? linkFinder(ctx, options.listing) : null
  // Paths a truncated listing did not reach and the contents API answered as files: links or not, unknown.
  const undetected = new Set<string>()
  const linkTarget = async (path: string): Promise<string | null> => {
    const known = links ? await links.targetOf(path) : undefined
    if (known !== undefined) return known
    const file = await fetchFile(path)
    if (file?.symlink !== undefined) return file.symlink
    if (links && file !== null) undetected.add(path)
    return null
  }
  const stat = async (path: string): Promise<FileAt | null> => ((await linkTarget(path)) !== null ? null : fetchFile(path))
  return {
    label,
    stat,
    linkTarget,
    async read(path) {
      const file = await stat(path)
      if (file === null) return null
      // Too large to download: stand in with a buffer of the right size so the engine skips it with a notice.
      if (file.tooLarge) return new Uint8Array(file.size)
      return file.bytes ? new Uint8Array(file.bytes) : new TextEncoder().encode(file.text)
    },
    notices() {
      if (undetected.size === 0) return []
      const paths = [...undetected].sort()
      const named = paths.slice(0, 5).map((path) => `\`${path}\``).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '')
      return [
        `The file listing of commit \`${sha.slice(0, 7)}\` is truncated (GitHub lists at most ${MAX_TREE_ENTRIES.toLocaleString('en-US')} entries of a tree in one answer), ` +
          `so copydesk could not detect symbolic links among ${named}: a link to a file of the repository would have been checked as that file's content, under the link's path.`,
      ]
    },
  }
}
