// The public names users' workflows and branch protection depend on (../shared/CONTRACT.md). Keep them stable.
export { SIGNOFF_STATUS_CONTEXT } from './signoff/index.js'

/** Hidden marker that identifies the one traceability comment per PR; always its first line. */
export const MARKER = '<!-- copydesk:traceability -->'
/** Commit status for findings. */
export const CONTENT_STATUS_CONTEXT = 'copydesk/content'
/** Hidden prefix of a suggestion comment's fingerprint, so a re-run never repeats a suggestion. */
export const SUGGESTION_MARKER_PREFIX = '<!-- copydesk:suggestion '
