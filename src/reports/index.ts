// The reporters: pure formatters of a Report, one per output.
export { toAnnotations, type Annotation, type AnnotationLevel, type AnnotationLimits, type AnnotationResult } from './annotations.js'
export { COMMENT_MAX_LENGTH, toComment, type CommentOptions } from './comment.js'
export { jsonReportSchema, toJson, toJsonParts, toJsonValue, type JsonReport } from './json.js'
export { toMarkdown } from './markdown.js'
export { toSarif, type SarifLog, type SarifOptions } from './sarif.js'
export { SUMMARY_MAX_BYTES, toSummary } from './summary.js'
export { toText, type TextOptions } from './text.js'
export { countReport, fingerprint, severityRank, type LocatedFinding } from './shared.js'
