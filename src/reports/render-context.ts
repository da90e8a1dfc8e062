// What every markdown section renders with: where links point, how much detail fits, where the rest is.
import type { Report } from '../types.js'
import { encodePath, isWebUrl, link } from './md.js'

export interface LinkContext {
  serverUrl: string
  repository: string
  headSha: string
  baseSha?: string
}

export interface Detail {
  /** Wrap the long sections in `<details>`. */
  collapse: boolean
  maxTableRows: number
  maxFindingsPerFile: number
  listSuppressed: boolean
  listPreExisting: boolean
  maxChangesPerFile: number
  maxPositioningFiles: number
  sourcesAndProvenance: boolean
}

export const FULL_DETAIL: Detail = {
  collapse: false,
  maxTableRows: Infinity,
  maxFindingsPerFile: Infinity,
  listSuppressed: true,
  listPreExisting: true,
  maxChangesPerFile: Infinity,
  maxPositioningFiles: Infinity,
  sourcesAndProvenance: true,
}

export interface RenderContext {
  links: LinkContext | null
  detail: Detail
  /** Where the full report lives when this one leaves things out (job summary or run). */
  moreUrl?: string
  /** How to call `moreUrl` in text: `job summary` unless it points at the run itself. */
  moreLabel?: string
  runUrl?: string
  /**
   * @-mention the strategy owners in the header. Only the PR comment sets it, once: when their sign-off
   * has just become required. Everywhere else owners are written as code, which notifies nobody.
   */
  mention?: boolean
}

/** Links from the report's own metadata, when it knows where it ran. */
export function linksFromMeta(report: Report): LinkContext | null {
  const { serverUrl, repository, head, base } = report.meta
  if (!serverUrl || !repository || !head) return null
  return { serverUrl, repository, headSha: head, ...(base !== undefined && { baseSha: base }) }
}

/** Files GitHub renders on their blob page, where a `#L39` anchor finds no line. */
const RENDERED = /\.(?:md|mdx|markdown|mdown|mkdn|mkd|mdwn)$/i

export function blobUrl(links: LinkContext, path: string, line?: number, sha = links.headSha): string {
  // A rendered page ignores `#L39`; `?plain=1` shows the source, where the anchor selects the line.
  const anchor = line !== undefined ? `${RENDERED.test(path) ? '?plain=1' : ''}#L${Math.max(1, line)}` : ''
  return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${sha}/${encodePath(path)}${anchor}`
}

/** Where the full report is, for a section that left things out. */
export function more(ctx: RenderContext): string {
  return ctx.moreUrl && isWebUrl(ctx.moreUrl) ? `: see the ${link(ctx.moreLabel ?? 'job summary', ctx.moreUrl)}` : ''
}

export function trimBlank(lines: string[]): string[] {
  let end = lines.length
  while (end > 0 && lines[end - 1] === '') end--
  return lines.slice(0, end)
}

