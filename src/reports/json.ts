// The JSON report: the public contract (CONTRACT.md, "JSON report") that scripts and the action's
// `report-path` consumers parse. Contract fields come first with their exact types; the rest of the
// Report rides along as extra fields, which the contract allows.
import { z } from 'zod'
import type { Finding, Report } from '../types.js'

const position = z.number().int().min(1)

// `input` extends the contract's categories (types.ts): a file copydesk could not read.
const findingSchema = z.looseObject({
  ruleId: z.string(),
  category: z.enum(['banned-claim', 'missing-source', 'frontmatter', 'positioning', 'llm', 'input']),
  claim: z.enum(['statistic', 'superlative', 'comparison', 'quote', 'absolute']).nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  text: z.string(),
  line: position,
  column: position,
  endLine: position,
  endColumn: position,
  suggestion: z.string().nullable(),
  // A contract addition: who found it. copydesk always writes it (`rule` when no model ran); older reports lack it.
  origin: z.enum(['rule', 'llm', 'rule+llm']).optional(),
})

/** The contract's JSON report, as a validator: extra fields pass, missing or mistyped contract fields do not. */
export const jsonReportSchema = z.looseObject({
  version: z.literal(1),
  verdict: z.enum(['pass', 'fail', 'needs-signoff']),
  files: z.array(
    z.looseObject({
      path: z.string(),
      findings: z.array(findingSchema),
    }),
  ),
  positioning: z.looseObject({
    changed: z.boolean(),
    changes: z.array(
      z.looseObject({
        path: z.string(),
        kind: z.enum(['added', 'removed', 'modified']),
        before: z.string().nullable(),
        after: z.string().nullable(),
        line: position,
      }),
    ),
  }),
  signoff: z.looseObject({
    required: z.boolean(),
    state: z.enum(['approved', 'pending', 'rejected', 'not-required']),
    owners: z.array(z.string()),
    approvedBy: z.array(z.looseObject({ login: z.string(), commit: z.string(), at: z.string() })),
  }),
})

export type JsonReport = z.output<typeof jsonReportSchema>

export function toJson(report: Report): string {
  // (one join: the report's text is built once, not copied by each concatenation)
  return toJsonParts(report).join('')
}

/**
 * `toJson` in parts, a file at a time, spliced into the rest: the same text as stringifying toJsonValue
 * whole, without a second copy of every finding of a 5,000-page audit held at once; the CLI writes the
 * parts one after another, so the whole text is never one string either.
 */
export function toJsonParts(report: Report): string[] {
  const rest = JSON.stringify(reportValue(report, FILES), null, 2)
  const at = rest.indexOf(FILES_JSON)
  const parts = [rest.slice(0, at)]
  if (report.files.length === 0) parts.push('[]')
  else {
    parts.push('[\n')
    report.files.forEach((file, i) => parts.push(i === 0 ? '' : ',\n', indent(JSON.stringify(fileValue(file), null, 2), '    ')))
    parts.push('\n  ]')
  }
  parts.push(rest.slice(at + FILES_JSON.length), '\n')
  return parts
}

/** Stands for the files while the rest of the report is written (a string no report can hold: JSON escapes NUL). */
const FILES = '\u0000files\u0000'
const FILES_JSON = JSON.stringify(FILES)

function indent(text: string, by: string): string {
  // (a JSON string never holds a raw line break, so every line break is structure)
  return by + text.replaceAll('\n', `\n${by}`)
}

/** The plain value behind `toJson`, for callers that embed the report in something else. */
export function toJsonValue(report: Report): Record<string, unknown> {
  return reportValue(report, report.files.map(fileValue))
}

function reportValue(report: Report, files: unknown): Record<string, unknown> {
  return {
    version: 1,
    verdict: report.verdict,
    files,
    positioning: {
      changed: report.positioning.changed,
      changes: report.positioning.changes.map((c) => ({
        path: c.path,
        kind: c.kind,
        before: c.before ?? null,
        after: c.after ?? null,
        line: c.line,
        reason: c.reason,
        ...(c.field !== undefined && { field: c.field }),
        ...(c.table !== undefined && { table: c.table }),
        ...(c.rule !== undefined && { rule: c.rule }),
        ...(c.loosens !== undefined && { loosens: c.loosens }),
        ...(c.context !== undefined && { context: c.context }),
      })),
      policyFiles: report.positioning.policyFiles,
      // The model's advisory notes on changed positioning files (only when an LLM ran).
      ...(report.positioning.drift !== undefined && { drift: report.positioning.drift }),
    },
    signoff: {
      required: report.signoff.required,
      state: report.signoff.state,
      owners: report.signoff.owners,
      approvedBy: report.signoff.approvedBy.map((a) => ({ login: a.login, commit: a.commit, at: a.at })),
      reason: report.signoff.reason,
      notes: report.signoff.notes,
      ...(report.signoff.override !== undefined && { override: report.signoff.override }),
    },
    ruleset: report.ruleset,
    failOn: report.failOn,
    ...(report.llm !== undefined && { llm: report.llm }),
    // The site context the claims were read in (publisher, competitors, page kinds): an extra field.
    ...(report.site !== undefined && { site: report.site }),
    notices: report.notices,
    ...(report.suppressions !== undefined && { suppressions: report.suppressions }),
    meta: report.meta,
    // One slice of a sharded run (`check --shard K/N`), for `copydesk merge`: an extra field.
    ...(report.shard !== undefined && { shard: report.shard }),
  }
}

function fileValue(file: Report['files'][number]): Record<string, unknown> {
  return {
    path: file.path,
    findings: file.findings.map(findingValue),
    status: file.status,
    ...(file.previousPath !== undefined && { previousPath: file.previousPath }),
    contentType: file.contentType,
    owners: file.owners,
    preExisting: file.preExisting.map(findingValue),
    suppressed: file.suppressed.map(findingValue),
    sources: file.sources,
    provenance: file.provenance,
    ...(file.skipped !== undefined && { skipped: file.skipped }),
    ...(file.error !== undefined && { error: file.error }),
  }
}

// Contract fields are written explicitly (and in contract order) so an undefined `suggestion` or `claim`
// from a careless producer still serialises as the contract's `null` instead of disappearing.
function findingValue(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    category: f.category,
    claim: f.claim ?? null,
    severity: f.severity,
    message: f.message,
    text: f.text,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    suggestion: f.suggestion ?? null,
    origin: f.origin ?? 'rule',
    ...(f.veto !== undefined && { veto: f.veto }),
    ...(f.needsSource && { needsSource: true }),
    ...(f.url !== undefined && { url: f.url }),
    ...(f.where !== undefined && { where: f.where }),
    ...(f.fix !== undefined && { fix: f.fix }),
    ...(f.suppressed !== undefined && { suppressed: f.suppressed }),
    ...(f.suppression !== undefined && { suppression: f.suppression }),
  }
}
