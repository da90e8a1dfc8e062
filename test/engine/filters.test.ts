import { describe, expect, it } from 'vitest'
import { changedLines } from '../../src/engine/changed-lines.js'
import { dropCovered, partition, suppressionFor } from '../../src/engine/filters.js'
import { reachesFailOn as reaches } from '../../src/severity.js'
import type { Finding, Suppression } from '../../src/types.js'

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'recommended/no-guarantees',
    category: 'banned-claim',
    claim: 'absolute',
    severity: 'error',
    message: 'm',
    text: 'guaranteed',
    line: 5,
    column: 3,
    endLine: 5,
    endColumn: 13,
    suggestion: null,
    ...over,
  }
}

const reasoned: Suppression = { rules: ['recommended/no-guarantees'], reason: 'legal approved, LEGAL-142', line: 4, fromLine: 4, toLine: 6 }

describe('changed lines', () => {
  it('lists the head lines a change added or modified', () => {
    expect([...changedLines('a\nb\nc\n', 'a\nB\nc\nd\n')]).toEqual([2, 4])
  })
  it('treats a new file as all changed', () => {
    expect([...changedLines(null, 'a\nb')]).toEqual([1, 2])
  })
  it('ignores a switch from CRLF to LF', () => {
    expect([...changedLines('a\r\nb\r\n', 'a\nb\n')]).toEqual([])
  })
  it('does not count deleted lines as changed head lines', () => {
    expect([...changedLines('a\nb\nc\n', 'a\nc\n')]).toEqual([])
  })
})

describe('suppression', () => {
  it('silences the named rule on the covered lines and keeps the reason', () => {
    const { findings, suppressed } = partition([finding({})], { suppressions: [reasoned] }, null)
    expect(findings).toEqual([])
    expect(suppressed[0]?.suppressed).toEqual({ reason: 'legal approved, LEGAL-142', line: 4 })
  })
  it('is not honoured without a reason', () => {
    const { findings } = partition([finding({})], { suppressions: [{ ...reasoned, reason: null }] }, null)
    expect(findings).toHaveLength(1)
  })
  it('does not reach lines outside its range or other rules', () => {
    expect(suppressionFor(finding({ line: 7, endLine: 7 }), [reasoned])).toBeNull()
    expect(suppressionFor(finding({ ruleId: 'claims/statistic' }), [reasoned])).toBeNull()
  })
  it('accepts a bare rule id and a pack wildcard', () => {
    expect(suppressionFor(finding({}), [{ ...reasoned, rules: ['no-guarantees'] }])).not.toBeNull()
    expect(suppressionFor(finding({}), [{ ...reasoned, rules: ['recommended/*'] }])).not.toBeNull()
    expect(suppressionFor(finding({}), [{ ...reasoned, rules: [] }])).not.toBeNull()
  })
  it('can never silence a problem reading the file itself', () => {
    const yaml = finding({ ruleId: 'frontmatter/yaml-syntax', category: 'frontmatter' })
    const { findings } = partition([yaml], { suppressions: [{ ...reasoned, rules: [] }] }, null)
    expect(findings).toHaveLength(1)
  })
  it('treats TOML and JSON frontmatter syntax errors like YAML ones', () => {
    const broken = ['toml', 'json'].map((format) => finding({ ruleId: `frontmatter/${format}-syntax`, category: 'frontmatter' }))
    expect(partition(broken, { suppressions: [{ ...reasoned, rules: [] }] }, null).findings).toHaveLength(2)
  })
})

describe('changed-lines filter', () => {
  it('moves findings on untouched lines to pre-existing', () => {
    const result = partition([finding({ line: 5, endLine: 5 }), finding({ line: 9, endLine: 9 })], null, new Set([9]))
    expect(result.findings.map((f) => f.line)).toEqual([9])
    expect(result.preExisting.map((f) => f.line)).toEqual([5])
  })
  it('keeps a multi-line finding when any of its lines changed', () => {
    const result = partition([finding({ line: 5, endLine: 7 })], null, new Set([7]))
    expect(result.findings).toHaveLength(1)
  })
})

describe('chain', () => {
  it('keeps a banned superlative and its missing source (one claim, two categories), and drops the claims check\'s absolute where the pack bans the same words', () => {
    const banned = finding({ text: '#1', column: 9, endColumn: 11 })
    const claim = finding({ ruleId: 'claims/superlative', category: 'missing-source', claim: 'superlative', column: 9, endColumn: 11 })
    const absolute = finding({ ruleId: 'claims/absolute', category: 'banned-claim', claim: 'absolute', column: 9, endColumn: 14 })
    const elsewhere = finding({ ruleId: 'claims/absolute', category: 'banned-claim', claim: 'absolute', column: 20, endColumn: 24 })
    expect(dropCovered([banned, claim, absolute, elsewhere])).toEqual([banned, claim, elsewhere])
  })
  it('removes exact duplicates and sorts by position', () => {
    const a = finding({ line: 9, endLine: 9 })
    const b = finding({ line: 2, endLine: 2 })
    expect(partition([a, b, a], null, null).findings.map((f) => f.line)).toEqual([2, 9])
  })
  it('fail-on thresholds', () => {
    expect(reaches('error', 'error')).toBe(true)
    expect(reaches('warning', 'error')).toBe(false)
    expect(reaches('warning', 'warning')).toBe(true)
    expect(reaches('info', 'warning')).toBe(false)
    expect(reaches('error', 'never')).toBe(false)
  })
})

describe('problems reading a file', () => {
  it('are never moved to pre-existing by the changed-lines filter', () => {
    const failed = finding({ ruleId: 'llm/error', category: 'input', claim: null, severity: 'warning', line: 1, endLine: 1 })
    expect(partition([failed], null, new Set([9])).findings).toEqual([failed])
  })
})

describe('dropCovered on many findings', () => {
  it('drops exactly the claims/absolute findings a rule-pack banned claim overlaps, and nothing else', () => {
    let state = 3
    const next = (n: number): number => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) % n
    const kinds = [
      { category: 'banned-claim', ruleId: 'recommended/no-guarantees' },
      { category: 'banned-claim', ruleId: 'claims/absolute' },
      { category: 'missing-source', ruleId: 'claims/statistic' },
    ] as const
    const all: Finding[] = Array.from({ length: 600 }, () => {
      const line = 1 + next(3)
      const column = 1 + next(60)
      return finding({ ...kinds[next(3)], line, endLine: line + next(2), column, endColumn: column + 1 + next(20) })
    })
    const pack = all.filter((f) => f.category === 'banned-claim' && f.ruleId !== 'claims/absolute')
    // The definition, one banned claim at a time: ranges overlap when neither ends before the other starts.
    const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2)
    const overlap = (a: Finding, b: Finding): boolean => !before(a.endLine, a.endColumn, b.line, b.column) && !before(b.endLine, b.endColumn, a.line, a.column)
    const naive = all.filter((f) => f.ruleId !== 'claims/absolute' || !pack.some((b) => overlap(f, b)))
    const kept = dropCovered(all)
    expect(kept).toEqual(naive)
    expect(kept.length).toBeLessThan(all.length)
    expect(kept.filter((f) => f.category === 'missing-source')).toHaveLength(all.filter((f) => f.category === 'missing-source').length)
  })
})
