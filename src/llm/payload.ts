// What leaves the machine: the page context and a batch of candidates, as JSON (sentence boundaries and
// quotation marks survive), with credentials masked. Frontmatter YAML as such (provenance, owners) never
// goes out: only the page's listed sources, its prose and the context the checks derived.
import { secrets as runSecrets } from '../redact.js'
import type { CandidateBody, PageBody } from './candidates.js'

/** The user message for one request: the page and the candidates, each with its id. */
export function reviewMessage(page: PageBody, batch: readonly { id: string; body: CandidateBody }[]): string {
  return JSON.stringify({ page, candidates: batch.map(({ id, body }) => ({ id, ...body })) })
}

// Credentials pasted into a draft by mistake must not travel to a third party with the prose.
const CREDENTIAL = /\b(?:sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})/g

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text.replace(CREDENTIAL, '[redacted]')
  for (const secret of secrets) if (secret.length >= 4) masked = masked.split(secret).join('[redacted]')
  // And every secret the run knows (the GitHub tokens among them), with the run's one redaction layer.
  return runSecrets.text(masked)
}
