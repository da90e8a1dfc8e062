// The public names users' workflows and branch protection depend on (../shared/CONTRACT.md). Keep them stable.
export { SIGNOFF_STATUS_CONTEXT } from './signoff/index.js'

/** Hidden marker that identifies the one traceability comment per PR; always its first line. */
export const MARKER = '<!-- copydesk:traceability -->'
/** Commit status for findings. */
export const CONTENT_STATUS_CONTEXT = 'copydesk/content'
/** Hidden prefix of a suggestion comment's fingerprint, so a re-run never repeats a suggestion. */
export const SUGGESTION_MARKER_PREFIX = '<!-- copydesk:suggestion '

/** Where copydesk's own checks are explained; rule-file rules carry their own `link`. */
export const DOCS_URL = 'https://github.com/acme/copydesk'

const DOCS_ANCHORS: [prefix: string, anchor: string][] = [
  ['claims/', 'claims'],
  ['sources/', 'sources'],
  ['frontmatter/', 'frontmatter'],
  ['copydesk/suppression', 'suppressions'],
  ['llm/', 'the-optional-llm-review'],
]

/** The explanation link of a finding whose check did not give one. */
export function docsUrlFor(ruleId: string): string | undefined {
  const anchor = DOCS_ANCHORS.find(([prefix]) => ruleId.startsWith(prefix))?.[1]
  return anchor ? `${DOCS_URL}#${anchor}` : undefined
}
