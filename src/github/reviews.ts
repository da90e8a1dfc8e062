// Review comments carrying GitHub suggestion blocks: posted as one review, so authors get one notification.
import { explained, explainApiError, isNotFound } from './explain.js'
import type { NewReviewComment, RepoContext, ReviewComment } from './types.js'

export async function listReviewComments(ctx: RepoContext, pull: number): Promise<ReviewComment[]> {
  const comments = await explained(
    ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviewComments, { owner: ctx.owner, repo: ctx.repo, pull_number: pull, per_page: 100 }),
    'pulls',
    `list the review comments of pull request #${pull}`,
  )
  return comments.map((comment) => ({
    id: comment.id,
    reviewId: comment.pull_request_review_id ?? null,
    login: comment.user?.login ?? '',
    path: comment.path,
    line: comment.line ?? null,
    startLine: comment.start_line ?? null,
    body: comment.body,
    commitId: comment.commit_id,
  }))
}

export interface NewReview {
  /** The head the comments' line numbers refer to. */
  commitId: string
  body: string
  comments: NewReviewComment[]
}

/** Posts a COMMENT review (it neither approves nor blocks) with comments on the head side; returns its id. */
export async function createReview(ctx: RepoContext, pull: number, review: NewReview): Promise<number> {
  try {
    const { data } = await ctx.octokit.rest.pulls.createReview({
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: pull,
      commit_id: review.commitId,
      body: review.body,
      event: 'COMMENT',
      comments: review.comments.map((comment) => ({
        path: comment.path,
        line: comment.line,
        side: 'RIGHT',
        ...(comment.startLine !== undefined && comment.startLine < comment.line
          ? { start_line: comment.startLine, start_side: 'RIGHT' }
          : {}),
        body: comment.body,
      })),
    })
    return data.id
  } catch (err) {
    throw explainApiError(err, 'reviews', `post review suggestions on pull request #${pull}`)
  }
}

/** Deletes a review comment; false when it was already gone. */
export async function deleteReviewComment(ctx: RepoContext, id: number): Promise<boolean> {
  try {
    await ctx.octokit.rest.pulls.deleteReviewComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id })
    return true
  } catch (err) {
    if (isNotFound(err)) return false
    throw explainApiError(err, 'reviews', `delete review comment ${id}`)
  }
}
