// The GitHub facts copydesk works with, reduced from REST payloads to the fields the pipeline reads.
import type { Octokit } from './client.js'

/** Every API function takes the client and the repository it acts on. */
export interface RepoContext {
  octokit: Octokit
  owner: string
  repo: string
}

export interface PullRequest {
  number: number
  title: string
  body: string
  author: string
  labels: string[]
  state: 'open' | 'closed'
  draft: boolean
  head: { sha: string; ref: string }
  base: { sha: string; ref: string }
  /** GitHub's count of changed files, which can exceed what the files listing returns. */
  changedFiles: number
}

/** GitHub's own file statuses, unmapped: `copied` and `changed` are rare but real. */
export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface PullFile {
  path: string
  status: PullFileStatus
  /** Set for renames and copies. */
  previousPath?: string
  /** Unified diff hunks; GitHub leaves it out for binary and very large diffs. */
  patch?: string
  additions: number
  deletions: number
}

export interface FileAt {
  /** UTF-8 decoding of the bytes ('' when `tooLarge`). */
  text: string
  /** Size in bytes as stored in git. */
  size: number
  /** The bytes contain NUL: the file is not text. */
  binary: boolean
  /** Larger than the caller's `maxBytes`: the bytes were not downloaded. */
  tooLarge: boolean
  /** The bytes as stored (absent when `tooLarge`): `text` replaces invalid UTF-8, these do not. */
  bytes?: Uint8Array
  /** The path is a symbolic link GitHub did not resolve, to this target: no content was read. */
  symlink?: string
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface Review {
  id: number
  login: string
  state: ReviewState
  /** The head the review was made on; GitHub may give none for old reviews. */
  commitId: string | null
  submittedAt: string | null
}

export interface ReviewComment {
  id: number
  reviewId: number | null
  login: string
  path: string
  line: number | null
  startLine: number | null
  body: string
  commitId: string
}

export interface NewReviewComment {
  path: string
  /** Line in the head version of the file (the diff's right side). */
  line: number
  /** First line of a multi-line comment. */
  startLine?: number
  body: string
}

/** Who applied a label and when (ISO 8601), from the issue's `labeled` event. */
export interface LabelActor {
  login: string
  at: string
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success'
