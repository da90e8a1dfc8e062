// The optional LLM review: one chat completions call per document over any OpenAI-compatible endpoint.
// It only adds warnings; with no API key the run stays fully deterministic (the caller never builds it).
import OpenAI from 'openai'
import type { CheckContext } from '../checks/types.js'
import type { AsyncCheck } from '../engine/check.js'
import type { ContentDocument, Finding } from '../types.js'
import { describeClientError } from './errors.js'
import { buildPayload, DEFAULT_MAX_SENTENCES } from './payload.js'
import { LLM_PROMPT_VERSION, LLM_SYSTEM_PROMPT } from './prompt.js'
import { parseReply, toFindings } from './response.js'

export const DEFAULT_TIMEOUT_MS = 60_000

export interface LlmReviewOptions {
  apiKey: string
  /** OpenAI-compatible endpoint (Azure, a gateway, a local server); the SDK's default when absent. */
  baseURL?: string
  model: string
  /** Sentences sent per document; the rest are not reviewed (and `onNotice` says so). Default 200. */
  maxSentences?: number
  timeoutMs?: number
  fetch?: typeof fetch
  /** Receives finding-free facts about a review: truncation, findings dropped for pointing at nothing. */
  onNotice?: (message: string) => void
}

export interface LlmReviewOutcome {
  findings: Finding[]
  /** Model findings whose words were not in the sentence they named. */
  dropped: number
  sent: number
  total: number
  truncated: boolean
}

export type LlmReviewer = (doc: ContentDocument, contentType: string | null) => Promise<LlmReviewOutcome>

/** The review as the engine runs it: findings only; notices go to `onNotice`. */
export function createLlmReview(opts: LlmReviewOptions): AsyncCheck {
  const review = createLlmReviewer(opts)
  return async (ctx: CheckContext) => {
    const outcome = await review(ctx.doc, ctx.contentType)
    for (const notice of notices(ctx.doc.path, outcome)) opts.onNotice?.(notice)
    return outcome.findings
  }
}

/** The review with its bookkeeping, for callers (and tests) that want the counts. */
export function createLlmReviewer(opts: LlmReviewOptions): LlmReviewer {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let client: OpenAI | null = null
  return async (doc, contentType) => {
    const payload = buildPayload(doc, contentType, opts.maxSentences ?? DEFAULT_MAX_SENTENCES, [opts.apiKey])
    const empty = { findings: [], dropped: 0, sent: 0, total: payload.total, truncated: false }
    if (payload.items.length === 0) return empty
    if (opts.model.trim() === '') throw new Error('LLM review failed: no model named, expected the `openai-model` input or config `llm.model`.')

    let content: string
    try {
      client ??= new OpenAI({
        apiKey: opts.apiKey,
        ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
        timeout: timeoutMs,
        maxRetries: 1,
        // The SDK's debug logging prints request details; nothing about this call belongs in a CI log.
        logLevel: 'off',
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      })
      const completion = await client.chat.completions.create({
        model: opts.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: LLM_SYSTEM_PROMPT },
          { role: 'user', content: payload.message },
        ],
      })
      content = contentOf(completion)
    } catch (error) {
      throw describeClientError(error, opts.apiKey, timeoutMs)
    }

    const { findings, dropped } = toFindings(doc, payload.items, parseReply(content))
    return { findings, dropped, sent: payload.items.length, total: payload.total, truncated: payload.truncated }
  }
}

/** Human sentences about a review that produced no finding of its own. */
export function notices(path: string, outcome: LlmReviewOutcome): string[] {
  const out: string[] = []
  if (outcome.truncated) {
    out.push(`\`${path}\`: the LLM review read the first ${outcome.sent} of ${outcome.total} sentences; the rest were not reviewed.`)
  }
  if (outcome.dropped > 0) {
    const s = outcome.dropped === 1 ? '' : 's'
    out.push(`\`${path}\`: ${outcome.dropped} LLM finding${s} dropped, quoting words that are not in the sentence named.`)
  }
  return out
}

type Completion = OpenAI.Chat.Completions.ChatCompletion

function contentOf(completion: Completion): string {
  const choice = completion.choices?.[0]
  if (!choice) throw new Error('the endpoint returned no choices')
  if (choice.finish_reason === 'length') throw new Error('the reply was cut off at the token limit, expected a complete JSON object')
  const { content, refusal } = choice.message ?? {}
  if (typeof content === 'string' && content.trim() !== '') return content
  if (refusal) throw new Error(`the model declined to review: ${refusal}`)
  throw new Error('the reply had no content, expected a JSON object with `findings`')
}

export { LLM_PROMPT_VERSION }
