// One place builds the REST client, so every call gets the same retries, rate-limit handling and user agent.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { redact } from '../redact.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface ClientLog {
  warning(message: string): void
  debug?(message: string): void
}

export interface CreateOctokitOptions {
  /** REST root, e.g. `https://api.github.com` or a GHES `/api/v3` URL; defaults to `GITHUB_API_URL`. */
  baseUrl?: string
  /** Where rate-limit warnings go; defaults to the Actions log. */
  log?: ClientLog
  /**
   * Milliseconds multiplied by GitHub's wait hints before a retry (plugin-retry waits base × attempt²,
   * plugin-throttling waits base × `retry-after` seconds). 1000 in production; tests pass a few ms.
   */
  retryBaseMs?: number
  /** Retries of 5xx and network failures (not of 4xx, which a retry cannot fix). */
  retries?: number
  /**
   * GitHub asks integrations to space out content-creating requests (1 s between writes, 3 s between
   * ones that notify people); plugin-throttling does that by default. A stand-in server has no such
   * limit, so tests turn it off to keep runs fast.
   */
  spaceWrites?: boolean
  /** Applied to every string a write sends (comment and review bodies, status descriptions); defaults to the run's redactor. */
  redact?: (text: string) => string
}

/** How many times a rate-limited request is retried before the error reaches the caller. */
export const RATE_LIMIT_RETRIES = 2

// plugin-throttling asks each limiter group only for `.key(id).schedule(options, fn, ...args)`; a group
// that runs the job at once removes the spacing without touching the rate-limit handling.
const unspaced = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
}

type ThrottleOptions = NonNullable<NonNullable<Parameters<typeof getOctokit>[1]>['throttle']>
type LimitGroup = ThrottleOptions['write']

let instances = 0

/**
 * A 2xx answer whose body is not whole JSON: cut short by a proxy or a dropped connection, or an HTML page
 * from a gateway. Octokit hands such a body back as a string (or `''`), which code reading `data.type` would
 * take for "not a file"; this makes it an error instead, so nothing downstream can mistake it for an answer.
 */
export class MalformedAnswerError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    /** Not `status`: explain.ts reads an error with a numeric `status` as an HTTP failure, which this is not. */
    readonly answerStatus: number,
    readonly bytes: number,
  ) {
    super(`GitHub's answer to \`${method} ${pathOf(url)}\` (${answerStatus}, ${bytes} byte${bytes === 1 ? '' : 's'}) is not complete JSON: cut short or not from the API`)
    this.name = 'MalformedAnswerError'
  }
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return url
  }
}

interface HookOptions {
  method: string
  url: string
  request?: { parseSuccessResponseBody?: boolean }
}
interface HookResponse {
  status: number
  url: string
  data: unknown
}
type Wrap = (request: (options: HookOptions) => Promise<HookResponse>, options: HookOptions) => Promise<HookResponse>

/**
 * Every REST answer copydesk reads is a JSON object or array. A body that is not (see MalformedAnswerError) is
 * asked for again, as a dropped connection would be, and is an error once the retries run out. Registered
 * first, so it sits inside plugin-retry and plugin-throttling and sees each raw answer.
 */
/** Request options that are not text copydesk wrote: left exactly as they are. */
const NOT_WRITTEN = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType', 'owner', 'repo'])

/**
 * The last line of defence of the redaction layer (src/redact.ts): every string a POST, PATCH, PUT or DELETE
 * sends is redacted, whichever code built it. Callers redact first (before cutting text to a limit); this
 * catches what they missed.
 */
function redactWrites(clean: (text: string) => string) {
  const deep = (value: unknown): unknown =>
    typeof value === 'string'
      ? clean(value)
      : Array.isArray(value)
        ? value.map(deep)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]))
          : value
  return (octokit: { hook: { before(name: 'request', hook: (options: Record<string, unknown>) => void): void } }): void => {
    octokit.hook.before('request', (options) => {
      if (String(options['method']).toUpperCase() === 'GET') return
      for (const key of Object.keys(options)) if (!NOT_WRITTEN.has(key)) options[key] = deep(options[key])
    })
  }
}

function strictBodies(retries: number, baseMs: number) {
  return (octokit: { hook: { wrap(name: 'request', wrap: Wrap): void } }): void => {
    octokit.hook.wrap('request', async (request, options) => {
      for (let attempt = 0; ; attempt++) {
        const response = await request(options)
        if (response.status === 204 || response.status === 205 || options.method === 'HEAD') return response
        if (options.request?.parseSuccessResponseBody === false) return response
        if (response.data !== null && typeof response.data === 'object') return response
        if (attempt >= retries) {
          const bytes = typeof response.data === 'string' ? Buffer.byteLength(response.data) : 0
          throw new MalformedAnswerError(options.method, response.url || options.url, response.status, bytes)
        }
        await new Promise((resolve) => setTimeout(resolve, baseMs * (attempt + 1) ** 2))
      }
    })
  }
}

export function createOctokit(token: string, opts: CreateOctokitOptions = {}): Octokit {
  const given: ClientLog = opts.log ?? { warning: (message) => core.warning(message), debug: (message) => core.debug(message) }
  const clean = opts.redact ?? redact
  const log: ClientLog = { warning: (message) => given.warning(clean(message)), debug: (message) => given.debug?.(clean(message)) }
  const base = opts.retryBaseMs ?? 1000
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < RATE_LIMIT_RETRIES
      log.warning(
        `GitHub ${kind} rate limit hit on \`${options.method} ${options.url}\`` +
          (again ? `: retrying in ${retryAfter} s (attempt ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).` : ': giving up.'),
      )
      return again
    }
  const throttle: ThrottleOptions = {
    // Each client keeps its own limiters: the plugin's groups are process-wide and keyed by this id.
    id: `copydesk-${process.pid}-${++instances}`,
    retryAfterBaseValue: base,
    fallbackSecondaryRateRetryAfter: 60,
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
  }
  if (opts.spaceWrites === false) {
    throttle.write = unspaced as unknown as LimitGroup
    throttle.notifications = unspaced as unknown as LimitGroup
  }
  return getOctokit(
    token,
    {
      ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
      userAgent: 'copydesk',
      retry: { retryAfterBaseValue: base, retries: opts.retries ?? 3 },
      throttle,
      log: {
        debug: (message: string) => log.debug?.(message),
        info: (message: string) => log.debug?.(message),
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.warning(message),
      },
    },
    strictBodies(opts.retries ?? 3, base) as never,
    redactWrites(opts.redact ?? redact) as never,
    retry,
    throttling,
  )
}
