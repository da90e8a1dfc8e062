// The three checks that keep claims honest: claims need sources, sources must hold, assets record provenance.
export { claimsCheck, claimSeverity, claimsIn } from './claims.js'
export { sourcesCheck, defaultSourcesCheck, type SourcesCheckOptions } from './sources.js'
export { frontmatterCheck } from './frontmatter.js'
export { detectClaims, firstOfEachKind, type ClaimMatch, type DetectedKind, type DetectOptions } from './detect.js'
export { isSupported, frontmatterSourceIds } from './support.js'
