// The traceability comment: one per PR, found again by its hidden marker, so the marker comes first and
// survives every cut. When the full comment is too long it is re-rendered with less detail, level by
// level, and only as a last resort cut at a line with a pointer to the job summary.
import type { Report, SignoffState } from '../types.js'
import { isWebUrl, link } from './md.js'
import { FULL_DETAIL, type Detail, type RenderContext } from './render-context.js'
import { renderSections } from './sections.js'
import { truncateLines } from './truncate.js'

export interface CommentOptions {
  /** Hidden marker, e.g. `<!-- copydesk:traceability -->`. */
  marker: string
  /** GitHub's limit on a comment body. */
  maxLength?: number
  headSha: string
  serverUrl: string
  repository: string
  baseSha?: string
  runUrl?: string
  summaryUrl?: string
  /** The body of the comment this one replaces, if any: its hidden state says whether owners were already mentioned. */
  previousBody?: string | null
}

/** Hidden second line of the comment: what it last said, so the next update knows who was already told. */
export const STATE_PREFIX = '<!-- copydesk:state '

export interface CommentState {
  signoff: SignoffState
}

const STATES: readonly SignoffState[] = ['approved', 'pending', 'rejected', 'not-required']

/** The state an earlier comment recorded, or null for none (or a comment from before states were kept). */
export function readCommentState(body: string | null | undefined): CommentState | null {
  if (!body) return null
  const line = body.split('\n').slice(0, 3).find((l) => l.startsWith(STATE_PREFIX))
  const signoff = line ? /\bsignoff=([a-z-]+)/.exec(line)?.[1] : undefined
  return signoff !== undefined && (STATES as readonly string[]).includes(signoff) ? { signoff: signoff as SignoffState } : null
}

function stateLine(report: Report): string {
  return `${STATE_PREFIX}signoff=${report.signoff.state} -->`
}

/**
 * The owners are @-mentioned once: in the update where their sign-off becomes required (no earlier comment,
 * or the last one needed nothing from them, or they had approved and positioning changed again). Never in
 * a passing comment, and never again while the request stands.
 */
export function shouldMention(report: Report, previous: CommentState | null): boolean {
  if (!report.signoff.required || report.signoff.state !== 'pending' || report.signoff.owners.length === 0) return false
  return previous === null || (previous.signoff !== 'pending' && previous.signoff !== 'rejected')
}

export const COMMENT_MAX_LENGTH = 65_536

// Each level drops what a reviewer misses least; the positioning diff and sign-off stay longest because
// they are what the comment exists for.
const LEVELS: Detail[] = [
  FULL_DETAIL,
  { ...FULL_DETAIL, collapse: true },
  { ...FULL_DETAIL, collapse: true, maxTableRows: 100, maxFindingsPerFile: 20, maxChangesPerFile: 20 },
  { ...FULL_DETAIL, collapse: true, maxTableRows: 50, maxFindingsPerFile: 10, listPreExisting: false, maxChangesPerFile: 15 },
  {
    collapse: true,
    maxTableRows: 25,
    maxFindingsPerFile: 5,
    listSuppressed: false,
    listPreExisting: false,
    maxChangesPerFile: 10,
    maxPositioningFiles: 30,
    sourcesAndProvenance: false,
  },
  {
    collapse: true,
    maxTableRows: 10,
    maxFindingsPerFile: 2,
    listSuppressed: false,
    listPreExisting: false,
    maxChangesPerFile: 5,
    maxPositioningFiles: 10,
    sourcesAndProvenance: false,
  },
  {
    collapse: true,
    maxTableRows: 5,
    maxFindingsPerFile: 0,
    listSuppressed: false,
    listPreExisting: false,
    maxChangesPerFile: 2,
    maxPositioningFiles: 5,
    sourcesAndProvenance: false,
  },
]

export function toComment(report: Report, opts: CommentOptions): string {
  const maxLength = Math.max(0, opts.maxLength ?? COMMENT_MAX_LENGTH)
  const moreUrl = opts.summaryUrl ?? opts.runUrl
  const base: Omit<RenderContext, 'detail'> = {
    links: {
      serverUrl: opts.serverUrl,
      repository: opts.repository,
      headSha: opts.headSha,
      ...(opts.baseSha !== undefined && { baseSha: opts.baseSha }),
    },
    ...(moreUrl !== undefined && { moreUrl, moreLabel: opts.summaryUrl ? 'job summary' : 'workflow run' }),
    ...(opts.runUrl !== undefined && { runUrl: opts.runUrl }),
  }

  const mention = shouldMention(report, readCommentState(opts.previousBody))
  // The marker and the state line come first and survive every cut.
  const prefix = `${opts.marker}\n${stateLine(report)}\n`
  let body = ''
  for (const detail of LEVELS) {
    body = `${prefix}${renderSections(report, { ...base, detail, ...(mention ? { mention } : {}) })}\n`
    if (body.length <= maxLength) return body
  }
  return truncateLines(body, maxLength, (n) => n.length, cutNote(moreUrl, opts.summaryUrl !== undefined), prefix.length <= maxLength ? prefix : opts.marker)
}

function cutNote(url: string | undefined, isSummary: boolean): string {
  const where = url && isWebUrl(url) ? link(isSummary ? 'job summary' : 'workflow run', url) : 'job summary'
  return `\n\n> ✂️ This comment was cut to fit GitHub's size limit. The full report is in the ${where}.\n`
}
