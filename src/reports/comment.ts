// The traceability comment: one per PR, found again by its hidden marker, so the marker comes first and
// survives every cut. When the full comment is too long it is re-rendered with less detail, level by
// level, and only as a last resort cut at a line with a pointer to the job summary.
import type { Report } from '../types.js'
import { truncateLines } from './truncate.js'
import { FULL_DETAIL, renderSections, type Detail, type RenderContext } from './sections.js'
import { isWebUrl, link } from './md.js'

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

  let body = ''
  for (const detail of LEVELS) {
    body = render(report, opts.marker, { ...base, detail })
    if (body.length <= maxLength) return body
  }
  return truncateLines(body, maxLength, (n) => n.length, cutNote(moreUrl, opts.summaryUrl !== undefined), opts.marker)
}

function render(report: Report, marker: string, ctx: RenderContext): string {
  return `${marker}\n${renderSections(report, ctx)}\n`
}

function cutNote(url: string | undefined, isSummary: boolean): string {
  const where = url && isWebUrl(url) ? link(isSummary ? 'job summary' : 'workflow run', url) : 'job summary'
  return `\n\n> ✂️ This comment was cut to fit GitHub's size limit. The full report is in the ${where}.\n`
}
