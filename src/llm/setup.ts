// Whether a run gets a second opinion, decided the same way for the CLI and the Action: config
// `llm.enabled`, a key (never a request without one; a notice says why), the model, the API, batch and
// budget from config, and the cache under the cache location.
import type { Config } from '../config/schema.js'
import { directoryCache } from './cache.js'
import { createSecondOpinion, type SecondOpinion } from './review.js'

export const DEFAULT_MODEL = 'gpt-4.1-mini'

export interface LlmSetup {
  secondOpinion: SecondOpinion | null
  notices: string[]
}

export interface LlmSetupInput {
  config: Config['llm']
  apiKey: string | undefined
  /** Where the key is read from, for the notice when it is missing (`OPENAI_API_KEY`, the `openai-api-key` input). */
  keyName: string
  baseURL?: string
  /** `--llm-model` or the `openai-model` input; config `llm.model` decides otherwise. */
  model?: string
  /** A cache location (a directory): answers are kept in its `llm/` folder. Absent: no cache. */
  cacheLocation?: string | null
  /** Test seams. */
  timeoutMs?: number
  maxRetries?: number
}

export function llmSetup(input: LlmSetupInput): LlmSetup {
  const { config } = input
  if (!config.enabled) return { secondOpinion: null, notices: ['The LLM second opinion is turned off in the config (`llm.enabled: false`): no request was made.'] }
  const apiKey = input.apiKey?.trim() ?? ''
  if (apiKey === '') {
    return { secondOpinion: null, notices: [`The LLM second opinion was asked for, but ${input.keyName} is not set: no request was made, and the rules' verdict stands.`] }
  }
  const secondOpinion = createSecondOpinion({
    apiKey,
    ...(input.baseURL ? { baseURL: input.baseURL } : {}),
    model: input.model || config.model || DEFAULT_MODEL,
    api: config.api,
    batch: config.batch,
    budget: { requests: config.budget.requests, tokens: config.budget.tokens },
    timeoutMs: input.timeoutMs ?? config['timeout-ms'],
    ...(input.maxRetries !== undefined ? { maxRetries: input.maxRetries } : {}),
    cache: input.cacheLocation ? directoryCache(input.cacheLocation) : null,
  })
  return { secondOpinion, notices: [] }
}
