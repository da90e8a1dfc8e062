import { describe, expect, it } from 'vitest'
import { overlaps, QUESTIONS, score } from '../scripts/real-eval/score.js'

const span = (line: number, column: number, endColumn: number, endLine = line) => ({ line, column, endLine, endColumn })

describe('real-copy scoring', () => {
  it('counts overlap on one line with exclusive ends', () => {
    expect(overlaps(span(3, 5, 10), span(3, 9, 12))).toBe(true)
    expect(overlaps(span(3, 5, 10), span(3, 10, 12))).toBe(false)
    expect(overlaps(span(3, 5, 10), span(4, 1, 3))).toBe(false)
    expect(overlaps(span(2, 40, 8, 4), span(3, 1, 2))).toBe(true)
  })

  it('scores recall over labels and precision over findings', () => {
    const labels = [
      { ...span(1, 1, 10), labels: ['needs-source:statistic'], sourced: false },
      { ...span(2, 1, 10), labels: ['needs-source:statistic'], sourced: true },
      { ...span(3, 1, 10), labels: ['absolute'], sourced: null },
    ]
    const findings = [span(1, 5, 7), span(1, 6, 8), span(2, 1, 4), span(9, 1, 2)]
    // Line 1 hit twice (both correct), the sourced claim is a false alarm, line 9 too.
    expect(score(labels, findings, QUESTIONS.unsourced)).toEqual({ hit: 1, missed: 0, correct: 2, falseAlarms: 2 })
    expect(score(labels, [], QUESTIONS.absolute)).toEqual({ hit: 0, missed: 1, correct: 0, falseAlarms: 0 })
  })
})
