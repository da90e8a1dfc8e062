// One structured request over either OpenAI API: the Responses API (`text.format` json_schema, strict) or,
// for servers without it, Chat Completions (`response_format` json_schema, strict). The zod schema is both
// what is sent and what parses the answer. Retries (429, 5xx, timeouts) are the SDK's; every failure
// becomes a readable Error with the key redacted (errors.ts).
import OpenAI from 'openai'
import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod'
import type { z } from 'zod'
import { describeClientError } from './errors.js'

export type LlmApi = 'responses' | 'chat-completions'

export interface ClientOptions {
  apiKey: string
  /** OpenAI-compatible endpoint; absent: the SDK's default (which reads `OPENAI_BASE_URL`). */
  baseURL?: string
  model: string
  api: LlmApi
  timeoutMs: number
  /** Retries of a 429, a 5xx or a timeout, by the SDK (honouring `retry-after`). */
  maxRetries?: number
  fetch?: typeof fetch
}

export interface Answer<T> {
  value: T
  inputTokens: number
  outputTokens: number
}

export interface Ask {
  <S extends z.ZodType>(request: { instructions: string; message: string; schema: S; name: string }): Promise<Answer<z.output<S>>>
}

/** A function that sends one request and returns the parsed, schema-checked answer. */
export function createAsk(opts: ClientOptions): Ask {
  let client: OpenAI | null = null
  const open = (): OpenAI =>
    (client ??= new OpenAI({
      apiKey: opts.apiKey,
      ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
      timeout: opts.timeoutMs,
      maxRetries: opts.maxRetries ?? 2,
      // The SDK's debug logging prints request details; nothing about this call belongs in a CI log.
      logLevel: 'off',
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    }))

  return async ({ instructions, message, schema, name }) => {
    let content: string
    let inputTokens: number
    let outputTokens: number
    try {
      if (opts.api === 'responses') {
        const response = await open().responses.create({
          model: opts.model,
          instructions,
          input: message,
          text: { format: zodTextFormat(schema, name) },
          store: false,
        })
        content = responseText(response)
        inputTokens = response.usage?.input_tokens ?? 0
        outputTokens = response.usage?.output_tokens ?? 0
      } else {
        const completion = await open().chat.completions.create({
          model: opts.model,
          response_format: zodResponseFormat(schema, name),
          messages: [
            { role: 'system', content: instructions },
            { role: 'user', content: message },
          ],
        })
        content = completionText(completion)
        inputTokens = completion.usage?.prompt_tokens ?? 0
        outputTokens = completion.usage?.completion_tokens ?? 0
      }
    } catch (error) {
      throw describeClientError(error, opts.apiKey, opts.timeoutMs)
    }
    return { value: parseAnswer(schema, content), inputTokens, outputTokens }
  }
}

/** Parses and checks the answer text; throws a readable Error when it is not what the schema asks. */
export function parseAnswer<S extends z.ZodType>(schema: S, content: string): z.output<S> {
  let value: unknown
  try {
    value = JSON.parse(stripFence(content.trim()))
  } catch {
    throw new Error(`LLM review failed: the model replied with text that is not JSON (\`${preview(content)}\`)`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `\`${issue.path.join('.') || '(root)'}\`: ${issue.message}`)
      .join('; ')
    throw new Error(`LLM review failed: the model's answer does not match the schema (${problems})`)
  }
  return parsed.data
}

function responseText(response: OpenAI.Responses.Response): string {
  if (response.status === 'incomplete') throw new Error(`the answer was cut off (${response.incomplete_details?.reason ?? 'incomplete'})`)
  for (const item of response.output ?? []) {
    if (item.type !== 'message') continue
    for (const part of item.content) if (part.type === 'refusal') throw new Error(`the model declined to review: ${part.refusal}`)
  }
  const text = response.output_text
  if (typeof text === 'string' && text.trim() !== '') return text
  throw new Error('the answer had no text, expected JSON matching the schema')
}

function completionText(completion: OpenAI.Chat.Completions.ChatCompletion): string {
  const choice = completion.choices?.[0]
  if (!choice) throw new Error('the endpoint returned no choices')
  if (choice.finish_reason === 'length') throw new Error('the answer was cut off at the token limit')
  const { content, refusal } = choice.message ?? {}
  if (typeof content === 'string' && content.trim() !== '') return content
  if (refusal) throw new Error(`the model declined to review: ${refusal}`)
  throw new Error('the answer had no content, expected JSON matching the schema')
}

// Some OpenAI-compatible servers wrap structured output in a markdown fence anyway.
function stripFence(text: string): string {
  return /^```[a-zA-Z]*\s*\n([\s\S]*?)\n?```$/.exec(text)?.[1] ?? text
}

function preview(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return (folded.length > 60 ? `${folded.slice(0, 59)}…` : folded).replace(/`/g, "'")
}
