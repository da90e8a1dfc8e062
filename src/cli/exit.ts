// The exit code of `copydesk check`, as the Action decides its verdict: 1 when a finding reaches `fail-on`,
// else 0; 2 when copydesk could not do its job (usage, config, or a file it could not read).
import { reachesFailOn } from '../severity.js'
import type { Report } from '../types.js'

/**
 * Files copydesk could not read (binary, not UTF-8, too large, a read that failed): an input error, whatever
 * `fail-on` says, because nobody has checked what they say. One `path: why` line each.
 */
export function inputErrors(report: Report): string[] {
  const out: string[] = []
  for (const file of report.files) {
    if (file.error !== undefined) {
      out.push(`${file.path}: ${file.error}`)
      continue
    }
    const unread = [...file.findings, ...file.preExisting].find((f) => f.category === 'input' && f.severity === 'error')
    if (unread) out.push(`${file.path}:${unread.line}:${unread.column}: ${unread.message}`)
  }
  return out
}

export function exitCode(report: Report, failOn: 'error' | 'warning' | 'never'): 0 | 1 | 2 {
  if (inputErrors(report).length) return 2
  return report.files.some((file) => file.findings.some((f) => reachesFailOn(f.severity, failOn))) ? 1 : 0
}
