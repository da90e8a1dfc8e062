// The facts the sign-off evaluation needs, gathered by the GitHub layer (or a test) beforehand,
// so the decision itself stays a pure function.

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface ReviewFact {
  login: string
  state: ReviewState
  /** The head the review was made on; GitHub may report null. */
  commitId: string | null
  submittedAt: string
}

export interface SignoffFacts {
  positioningChanged: boolean
  /** The PR adds suppressions config `suppressions.require-signoff` covers: sign-off is required for them too. */
  suppressionsNeedSignoff?: boolean
  /** Strategy owners: `@user` or `@org/team`. Email addresses cannot sign off and are ignored with a note. */
  owners: string[]
  /** PR author login, without `@`. */
  author: string
  headSha: string
  /** Oldest first, as GitHub lists them. */
  reviews: ReviewFact[]
  /** `@org/team` → member logins; null when membership could not be read (no `signoff-token`). */
  teamMembers: Record<string, string[]> | null
  /** Commits on which the positioning text already equalled head's: an approval on one of them still stands. */
  positioningStableSince: string[]
  labels: string[]
  /** PR body, where an override is justified. */
  body: string
  override: { allowed: boolean; label: string }
  /** Who applied the override label, when known. */
  overrideActor?: string
}
