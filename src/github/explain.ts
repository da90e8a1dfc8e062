// Turns a failed GitHub call into a message a workflow author can act on. Most failures in the field are a
// missing `permissions:` entry, and GitHub's own words for it ("Resource not accessible by integration")
// do not say which one.
import { CopydeskError } from '../errors.js'

/** What kind of call failed; it decides which permission the message names. */
export type ApiOperation = 'pulls' | 'contents' | 'statuses' | 'comments' | 'reviews' | 'teams' | 'events'

const PERMISSION: Record<ApiOperation, string> = {
  pulls: '`pull-requests: read`',
  contents: '`contents: read`',
  statuses: '`statuses: write`',
  // Comments on a pull request are issue comments, but GitHub checks `pull-requests: write` for them.
  comments: '`pull-requests: write`',
  reviews: '`pull-requests: write`',
  teams: 'a `signoff-token`',
  // GitHub accepts either permission for a pull request's issue events; the documented workflow grants the first.
  events: '`pull-requests: read` (or `issues: read`)',
}

const DOING: Record<ApiOperation, string> = {
  pulls: 'read the pull request',
  contents: 'read repository contents',
  statuses: 'set a commit status',
  comments: 'write the pull request comment',
  reviews: 'post review suggestions',
  teams: 'read organization team membership',
  events: 'read the pull request’s label events',
}

const WRITES = new Set<ApiOperation>(['statuses', 'comments', 'reviews'])

interface HttpFailure {
  status: number
  githubMessage: string
}

/** Reads status and GitHub's message from an Octokit RequestError without depending on its class. */
export function httpFailure(err: unknown): HttpFailure | null {
  if (typeof err !== 'object' || err === null) return null
  const status = (err as { status?: unknown }).status
  if (typeof status !== 'number') return null
  const data = (err as { response?: { data?: unknown } }).response?.data
  const fromBody =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : typeof data === 'string' && data.length > 0 && data.length < 300
        ? data
        : null
  const base = fromBody ?? (err instanceof Error ? err.message : `HTTP ${status}`)
  const details = errorDetails(data)
  return { status, githubMessage: details.length > 0 ? `${base}: ${details.join('; ')}` : base }
}

// A 422 says little in `message` ("Unprocessable Entity"); the reason is in `errors`, as strings or objects.
function errorDetails(data: unknown): string[] {
  const errors = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined
  if (!Array.isArray(errors)) return []
  return errors
    .map((entry: unknown) =>
      typeof entry === 'string'
        ? entry
        : typeof entry === 'object' && entry !== null && typeof (entry as { message?: unknown }).message === 'string'
          ? (entry as { message: string }).message
          : '',
    )
    .filter((detail) => detail !== '')
}

export function isNotFound(err: unknown): boolean {
  const failure = httpFailure(err)
  return failure !== null && failure.status === 404 && !isPermissionMessage(failure.githubMessage)
}

function isPermissionMessage(message: string): boolean {
  return /not accessible by|must have (admin|push) access|permission/i.test(message)
}

function isPermissionFailure(failure: HttpFailure, operation: ApiOperation): boolean {
  if (/rate limit/i.test(failure.githubMessage)) return false
  if (isPermissionMessage(failure.githubMessage)) return failure.status === 403 || failure.status === 404
  // A token that cannot see organization teams gets a bare 403/404 from the team endpoints.
  if (operation === 'teams') return failure.status === 403 || failure.status === 404
  return failure.status === 403
}

/**
 * A CopydeskError for a failed call. `doing` narrows the message ("set the commit status `copydesk/content`").
 * The message carries GitHub's status and words, never request headers, so the token cannot leak into logs.
 */
export function explainApiError(err: unknown, operation: ApiOperation, doing: string = DOING[operation]): CopydeskError {
  if (err instanceof CopydeskError) return err
  const failure = httpFailure(err)
  if (failure === null) {
    const reason = err instanceof Error ? err.message : String(err)
    return new CopydeskError(`copydesk could not ${doing}: ${reason}`)
  }
  const answer = `GitHub answered ${failure.status} \`${failure.githubMessage}\``
  if (!isPermissionFailure(failure, operation)) {
    return new CopydeskError(`copydesk could not ${doing}: ${answer}.`)
  }
  if (operation === 'teams') {
    return new CopydeskError(
      `copydesk could not ${doing}: ${answer}. The workflow's GITHUB_TOKEN cannot read organization teams; ` +
        'pass a `signoff-token` (a GitHub App token with the organization Members read permission, or a PAT with `read:org`).',
      'Without it, approvals by members of a team owner cannot be verified.',
    )
  }
  const hint = WRITES.has(operation)
    ? 'Add it under `permissions:` in the workflow. On pull requests from forks the token is read-only whatever the workflow asks; use `pull_request_target` (which reads content through the API and never runs PR code).'
    : 'Add it under `permissions:` in the workflow.'
  return new CopydeskError(`copydesk could not ${doing}: ${answer}. The workflow token needs ${PERMISSION[operation]}.`, hint)
}

/** Awaits one API call (or a whole pagination), turning its failure into a CopydeskError that says what to fix. */
export async function explained<T>(call: Promise<T>, operation: ApiOperation, doing: string): Promise<T> {
  try {
    return await call
  } catch (err) {
    throw explainApiError(err, operation, doing)
  }
}
