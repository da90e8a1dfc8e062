// One interface for every check: metadata plus a pure function from a document to findings.
// Checks never filter their own output: suppression, changed lines and severity policy come after.
import type { Config, ContentTypePolicy } from '../config/schema.js'
import type { ApprovedSources, RulePack } from '../rules/types.js'
import type { SiteContext } from '../site/types.js'
import type { ContentDocument, Finding } from '../types.js'

/** Everything a check may consult: policy is always the base commit's. */
export interface Policy {
  config: Config
  packs: RulePack[]
  approvedSources: ApprovedSources | null
}

export interface CheckContext {
  doc: ContentDocument
  policy: Policy
  /** From the frontmatter `type-field`, else the first `types.*.paths` glob that matches, else null. */
  contentType: string | null
  typePolicy: ContentTypePolicy | null
  /** The run's site context (publisher, competitors, page kinds); absent, checks derive one from this page alone. */
  site?: SiteContext
}

export interface Check {
  id: string
  description: string
  run(ctx: CheckContext): Finding[]
}
