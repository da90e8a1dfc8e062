// Who applied a label, from the issue's event timeline: the audit trail of an emergency sign-off override.
// The pull request payload lists labels but not who added them, so this is one extra, paginated read.
import { explained } from './explain.js'
import type { LabelActor, RepoContext } from './types.js'

/** GitHub's placeholder for an account that no longer exists; its events keep `actor: null`. */
export const GHOST_LOGIN = 'ghost'

interface LabelEvent {
  event: string
  actor?: { login: string } | null
  created_at: string
  label?: { name: string } | null
}

/**
 * The actor and time of the most recent `labeled` event for `label` on an issue or pull request (label
 * names compare case-insensitively, as GitHub's do); null when the timeline has none.
 */
export async function labelActor(ctx: RepoContext, issueNumber: number, label: string): Promise<LabelActor | null> {
  const events = (await explained(
    ctx.octokit.paginate(ctx.octokit.rest.issues.listEvents, { owner: ctx.owner, repo: ctx.repo, issue_number: issueNumber, per_page: 100 }),
    'events',
    `read who applied the \`${label}\` label to #${issueNumber}`,
  )) as LabelEvent[]
  return latestLabeling(events, label)
}

/** The newest `labeled` event for `label`; on equal times the later listed wins. */
function latestLabeling(events: readonly LabelEvent[], label: string): LabelActor | null {
  const wanted = label.toLowerCase()
  let latest: LabelEvent | null = null
  for (const event of events) {
    if (event.event !== 'labeled' || event.label?.name.toLowerCase() !== wanted) continue
    // GitHub lists oldest first, but times decide: a page boundary must not reorder the audit.
    if (latest === null || Date.parse(event.created_at) >= Date.parse(latest.created_at)) latest = event
  }
  if (latest === null) return null
  return { login: latest.actor?.login ?? GHOST_LOGIN, at: latest.created_at }
}
