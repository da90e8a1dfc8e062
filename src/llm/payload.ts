// What leaves the machine: the prose sentences of one document, numbered, and nothing else. Frontmatter
// YAML (sources, provenance, owners) never goes out; only the prose fields the document model already
// turned into sentences do, each labelled with its field.
import { secrets as runSecrets } from '../redact.js'
import type { ContentDocument, Sentence } from '../types.js'

export const DEFAULT_MAX_SENTENCES = 200

export interface SentItem {
  /** The number the model sees (1-based). */
  n: number
  sentence: Sentence
}

export interface Payload {
  /** The user message: JSON, so sentence boundaries survive any punctuation inside them. */
  message: string
  items: SentItem[]
  total: number
  truncated: boolean
}

/** The numbered sentences of `doc`, at most `maxSentences` of them, with secrets masked. */
export function buildPayload(doc: ContentDocument, contentType: string | null, maxSentences: number, secrets: readonly string[] = []): Payload {
  const limit = Math.max(1, Math.floor(Number.isFinite(maxSentences) ? maxSentences : DEFAULT_MAX_SENTENCES))
  const prose = doc.sentences.filter((sentence) => sentence.text.trim() !== '')
  const items = prose.slice(0, limit).map((sentence, i) => ({ n: i + 1, sentence }))
  const truncated = prose.length > items.length
  const body = {
    path: doc.path,
    contentType,
    ...(truncated ? { note: `Only the first ${items.length} of ${prose.length} sentences are included; review these and do not mention the rest.` } : {}),
    sentences: items.map(({ n, sentence }) => ({
      n,
      kind: sentence.kind,
      ...(sentence.field ? { field: sentence.field } : {}),
      text: maskSecrets(sentence.text, secrets),
    })),
  }
  return { message: JSON.stringify(body, null, 1), items, truncated, total: prose.length }
}

// Credentials pasted into a draft by mistake must not travel to a third party with the prose.
const CREDENTIAL = /\b(?:sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})/g

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text.replace(CREDENTIAL, '[redacted]')
  for (const secret of secrets) if (secret.length >= 4) masked = masked.split(secret).join('[redacted]')
  // And every secret the run knows (the GitHub tokens among them), with the run's one redaction layer.
  return runSecrets.text(masked)
}
