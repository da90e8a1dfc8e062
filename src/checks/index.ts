// The one explicit registry of checks. Adding a check is one module plus its entry here.
import { bannedClaimsCheck } from './banned-claims.js'
import { claimsCheck, frontmatterCheck, sourcesCheck } from './claims/index.js'
import type { Check } from './types.js'

/** `today` is injectable so source expiry is testable and a run is reproducible. */
export function registry(options: { today?: Date } = {}): Check[] {
  return [bannedClaimsCheck, claimsCheck, sourcesCheck(options.today ? { today: options.today } : {}), frontmatterCheck]
}

export type { Check, CheckContext, Policy } from './types.js'
