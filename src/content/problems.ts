// Problems are findings about the file itself (it could not be read as intended), located like any other.
import type { Category, Finding, Severity } from '../types.js'
import { positionAt } from './lines.js'

export interface ProblemSpec {
  ruleId: string
  category: Category
  severity: Severity
  message: string
  start: number
  end: number
}

const MAX_TEXT = 120

export function makeProblem(source: string, lineStarts: readonly number[], spec: ProblemSpec): Finding {
  const start = Math.max(0, Math.min(spec.start, source.length))
  const end = Math.max(start, Math.min(spec.end, source.length))
  const from = positionAt(lineStarts, source.length, start)
  const to = positionAt(lineStarts, source.length, end)
  return {
    ruleId: spec.ruleId,
    category: spec.category,
    claim: null,
    severity: spec.severity,
    message: spec.message,
    text: source.slice(start, Math.min(end, start + MAX_TEXT)),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    suggestion: null,
  }
}
