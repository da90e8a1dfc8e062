// The claim kinds, one module each. Adding a kind is one file with its detector and examples, plus its
// line here: the examples run as tests (test/claims/kinds.test.ts) and feed the README.
import { absolute } from './absolute.js'
import { comparison } from './comparison.js'
import { competitorFact } from './competitor-fact.js'
import { quote } from './quote.js'
import { statistic } from './statistic.js'
import { superlative } from './superlative.js'
import { thirdPartyFigure } from './third-party-figure.js'
import type { KindModule } from './types.js'

/** Kinds that need a source (missing-source findings), in the order their matches are listed. */
export const SOURCE_KINDS: readonly KindModule[] = [statistic, superlative, comparison, competitorFact, thirdPartyFigure, quote]

/** Kinds that are banned outright (banned-claim findings), read with the same context. */
export const BANNED_KINDS: readonly KindModule[] = [absolute]

export const ALL_KINDS: readonly KindModule[] = [...SOURCE_KINDS, ...BANNED_KINDS]

export { claimContext, type ClaimContext, type ClaimMatch, type ContextInput, type DetectedKind, type Example, type KindModule } from './types.js'
export { promiseInContext } from './absolute.js'
