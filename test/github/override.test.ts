// When the override's actor is worth an API call, and what the audit adds to the sign-off result.
import { describe, expect, test } from 'vitest'
import { auditOverride, needsOverrideActor } from '../../src/github/override.js'
import type { SignoffResult } from '../../src/types.js'

const LABEL = 'copydesk-override'

describe('needsOverrideActor', () => {
  test.each<[string, boolean, string[], boolean]>([
    ['allowed and labelled', true, [LABEL], true],
    ['allowed, label in another case', true, ['Copydesk-Override'], true],
    ['allowed but not labelled', true, ['needs-review'], false],
    ['labelled but overrides not allowed', false, [LABEL], false],
  ])('%s → %s', (_name, allowed, labels, expected) => {
    expect(needsOverrideActor({ allowed, label: LABEL }, labels)).toBe(expected)
  })
})

describe('auditOverride', () => {
  const overridden: SignoffResult = {
    required: true,
    state: 'approved',
    owners: ['@acme/strategy'],
    approvedBy: [],
    reason: 'Strategy sign-off was overridden by @head-of-legal with the `copydesk-override` label.',
    notes: ['Override justification: LEGAL-201'],
    override: { by: 'head-of-legal', justification: 'LEGAL-201' },
  }

  test('stamps when the label was applied on the override', () => {
    const audited = auditOverride(overridden, { login: 'head-of-legal', at: '2025-03-02T08:30:00Z' }, 'sam-okafor', LABEL)
    expect(audited.override).toEqual({ by: 'head-of-legal', justification: 'LEGAL-201', at: '2025-03-02T08:30:00Z' })
    expect(audited.notes).toEqual(overridden.notes)
  })

  test('says so when the author labelled their own pull request', () => {
    const audited = auditOverride(overridden, { login: 'Sam-Okafor', at: '2025-03-02T08:30:00Z' }, 'sam-okafor', LABEL)
    expect(audited.notes.at(-1)).toBe('@Sam-Okafor applied the `copydesk-override` label to their own pull request.')
  })

  test('leaves a result without an override untouched, even when someone applied the label', () => {
    const pending: SignoffResult = { ...overridden, state: 'pending', notes: [] }
    delete pending.override
    expect(auditOverride(pending, { login: 'sam-okafor', at: '2025-03-02T08:30:00Z' }, 'sam-okafor', LABEL)).toBe(pending)
  })

  test('leaves the override without a time when the actor could not be read', () => {
    expect(auditOverride(overridden, null, 'sam-okafor', LABEL)).toBe(overridden)
  })
})
