// Findings as the editor sees them: LSP diagnostics and the quick fixes behind them.
// copydesk positions are 1-based with an exclusive end column, counted in UTF-16 code units, which is
// exactly LSP's default position encoding once both are shifted to 0-based.
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node'
import type { Finding, Severity } from '../types.js'

export const SOURCE = 'copydesk'

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/** A 1-based, end-exclusive copydesk span as a 0-based LSP range (never negative, even for a bad finding). */
export function toRange(at: { line: number; column: number; endLine: number; endColumn: number }): Range {
  const start = { line: Math.max(0, at.line - 1), character: Math.max(0, at.column - 1) }
  const end = { line: Math.max(0, at.endLine - 1), character: Math.max(0, at.endColumn - 1) }
  // A finding whose end precedes its start would be rejected by some clients: collapse it to the start.
  const ordered = end.line > start.line || (end.line === start.line && end.character >= start.character)
  return { start, end: ordered ? end : start }
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const message = finding.suggestion && !finding.fix ? `${finding.message}\n→ ${finding.suggestion}` : finding.message
  return {
    range: toRange(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(finding.url ? { codeDescription: { href: finding.url } } : {}),
    source: SOURCE,
    message,
  }
}

/** A problem that stopped the check (an unreadable config, an engine failure): shown on the first line, never thrown. */
export function problemDiagnostic(message: string, code = 'copydesk/lsp-error'): Diagnostic {
  return { range: toRange({ line: 1, column: 1, endLine: 1, endColumn: 1 }), severity: DiagnosticSeverity.Error, code, source: SOURCE, message }
}

/** The quick fix for one finding with an exact replacement: replace its range with the fix text. */
export function fixAction(uri: string, finding: Finding & { fix: NonNullable<Finding['fix']> }, diagnostic: Diagnostic): CodeAction {
  return {
    title: `Replace with \`${finding.fix.text}\``,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [uri]: [{ range: toRange(finding.fix), newText: finding.fix.text }] } },
  }
}

/** Whether two ranges share at least one position (a cursor at either edge of a finding counts). */
export function touches(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character < y.character)
  return !before(a.end, b.start) && !before(b.end, a.start)
}
