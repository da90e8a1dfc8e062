// The one traceability comment per pull request, found by its hidden marker and updated in place.
import { explainApiError, isNotFound } from './explain.js'
import type { RepoContext } from './types.js'

/** GitHub rejects longer comment bodies. */
export const MAX_COMMENT_LENGTH = 65_536

const CUT_NOTE = '\n\n…(cut: the comment reached GitHub’s 65,536-character limit; the full report is in the job summary)'

export interface UpsertResult {
  id: number
  action: 'created' | 'updated'
}

interface MarkedComment {
  id: number
  body: string
}

/** Keeps the body under GitHub's limit; the marker comes first, so a cut never removes it. */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT_LENGTH) return body
  return body.slice(0, MAX_COMMENT_LENGTH - CUT_NOTE.length) + CUT_NOTE
}

async function markedComments(ctx: RepoContext, issue: number, marker: string): Promise<MarkedComment[]> {
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, {
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: issue,
    per_page: 100,
  })
  // Starts-with, not contains: a person quoting the comment must not have theirs overwritten.
  return comments
    .filter((comment) => (comment.body ?? '').trimStart().startsWith(marker))
    .map((comment) => ({ id: comment.id, body: comment.body ?? '' }))
    .sort((a, b) => a.id - b.id)
}

async function update(ctx: RepoContext, id: number, body: string): Promise<void> {
  await ctx.octokit.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id, body })
}

async function remove(ctx: RepoContext, id: number): Promise<void> {
  try {
    await ctx.octokit.rest.issues.deleteComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id })
  } catch (err) {
    // An overlapping run may have deleted it first.
    if (!isNotFound(err)) throw err
  }
}

/** Keeps the oldest marked comment with `body` and deletes the rest. */
async function settle(ctx: RepoContext, marked: MarkedComment[], body: string): Promise<number> {
  const [keep, ...extra] = marked
  if (keep === undefined) throw new Error('settle() needs at least one comment')
  if (keep.body !== body) await update(ctx, keep.id, body)
  for (const comment of extra) await remove(ctx, comment.id)
  return keep.id
}

/**
 * Creates or updates the comment that starts with `marker`. Runs can overlap (a push while a review event
 * runs): each re-lists after creating and converges on the oldest comment, so exactly one survives.
 * `body` may be a function of the comment it replaces (null when there is none), so the new body can
 * depend on what the last one said (who was already mentioned).
 */
export async function upsertComment(
  ctx: RepoContext,
  issueNumber: number,
  marker: string,
  body: string | ((previous: string | null) => string),
): Promise<UpsertResult> {
  try {
    const existing = await markedComments(ctx, issueNumber, marker)
    const text = fitComment(typeof body === 'string' ? body : body(existing[0]?.body ?? null))
    if (existing.length > 0) return { id: await settle(ctx, existing, text), action: 'updated' }
    const { data: created } = await ctx.octokit.rest.issues.createComment({
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: issueNumber,
      body: text,
    })
    const after = await markedComments(ctx, issueNumber, marker)
    if (after.length <= 1) return { id: created.id, action: 'created' }
    const id = await settle(ctx, after, text)
    return { id, action: id === created.id ? 'created' : 'updated' }
  } catch (err) {
    throw explainApiError(err, 'comments', `write the comment on pull request #${issueNumber}`)
  }
}
