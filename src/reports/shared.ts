// Small facts every reporter agrees on: severity order, counts, fingerprints, time and SHA formatting.
// Kept free of any output syntax so each reporter owns its own format.
import { createHash } from 'node:crypto'
import type { FileReport, Finding, Report } from '../types.js'

/** A finding together with the file it belongs to: what reporters pass around once files are flattened. */
export interface LocatedFinding {
  path: string
  finding: Finding
}

import { reachesFailOn, severityRank } from '../severity.js'

export { reachesFailOn, severityRank }

/** Most severe first, then by path and position, so every reporter lists findings in the same order. */
export function compareLocated(a: LocatedFinding, b: LocatedFinding): number {
  return (
    severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
    compareText(a.path, b.path) ||
    a.finding.line - b.finding.line ||
    a.finding.column - b.finding.column ||
    compareText(a.finding.ruleId, b.finding.ruleId)
  )
}

/** By position in the file: the order a writer reads them in. */
export function compareByPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || severityRank(a.severity) - severityRank(b.severity)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The findings that decide the verdict. `FileReport.findings` should already exclude suppressed ones;
 * filtering again keeps a reporter honest if a caller forgot.
 */
export function blockingFindings(file: FileReport): Finding[] {
  return file.findings.filter((f) => f.suppressed === undefined)
}

export function locatedBlocking(report: Report): LocatedFinding[] {
  return report.files.flatMap((file) => blockingFindings(file).map((finding) => ({ path: file.path, finding })))
}

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

export function countSeverities(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 }
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++
    else if (f.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  return counts
}

export interface ReportCounts extends Counts {
  suppressed: number
  preExisting: number
  files: number
  filesWithFindings: number
}

export function countReport(report: Report): ReportCounts {
  const blocking = report.files.map(blockingFindings)
  return {
    ...countSeverities(blocking.flat()),
    suppressed: report.files.reduce((n, f) => n + f.suppressed.length, 0),
    preExisting: report.files.reduce((n, f) => n + f.preExisting.length, 0),
    files: report.files.length,
    filesWithFindings: blocking.filter((list) => list.length > 0).length,
  }
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`
}

/**
 * A fingerprint that survives unrelated edits: path, rule and offending words, not the line number.
 * `occurrence` tells apart the same words flagged twice in one file.
 */
export function fingerprint(finding: Finding, path: string, occurrence = 0): string {
  return createHash('sha256')
    .update([path, finding.ruleId, finding.text, String(occurrence)].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}

export function shortSha(sha: string): string {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha
}

/** `2026-11-24T10:02:31Z` → `2026-11-24 10:02 UTC`; anything unparseable is shown as given. */
export function formatUtc(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** 1-based positions, clamped so a buggy upstream value never yields an invalid location. */
export function safePosition(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  const line = positive(f.line)
  const column = positive(f.column)
  const endLine = Math.max(line, positive(f.endLine))
  let endColumn = positive(f.endColumn)
  if (endLine === line && endColumn < column) endColumn = column
  return { line, column, endLine, endColumn }
}

function positive(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1
}
