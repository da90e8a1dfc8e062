// Commit statuses on the head SHA: what branch protection makes required (see CONTRACT.md).
import { redact } from '../redact.js'
import { explainApiError } from './explain.js'
import type { CommitState, RepoContext } from './types.js'

/** GitHub rejects longer status descriptions with a 422. */
export const MAX_STATUS_DESCRIPTION = 140

export function clampDescription(description: string): string {
  const chars = Array.from(description)
  return chars.length <= MAX_STATUS_DESCRIPTION ? description : `${chars.slice(0, MAX_STATUS_DESCRIPTION - 1).join('')}…`
}

export async function setStatus(
  ctx: RepoContext,
  sha: string,
  context: string,
  state: CommitState,
  description: string,
  targetUrl?: string,
): Promise<void> {
  try {
    await ctx.octokit.rest.repos.createCommitStatus({
      owner: ctx.owner,
      repo: ctx.repo,
      sha,
      context,
      state,
      // Redacted before the cut: a secret cut in half would no longer be recognised.
      description: clampDescription(redact(description)),
      ...(targetUrl !== undefined ? { target_url: targetUrl } : {}),
    })
  } catch (err) {
    throw explainApiError(err, 'statuses', `set the commit status \`${context}\` on \`${sha}\``)
  }
}
