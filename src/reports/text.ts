// The CLI's human output: `path:line:col  severity  message  rule-id` rows grouped by file, so terminals
// and editors can jump to each finding; then positioning, sign-off and one summary line.
import type { FileReport, Finding, PositioningChange, Report, Severity } from '../types.js'
import { describeReason } from './positioning-md.js'
import { blockingFindings, compareByPosition, countReport, formatUtc, plural, safePosition, shortSha } from './shared.js'

export interface TextOptions {
  color: boolean
}

type Style = (s: string) => string

interface Palette {
  bold: Style
  dim: Style
  red: Style
  yellow: Style
  blue: Style
  green: Style
  cyan: Style
}

const ansi =
  (open: number, close: number): Style =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`

const COLORS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  blue: ansi(34, 39),
  green: ansi(32, 39),
  cyan: ansi(36, 39),
}
const identity: Style = (s) => s
const PLAIN: Palette = { bold: identity, dim: identity, red: identity, yellow: identity, blue: identity, green: identity, cyan: identity }

export function toText(report: Report, opts: TextOptions): string {
  const c = opts.color ? COLORS : PLAIN
  const out: string[] = []

  for (const notice of report.notices) out.push(c.blue(`notice  ${oneLine(notice)}`))
  if (report.notices.length > 0) out.push('')

  for (const file of report.files) {
    const block = fileBlock(file, c)
    if (block.length > 0) out.push(...block, '')
  }

  const preExisting = report.files.filter((f) => f.preExisting.length > 0)
  if (preExisting.length > 0) {
    out.push(c.bold('Pre-existing (not blocking)'))
    for (const file of preExisting) {
      out.push(...rows(file.path, [...file.preExisting].sort(compareByPosition), c, 'dimmed'))
    }
    out.push('')
  }

  if (report.positioning.changed || report.positioning.changes.length > 0) {
    out.push(...positioningBlock(report, c), '')
  }

  out.push(signoffLine(report, c))
  out.push(summaryLine(report, c))
  return `${out.join('\n')}\n`
}

function fileBlock(file: FileReport, c: Palette): string[] {
  const findings = [...blockingFindings(file)].sort(compareByPosition)
  const suppressed = [...file.suppressed].sort(compareByPosition)
  if (findings.length === 0 && suppressed.length === 0 && file.skipped === undefined) return []
  const lines = [c.bold(c.cyan(file.path))]
  if (file.skipped !== undefined) lines.push(c.dim(`${file.path}  skipped  ${oneLine(file.skipped)}`))
  lines.push(...rows(file.path, findings, c, 'normal'))
  lines.push(...rows(file.path, suppressed, c, 'suppressed'))
  return lines
}

type RowMode = 'normal' | 'suppressed' | 'dimmed'

// Columns are padded per group so rule ids line up, the way ESLint's stylish output reads.
function rows(path: string, findings: Finding[], c: Palette, mode: RowMode): string[] {
  const cells = findings.map((f) => {
    const pos = safePosition(f)
    return {
      finding: f,
      where: `${path}:${pos.line}:${pos.column}`,
      severity: mode === 'suppressed' ? 'suppressed' : f.severity,
    }
  })
  const whereWidth = Math.max(0, ...cells.map((x) => x.where.length))
  const sevWidth = Math.max(0, ...cells.map((x) => x.severity.length))
  const lines: string[] = []
  for (const { finding, where, severity } of cells) {
    const sev = severity.padEnd(sevWidth)
    const paint = mode === 'normal' ? severityStyle(finding.severity, c) : c.dim
    const place = finding.where !== undefined ? ` (in ${oneLine(finding.where)})` : ''
    const origin = finding.origin === 'rule+llm' ? ' [rule+llm]' : finding.origin === 'llm' && finding.category !== 'input' ? ' [llm]' : ''
    const row = `${where.padEnd(whereWidth)}  ${paint(sev)}  ${oneLine(finding.message)}${place}  ${c.dim(`${finding.ruleId}${origin}`)}`
    lines.push(mode === 'normal' ? row : c.dim(stripStyles(row)))
    if (mode === 'suppressed' && finding.suppressed) {
      lines.push(c.dim(`    reason: ${oneLine(finding.suppressed.reason)} (line ${finding.suppressed.line})`))
    } else if (finding.veto) {
      lines.push(c.dim(`    overruled by the LLM: ${oneLine(finding.veto.note)} (the rule said ${finding.veto.severity})`))
    } else if (finding.suggestion) {
      const arrow = `    → ${oneLine(finding.suggestion)}`
      lines.push(mode === 'normal' ? c.green(arrow) : c.dim(arrow))
    }
  }
  return lines
}

function severityStyle(severity: Severity, c: Palette): Style {
  if (severity === 'error') return c.red
  if (severity === 'warning') return c.yellow
  return c.blue
}

function positioningBlock(report: Report, c: Palette): string[] {
  const { changes, policyFiles } = report.positioning
  const lines = [c.bold(`Positioning changes (${changes.length})`)]
  for (const change of changes) lines.push(...changeLines(change, c))
  if (policyFiles.length > 0) lines.push(`  policy files changed: ${policyFiles.join(', ')}`)
  return lines
}

function changeLines(change: PositioningChange, c: Palette): string[] {
  const field = change.field ? ` (${oneLine(change.field)})` : ''
  const rule = change.rule ? ` rule ${change.rule}` : ''
  const lines = [`  ${change.path}:${Math.max(1, change.line)}  ${change.kind}  ${oneLine(describeReason(change.reason))}${rule}${field}`]
  for (const loosens of change.loosens ?? []) lines.push(c.yellow(`    loosens: ${oneLine(loosens)}`))
  // Policy lines keep their indentation: a nested YAML key must not read as a top-level one.
  const keep = (line: string): string => (change.reason === 'policy-file' ? line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trimEnd() : oneLine(line))
  for (const line of change.context?.split('\n') ?? []) lines.push(c.dim(`      ${keep(line)}`))
  if (change.before !== null) for (const line of change.before.split('\n')) lines.push(c.red(`    - ${keep(line)}`))
  if (change.after !== null) for (const line of change.after.split('\n')) lines.push(c.green(`    + ${keep(line)}`))
  return lines
}

function signoffLine(report: Report, c: Palette): string {
  const s = report.signoff
  const paint = s.state === 'approved' ? c.green : s.state === 'rejected' ? c.red : s.state === 'pending' ? c.yellow : c.dim
  const owners = s.owners.length > 0 ? ` (owners: ${s.owners.join(', ')})` : ''
  const lines = [`Sign-off: ${paint(s.state)}${owners} — ${oneLine(s.reason)}`]
  for (const a of s.approvedBy) lines.push(`  @${a.login.replace(/^@/, '')} approved ${shortSha(a.commit)} on ${formatUtc(a.at)}`)
  for (const note of s.notes) lines.push(c.dim(`  ${oneLine(note)}`))
  if (s.override) lines.push(c.yellow(`  override by ${s.override.by}: ${oneLine(s.override.justification)}`))
  return lines.join('\n')
}

function summaryLine(report: Report, c: Palette): string {
  const n = countReport(report)
  const parts = [plural(n.errors, 'error'), plural(n.warnings, 'warning')]
  if (n.infos > 0) parts.push(plural(n.infos, 'info', 'infos'))
  const extra: string[] = []
  if (n.suppressed > 0) extra.push(`${n.suppressed} suppressed`)
  if (n.preExisting > 0) extra.push(`${n.preExisting} pre-existing`)
  const tail = extra.length > 0 ? ` (${extra.join(', ')})` : ''
  const symbol = n.errors > 0 || report.verdict === 'fail' ? c.red('✖') : n.warnings > 0 ? c.yellow('⚠') : c.green('✔')
  return `${symbol} ${parts.join(', ')} in ${plural(n.files, 'file')}${tail} · verdict: ${c.bold(report.verdict)}`
}

/** Keeps one finding on one row even when a message or a quoted sentence spans lines. */
function oneLine(s: string): string {
  // Control characters in content could move the cursor or recolour the terminal.
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim()
}

function stripStyles(s: string): string {
  return s.replace(/\u001b\[\d+m/g, '')
}
