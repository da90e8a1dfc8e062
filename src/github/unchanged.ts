// `filter: nofilter`: the content files of the head commit that the pull request leaves alone are checked
// too, and their findings count. These helpers keep that from changing anything else about the run.
import type { ChangedFile, FindingsReview } from '../engine/check.js'
import type { ContentMatcher } from '../engine/content-files.js'
import type { Tree } from '../engine/tree.js'

/** Content files of the head tree the pull request does not change, as `unchanged` entries, sorted by path. */
export function unchangedContentFiles(headPaths: readonly string[], changed: readonly ChangedFile[], isContent: ContentMatcher): ChangedFile[] {
  const touched = new Set(changed.map((file) => file.path))
  return [...new Set(headPaths)]
    .filter((path) => !touched.has(path) && isContent(path))
    .sort()
    .map((path) => ({ path, status: 'unchanged' }))
}

/**
 * The base snapshot, except that `paths` read as they are in head. The pull request changes nothing in
 * those files, so they carry no positioning change of its own: comparing them with the base branch's tip
 * would blame it for whatever landed on that branch since, and cost a second API read per file.
 */
export function baseWithHeadFor(base: Tree, head: Tree, paths: ReadonlySet<string>): Tree {
  return {
    label: base.label,
    read: (path) => (paths.has(path) ? head.read(path) : base.read(path)),
    // The engine asks before reading: a link on either side is skipped, never read through.
    linkTarget: async (path) => (await (paths.has(path) ? head : base).linkTarget?.(path)) ?? null,
  }
}

/**
 * A review that leaves `paths` alone. The LLM second opinion costs paid calls per file: under `nofilter`
 * it stays on what the pull request changes, as it does under the other filters.
 */
export function skippingPaths(review: FindingsReview, paths: ReadonlySet<string>): FindingsReview {
  return (ctx, findings) => (paths.has(ctx.doc.path) ? Promise.resolve(findings) : review(ctx, findings))
}
