// The job summary: the full report with every finding, including those the runner's annotation caps left
// out. GitHub rejects a step summary over 1 MiB, so it is cut (with a note) before that.
import type { Report } from '../types.js'
import { code, isWebUrl, link, safeText, table } from './md.js'
import { blobUrl, fullDetailContext, renderSections, type RenderContext } from './sections.js'
import { safePosition, type LocatedFinding } from './shared.js'
import { truncateLines } from './truncate.js'

export const SUMMARY_MAX_BYTES = 1_048_576

export function toSummary(report: Report, overflow: readonly LocatedFinding[], maxBytes = SUMMARY_MAX_BYTES): string {
  const ctx = fullDetailContext(report)
  const body = `${renderSections(report, ctx, overflowSection(overflow, ctx))}\n`
  const runLink = report.meta.runUrl && isWebUrl(report.meta.runUrl) ? ` (${link('workflow run', report.meta.runUrl)})` : ''
  const note = `\n\n> ✂️ This summary was cut at GitHub's 1 MiB limit. The complete report is the JSON report (\`report-path\` output)${runLink}.\n`
  return truncateLines(body, maxBytes, (s) => Buffer.byteLength(s, 'utf8'), note)
}

// The annotation caps hide findings from the Files tab; this table is where a reviewer finds them.
function overflowSection(overflow: readonly LocatedFinding[], ctx: RenderContext): string[] {
  if (overflow.length === 0) return []
  const rows = overflow.map(({ path, finding }) => {
    const pos = safePosition(finding)
    const where = `${path}:${pos.line}`
    return [
      ctx.links ? link(code(where), blobUrl(ctx.links, path, pos.line)) : code(where),
      finding.severity,
      code(finding.ruleId),
      safeText(finding.message),
    ]
  })
  return [
    `### Not shown as annotations (${overflow.length})`,
    '',
    'The runner shows at most 10 errors and 10 warnings per step as annotations; these findings are over that limit.',
    '',
    ...table(['Location', 'Severity', 'Rule', 'Message'], rows),
  ]
}
