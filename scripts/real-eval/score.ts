// Scores findings against labels written by a person who never read the detector. A label is a span on
// one line; a finding counts for a label when their ranges overlap. Precision is over findings, recall
// over labels, so a claim flagged twice is one hit and a finding far from any label is one false alarm.

export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface Label extends Span {
  labels: string[]
  sourced: boolean | null
}

export interface Tally {
  /** Labels the question counts as positive that some finding overlaps. */
  hit: number
  missed: number
  /** Findings that overlap a positive label. */
  correct: number
  /** Findings that overlap no positive label. */
  falseAlarms: number
}

export const emptyTally = (): Tally => ({ hit: 0, missed: 0, correct: 0, falseAlarms: 0 })

export function overlaps(a: Span, b: Span): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2)
  // a ends at or before b starts, or b ends at or before a starts: no overlap (ends are exclusive).
  if (before(a.endLine, a.endColumn, b.line, b.column)) return false
  if (before(b.endLine, b.endColumn, a.line, a.column)) return false
  return true
}

/** The two questions the issue measures. */
export const QUESTIONS = {
  /** A claim that needs a source and has none, against `missing-source` findings. */
  unsourced: (label: Label): boolean => label.sourced === false && label.labels.some((l) => l.startsWith('needs-source:')),
  /** An unconditional promise, against `banned-claim` findings. */
  absolute: (label: Label): boolean => label.labels.includes('absolute'),
} as const

export function score(labels: readonly Label[], findings: readonly Span[], positive: (label: Label) => boolean, into: Tally = emptyTally()): Tally {
  const wanted = labels.filter(positive)
  for (const label of wanted) {
    if (findings.some((f) => overlaps(f, label))) into.hit++
    else into.missed++
  }
  for (const finding of findings) {
    if (wanted.some((label) => overlaps(finding, label))) into.correct++
    else into.falseAlarms++
  }
  return into
}

export function add(a: Tally, b: Tally): Tally {
  return { hit: a.hit + b.hit, missed: a.missed + b.missed, correct: a.correct + b.correct, falseAlarms: a.falseAlarms + b.falseAlarms }
}

export const precisionOf = (t: Tally): number | null => (t.correct + t.falseAlarms === 0 ? null : t.correct / (t.correct + t.falseAlarms))
export const recallOf = (t: Tally): number | null => (t.hit + t.missed === 0 ? null : t.hit / (t.hit + t.missed))
