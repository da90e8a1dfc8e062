// Client failures → one short, safe sentence. The API key must never reach a log, a PR comment or a
// report: servers echo keys back (OpenAI's 401 quotes a masked one), so every message is scrubbed.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'

const MAX_DETAIL = 160

const REASONS: Record<number, string> = {
  400: 'the endpoint refused the request',
  401: 'the API key was rejected',
  403: 'the API key may not use this model or endpoint',
  404: 'the model or endpoint was not found',
  408: 'the endpoint timed out',
  413: 'the request was too large',
  422: 'the endpoint refused the request',
  429: 'rate limited or out of quota',
}

/** A readable Error for any failure of the chat completions call, with `apiKey` redacted throughout. */
export function describeClientError(error: unknown, apiKey: string, timeoutMs: number): Error {
  let summary: string
  if (error instanceof APIConnectionTimeoutError) summary = `timeout: no reply within ${timeoutMs} ms`
  else if (error instanceof APIUserAbortError) summary = 'aborted'
  else if (error instanceof APIConnectionError) summary = `network error: ${causeOf(error)}`
  else if (error instanceof APIError && typeof error.status === 'number') {
    const reason = REASONS[error.status] ?? (error.status >= 500 ? 'the endpoint had a server error' : 'unexpected response')
    const detail = serverMessage(error)
    summary = `${error.status} ${reason}${detail ? ` (${detail})` : ''}`
  } else summary = error instanceof Error ? error.message : String(error)
  return new Error(`LLM review failed: ${redact(oneLine(summary), apiKey)}`)
}

/**
 * Removes the key and anything that looks like part of it: the whole key, any word containing its
 * first or last characters (masked echoes such as `sk-pro****abcd`), and runs of `*` masks.
 */
export function redact(text: string, apiKey: string): string {
  const key = apiKey.trim()
  let out = key.length > 0 ? text.split(key).join('[redacted]') : text
  const head = key.length >= 12 ? key.slice(0, 6) : null
  const tail = key.length >= 12 ? key.slice(-4) : null
  out = out.replace(/\S+/g, (word) => {
    if (/\*{3,}/.test(word)) return '[redacted]'
    if (head && word.includes(head)) return '[redacted]'
    if (tail && word.includes(tail)) return '[redacted]'
    return word
  })
  return out
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined
  const message = body && typeof body.message === 'string' ? body.message : ''
  return oneLine(message).slice(0, MAX_DETAIL)
}

function causeOf(error: APIConnectionError): string {
  const cause = (error as { cause?: unknown }).cause
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : ''
  const message = cause instanceof Error ? cause.message : error.message
  return code && !message.includes(code) ? `${code} ${message}` : message
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
