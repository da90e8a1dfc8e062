// The positioning drift note: for each changed positioning file, the model reads the sentences before and
// after against the positioning artifact and writes two sentences for the strategy owner. Advisory and
// marked as the model's; it never changes the verdict or the sign-off. Cached and budgeted like the review.
import type { DriftNote, PositioningChange } from '../types.js'
import { maskSecrets } from './payload.js'
import { DRIFT_PROMPT } from './prompt.js'
import type { SecondOpinion } from './review.js'
import { driftAnswerSchema, type DriftAnswer } from './schema.js'
import { estimateTokens } from './usage.js'

const OUTPUT_TOKENS = 200

export interface DriftResult {
  notes: DriftNote[]
  notices: string[]
}

/** One note per changed positioning file (the artifact itself and policy files aside). */
export async function driftNotes(so: SecondOpinion, changes: readonly PositioningChange[], artifact: { path: string; text: string } | null): Promise<DriftResult> {
  const byPath = new Map<string, PositioningChange[]>()
  for (const change of changes) {
    if (change.reason === 'policy-file' || change.path === artifact?.path) continue
    byPath.set(change.path, [...(byPath.get(change.path) ?? []), change])
  }
  const notes: DriftNote[] = []
  const notices: string[] = []
  if (byPath.size === 0) return { notes, notices }
  if (!artifact || artifact.text.trim() === '') {
    notices.push('No positioning artifact to compare against: the LLM wrote no positioning drift notes.')
    return { notes, notices }
  }
  const secrets = [so.options.apiKey]
  for (const [path, list] of byPath) {
    const message = JSON.stringify({
      artifact: maskSecrets(artifact.text, secrets),
      path,
      changes: list.map((c) => ({ where: c.field ?? c.reason, before: c.before === null ? null : maskSecrets(c.before, secrets), after: c.after === null ? null : maskSecrets(c.after, secrets) })),
    })
    const { key, value } = await so.cached(['drift', DRIFT_PROMPT.version, message], parseDrift)
    let answer = value
    if (!answer) {
      if (!so.meter.allows(estimateTokens(DRIFT_PROMPT.text) + estimateTokens(message) + OUTPUT_TOKENS)) {
        notices.push(`\`${path}\`: no positioning drift note, the LLM budget was reached.`)
        continue
      }
      try {
        const reply = await so.ask({ instructions: DRIFT_PROMPT.text, message, schema: driftAnswerSchema, name: 'copydesk_positioning_drift' })
        so.meter.record(reply)
        answer = reply.value
        await so.remember(key, answer)
      } catch (error) {
        so.meter.failed()
        notices.push(`\`${path}\`: no positioning drift note: ${(error as Error).message}`)
        continue
      }
    }
    notes.push({ path, note: answer.note.replace(/\s+/g, ' ').trim(), assessment: answer.assessment, origin: 'llm' })
  }
  return { notes, notices }
}

function parseDrift(value: unknown): DriftAnswer | null {
  const parsed = driftAnswerSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
