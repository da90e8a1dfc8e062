// `copydesk check --format markdown`: the comment's sections at full detail, without the hidden marker
// or a size limit, linking lines only when the report knows its repository and head.
import type { Report } from '../types.js'
import {
  FULL_DETAIL,
  filesSection,
  findingsSection,
  footerSection,
  joinSections,
  linksFromMeta,
  positioningSection,
  signoffSection,
  sourcesSection,
  titleSection,
  type RenderContext,
} from './sections.js'

export function toMarkdown(report: Report): string {
  const ctx: RenderContext = {
    links: linksFromMeta(report),
    detail: FULL_DETAIL,
    ...(report.meta.runUrl !== undefined && { runUrl: report.meta.runUrl }),
  }
  return `${joinSections([
    titleSection(report, ctx),
    filesSection(report, ctx),
    findingsSection(report, ctx),
    positioningSection(report, ctx),
    signoffSection(report, ctx),
    sourcesSection(report, ctx),
    footerSection(report, ctx),
  ])}\n`
}
