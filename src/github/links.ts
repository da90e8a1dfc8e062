// Which paths of a commit are symbolic links, and where they point, told from the commit's git tree (mode
// 120000) and never by reading through a link: GitHub's contents API answers a link to a file of the
// repository with that file's content, so only the tree tells a linked page from a real one.
import { readBlob, type TreeEntry, type TreeListing } from './contents.js'
import type { RepoContext } from './types.js'

/** git's mode for a symbolic link. */
export const SYMLINK_MODE = '120000'

export interface LinkFinder {
  /**
   * The link's target when `path` is a symbolic link, null when it is not, undefined when the listing
   * cannot say: GitHub cut it (`truncated`) before reaching `path`.
   */
  targetOf(path: string): Promise<string | null | undefined>
}

/**
 * Links of the commit behind `listing`: one trees call (shared, asked for only when a path is), then one
 * blob read per link asked about, since a link's blob is its target path.
 */
export function linkFinder(ctx: RepoContext, listing: () => Promise<TreeListing>): LinkFinder {
  let byPath: Promise<{ entries: Map<string, TreeEntry>; truncated: boolean; sha: string }> | null = null
  const targets = new Map<string, Promise<string>>()
  return {
    async targetOf(path) {
      byPath ??= listing().then(({ entries, truncated, sha }) => ({ entries: new Map(entries.map((entry) => [entry.path, entry])), truncated, sha }))
      const { entries, truncated, sha } = await byPath
      const entry = entries.get(path)
      // A cut listing still answers for the paths it reached.
      if (entry === undefined) return truncated ? undefined : null
      if (entry.mode !== SYMLINK_MODE) return null
      let target = targets.get(entry.sha)
      if (target === undefined) {
        target = readBlob(ctx, entry, `read the target of the symbolic link \`${path}\` at \`${sha}\``).then((bytes) => bytes.toString('utf8'))
        targets.set(entry.sha, target)
      }
      return target
    },
  }
}

/** One shared read of a commit's listing: the link check and `filter: nofilter` need the same answer. */
export function sharedListing(read: () => Promise<TreeListing>): () => Promise<TreeListing> {
  let pending: Promise<TreeListing> | null = null
  return () => (pending ??= read())
}
