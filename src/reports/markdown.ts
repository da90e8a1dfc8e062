// `copydesk check --format markdown`: the comment's sections at full detail, without the hidden marker
// or a size limit, linking lines only when the report knows its repository and head.
import type { Report } from '../types.js'
import { fullDetailContext, renderSections } from './sections.js'

export function toMarkdown(report: Report): string {
  return `${renderSections(report, fullDetailContext(report))}\n`
}
