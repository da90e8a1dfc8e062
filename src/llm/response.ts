// The model's reply → findings. The reply's shape is checked strictly (extra keys are fine), and every
// finding must point at words that really are in the sentence it names: a model may not invent locations.
import { z } from 'zod'
import { sentenceLocation } from '../content/index.js'
import type { ClaimKind, ContentDocument, Finding } from '../types.js'
import type { SentItem } from './payload.js'

export const LLM_RULE_ID = 'llm/review'
export const LLM_RULE_URL = 'https://github.com/acme/copydesk#llm-review'

const CLAIM_KINDS: readonly ClaimKind[] = ['statistic', 'superlative', 'comparison', 'quote', 'absolute']
const MAX_MESSAGE = 500

const replySchema = z.object({
  findings: z.array(
    z.object({
      sentence: z.number().int(),
      text: z.string(),
      message: z.string().min(1),
      // An unknown kind is a wording slip, not a broken reply: it becomes null rather than failing the review.
      claim: z.string().nullable().optional(),
      suggestion: z.string().nullable().optional(),
    }),
  ),
})

export type LlmReply = z.output<typeof replySchema>

export interface MappedFindings {
  findings: Finding[]
  /** Findings whose words are not in the sentence they name (or that name no sentence sent). */
  dropped: number
}

/** Parses the assistant's content; throws a readable Error when it is not the JSON asked for. */
export function parseReply(content: string): LlmReply {
  const json = stripFence(content.trim())
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    throw new Error(`LLM review failed: the model replied with text that is not JSON (\`${preview(json)}\`), expected a JSON object with \`findings\`.`)
  }
  const parsed = replySchema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `\`${issue.path.join('.') || '(root)'}\`: ${issue.message}`)
      .join('; ')
    throw new Error(`LLM review failed: the model's JSON does not have the expected shape (${problems}), expected \`{ "findings": [ { "sentence", "text", "message" } ] }\`.`)
  }
  return parsed.data
}

/** Maps reply findings to located Findings; drops (and counts) any whose text is not in its sentence. */
export function toFindings(doc: ContentDocument, items: readonly SentItem[], reply: LlmReply): MappedFindings {
  const byNumber = new Map(items.map((item) => [item.n, item.sentence]))
  const seen = new Set<string>()
  const findings: Finding[] = []
  let dropped = 0
  for (const raw of reply.findings) {
    const sentence = byNumber.get(raw.sentence)
    const from = sentence ? indexOfIgnoringCase(sentence.text, raw.text.trim()) : -1
    if (!sentence || from === -1) {
      dropped++
      continue
    }
    const text = sentence.text.slice(from, from + raw.text.trim().length)
    const key = `${raw.sentence}:${from}:${text.length}`
    if (seen.has(key)) continue
    seen.add(key)
    findings.push({
      ruleId: LLM_RULE_ID,
      category: 'llm',
      claim: claimKind(raw.claim),
      // The model advises; it never fails a build on its own.
      severity: 'warning',
      message: oneLine(raw.message, MAX_MESSAGE),
      text,
      ...sentenceLocation(doc, sentence, from, from + text.length),
      suggestion: raw.suggestion && raw.suggestion.trim() !== '' ? oneLine(raw.suggestion, MAX_MESSAGE) : null,
      url: LLM_RULE_URL,
    })
  }
  return { findings, dropped }
}

/** Case-insensitive search that reports an index into `haystack` itself (lower-casing can change lengths). */
export function indexOfIgnoringCase(haystack: string, needle: string): number {
  if (needle === '') return -1
  const match = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'iu').exec(haystack)
  return match ? match.index : -1
}

function claimKind(value: string | null | undefined): ClaimKind | null {
  const kind = value?.trim().toLowerCase()
  return CLAIM_KINDS.find((k) => k === kind) ?? null
}

// Some OpenAI-compatible servers wrap JSON mode output in a markdown fence anyway.
function stripFence(text: string): string {
  const fenced = /^```[a-zA-Z]*\s*\n([\s\S]*?)\n?```$/.exec(text)
  return fenced?.[1] ?? text
}

function oneLine(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded
}

function preview(text: string): string {
  return oneLine(text, 60).replace(/`/g, "'")
}
