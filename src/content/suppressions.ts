// Reads `copydesk-disable` / `copydesk-enable` / `copydesk-disable-next-line` comments into line ranges.
// Applying them to findings is the engine's job; here they are only located and checked for a reason.
import type { Finding, Suppression } from '../types.js'
import type { Comment } from './body.js'
import { makeProblem } from './problems.js'

const DIRECTIVE = /^copydesk-([a-z-]+)(?=\s|$)\s*([\s\S]*)$/
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/

interface Directive {
  name: string
  rules: string[]
  reason: string | null
}

export interface SuppressionResult {
  suppressions: Suppression[]
  problems: Finding[]
}

export function readSuppressions(comments: readonly Comment[], source: string, lineStarts: readonly number[]): SuppressionResult {
  const lastLine = lineStarts.length
  const suppressions: Suppression[] = []
  const problems: Finding[] = []
  let open: Suppression[] = []
  const warn = (ruleId: string, message: string, comment: Comment): void => {
    const lineStart = lineStarts[comment.line - 1] ?? 0
    const lineEnd = lineEndOffset(source, lineStarts, comment.line)
    const start = Math.max(lineStart, Math.min(comment.start, lineEnd))
    problems.push(makeProblem(source, lineStarts, { ruleId, category: 'input', severity: 'warning', message, start, end: lineEnd }))
  }

  for (const comment of [...comments].sort((a, b) => a.line - b.line)) {
    const directive = parseDirective(comment.text)
    if (!directive) continue
    if (directive.name === 'enable') {
      open = closeOpen(open, directive.rules, comment.line, suppressions)
      continue
    }
    if (directive.name !== 'disable' && directive.name !== 'disable-next-line') {
      warn('copydesk/unknown-directive', `Unknown directive \`copydesk-${directive.name}\`: expected \`copydesk-disable\`, \`copydesk-disable-next-line\` or \`copydesk-enable\`.`, comment)
      continue
    }
    if (directive.reason === null) {
      warn(
        'copydesk/suppression-without-reason',
        `\`copydesk-${directive.name}\` has no reason: a reason after \` -- \` is required, e.g. \`copydesk-${directive.name} ${directive.rules.join(', ') || 'rule-id'} -- legal approved, LEGAL-142\`.`,
        comment,
      )
    }
    if (directive.name === 'disable-next-line') {
      const line = Math.min(comment.endLine + 1, lastLine)
      suppressions.push({ rules: directive.rules, reason: directive.reason, line: comment.line, fromLine: line, toLine: line })
    } else {
      open.push({ rules: directive.rules, reason: directive.reason, line: comment.line, fromLine: comment.line, toLine: lastLine })
    }
  }
  suppressions.push(...open)
  return { suppressions: suppressions.sort((a, b) => a.line - b.line || a.fromLine - b.fromLine), problems }
}

function parseDirective(text: string): Directive | null {
  const match = DIRECTIVE.exec(text.trim())
  if (!match) return null
  const rest = match[2] ?? ''
  const separator = REASON_SEPARATOR.exec(rest)
  const ruleText = separator ? rest.slice(0, separator.index) : rest
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : ''
  return {
    name: match[1] ?? '',
    rules: ruleText.split(/[\s,]+/).filter(Boolean),
    reason: reason === '' ? null : reason,
  }
}

/**
 * `copydesk-enable` closes every open range; `copydesk-enable a` closes rule `a` only, so a range
 * over `a, b` ends for `a` and carries on for `b`. A range over every rule ends at any enable.
 */
function closeOpen(open: Suppression[], rules: string[], line: number, done: Suppression[]): Suppression[] {
  const stillOpen: Suppression[] = []
  for (const range of open) {
    const closing = rules.length === 0 || range.rules.length === 0 ? range.rules : range.rules.filter((rule) => rules.includes(rule))
    const remaining = range.rules.filter((rule) => !closing.includes(rule))
    if (closing.length === 0 && range.rules.length > 0) {
      stillOpen.push(range)
      continue
    }
    done.push({ ...range, rules: closing, toLine: line })
    if (remaining.length > 0) stillOpen.push({ ...range, rules: remaining })
  }
  return stillOpen
}

/** Offset just after the last character of a line, line break excluded. */
function lineEndOffset(source: string, lineStarts: readonly number[], line: number): number {
  let end = lineStarts[line] ?? source.length
  while (end > (lineStarts[line - 1] ?? 0) && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--
  return end
}
