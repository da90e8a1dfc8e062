// Workflow annotations within the runner's caps: at most 10 errors and 10 warnings (and notices) per step,
// 50 per job. The most severe findings get annotated; the rest come back as overflow for the job summary.
import type { Report } from '../types.js'
import { compareLocated, locatedBlocking, safePosition, type LocatedFinding } from './shared.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title: string
  file: string
  startLine: number
  endLine: number
  startColumn?: number
  endColumn?: number
}

export interface AnnotationLimits {
  /** Per level, per step. */
  perType: number
  /** Across all levels. */
  perJob?: number
}

export interface AnnotationResult {
  annotations: Annotation[]
  overflow: LocatedFinding[]
}

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const

export function toAnnotations(report: Report, limits: AnnotationLimits = { perType: 10 }): AnnotationResult {
  const perType = Math.max(0, limits.perType)
  const perJob = Math.max(0, limits.perJob ?? 50)
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  const overflow: LocatedFinding[] = []

  for (const located of locatedBlocking(report).sort(compareLocated)) {
    const level = LEVEL[located.finding.severity] ?? 'notice'
    if (used[level] >= perType || annotations.length >= perJob) {
      overflow.push(located)
      continue
    }
    used[level]++
    annotations.push(toAnnotation(located, level))
  }
  return { annotations, overflow }
}

function toAnnotation({ path, finding }: LocatedFinding, level: AnnotationLevel): Annotation {
  const pos = safePosition(finding)
  const suggestion = finding.suggestion ? `\n→ ${finding.suggestion}` : ''
  const annotation: Annotation = {
    level,
    message: `${finding.message}${suggestion}`,
    title: `copydesk: ${finding.ruleId}`,
    file: path,
    startLine: pos.line,
    endLine: pos.endLine,
  }
  // The runner drops columns unless the annotation sits on one line.
  if (pos.line === pos.endLine) {
    annotation.startColumn = pos.column
    annotation.endColumn = pos.endColumn
  }
  return annotation
}
