// A stateful stand-in for the GitHub REST API on 127.0.0.1, for tests of src/github and end-to-end runs of
// `node dist/index.js` (point GITHUB_API_URL at `start()`'s URL). Every request is checked against the
// checked-in OpenAPI subset; a request GitHub would refuse is answered 422 and kept in `violations`, so a
// test can assert the code under test spoke valid GitHub.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { blobSha, countPatch, githubBase64, isLink, linkedPath, rightSideLines, toBytes, type TreeValue } from './standin/git.js'
import { Router, type Match } from './standin/openapi.js'

// ---------------------------------------------------------------------------------------------------------
// State: plain objects a test sets up and inspects.

export interface StandinPull {
  number: number
  title: string
  body: string | null
  user: { login: string }
  labels: string[]
  head: { sha: string; ref: string }
  base: { sha: string; ref: string }
  state: 'open' | 'closed'
  draft?: boolean
}

export interface StandinFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previous_filename?: string
  patch?: string
  additions?: number
  deletions?: number
}

export interface StandinReview {
  id: number
  user: { login: string }
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commit_id: string | null
  submitted_at: string
  body: string
}

export interface StandinReviewComment {
  id: number
  pull_request_review_id: number | null
  user: { login: string }
  path: string
  line: number
  start_line: number | null
  side: 'LEFT' | 'RIGHT'
  body: string
  commit_id: string
  created_at: string
}

export interface StandinIssueComment {
  id: number
  user: { login: string }
  body: string
  created_at: string
  updated_at: string
}

/** One entry of an issue's (or pull request's) timeline of events; only label events are modelled. */
export interface StandinIssueEvent {
  id: number
  event: 'labeled' | 'unlabeled'
  /** null for an account GitHub has since deleted. */
  actor: { login: string } | null
  label: { name: string; color: string }
  created_at: string
}

export interface StandinStatus {
  id: number
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  target_url: string | null
  creator: { login: string }
  created_at: string
}

export interface StandinState {
  owner: string
  repo: string
  pulls: Record<number, StandinPull>
  files: Record<number, StandinFile[]>
  /**
   * Repository content per commit sha (or branch name): path → text, bytes, or `{ symlink: target }` for a
   * symbolic link (served as GitHub does: mode 120000 in trees; the contents API answers with the target's
   * content when it is a file of the repository, else with `type: symlink` and the target).
   */
  trees: Record<string, Record<string, TreeValue>>
  reviews: Record<number, StandinReview[]>
  reviewComments: Record<number, StandinReviewComment[]>
  issueComments: Record<number, StandinIssueComment[]>
  /** Per issue or pull request number, oldest first as GitHub lists them. */
  issueEvents: Record<number, StandinIssueEvent[]>
  /** Per commit sha, in creation order (create appends, as GitHub keeps history). */
  statuses: Record<string, StandinStatus[]>
  /** `org/team-slug` → member logins. */
  teams: Record<string, string[]>
  /**
   * Entries one recursive git trees answer holds before GitHub cuts it and says `truncated: true`
   * (100,000 entries or 7 MB on github.com). Lower it to exercise the cut.
   */
  treeEntryLimit: number
  /** Tokens allowed to read teams; undefined lets every token read them. */
  teamReaders?: string[]
  /** What a token outside `teamReaders` gets (GitHub answers 403 or 404 depending on the endpoint and token). */
  teamDenial: { status: 403 | 404; message: string }
  /** Who a token acts as (the author of comments, reviews and statuses it creates). */
  tokenLogins: Record<string, string>
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  operationId: string | null
  token: string | null
  body: unknown
}

export interface Violation {
  method: string
  path: string
  operationId: string | null
  problems: string[]
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface Fault {
  status: number
  remaining: number
  body: unknown
  headers: Record<string, string>
}

/**
 * What a sabotaged request gets instead of its answer: the answer's JSON cut in half (a proxy that dropped the
 * rest), the connection reset before any answer, a 200 HTML page (a captive gateway), or a chosen reply.
 */
export type Damage = 'truncate' | 'reset' | 'html' | { status: number; body?: unknown; headers?: Record<string, string> }

export interface Sabotage {
  operationId: string
  /** Narrows the rule to some requests of the operation (a path, a ref). */
  when?: (request: RecordedRequest) => boolean
  /** How many matching requests are damaged; default 1, `Infinity` for every one. */
  times?: number
  damage: Damage
}

interface Denial {
  status: number
  message: string
  token?: string
}

/** GitHub's contents API inlines files up to 1 MB; larger ones come with `content: ""` and `encoding: "none"`. */
export const CONTENTS_INLINE_LIMIT = 1024 * 1024
/** GitHub lists at most this many files of a pull request. */
export const LIST_FILES_CAP = 3000
const DEFAULT_LOGIN = 'github-actions[bot]'
/** GitHub's cap on the entries of one recursive tree listing. */
export const TREE_ENTRY_LIMIT = 100_000

export const RESOURCE_NOT_ACCESSIBLE = 'Resource not accessible by integration'

function emptyState(): StandinState {
  return {
    owner: 'acme',
    repo: 'site',
    pulls: {},
    files: {},
    trees: {},
    reviews: {},
    reviewComments: {},
    issueComments: {},
    issueEvents: {},
    statuses: {},
    teams: {},
    treeEntryLimit: TREE_ENTRY_LIMIT,
    teamDenial: { status: 403, message: RESOURCE_NOT_ACCESSIBLE },
    tokenLogins: {},
  }
}

const DOCS = 'https://docs.github.com/rest'

function error(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

const notFound = (): Reply => error(404, 'Not Found')

function validationFailed(resource: string, field: string, message: string): Reply {
  return error(422, 'Validation Failed', { errors: [{ resource, code: 'custom', field, message }] })
}

function user(login: string): Record<string, unknown> {
  return { login, id: loginId(login), type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}

function loginId(login: string): number {
  let hash = 7
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000
  return hash + 1
}

// Compiling the subset's validators takes a few hundred milliseconds: do it once per test process.
let router: Router | undefined
function sharedRouter(): Router {
  router ??= new Router()
  return router
}

export class GitHubStandin {
  state: StandinState
  readonly requests: RecordedRequest[] = []
  readonly violations: Violation[] = []
  /** Milliseconds every request waits before it is answered, so overlapping calls really overlap. */
  delayMs = 0
  /**
   * Error answers quote the request's credentials back, as some gateways and misconfigured proxies do: the
   * `Authorization` header and the URL. Tests of redaction turn it on and search every output for the token.
   */
  echoCredentials = false

  private readonly router = sharedRouter()
  private server: Server | null = null
  private baseUrl = ''
  private nextId = 1000
  private readonly faults = new Map<string, Fault[]>()
  private readonly denials = new Map<string, Denial[]>()
  private readonly sabotages: Array<Sabotage & { remaining: number }> = []

  constructor(state: Partial<StandinState> = {}) {
    this.state = { ...emptyState(), ...state }
  }

  get url(): string {
    return this.baseUrl
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: `stand-in bug: ${err instanceof Error ? err.message : String(err)}` }))
      })
    })
    this.server = server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return this.baseUrl
  }

  async stop(): Promise<void> {
    const server = this.server
    if (server === null) return
    this.server = null
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  // -------------------------------------------------------------------------------------------------------
  // Set-up helpers

  id(): number {
    return this.nextId++
  }

  addPull(pull: Partial<StandinPull> & { number: number }): StandinPull {
    const full: StandinPull = {
      title: `Pull request ${pull.number}`,
      body: '',
      user: { login: 'author' },
      labels: [],
      head: { sha: 'h'.repeat(40), ref: 'feature' },
      base: { sha: 'b'.repeat(40), ref: 'main' },
      state: 'open',
      ...pull,
    }
    this.state.pulls[full.number] = full
    this.state.files[full.number] ??= []
    return full
  }

  /** Fakes a pull request with `count` changed markdown files (GitHub's listing stops at 3,000). */
  setFileCount(pull: number, count: number): void {
    const width = String(count).length
    this.state.files[pull] = Array.from({ length: count }, (_, i) => ({
      filename: `content/generated/page-${String(i + 1).padStart(width, '0')}.md`,
      status: 'modified' as const,
      patch: '@@ -1 +1 @@\n-old\n+new',
    }))
  }

  addReview(pull: number, review: Partial<StandinReview> & { user: { login: string } }): StandinReview {
    const full: StandinReview = {
      id: this.id(),
      state: 'APPROVED',
      commit_id: this.state.pulls[pull]?.head.sha ?? null,
      submitted_at: new Date().toISOString(),
      body: '',
      ...review,
    }
    ;(this.state.reviews[pull] ??= []).push(full)
    return full
  }

  addIssueComment(issue: number, body: string, login = 'someone'): StandinIssueComment {
    const now = new Date().toISOString()
    const comment = { id: this.id(), user: { login }, body, created_at: now, updated_at: now }
    ;(this.state.issueComments[issue] ??= []).push(comment)
    return comment
  }

  /**
   * `login` adds (or removes) `label` on issue `issue`: the label list of a pull request follows, and the
   * timeline gets the event GitHub would record. `at` defaults to now.
   */
  label(issue: number, label: string, login: string | null, opts: { at?: string; remove?: boolean } = {}): StandinIssueEvent {
    const event: StandinIssueEvent = {
      id: this.id(),
      event: opts.remove ? 'unlabeled' : 'labeled',
      actor: login === null ? null : { login },
      label: { name: label, color: 'ededed' },
      created_at: opts.at ?? new Date().toISOString(),
    }
    ;(this.state.issueEvents[issue] ??= []).push(event)
    const pull = this.state.pulls[issue]
    if (pull !== undefined) {
      const others = pull.labels.filter((name) => name.toLowerCase() !== label.toLowerCase())
      pull.labels = opts.remove ? others : [...others, label]
    }
    return event
  }

  /** The newest status with `context` on `sha` (what GitHub shows and branch protection reads). */
  latestStatus(sha: string, context: string): StandinStatus | undefined {
    return (this.state.statuses[sha] ?? []).filter((status) => status.context === context).at(-1)
  }

  // -------------------------------------------------------------------------------------------------------
  // Fault injection

  /** The next `times` requests to `operationId` fail with `status` (e.g. 502, then GitHub recovers). */
  failNext(operationId: string, status: number, times = 1, body?: unknown, headers: Record<string, string> = {}): void {
    const queue = this.faults.get(operationId) ?? []
    queue.push({ status, remaining: times, body: body ?? { message: status >= 500 ? 'Server Error' : 'Error' }, headers })
    this.faults.set(operationId, queue)
  }

  /** Every request to `operationId` (by `token`, when given) fails from now on, as with a missing permission. */
  deny(operationId: string, status = 403, message = RESOURCE_NOT_ACCESSIBLE, opts: { token?: string } = {}): void {
    const list = this.denials.get(operationId) ?? []
    list.push({ status, message, ...(opts.token !== undefined ? { token: opts.token } : {}) })
    this.denials.set(operationId, list)
  }

  /** Damages matching requests from now on (see Damage); rules are tried in the order they were added. */
  sabotage(rule: Sabotage): void {
    this.sabotages.push({ ...rule, remaining: rule.times ?? 1 })
  }

  allow(operationId: string): void {
    this.denials.delete(operationId)
  }

  requestsTo(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId)
  }

  // -------------------------------------------------------------------------------------------------------
  // Request handling

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.baseUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null
    const validation = this.router.validate(method, url.pathname, url.searchParams, rawBody)
    let parsedBody: unknown = rawBody
    try {
      parsedBody = rawBody === '' ? undefined : JSON.parse(rawBody)
    } catch {
      // Kept raw: the validation already reports it.
    }
    const operationId = validation.ok ? validation.match.operation.id : validation.operationId
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId,
      token,
      body: parsedBody,
    })
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs))

    const recorded = this.requests[this.requests.length - 1] as RecordedRequest
    const damage = validation.ok && token !== null ? this.damageFor(recorded) : null
    if (damage === 'reset') {
      req.socket.destroy()
      return
    }
    if (damage === 'html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<html><body><h1>Gateway</h1><p>Please sign in to continue.</p></body></html>')
      return
    }

    let reply: Reply
    if (damage !== null && damage !== 'truncate') {
      reply = { status: damage.status, ...(damage.body !== undefined ? { body: damage.body } : {}), ...(damage.headers ? { headers: damage.headers } : {}) }
    } else if (token === null) {
      this.violations.push({ method, path: url.pathname, operationId, problems: ['no `Authorization: token …` header'] })
      reply = error(401, 'Requires authentication')
    } else if (!validation.ok) {
      this.violations.push({ method, path: url.pathname, operationId, problems: validation.problems })
      reply = error(422, `Invalid request: ${validation.problems.join('; ')}`)
    } else {
      reply = this.injected(validation.match.operation.id, token) ?? this.route(validation.match, token, url)
    }
    const headers: Record<string, string> = {
      'x-github-request-id': `STANDIN:${this.requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...reply.headers,
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers)
      res.end()
      return
    }
    if (this.echoCredentials && reply.status >= 400) reply = { ...reply, body: this.echoed(reply.body, token, url) }
    let json = JSON.stringify(reply.body)
    if (damage === 'truncate') json = json.slice(0, Math.floor(json.length / 2))
    res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    res.end(json)
  }

  private damageFor(request: RecordedRequest): Damage | null {
    const rule = this.sabotages.find((r) => r.remaining > 0 && r.operationId === request.operationId && (r.when === undefined || r.when(request)))
    if (rule === undefined) return null
    rule.remaining--
    return rule.damage
  }

  private echoed(body: unknown, token: string | null, url: URL): unknown {
    const echo = ` (request: GET ${url.toString()} with Authorization: token ${token ?? ''}; https://x-access-token:${token ?? ''}@github.com/${this.state.owner}/${this.state.repo}.git)`
    if (typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string') {
      return { ...body, message: `${(body as { message: string }).message}${echo}` }
    }
    return body
  }

  private injected(operationId: string, token: string): Reply | null {
    const denial = this.denials.get(operationId)?.find((entry) => entry.token === undefined || entry.token === token)
    if (denial !== undefined) return error(denial.status, denial.message)
    const queue = this.faults.get(operationId)
    const fault = queue?.[0]
    if (queue === undefined || fault === undefined) return null
    if (--fault.remaining <= 0) queue.shift()
    return { status: fault.status, body: fault.body, headers: fault.headers }
  }

  private login(token: string): string {
    return this.state.tokenLogins[token] ?? DEFAULT_LOGIN
  }

  private route(match: Match, token: string, url: URL): Reply {
    const p = match.params
    if (p['owner'] !== undefined && (p['owner'] !== this.state.owner || p['repo'] !== this.state.repo)) return notFound()
    const body = (match.body ?? {}) as Record<string, unknown>
    const q = match.query
    switch (match.operation.id) {
      case 'pulls/get':
        return this.getPull(Number(p['pull_number']))
      case 'pulls/list-files':
        return this.listFiles(Number(p['pull_number']), q, url)
      case 'pulls/list-reviews': {
        const pull = Number(p['pull_number'])
        if (this.state.pulls[pull] === undefined) return notFound()
        const reviews = [...(this.state.reviews[pull] ?? [])].sort((a, b) => a.id - b.id)
        return this.page(reviews.map((review) => this.reviewJson(review)), q, url)
      }
      case 'pulls/create-review':
        return this.createReview(Number(p['pull_number']), body, token)
      case 'pulls/list-review-comments': {
        const pull = Number(p['pull_number'])
        if (this.state.pulls[pull] === undefined) return notFound()
        const comments = [...(this.state.reviewComments[pull] ?? [])].sort((a, b) => a.id - b.id)
        return this.page(comments.map((comment) => ({ ...comment, user: user(comment.user.login) })), q, url)
      }
      case 'pulls/delete-review-comment':
        return this.deleteFrom(this.state.reviewComments, Number(p['comment_id']))
      case 'repos/get-content':
        return this.getContent(String(p['path']), typeof q['ref'] === 'string' ? q['ref'] : undefined)
      case 'git/get-blob':
        return this.getBlob(String(p['file_sha']))
      case 'git/get-tree':
        return this.getTree(String(p['tree_sha']), q['recursive'] !== undefined)
      case 'repos/create-commit-status':
        return this.createStatus(String(p['sha']), body, token)
      case 'repos/list-commit-statuses-for-ref':
        return this.page([...(this.state.statuses[String(p['ref'])] ?? [])].reverse().map((s) => this.statusJson(s)), q, url)
      case 'repos/get-combined-status-for-ref':
        return this.combinedStatus(String(p['ref']))
      case 'issues/list-comments': {
        const issue = Number(p['issue_number'])
        if (this.state.pulls[issue] === undefined && this.state.issueComments[issue] === undefined) return notFound()
        const comments = [...(this.state.issueComments[issue] ?? [])].sort((a, b) => a.id - b.id)
        return this.page(comments.map((comment) => this.issueCommentJson(comment)), q, url)
      }
      case 'issues/create-comment':
        return this.createIssueComment(Number(p['issue_number']), String(body['body']), token)
      case 'issues/update-comment':
        return this.updateIssueComment(Number(p['comment_id']), String(body['body']))
      case 'issues/delete-comment':
        return this.deleteFrom(this.state.issueComments, Number(p['comment_id']))
      case 'issues/list-events': {
        const issue = Number(p['issue_number'])
        if (this.state.pulls[issue] === undefined && this.state.issueEvents[issue] === undefined) return notFound()
        return this.page(this.state.issueEvents[issue] ?? [], q, url, (event) => this.issueEventJson(event))
      }
      case 'teams/get-membership-for-user-in-org':
        return this.teamRead(token, String(p['org']), String(p['team_slug']), (members, org, slug) => {
          const login = String(p['username'])
          if (!members.some((member) => member.toLowerCase() === login.toLowerCase())) return notFound()
          return {
            status: 200,
            body: { url: `${this.baseUrl}/orgs/${org}/teams/${slug}/memberships/${login}`, role: 'member', state: 'active' },
          }
        })
      case 'teams/list-members-in-org':
        return this.teamRead(token, String(p['org']), String(p['team_slug']), (members) =>
          this.page(members.map((login) => user(login)), q, url),
        )
      default:
        return error(501, `stand-in has no handler for \`${match.operation.id}\``)
    }
  }

  /** One page of `items` with GitHub's `per_page`/`page` semantics and Link header. */
  private page<T>(items: T[], query: Record<string, unknown>, url: URL, render: (item: T) => unknown = (item) => item): Reply {
    const perPage = Math.min(100, Math.max(1, Number(query['per_page'] ?? 30)))
    const page = Math.max(1, Number(query['page'] ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number, rel: string): string => {
      const target = new URL(url.pathname + url.search, this.baseUrl)
      target.searchParams.set('page', String(n))
      return `<${target.toString()}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage).map(render),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    }
  }

  private getPull(number: number): Reply {
    const pull = this.state.pulls[number]
    if (pull === undefined) return notFound()
    const files = this.state.files[number] ?? []
    const totals = files.map((file) => this.fileCounts(file))
    const repo = { id: 1, name: this.state.repo, full_name: `${this.state.owner}/${this.state.repo}`, owner: user(this.state.owner) }
    return {
      status: 200,
      body: {
        url: `${this.baseUrl}/repos/${this.state.owner}/${this.state.repo}/pulls/${number}`,
        id: number * 10,
        node_id: `PR_${number}`,
        html_url: `https://github.com/${this.state.owner}/${this.state.repo}/pull/${number}`,
        number,
        state: pull.state,
        locked: false,
        title: pull.title,
        user: user(pull.user.login),
        body: pull.body,
        labels: pull.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
        draft: pull.draft ?? false,
        head: { label: `${this.state.owner}:${pull.head.ref}`, ref: pull.head.ref, sha: pull.head.sha, user: user(this.state.owner), repo },
        base: { label: `${this.state.owner}:${pull.base.ref}`, ref: pull.base.ref, sha: pull.base.sha, user: user(this.state.owner), repo },
        merged: false,
        mergeable: null,
        comments: (this.state.issueComments[number] ?? []).length,
        review_comments: (this.state.reviewComments[number] ?? []).length,
        commits: 1,
        additions: totals.reduce((sum, t) => sum + t.additions, 0),
        deletions: totals.reduce((sum, t) => sum + t.deletions, 0),
        changed_files: files.length,
      },
    }
  }

  private fileCounts(file: StandinFile): { additions: number; deletions: number } {
    const counted = file.patch !== undefined ? countPatch(file.patch) : { additions: 0, deletions: 0 }
    return { additions: file.additions ?? counted.additions, deletions: file.deletions ?? counted.deletions }
  }

  private listFiles(number: number, query: Record<string, unknown>, url: URL): Reply {
    const pull = this.state.pulls[number]
    if (pull === undefined) return notFound()
    const files = (this.state.files[number] ?? []).slice(0, LIST_FILES_CAP)
    return this.page(files, query, url, (file) => {
      const counts = this.fileCounts(file)
      const content = file.status === 'removed' ? undefined : this.state.trees[pull.head.sha]?.[file.filename]
      const out: Record<string, unknown> = {
        sha: content !== undefined ? blobSha(content) : blobSha(file.filename),
        filename: file.filename,
        status: file.status,
        additions: counts.additions,
        deletions: counts.deletions,
        changes: counts.additions + counts.deletions,
        blob_url: `https://github.com/${this.state.owner}/${this.state.repo}/blob/${pull.head.sha}/${file.filename}`,
        raw_url: `https://github.com/${this.state.owner}/${this.state.repo}/raw/${pull.head.sha}/${file.filename}`,
        contents_url: `${this.baseUrl}/repos/${this.state.owner}/${this.state.repo}/contents/${file.filename}?ref=${pull.head.sha}`,
      }
      if (file.patch !== undefined) out['patch'] = file.patch
      if (file.previous_filename !== undefined) out['previous_filename'] = file.previous_filename
      return out
    })
  }

  private tree(ref: string | undefined): Record<string, TreeValue> | undefined {
    return this.state.trees[ref ?? 'main']
  }

  private getContent(path: string, ref: string | undefined): Reply {
    const tree = this.tree(ref)
    if (tree === undefined) return error(404, `No commit found for the ref ${ref ?? 'main'}`)
    const links = (kind: string): string => `${this.baseUrl}/repos/${this.state.owner}/${this.state.repo}/${kind}`
    const stored = tree[path]
    if (isLink(stored)) {
      // GitHub follows a link only to a regular file of the same commit, and then answers for that file.
      const resolved = linkedPath(path, stored.symlink)
      const target = resolved === null ? undefined : tree[resolved]
      if (resolved !== null && target !== undefined && !isLink(target)) return this.getContent(resolved, ref)
      const sha = blobSha(stored.symlink)
      return {
        status: 200,
        body: {
          type: 'symlink',
          target: stored.symlink,
          size: Buffer.byteLength(stored.symlink),
          name: path.split('/').at(-1),
          path,
          sha,
          url: `${links('contents')}/${path}?ref=${ref ?? 'main'}`,
          git_url: `${links('git/blobs')}/${sha}`,
          html_url: null,
          download_url: null,
          _links: { self: `${links('contents')}/${path}`, git: `${links('git/blobs')}/${sha}`, html: null },
        },
      }
    }
    const content = stored
    if (content !== undefined) {
      const bytes = toBytes(content)
      const sha = blobSha(bytes)
      const inline = bytes.length <= CONTENTS_INLINE_LIMIT
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: inline ? 'base64' : 'none',
          size: bytes.length,
          name: path.split('/').at(-1),
          path,
          content: inline ? githubBase64(bytes) : '',
          sha,
          url: `${links('contents')}/${path}?ref=${ref ?? 'main'}`,
          git_url: `${links('git/blobs')}/${sha}`,
          html_url: null,
          download_url: null,
          _links: { self: `${links('contents')}/${path}`, git: `${links('git/blobs')}/${sha}`, html: null },
        },
      }
    }
    const prefix = `${path.replace(/\/+$/, '')}/`
    const names = new Map<string, 'file' | 'dir' | 'symlink'>()
    for (const key of Object.keys(tree)) {
      if (!key.startsWith(prefix)) continue
      const [name, ...rest] = key.slice(prefix.length).split('/')
      if (name !== undefined) names.set(name, rest.length > 0 ? 'dir' : isLink(tree[key]) ? 'symlink' : 'file')
    }
    if (names.size === 0) return notFound()
    return {
      status: 200,
      body: [...names].sort().map(([name, type]) => ({ type, name, path: prefix + name, size: 0, sha: blobSha(prefix + name) })),
    }
  }

  /**
   * A tree as GitHub lists it: with `recursive`, every blob and every directory (as a `tree` entry) at any
   * depth; without it, the top level only. Past `treeEntryLimit` the listing is cut and says `truncated`.
   */
  private getTree(ref: string, recursive: boolean): Reply {
    const tree = this.state.trees[ref]
    if (tree === undefined) return notFound()
    const entries = new Map<string, Record<string, unknown>>()
    const git = (kind: string, sha: string): string => `${this.baseUrl}/repos/${this.state.owner}/${this.state.repo}/git/${kind}/${sha}`
    for (const [path, content] of Object.entries(tree)) {
      const parts = path.split('/')
      for (let depth = 1; depth < parts.length; depth++) {
        const dir = parts.slice(0, depth).join('/')
        if (!entries.has(dir)) {
          const sha = blobSha(`tree:${ref}:${dir}`)
          entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha, url: git('trees', sha) })
        }
      }
      const bytes = toBytes(content)
      const sha = blobSha(bytes)
      entries.set(path, { path, mode: isLink(content) ? '120000' : '100644', type: 'blob', sha, size: bytes.length, url: git('blobs', sha) })
    }
    const listed = [...entries.values()]
      .filter((entry) => recursive || !String(entry['path']).includes('/'))
      .sort((a, b) => (String(a['path']) < String(b['path']) ? -1 : 1))
    const limit = this.state.treeEntryLimit
    const sha = blobSha(`tree:${ref}`)
    return { status: 200, body: { sha, url: git('trees', sha), tree: listed.slice(0, limit), truncated: listed.length > limit } }
  }

  private getBlob(sha: string): Reply {
    for (const tree of Object.values(this.state.trees)) {
      for (const content of Object.values(tree)) {
        const bytes = toBytes(content)
        if (blobSha(bytes) !== sha) continue
        return {
          status: 200,
          body: {
            sha,
            node_id: `B_${sha.slice(0, 8)}`,
            size: bytes.length,
            url: `${this.baseUrl}/repos/${this.state.owner}/${this.state.repo}/git/blobs/${sha}`,
            content: githubBase64(bytes),
            encoding: 'base64',
          },
        }
      }
    }
    return notFound()
  }

  private reviewJson(review: StandinReview): Record<string, unknown> {
    return { ...review, user: user(review.user.login), author_association: 'MEMBER' }
  }

  private createReview(number: number, body: Record<string, unknown>, token: string): Reply {
    const pull = this.state.pulls[number]
    if (pull === undefined) return notFound()
    const event = body['event'] as string | undefined
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && (typeof body['body'] !== 'string' || body['body'] === '')) {
      return error(422, 'Unprocessable Entity', { errors: [`Body is required when event is ${event}`] })
    }
    const files = this.state.files[number] ?? []
    const comments = (body['comments'] ?? []) as Array<Record<string, unknown>>
    for (const comment of comments) {
      const file = files.find((candidate) => candidate.filename === comment['path'])
      if (file === undefined) return error(422, 'Unprocessable Entity', { errors: ['Path could not be resolved'] })
      if (typeof comment['line'] !== 'number') continue
      if (file.patch !== undefined) {
        const shown = rightSideLines(file.patch)
        const start = typeof comment['start_line'] === 'number' ? comment['start_line'] : comment['line']
        for (let line = start; line <= comment['line']; line++) {
          if (!shown.has(line)) return error(422, 'Unprocessable Entity', { errors: ['Line could not be resolved'] })
        }
      }
    }
    const states: Record<string, StandinReview['state']> = {
      APPROVE: 'APPROVED',
      REQUEST_CHANGES: 'CHANGES_REQUESTED',
      COMMENT: 'COMMENTED',
    }
    const login = this.login(token)
    const review = this.addReview(number, {
      user: { login },
      state: event !== undefined ? (states[event] ?? 'PENDING') : 'PENDING',
      commit_id: typeof body['commit_id'] === 'string' ? body['commit_id'] : pull.head.sha,
      body: typeof body['body'] === 'string' ? body['body'] : '',
    })
    for (const comment of comments) {
      ;(this.state.reviewComments[number] ??= []).push({
        id: this.id(),
        pull_request_review_id: review.id,
        user: { login },
        path: String(comment['path']),
        line: Number(comment['line']),
        start_line: typeof comment['start_line'] === 'number' ? comment['start_line'] : null,
        side: comment['side'] === 'LEFT' ? 'LEFT' : 'RIGHT',
        body: String(comment['body']),
        commit_id: review.commit_id ?? pull.head.sha,
        created_at: review.submitted_at,
      })
    }
    return { status: 200, body: this.reviewJson(review) }
  }

  private deleteFrom(lists: Record<number, Array<{ id: number }>>, id: number): Reply {
    for (const list of Object.values(lists)) {
      const index = list.findIndex((item) => item.id === id)
      if (index >= 0) {
        list.splice(index, 1)
        return { status: 204 }
      }
    }
    return notFound()
  }

  private statusJson(status: StandinStatus): Record<string, unknown> {
    return { ...status, creator: user(status.creator.login), url: `${this.baseUrl}/statuses/${status.id}` }
  }

  private createStatus(sha: string, body: Record<string, unknown>, token: string): Reply {
    const description = typeof body['description'] === 'string' ? body['description'] : null
    if (description !== null && Array.from(description).length > 140) {
      return validationFailed('Status', 'description', 'description is too long (maximum is 140 characters)')
    }
    const status: StandinStatus = {
      id: this.id(),
      state: body['state'] as StandinStatus['state'],
      context: typeof body['context'] === 'string' ? body['context'] : 'default',
      description,
      target_url: typeof body['target_url'] === 'string' ? body['target_url'] : null,
      creator: { login: this.login(token) },
      created_at: new Date().toISOString(),
    }
    ;(this.state.statuses[sha] ??= []).push(status)
    return { status: 201, body: this.statusJson(status) }
  }

  private combinedStatus(ref: string): Reply {
    const latest = new Map<string, StandinStatus>()
    for (const status of this.state.statuses[ref] ?? []) latest.set(status.context, status)
    const states = [...latest.values()].map((status) => status.state)
    const state = states.some((s) => s === 'failure' || s === 'error')
      ? 'failure'
      : states.length === 0 || states.includes('pending')
        ? 'pending'
        : 'success'
    return {
      status: 200,
      body: { state, sha: ref, total_count: latest.size, statuses: [...latest.values()].map((status) => this.statusJson(status)) },
    }
  }

  private issueCommentJson(comment: StandinIssueComment): Record<string, unknown> {
    return {
      ...comment,
      user: user(comment.user.login),
      html_url: `https://github.com/${this.state.owner}/${this.state.repo}/pull/0#issuecomment-${comment.id}`,
    }
  }

  private issueEventJson(event: StandinIssueEvent): Record<string, unknown> {
    const repo = `${this.baseUrl}/repos/${this.state.owner}/${this.state.repo}`
    return {
      id: event.id,
      node_id: `LE_${event.id}`,
      url: `${repo}/issues/events/${event.id}`,
      actor: event.actor === null ? null : user(event.actor.login),
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.created_at,
      label: event.label,
      performed_via_github_app: null,
    }
  }

  private createIssueComment(issue: number, body: string, token: string): Reply {
    if (this.state.pulls[issue] === undefined && this.state.issueComments[issue] === undefined) return notFound()
    if (body.length > 65_536) return validationFailed('IssueComment', 'body', 'Body is too long (maximum is 65536 characters)')
    const comment = this.addIssueComment(issue, body, this.login(token))
    return { status: 201, body: this.issueCommentJson(comment) }
  }

  private updateIssueComment(id: number, body: string): Reply {
    if (body.length > 65_536) return validationFailed('IssueComment', 'body', 'Body is too long (maximum is 65536 characters)')
    for (const list of Object.values(this.state.issueComments)) {
      const comment = list.find((item) => item.id === id)
      if (comment === undefined) continue
      comment.body = body
      comment.updated_at = new Date().toISOString()
      return { status: 200, body: this.issueCommentJson(comment) }
    }
    return notFound()
  }

  private teamRead(token: string, org: string, slug: string, answer: (members: string[], org: string, slug: string) => Reply): Reply {
    const readers = this.state.teamReaders
    if (readers !== undefined && !readers.includes(token)) return error(this.state.teamDenial.status, this.state.teamDenial.message)
    const members = this.state.teams[`${org}/${slug}`]
    if (members === undefined) return notFound()
    return answer(members, org, slug)
  }
}

/** A `Sabotage.when` that picks the contents read of `path` (at `ref`, when given). */
export function readsContent(path: string, ref?: string): (request: RecordedRequest) => boolean {
  return (request) => decodeURIComponent(request.path).endsWith(`/contents/${path}`) && (ref === undefined || request.query['ref'] === ref)
}

/** Starts a stand-in; `stop()` it in `afterEach`/`afterAll`. */
export async function startStandin(state: Partial<StandinState> = {}): Promise<GitHubStandin> {
  const standin = new GitHubStandin(state)
  await standin.start()
  return standin
}
