// The chain that runs after the checks: Finding[] → Finding[]. Checks never filter themselves;
// every decision about what counts is made here, once, in this order.
import { severityRank } from '../severity.js'
import type { ContentDocument, Finding, Suppression } from '../types.js'

export interface Partitioned {
  findings: Finding[]
  preExisting: Finding[]
  suppressed: Finding[]
}

/** A suppression applies when it names the rule (or its pack, `pack/*`), covers the line, and gives a reason. */
export function suppressionFor(finding: Finding, suppressions: Suppression[]): Suppression | null {
  for (const s of suppressions) {
    if (s.reason === null) continue
    if (finding.line < s.fromLine || finding.line > s.toLine) continue
    if (s.rules.length === 0 || s.rules.some((rule) => ruleMatches(rule, finding.ruleId))) return s
  }
  return null
}

function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true
  if (pattern.endsWith('/*')) return ruleId.startsWith(pattern.slice(0, -1))
  // A bare rule id (`no-guarantees`) matches the same id in any pack.
  return !pattern.includes('/') && ruleId.endsWith(`/${pattern}`)
}

export function partition(
  all: Finding[],
  doc: Pick<ContentDocument, 'suppressions'> | null,
  touched: Set<number> | null,
): Partitioned {
  const out: Partitioned = { findings: [], preExisting: [], suppressed: [] }
  for (const finding of dropCovered(dedupe(all))) {
    const suppression = doc && !isMeta(finding) ? suppressionFor(finding, doc.suppressions) : null
    if (suppression) {
      out.suppressed.push({ ...finding, suppressed: { reason: suppression.reason ?? '', line: suppression.line } })
    } else if (touched && !isMeta(finding) && !touches(finding, touched)) {
      out.preExisting.push(finding)
    } else {
      out.findings.push(finding)
    }
  }
  out.findings.sort(byPosition)
  out.preExisting.sort(byPosition)
  out.suppressed.sort(byPosition)
  return out
}

/** Findings about reading the file itself: never suppressible from inside it, never "pre-existing". */
function isMeta(finding: Finding): boolean {
  return finding.category === 'input' || finding.ruleId === 'frontmatter/yaml-syntax'
}

function touches(finding: Finding, touched: Set<number>): boolean {
  for (let line = finding.line; line <= finding.endLine; line++) if (touched.has(line)) return true
  return false
}

/**
 * A banned claim already tells the writer what is wrong with those words and how to fix them; an
 * "unsupported claim" finding on the same words would only repeat it. The banned claim is kept.
 */
export function dropCovered(findings: Finding[]): Finding[] {
  const banned = findings.filter((f) => f.category === 'banned-claim')
  if (!banned.length) return findings
  // Banned claims grouped by their lines and sorted by start column, with the furthest end seen so
  // far: one binary search per missing-source finding instead of a scan of every banned claim (a long
  // paragraph holds thousands of both).
  const groups = new Map<string, { columns: number[]; furthestEnd: number[] }>()
  const sorted = [...banned].sort((a, b) => a.column - b.column)
  for (const b of sorted) {
    const key = `${b.line}:${b.endLine}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { columns: [], furthestEnd: [] }))
    group.columns.push(b.column)
    group.furthestEnd.push(Math.max(b.endColumn, group.furthestEnd[group.furthestEnd.length - 1] ?? 0))
  }
  const covered = (f: Finding): boolean => {
    const group = groups.get(`${f.line}:${f.endLine}`)
    if (!group) return false
    // The last banned claim that starts at or before f; any of those reaching f's end covers it.
    let low = 0
    let high = group.columns.length - 1
    let last = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if ((group.columns[mid] as number) <= f.column) {
        last = mid
        low = mid + 1
      } else high = mid - 1
    }
    return last !== -1 && (group.furthestEnd[last] as number) >= f.endColumn
  }
  return findings.filter((f) => f.category !== 'missing-source' || !covered(f))
}

export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.line}:${f.column}\0${f.endLine}:${f.endColumn}\0${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId)
}


