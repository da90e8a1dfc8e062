// The LLM second opinion: the rules mark candidates, the model gives a verdict on each (batched, cached,
// within the run's budget), and the two are combined (combine.ts). Never fatal: a failed request is a
// warning on the file and its candidates are listed as not reviewed, so the deterministic verdict stands.
import { offsetToPosition } from '../content/index.js'
import type { FindingsReview } from '../engine/check.js'
import type { ContentDocument, Finding, LlmRun } from '../types.js'
import { cacheKey, type LlmCache } from './cache.js'
import { candidatesOf, type Candidate } from './candidates.js'
import { createAsk, type Ask, type LlmApi } from './client.js'
import { combine, type Reviewed } from './combine.js'
import { reviewMessage } from './payload.js'
import { SECOND_OPINION_PROMPT } from './prompt.js'
import { reviewAnswerSchema, verdictSchema, type Verdict } from './schema.js'
import { estimateTokens, Meter, type Budget } from './usage.js'

export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_BATCH = 20
export const DEFAULT_BUDGET: Budget = { requests: 50, tokens: 400_000 }
/** Output tokens budgeted per candidate before the answer says how many it took. */
const OUTPUT_TOKENS_PER_CANDIDATE = 120

export interface SecondOpinionOptions {
  apiKey: string
  baseURL?: string
  model: string
  api?: LlmApi
  timeoutMs?: number
  /** Candidates per request. */
  batch?: number
  budget?: Budget
  /** Answers kept between runs; null or absent: every run asks. */
  cache?: LlmCache | null
  maxRetries?: number
  fetch?: typeof fetch
}

export type { FindingsReview }

export interface SecondOpinion {
  review: FindingsReview
  /** The shared bookkeeping: the drift notes use the same client, cache and budget. */
  readonly ask: Ask
  readonly meter: Meter
  readonly options: Required<Pick<SecondOpinionOptions, 'model' | 'api'>> & SecondOpinionOptions
  cached<T>(parts: readonly unknown[], parse: (value: unknown) => T | null): Promise<{ key: string; value: T | null }>
  remember(key: string, value: unknown): Promise<void>
  /** Notices for the run: budget reached, answers dropped, files whose review failed. */
  notices(): string[]
  /** What the report records: model, prompt, API, usage, candidates not reviewed. */
  run(): LlmRun
}

export function createSecondOpinion(opts: SecondOpinionOptions): SecondOpinion {
  const options = { ...opts, api: opts.api ?? 'responses', model: opts.model }
  const ask = createAsk({
    apiKey: opts.apiKey,
    ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
    model: opts.model,
    api: options.api,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(opts.maxRetries !== undefined ? { maxRetries: opts.maxRetries } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  })
  const meter = new Meter(opts.budget ?? DEFAULT_BUDGET)
  const batchSize = Math.max(1, Math.floor(opts.batch ?? DEFAULT_BATCH))
  const cache = opts.cache ?? null
  const messages: string[] = []

  const so: SecondOpinion = {
    ask,
    meter,
    options,
    async cached(parts, parse) {
      const key = cacheKey([options.model, options.api, ...parts])
      const value = cache ? parse(await cache.get(key)) : null
      if (value !== null) meter.usage.cachedHits++
      return { key, value }
    },
    async remember(key, value) {
      await cache?.set(key, value)
    },
    async review(ctx, findings) {
      if (options.model.trim() === '') throw new Error('LLM review failed: no model named, expected `--llm-model`, the `openai-model` input or config `llm.model`')
      const { page, candidates, sourceIds } = candidatesOf(ctx, findings, [opts.apiKey])
      meter.usage.candidates += candidates.length
      const reviewed: Reviewed[] = []
      const pending: { candidate: Candidate; key: string }[] = []
      for (const candidate of candidates) {
        const { key, value } = await so.cached(['review', SECOND_OPINION_PROMPT.version, page, candidate.body], parseVerdict)
        if (value) reviewed.push({ candidate, verdict: value, sourceIds: sourceIds.get(candidate.index) ?? new Set() })
        else pending.push({ candidate, key })
      }

      let failure: string | null = null
      for (let from = 0; from < pending.length; from += batchSize) {
        const batch = pending.slice(from, from + batchSize)
        if (failure !== null) {
          skip(ctx.doc, batch, 'not sent: an earlier request for this file failed')
          continue
        }
        const ids = batch.map((_, i) => `c${i + 1}`)
        const message = reviewMessage(page, batch.map(({ candidate }, i) => ({ id: ids[i] as string, body: candidate.body })))
        const estimate = estimateTokens(SECOND_OPINION_PROMPT.text) + estimateTokens(message) + OUTPUT_TOKENS_PER_CANDIDATE * batch.length
        if (!meter.allows(estimate)) {
          skip(ctx.doc, batch, `budget: \`llm.budget.${meter.reached}\` reached`)
          continue
        }
        try {
          const answer = await ask({ instructions: SECOND_OPINION_PROMPT.text, message, schema: reviewAnswerSchema, name: 'copydesk_second_opinion' })
          meter.record(answer)
          const byId = new Map(answer.value.verdicts.map((v) => [v.id, v]))
          for (const [i, { candidate, key }] of batch.entries()) {
            const verdict = byId.get(ids[i] as string)
            if (!verdict) {
              skip(ctx.doc, [{ candidate }], 'the answer had no verdict for it')
              continue
            }
            reviewed.push({ candidate, verdict, sourceIds: sourceIds.get(candidate.index) ?? new Set() })
            await so.remember(key, { ...verdict, id: '' })
          }
        } catch (error) {
          meter.failed()
          failure = (error as Error).message
          skip(ctx.doc, batch, 'the request failed')
        }
      }
      meter.usage.reviewed += reviewed.length

      const combined = combine(ctx.doc, findings, reviewed)
      if (combined.dropped > 0) {
        const s = combined.dropped === 1 ? '' : 's'
        messages.push(`\`${ctx.doc.path}\`: ${combined.dropped} LLM finding${s} dropped, quoting words that are not in the sentence named.`)
      }
      if (failure !== null) {
        const count = pending.length - reviewed.filter((r) => pending.some((p) => p.candidate === r.candidate)).length
        combined.findings.push(errorFinding(`${failure}; ${count} candidate${count === 1 ? '' : 's'} of this file were not reviewed and the rules' verdict stands for them.`))
      }
      return combined.findings
    },
    notices() {
      const budget = meter.notice()
      return [...(budget ? [budget] : []), ...messages]
    },
    run() {
      return {
        model: options.model,
        promptVersion: SECOND_OPINION_PROMPT.version,
        api: options.api,
        usage: { ...meter.usage },
        ...(meter.notReviewed.length > 0 ? { notReviewed: [...meter.notReviewed] } : {}),
      }
    },
  }

  function skip(doc: ContentDocument, batch: readonly { candidate: Candidate }[], reason: string): void {
    for (const { candidate } of batch) {
      const { line } = offsetToPosition(doc, candidate.sentence.offsets[0] ?? 0)
      meter.notReviewed.push({ path: doc.path, line, text: candidate.sentence.text, reason })
    }
  }

  return so
}

function parseVerdict(value: unknown): Verdict | null {
  const parsed = verdictSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

function errorFinding(message: string): Finding {
  return { ruleId: 'llm/error', category: 'input', claim: null, severity: 'warning', message, text: '', line: 1, column: 1, endLine: 1, endColumn: 1, suggestion: null, origin: 'llm' }
}
