// A stand-in for the OpenAI HTTP API on 127.0.0.1 — both the Responses API (/v1/responses) and Chat
// Completions (/v1/chat/completions) — so the LLM review is tested over real HTTP through the real SDK
// without anything reaching the internet. The test decides each reply; the same responder serves both.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request body of either API: `messages` and `response_format` (chat), `instructions`, `input` and `text` (responses). */
export interface ChatRequestBody {
  model?: unknown
  temperature?: unknown
  response_format?: unknown
  messages?: { role: string; content: unknown }[]
  instructions?: unknown
  input?: unknown
  text?: { format?: unknown }
  [key: string]: unknown
}

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | null
  /** The raw body exactly as sent. */
  raw: string
  body: ChatRequestBody | null
}

/**
 * What the stand-in answers:
 * - a string: the assistant message content of a normal completion;
 * - `{ status, message }`: an OpenAI-style error response;
 * - `{ content, finishReason, refusal }`: a completion with those fields;
 * - `{ rawBody }`: a 200 whose body is not a completion (malformed at the HTTP level);
 * - `{ delayMs, then }`: wait, then answer `then` (for timeouts).
 */
export type StandinReply =
  | string
  | { status: number; message?: string; headers?: Record<string, string> }
  | { content: string | null; finishReason?: string; refusal?: string | null }
  | { rawBody: string }
  | { delayMs: number; then: StandinReply }

export type Responder = (body: ChatRequestBody, request: RecordedRequest) => StandinReply

export interface OpenAIStandin {
  /** Base URL for the SDK (`…/v1`). */
  baseURL: string
  requests: RecordedRequest[]
  /** Sets how the next requests are answered. */
  respond(responder: Responder): void
  stop(): Promise<void>
}

/** By default: every candidate sent is answered "not a claim". */
const NO_FINDINGS: Responder = (body) => verdictsReply(sentCandidates(body).candidates.map((c) => verdict(c.id, { reason: 'not-a-claim' })))

/** Starts the stand-in; when `apiKey` is given, any other bearer token is answered 401 as OpenAI does. */
export async function startOpenAIStandin(options: { apiKey?: string; apis?: ('chat' | 'responses')[] } = {}): Promise<OpenAIStandin> {
  const requests: RecordedRequest[] = []
  let responder: Responder = NO_FINDINGS
  const pending = new Set<NodeJS.Timeout>()

  const server: Server = createServer((req, res) => {
    void handle(req, res)
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const authorization = req.headers.authorization ?? null
    const body = parseJson(raw)
    const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', authorization, raw, body }
    requests.push(recorded)

    const api = recorded.path === '/v1/chat/completions' ? 'chat' : recorded.path === '/v1/responses' ? 'responses' : null
    if (req.method !== 'POST' || api === null || (options.apis && !options.apis.includes(api))) return sendError(res, 404, `Unknown route ${recorded.method} ${recorded.path}`)
    if (!authorization?.startsWith('Bearer ')) return sendError(res, 401, 'You did not provide an API key.')
    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      // OpenAI's real 401 quotes the key back (masked); the review must not pass that on.
      const given = authorization.slice('Bearer '.length)
      return sendError(res, 401, `Incorrect API key provided: ${given}. Also known as ${mask(given)}.`)
    }
    if (body === null || typeof body !== 'object') return sendError(res, 400, 'We could not parse the JSON body of your request.')
    if (typeof body.model !== 'string') return sendError(res, 400, 'model is required.')
    if (api === 'chat' && !Array.isArray(body.messages)) return sendError(res, 400, 'messages are required.')
    if (api === 'responses' && body.input === undefined) return sendError(res, 400, 'input is required.')

    let reply: StandinReply
    try {
      reply = responder(body, recorded)
    } catch (error) {
      reply = { status: 500, message: `stand-in responder threw: ${(error as Error).message}` }
    }
    await answer(res, api, body.model, reply, raw.length)
  }

  async function answer(res: ServerResponse, api: 'chat' | 'responses', model: string, reply: StandinReply, sent: number): Promise<void> {
    const complete = (r: { content: string | null; finishReason?: string; refusal?: string | null }) =>
      api === 'chat' ? sendCompletion(res, model, r, sent) : sendResponse(res, model, r, sent)
    if (typeof reply === 'string') return complete({ content: reply })
    if ('delayMs' in reply) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer)
          resolve()
        }, reply.delayMs)
        pending.add(timer)
      })
      if (res.destroyed || res.writableEnded) return
      return answer(res, api, model, reply.then, sent)
    }
    if ('rawBody' in reply) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(reply.rawBody)
      return
    }
    if ('status' in reply) return sendError(res, reply.status, reply.message ?? 'stand-in error', reply.headers)
    return complete(reply)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(next) {
      responder = next
    },
    async stop() {
      for (const timer of pending) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

// Usage as a server would count it, roughly: a token for every four characters in and out.
function tokens(chars: number): number {
  return Math.ceil(chars / 4)
}

function sendCompletion(res: ServerResponse, model: string, reply: { content: string | null; finishReason?: string; refusal?: string | null }, sent: number): void {
  const out = tokens(reply.content?.length ?? 0)
  send(res, 200, {
    id: 'chatcmpl-standin',
    object: 'chat.completion',
    created: 1_764_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.content, refusal: reply.refusal ?? null },
        finish_reason: reply.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: tokens(sent), completion_tokens: out, total_tokens: tokens(sent) + out },
  })
}

function sendResponse(res: ServerResponse, model: string, reply: { content: string | null; finishReason?: string; refusal?: string | null }, sent: number): void {
  const out = tokens(reply.content?.length ?? 0)
  const content = reply.refusal ? [{ type: 'refusal', refusal: reply.refusal }] : reply.content === null ? [] : [{ type: 'output_text', text: reply.content, annotations: [] }]
  const cut = reply.finishReason === 'length'
  send(res, 200, {
    id: 'resp_standin',
    object: 'response',
    created_at: 1_764_000_000,
    status: cut ? 'incomplete' : 'completed',
    incomplete_details: cut ? { reason: 'max_output_tokens' } : null,
    model,
    output: [{ type: 'message', id: 'msg_standin', status: 'completed', role: 'assistant', content }],
    usage: { input_tokens: tokens(sent), output_tokens: out, total_tokens: tokens(sent) + out, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } },
  })
}

function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  // `retry-after-ms` keeps the SDK's one retry of a 429/5xx from slowing the tests down.
  send(res, status, { error: { message, type: status === 401 ? 'invalid_request_error' : 'server_error', param: null, code: status === 401 ? 'invalid_api_key' : null } }, { 'retry-after-ms': '1', ...headers })
}

function send(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(value))
}

function parseJson(raw: string): ChatRequestBody | null {
  try {
    return JSON.parse(raw) as ChatRequestBody
  } catch {
    return null
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function mask(key: string): string {
  return key.length > 10 ? `${key.slice(0, 6)}${'*'.repeat(12)}${key.slice(-4)}` : '****'
}

export interface SentCandidate {
  id: string
  sentence: string
  where: string
  block: string
  links: { id: string; href: string; text: string }[]
  footnotes: { id: string; text: string }[]
  rule: { verdict: string; findings: { ruleId: string; category: string; claim: string | null; words: string }[] }
}

export interface SentReview {
  page: { path: string; kind: string; contentType: string | null; publisher: string | null; competitors: string[]; sources: { id: string; title?: string; url?: string }[] }
  candidates: SentCandidate[]
}

/** The user message of a request of either API, as text. */
export function userMessage(body: ChatRequestBody): string {
  if (typeof body.input === 'string') return body.input
  const user = body.messages?.find((m) => m.role === 'user')
  return user && typeof user.content === 'string' ? user.content : ''
}

/** The instructions (system prompt) of a request of either API. */
export function instructionsOf(body: ChatRequestBody): string {
  if (typeof body.instructions === 'string') return body.instructions
  const system = body.messages?.find((m) => m.role === 'system')
  return system && typeof system.content === 'string' ? system.content : ''
}

/** The structured-output format asked for: `text.format` (responses) or `response_format` (chat). */
export function formatOf(body: ChatRequestBody): { type?: string; name?: string; strict?: boolean; schema?: Record<string, unknown> } | null {
  const responses = body.text?.format as Record<string, unknown> | undefined
  if (responses) return responses
  const chat = body.response_format as { type?: string; json_schema?: Record<string, unknown> } | undefined
  return chat ? { type: chat.type, ...(chat.json_schema ?? {}) } : null
}

/** The review request's page and candidates, parsed (empty for a drift request). */
export function sentCandidates(body: ChatRequestBody): SentReview {
  try {
    const parsed = JSON.parse(userMessage(body)) as Partial<SentReview>
    return { page: parsed.page as SentReview['page'], candidates: parsed.candidates ?? [] }
  } catch {
    return { page: undefined as unknown as SentReview['page'], candidates: [] }
  }
}

/** Whether a request asks for a positioning drift note (rather than verdicts on candidates). */
export function isDriftRequest(body: ChatRequestBody): boolean {
  return formatOf(body)?.name === 'copydesk_positioning_drift'
}

/** A verdict with defaults: no claim, nothing flagged. */
export function verdict(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, claims: [], needsSource: false, supportedBy: null, absolute: false, words: '', reason: 'not-a-claim', explanation: 'Nothing to check.', ...fields }
}

/** Helper for responders: an answer with these verdicts. */
export function verdictsReply(verdicts: Record<string, unknown>[]): string {
  return JSON.stringify({ verdicts })
}

/**
 * A responder that answers each candidate by the first rule whose `match` is in its sentence (else "not a
 * claim"), and drift requests with `drift` when given.
 */
export function byWords(rules: { match: string; verdict: Record<string, unknown> }[], drift?: { note: string; assessment: string }): Responder {
  return (body) => {
    if (isDriftRequest(body)) return JSON.stringify(drift ?? { note: 'The page keeps its positioning. It matches the artifact.', assessment: 'aligned' })
    return verdictsReply(
      sentCandidates(body).candidates.map((c) => {
        const rule = rules.find((r) => c.sentence.includes(r.match))
        return verdict(c.id, rule?.verdict ?? {})
      }),
    )
  }
}
