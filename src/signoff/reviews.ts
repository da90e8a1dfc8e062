// A reviewer's opinion is their latest APPROVED or CHANGES_REQUESTED review. COMMENTED and PENDING say
// nothing either way, so they never replace an earlier opinion; DISMISSED withdraws it.
import { normalizeLogin } from './owners.js'
import type { ReviewFact } from './types.js'

export interface Opinion {
  login: string
  state: 'APPROVED' | 'CHANGES_REQUESTED'
  commitId: string | null
  at: string
}

/** Latest opinion per reviewer, ordered by when that opinion was given. */
export function latestOpinions(reviews: readonly ReviewFact[]): Opinion[] {
  const byLogin = new Map<string, Opinion>()
  for (const review of reviews) {
    const key = normalizeLogin(review.login)
    if (key === '') continue
    if (review.state === 'DISMISSED') {
      byLogin.delete(key)
    } else if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED') {
      byLogin.delete(key) // re-insert so the map order follows the latest opinion
      byLogin.set(key, {
        login: review.login.trim().replace(/^@/, ''),
        state: review.state,
        commitId: review.commitId,
        at: review.submittedAt,
      })
    }
  }
  return [...byLogin.values()]
}
