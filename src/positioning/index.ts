// Public face of the positioning stage: the artifact, which sentences carry positioning, and what a
// change did to them.
export { parsePositioningArtifact, ARTIFACT_KEYS, ARTIFACT_RULE_ID } from './artifact.js'
export { diffArtifact } from './artifact-diff.js'
export { isPositioning, isProminent, STATEMENT_SIMILARITY, type PositioningReason } from './classify.js'
export { diffPositioning, lineOf } from './diff.js'
export { policyChanges, normalizePath, POLICY_REASON, type ChangedPath, type PolicyPaths } from './policy.js'
export { normalizeSentence, sentenceSimilarity } from './text.js'
export { emptyArtifact, type PositioningArtifact, type PositioningContext } from './types.js'
