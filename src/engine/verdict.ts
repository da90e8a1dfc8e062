// The overall verdict is a pure function of its children, exactly as the contract states it.
import type { FileReport, SignoffResult, Verdict } from '../types.js'
import { reachesFailOn } from '../severity.js'

export function decideVerdict(files: FileReport[], signoff: SignoffResult, failOn: 'error' | 'warning' | 'never'): Verdict {
  // A file nobody could read has not passed anything, whatever `fail-on` tolerates.
  if (files.some((file) => file.error !== undefined)) return 'fail'
  const failing = files.some((file) => file.findings.some((f) => reachesFailOn(f.severity, failOn)))
  if (failing) return 'fail'
  if (signoff.required && signoff.state !== 'approved') return 'needs-signoff'
  return 'pass'
}

export function countBySeverity(files: FileReport[]): { findings: number; errors: number; warnings: number } {
  let findings = 0
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const f of file.findings) {
      findings++
      if (f.severity === 'error') errors++
      else if (f.severity === 'warning') warnings++
    }
  }
  return { findings, errors, warnings }
}
