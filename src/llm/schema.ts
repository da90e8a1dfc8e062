// The answers the model must give, as zod schemas sent as structured output (strict json_schema): the
// Responses API's `text.format` (zodTextFormat) or Chat Completions' `response_format` (zodResponseFormat).
// Every field is required and every choice is a closed list, so a strict server cannot answer otherwise;
// the same schema parses the reply, so a lenient server's slip is caught here too.
import { z } from 'zod'

export const CLAIM_KINDS = ['statistic', 'superlative', 'comparison', 'quote', 'absolute'] as const

/** Why the model overrules a rule finding: the closed list a veto must come from. */
export const VETO_REASONS = ['hypothetical', 'quoted-example', 'own-specification', 'definition', 'scoped-to-own-product', 'supported-by-given-source'] as const
export type VetoReason = (typeof VETO_REASONS)[number]

/** Why the model flags a claim: the two kinds of finding it may add, in their real categories. */
export const FLAG_REASONS = ['unsupported-claim', 'banned-absolute'] as const

export const REASONS = [...FLAG_REASONS, ...VETO_REASONS, 'not-a-claim'] as const
export type Reason = (typeof REASONS)[number]

export const verdictSchema = z.object({
  id: z.string().describe('The candidate id, as given.'),
  claims: z.array(z.enum(CLAIM_KINDS)).describe('The kinds of claim the sentence makes as the publisher’s own statement.'),
  needsSource: z.boolean(),
  supportedBy: z.string().nullable().describe('The id of the given link, footnote or frontmatter source that supports the claim, or null.'),
  absolute: z.boolean(),
  words: z.string().describe('The fewest words of the sentence that make the claim, copied exactly; empty when none.'),
  reason: z.enum(REASONS),
  explanation: z.string().describe('One sentence for the writer.'),
})
export type Verdict = z.output<typeof verdictSchema>

export const reviewAnswerSchema = z.object({ verdicts: z.array(verdictSchema) })
export type ReviewAnswer = z.output<typeof reviewAnswerSchema>

export const DRIFT_ASSESSMENTS = ['aligned', 'drifts', 'contradicts'] as const
export const driftAnswerSchema = z.object({
  note: z.string().describe('Exactly two sentences for the strategy owner.'),
  assessment: z.enum(DRIFT_ASSESSMENTS),
})
export type DriftAnswer = z.output<typeof driftAnswerSchema>
