// A stand-in for the OpenAI chat completions API on 127.0.0.1, so the LLM review is tested over real
// HTTP through the real SDK without anything reaching the internet. The test decides each reply.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ChatRequestBody {
  model?: unknown
  temperature?: unknown
  response_format?: unknown
  messages?: { role: string; content: unknown }[]
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

const NO_FINDINGS = JSON.stringify({ findings: [] })

/** Starts the stand-in; when `apiKey` is given, any other bearer token is answered 401 as OpenAI does. */
export async function startOpenAIStandin(options: { apiKey?: string } = {}): Promise<OpenAIStandin> {
  const requests: RecordedRequest[] = []
  let responder: Responder = () => NO_FINDINGS
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

    if (req.method !== 'POST' || recorded.path !== '/v1/chat/completions') return sendError(res, 404, `Unknown route ${recorded.method} ${recorded.path}`)
    if (!authorization?.startsWith('Bearer ')) return sendError(res, 401, 'You did not provide an API key.')
    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      // OpenAI's real 401 quotes the key back (masked); the review must not pass that on.
      const given = authorization.slice('Bearer '.length)
      return sendError(res, 401, `Incorrect API key provided: ${given}. Also known as ${mask(given)}.`)
    }
    if (body === null || typeof body !== 'object') return sendError(res, 400, 'We could not parse the JSON body of your request.')
    if (typeof body.model !== 'string' || !Array.isArray(body.messages)) return sendError(res, 400, 'model and messages are required.')

    let reply: StandinReply
    try {
      reply = responder(body, recorded)
    } catch (error) {
      reply = { status: 500, message: `stand-in responder threw: ${(error as Error).message}` }
    }
    await answer(res, body.model, reply)
  }

  async function answer(res: ServerResponse, model: string, reply: StandinReply): Promise<void> {
    if (typeof reply === 'string') return sendCompletion(res, model, { content: reply })
    if ('delayMs' in reply) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer)
          resolve()
        }, reply.delayMs)
        pending.add(timer)
      })
      if (res.destroyed || res.writableEnded) return
      return answer(res, model, reply.then)
    }
    if ('rawBody' in reply) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(reply.rawBody)
      return
    }
    if ('status' in reply) return sendError(res, reply.status, reply.message ?? 'stand-in error', reply.headers)
    return sendCompletion(res, model, reply)
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

function sendCompletion(res: ServerResponse, model: string, reply: { content: string | null; finishReason?: string; refusal?: string | null }): void {
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
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
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

/** The user message the review sent, parsed: the numbered sentences. */
export function sentSentences(body: ChatRequestBody): { n: number; kind: string; field?: string; text: string }[] {
  const user = body.messages?.find((m) => m.role === 'user')
  if (!user || typeof user.content !== 'string') return []
  const parsed = JSON.parse(user.content) as { sentences?: { n: number; kind: string; field?: string; text: string }[] }
  return parsed.sentences ?? []
}

/** Helper for responders: a reply JSON with these findings. */
export function findingsReply(findings: Record<string, unknown>[]): string {
  return JSON.stringify({ findings })
}
