import { describe, expect, it } from 'vitest'
import { toAnnotations } from '../../src/reports/annotations.js'
import { bigReport, sampleReport } from './fixture.js'

describe('toAnnotations', () => {
  it('annotates at most 10 errors and 10 warnings and 10 notices, and returns the rest as overflow', () => {
    const report = bigReport(4, 30)
    const total = report.files.reduce((n, f) => n + f.findings.length, 0)
    const { annotations, overflow } = toAnnotations(report)
    const count = (level: string) => annotations.filter((a) => a.level === level).length
    expect(count('error')).toBe(10)
    expect(count('warning')).toBe(10)
    expect(count('notice')).toBeLessThanOrEqual(10)
    expect(annotations.length + overflow.length).toBe(total)
  })

  it('annotates the most severe first', () => {
    const { annotations } = toAnnotations(bigReport(4, 30))
    const rank = { error: 0, warning: 1, notice: 2 }
    const ranks = annotations.map((a) => rank[a.level])
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('spends the job-wide cap of 50 on errors before warnings', () => {
    const { annotations, overflow } = toAnnotations(bigReport(10, 30), { perType: 40 })
    expect(annotations).toHaveLength(50)
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(40)
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(annotations.some((a) => a.level === 'notice')).toBe(false)
    expect(overflow.length).toBeGreaterThan(0)
  })

  it('gives columns only to single-line findings', () => {
    const { annotations } = toAnnotations(sampleReport())
    const single = annotations.find((a) => a.title.endsWith('claims/statistic'))
    expect(single).toMatchObject({ file: 'content/landing/flow.md', startLine: 2, endLine: 2, startColumn: 8, endColumn: 17 })
    const multi = annotations.find((a) => a.title.endsWith('recommended/no-best-in-class'))
    expect(multi).toMatchObject({ startLine: 20, endLine: 21 })
    expect(multi).not.toHaveProperty('startColumn')
    expect(multi).not.toHaveProperty('endColumn')
  })

  it('leaves out suppressed and pre-existing findings', () => {
    const { annotations, overflow } = toAnnotations(sampleReport())
    expect(annotations).toHaveLength(5)
    expect(overflow).toHaveLength(0)
    expect(annotations.some((a) => a.startLine === 30 || a.startLine === 40)).toBe(false)
  })

  it('adds the suggestion to the message and maps info to notice', () => {
    const { annotations } = toAnnotations(sampleReport())
    expect(annotations.find((a) => a.startLine === 12)?.message).toBe(
      '`guaranteed` promises an outcome nobody can guarantee.\n→ Describe what customers typically see, with a source.',
    )
    expect(annotations.find((a) => a.title.endsWith('claims/comparison'))?.level).toBe('notice')
  })
})
