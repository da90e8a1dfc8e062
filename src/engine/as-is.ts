// Checking files as they are, with no base to compare against: `copydesk check [PATH...]` and the demo's
// whole-site pass. Every finding counts (`nofilter`) and nothing can be a positioning change.
import type { Report } from '../types.js'
import type { ResultCache } from './cached.js'
import { runCheck, type FindingsReview } from './check.js'
import { contentMatcher } from './content-files.js'
import type { ParseThreads } from './parse-pool.js'
import type { LoadedPolicy } from './policy.js'
import type { Tree } from './tree.js'

/** `paths` null: every content file the tree lists. */
export async function checkAsIs(
  head: Tree,
  policy: LoadedPolicy,
  paths: string[] | null,
  options: { failOn: 'error' | 'warning' | 'never'; now?: Date; runPaths?: readonly string[]; cache?: ResultCache; review?: FindingsReview; threads?: ParseThreads },
): Promise<Report> {
  const files = paths ?? ((await head.list?.()) ?? []).filter(contentMatcher(policy.policy.config, policy.artifact.path))
  return runCheck({
    base: null,
    head,
    policy,
    files: files.map((path) => ({ path, status: 'unchanged' as const })),
    filter: 'nofilter',
    failOn: options.failOn,
    ...(options.now ? { now: options.now } : {}),
    ...(options.runPaths ? { runPaths: options.runPaths } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.review ? { review: options.review } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
  })
}
