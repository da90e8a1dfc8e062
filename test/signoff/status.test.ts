import { describe, expect, it } from 'vitest'
import { SIGNOFF_STATUS_CONTEXT, signoffStatus } from '../../src/signoff/index.js'
import type { SignoffResult } from '../../src/types.js'

function result(overrides: Partial<SignoffResult>): SignoffResult {
  return { required: true, state: 'pending', owners: ['@jane'], approvedBy: [], reason: 'r', notes: [], ...overrides }
}

describe('signoffStatus', () => {
  it('reports on the `copydesk/strategy-signoff` context', () => {
    expect(SIGNOFF_STATUS_CONTEXT).toBe('copydesk/strategy-signoff')
  })

  it('succeeds when positioning is untouched', () => {
    expect(signoffStatus(result({ required: false, state: 'not-required' }))).toEqual({
      state: 'success',
      description: 'Positioning unchanged: no strategy sign-off needed.',
    })
  })

  it('succeeds with the reason when a strategy owner signed off', () => {
    expect(signoffStatus(result({ state: 'approved', reason: '@jane approved the current head as a strategy owner.' }))).toEqual({
      state: 'success',
      description: '@jane approved the current head as a strategy owner.',
    })
  })

  it('succeeds with who overrode and why when an override was used', () => {
    const status = signoffStatus(result({ state: 'approved', override: { by: 'lead', justification: 'LEGAL-201 takedown.' } }))
    expect(status).toEqual({ state: 'success', description: 'Overridden by @lead: LEGAL-201 takedown.' })
  })

  it('stays pending while an approval is missing', () => {
    expect(signoffStatus(result({ state: 'pending', reason: '0 of 1 strategy owners approved the current head.' }))).toEqual({
      state: 'pending',
      description: '0 of 1 strategy owners approved the current head.',
    })
  })

  it('fails when a strategy owner requested changes', () => {
    expect(signoffStatus(result({ state: 'rejected', reason: '@jane requested changes as a strategy owner.' })).state).toBe('failure')
  })

  it('keeps the description within 140 characters', () => {
    const status = signoffStatus(result({ reason: `0 of 1 strategy owners approved the current head; ${'waiting '.repeat(40)}` }))
    expect(status.description.length).toBeLessThanOrEqual(140)
    expect(status.description.endsWith('…')).toBe(true)
  })

  it('never cuts an emoji in half when shortening', () => {
    const status = signoffStatus(result({ reason: '🚀'.repeat(100) }))
    expect(status.description.length).toBeLessThanOrEqual(140)
    expect(status.description).toBe(`${'🚀'.repeat(69)}…`)
  })
})
