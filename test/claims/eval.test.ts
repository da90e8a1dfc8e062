// The bar the claims check must clear on the hand-labelled set (see test/fixtures/claims/labelled.ts).
import { describe, expect, it } from 'vitest'
import { count, evaluate, precision, recall } from '../fixtures/claims/evaluate.js'
import { labelled } from '../fixtures/claims/labelled.js'

describe('claims evaluation set', () => {
  it('is big enough to mean something: 150+ sentences, 60+ claims, sourced claims and non-claims', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(150)
    expect(labelled.filter((i) => i.kind !== null).length).toBeGreaterThanOrEqual(60)
    expect(labelled.filter((i) => i.kind !== null && !i.needsSource).length).toBeGreaterThanOrEqual(10)
    expect(labelled.filter((i) => i.kind === null).length).toBeGreaterThanOrEqual(60)
    expect(labelled.filter((i) => i.kind === null && i.needsSource)).toEqual([])
  })

  it('finds unsourced claims with precision and recall of at least 0.9', () => {
    const outcomes = evaluate()
    const counts = count(outcomes)
    const missed = outcomes.filter((o) => o.predicted !== o.item.needsSource).map((o) => o.item.markdown)
    expect(precision(counts), `false alarms and misses: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9)
    expect(recall(counts), `false alarms and misses: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9)
  })

  it('reaches at least 0.8 recall on every claim kind', () => {
    const outcomes = evaluate()
    for (const kind of ['statistic', 'superlative', 'comparison', 'quote'] as const) {
      expect(recall(count(outcomes.filter((o) => o.item.kind === kind))), kind).toBeGreaterThanOrEqual(0.8)
    }
  })
})
