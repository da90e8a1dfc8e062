// One redaction layer for every secret a run knows. Error bodies from GitHub, a gateway or an LLM endpoint
// can echo a request's credentials; anything copydesk writes (comment, review bodies, job summary, commit
// statuses, annotations, logs, the JSON report, SARIF) goes through `redact` first, so an echo never lands
// where people read it. The runner masks `::add-mask::` values in the log only; the comment, the statuses
// and the files are copydesk's to protect.

export const MASK = '***'

/** Shorter values are not masked: a 1–3 character "secret" would shred every message it appears in. */
const MIN_SECRET_LENGTH = 4

/**
 * Credentials recognisable by their shape, masked whoever the run knows: GitHub tokens (classic, fine-grained,
 * installation, OAuth, refresh), OpenAI-style `sk-` keys, Slack tokens, AWS access key ids.
 */
const TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9_-]{16,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g
/** `scheme://user:password@host`: the whole user-info part. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi
/** `?token=…`, `&api_key=…` and their kin in a URL's query. */
const QUERY_SECRET = /([?&](?:access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|sig|signature|auth)=)[^&\s#"'`<>]+/gi
/**
 * An echoed header: `Authorization: token …`, `authorization=Bearer …`. Without a scheme word only a value
 * that looks like a credential is masked, so prose such as "authorization: the token needs …" stays readable.
 */
const AUTH_HEADER = /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)((?:token|bearer|basic)\s+[^\s"',;)]+|[A-Za-z0-9._~+/=-]{12,})/gi
const BEARER = /\b((?:bearer|basic)\s+)[A-Za-z0-9._~+/-]{8,}=*/gi

export class Redactor {
  private readonly values = new Set<string>()
  private ordered: string[] = []

  /** Registers a secret and the forms an echo may carry it in (URL-encoded, JSON-escaped, base64, basic auth). */
  add(secret: string | null | undefined): void {
    const value = (secret ?? '').trim()
    if (value.length < MIN_SECRET_LENGTH) return
    const forms = [
      value,
      encodeURIComponent(value),
      JSON.stringify(value).slice(1, -1),
      Buffer.from(value, 'utf8').toString('base64').replace(/=+$/, ''),
      Buffer.from(`x-access-token:${value}`, 'utf8').toString('base64').replace(/=+$/, ''),
    ]
    for (const form of forms) if (form.length >= MIN_SECRET_LENGTH) this.values.add(form)
    // Longest first, so a secret that contains another is masked whole.
    this.ordered = [...this.values].sort((a, b) => b.length - a.length)
  }

  /** Registers the credentials inside a URL (`https://user:pass@gateway/…`), for an endpoint input. */
  addUrlCredentials(url: string | null | undefined): void {
    if (!url) return
    try {
      const parsed = new URL(url)
      this.add(decodeURIComponent(parsed.password))
      if (parsed.password === '') this.add(decodeURIComponent(parsed.username))
      for (const [name, value] of parsed.searchParams) if (/token|key|secret|password|sig/i.test(name)) this.add(value)
    } catch {
      // Not a URL: nothing inside it to register.
    }
  }

  get size(): number {
    return this.ordered.length
  }

  text(input: string): string {
    let out = input
    for (const secret of this.ordered) if (out.includes(secret)) out = out.split(secret).join(MASK)
    return out
      .replace(URL_USERINFO, `$1${MASK}@`)
      .replace(QUERY_SECRET, `$1${MASK}`)
      .replace(AUTH_HEADER, (_all, head: string, value: string) => `${head}${/^(?:token|bearer|basic)\s/i.test(value) ? `${value.split(/\s+/)[0]} ` : ''}${MASK}`)
      .replace(BEARER, `$1${MASK}`)
      .replace(TOKEN_SHAPES, MASK)
  }

  /** A copy of `value` with every string in it redacted (object keys included); other values kept. */
  deep<T>(value: T): T {
    return this.walk(value, new WeakMap()) as T
  }

  private walk(value: unknown, seen: WeakMap<object, unknown>): unknown {
    if (typeof value === 'string') return this.text(value)
    if (value === null || typeof value !== 'object') return value
    if (value instanceof Uint8Array) return value
    const known = seen.get(value)
    if (known !== undefined) return known
    if (Array.isArray(value)) {
      const out: unknown[] = []
      seen.set(value, out)
      for (const item of value) out.push(this.walk(item, seen))
      return out
    }
    const out: Record<string, unknown> = {}
    seen.set(value, out)
    for (const [key, item] of Object.entries(value)) out[this.text(key)] = this.walk(item, seen)
    return out
  }
}

/**
 * The run's redactor: the Action registers its secret inputs here, and every `::add-mask::` the process
 * writes (see `redactStdio`) is added too. Process-wide, as the runner's own masks are.
 */
export const secrets = new Redactor()

export function redact(text: string): string {
  return secrets.text(text)
}

type Write = typeof process.stdout.write
const ADD_MASK = /^::add-mask::(.*?)\r?\n?$/

/**
 * Everything the process writes to stdout and stderr (logs, workflow commands, annotations) goes through
 * `redactor` first. `::add-mask::` commands pass unchanged, or the runner could not mask the value, and
 * their value joins the redactor. Returns a function that restores the streams.
 */
export function redactStdio(redactor: Redactor = secrets): () => void {
  const restore: Array<() => void> = []
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream) as Write
    const wrapped = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
        const mask = ADD_MASK.exec(text)
        if (mask) {
          redactor.add(mask[1])
          return (original as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest)
        }
        return (original as (c: unknown, ...r: unknown[]) => boolean)(redactor.text(text), ...rest)
      }
      return (original as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest)
    }) as Write
    stream.write = wrapped
    restore.push(() => {
      stream.write = original
    })
  }
  return () => {
    for (const undo of restore) undo()
  }
}
