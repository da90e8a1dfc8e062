// Reading a pull request: its metadata, the files it changes, and the reviews on it.
import { CopydeskError } from '../errors.js'
import { explained, explainApiError } from './explain.js'
import type { PullFile, PullFileStatus, PullRequest, RepoContext, Review, ReviewState } from './types.js'

/** GitHub lists at most this many files of a pull request; beyond it the listing is silently cut. */
export const MAX_LISTED_FILES = 3000

export async function getPull(ctx: RepoContext, pull: number): Promise<PullRequest> {
  try {
    const { data } = await ctx.octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: pull })
    // Statuses go on the head sha and policy is read at the base sha: an answer without both is not one.
    const sha = (side: unknown): unknown => (typeof side === 'object' && side !== null ? (side as { sha?: unknown }).sha : undefined)
    if (![sha(data?.head), sha(data?.base)].every((value) => typeof value === 'string' && value.length > 0)) {
      throw new CopydeskError(`copydesk could not read pull request #${pull}: GitHub's answer has no head and base commit.`)
    }
    return {
      number: data.number,
      title: data.title,
      body: data.body ?? '',
      author: data.user?.login ?? '',
      labels: (Array.isArray(data.labels) ? data.labels : []).map((label) => label.name),
      state: data.state === 'closed' ? 'closed' : 'open',
      draft: data.draft === true,
      head: { sha: data.head.sha, ref: data.head.ref },
      base: { sha: data.base.sha, ref: data.base.ref },
      changedFiles: data.changed_files,
    }
  } catch (err) {
    throw explainApiError(err, 'pulls', `read pull request #${pull}`)
  }
}

function tooLarge(pull: number, count: number, atLeast = false): CopydeskError {
  return new CopydeskError(
    `Pull request #${pull} changes ${atLeast ? 'at least ' : ''}${count} files: ` +
      `GitHub lists at most ${MAX_LISTED_FILES}, so copydesk cannot check it reliably and fails closed.`,
    'Split the pull request, or run `copydesk check --base <ref>` on a checkout.',
  )
}

/**
 * Every file the pull request changes. Fails closed at GitHub's 3,000-file cap, since a cut listing would
 * let unchecked content through. Pass the PullRequest when known to fail before listing 30 pages.
 */
export async function listPullFiles(ctx: RepoContext, pull: number | Pick<PullRequest, 'number' | 'changedFiles'>): Promise<PullFile[]> {
  const number = typeof pull === 'number' ? pull : pull.number
  if (typeof pull !== 'number' && pull.changedFiles > MAX_LISTED_FILES) throw tooLarge(number, pull.changedFiles)
  const files = await explained(
    ctx.octokit.paginate(ctx.octokit.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: number, per_page: 100 }),
    'pulls',
    `list the files of pull request #${number}`,
  )
  // A listing shorter than GitHub's own count means it was cut: fail closed rather than check part of the PR.
  // Without GitHub's count, a listing at the cap cannot be told apart from a cut one.
  const expected = typeof pull === 'number' ? null : pull.changedFiles
  if (expected === null ? files.length >= MAX_LISTED_FILES : files.length < expected) {
    throw tooLarge(number, Math.max(files.length, expected ?? 0), expected === null)
  }
  // A listing entry without a name or status cannot be checked: a cut or altered answer, never "nothing changed".
  const bad = files.find((file) => typeof file?.filename !== 'string' || typeof file?.status !== 'string')
  if (bad !== undefined) throw new CopydeskError(`copydesk could not list the files of pull request #${number}: GitHub's answer has an entry without \`filename\` and \`status\`.`)
  return files.map((file) => {
    const out: PullFile = {
      path: file.filename,
      status: file.status as PullFileStatus,
      additions: file.additions,
      deletions: file.deletions,
    }
    if (file.previous_filename !== undefined) out.previousPath = file.previous_filename
    if (file.patch !== undefined) out.patch = file.patch
    return out
  })
}

const REVIEW_STATES = new Set<string>(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'])

/** Reviews oldest first, as GitHub lists them; reviews by deleted accounts are left out (nobody can own them). */
export async function listReviews(ctx: RepoContext, pull: number): Promise<Review[]> {
  const reviews = await explained(
    ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviews, { owner: ctx.owner, repo: ctx.repo, pull_number: pull, per_page: 100 }),
    'pulls',
    `list the reviews of pull request #${pull}`,
  )
  const out: Review[] = []
  for (const review of reviews) {
    const login = review.user?.login
    if (login === undefined || !REVIEW_STATES.has(review.state)) continue
    out.push({
      id: review.id,
      login,
      state: review.state as ReviewState,
      commitId: review.commit_id ?? null,
      submittedAt: review.submitted_at ?? null,
    })
  }
  return out
}
