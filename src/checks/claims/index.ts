// The three checks that keep claims honest: claims need sources, sources must hold, assets record provenance.
export { claimsCheck, claimSeverity, claimsIn, claimReadings, supportOptions } from './claims.js'
export { sourcesCheck, defaultSourcesCheck, type SourcesCheckOptions } from './sources.js'
export { frontmatterCheck } from './frontmatter.js'
export { detectClaims, detectAbsolutes, firstOfEachKind, kindsOf, type ClaimMatch, type DetectedKind, type DetectOptions } from './detect.js'
export { isSupported, frontmatterSourceIds, linkIsSource, namesDataSource } from './support.js'
export { ALL_KINDS, SOURCE_KINDS, BANNED_KINDS, promiseInContext } from './kinds/index.js'
