import { describe, expect, it } from 'vitest'
import { evaluateSignoff } from '../../src/signoff/index.js'
import type { ReviewFact, SignoffFacts } from '../../src/signoff/index.js'
import type { SignoffState } from '../../src/types.js'

const HEAD = 'c0ffee1234567890c0ffee1234567890c0ffee12'
const OLD = 'abc1234def567890abc1234def567890abc12345'
const STABLE = '5ab1e00000000000000000000000000000000000'

function facts(overrides: Partial<SignoffFacts> = {}): SignoffFacts {
  return {
    positioningChanged: true,
    owners: ['@jane'],
    author: 'dana',
    headSha: HEAD,
    reviews: [],
    teamMembers: {},
    positioningStableSince: [],
    labels: [],
    body: '',
    override: { allowed: false, label: 'copydesk-override' },
    ...overrides,
  }
}

let minute = 0
function review(login: string, state: ReviewFact['state'], commitId: string | null = HEAD): ReviewFact {
  minute++
  return { login, state, commitId, submittedAt: `2026-10-02T10:${String(minute).padStart(2, '0')}:00Z` }
}

interface Row {
  name: string
  facts: SignoffFacts
  state: SignoffState
  reason: string
}

const JUSTIFIED = 'Ships the legal-mandated tagline.\n\nOverride-justification: Legal takedown of the old tagline, LEGAL-201.'

const table: Row[] = [
  {
    name: 'no sign-off is required when positioning did not change, whatever the reviews say',
    facts: facts({ positioningChanged: false, reviews: [review('jane', 'CHANGES_REQUESTED')] }),
    state: 'not-required',
    reason: 'Positioning did not change, so no strategy sign-off is needed.',
  },
  {
    name: 'a positioning change with no reviews waits for a strategy owner',
    facts: facts(),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'the pending reason lists every owner who could sign off',
    facts: facts({ owners: ['@jane', '@kim', '@acme/strategy'], teamMembers: { '@acme/strategy': [] } }),
    state: 'pending',
    reason: '0 of 3 strategy owners approved the current head; waiting for a review from @jane, @kim or @acme/strategy.',
  },
  {
    name: "a strategy owner's approval on the head signs off",
    facts: facts({ reviews: [review('jane', 'APPROVED')] }),
    state: 'approved',
    reason: '@jane approved the current head as a strategy owner.',
  },
  {
    name: 'owners are matched on login case-insensitively',
    facts: facts({ owners: ['@Jane'], reviews: [review('JANE', 'APPROVED')] }),
    state: 'approved',
    reason: '@JANE approved the current head as a strategy owner.',
  },
  {
    name: 'two owners approving the head are both named',
    facts: facts({ owners: ['@jane', '@kim'], reviews: [review('kim', 'APPROVED'), review('jane', 'APPROVED')] }),
    state: 'approved',
    reason: '@kim and @jane approved the current head as strategy owners.',
  },
  {
    name: 'an approval of an older commit is stale once positioning changed after it',
    facts: facts({ reviews: [review('jane', 'APPROVED', OLD)] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; @jane approved an older commit (abc1234) before positioning changed.',
  },
  {
    name: 'an approval of an older commit stands when only non-positioning text changed since',
    facts: facts({ reviews: [review('jane', 'APPROVED', STABLE)], positioningStableSince: [STABLE] }),
    state: 'approved',
    reason: '@jane approved 5ab1e00 as a strategy owner, and only non-positioning text changed since.',
  },
  {
    name: 'an approval without a commit cannot count for the head',
    facts: facts({ reviews: [review('jane', 'APPROVED', null)] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; @jane approved a commit GitHub no longer reports, so it cannot count for the current head.',
  },
  {
    name: "a strategy owner's request for changes rejects",
    facts: facts({ reviews: [review('jane', 'CHANGES_REQUESTED')] }),
    state: 'rejected',
    reason: '@jane requested changes as a strategy owner.',
  },
  {
    name: "one owner's request for changes outweighs another owner's approval",
    facts: facts({ owners: ['@jane', '@kim'], reviews: [review('kim', 'APPROVED'), review('jane', 'CHANGES_REQUESTED')] }),
    state: 'rejected',
    reason: "@jane requested changes as a strategy owner, which outweighs @kim's approval.",
  },
  {
    name: 'a later request for changes replaces the same owner’s approval',
    facts: facts({ reviews: [review('jane', 'APPROVED'), review('jane', 'CHANGES_REQUESTED')] }),
    state: 'rejected',
    reason: '@jane requested changes as a strategy owner.',
  },
  {
    name: 'a later approval replaces the same owner’s request for changes',
    facts: facts({ reviews: [review('jane', 'CHANGES_REQUESTED', OLD), review('jane', 'APPROVED')] }),
    state: 'approved',
    reason: '@jane approved the current head as a strategy owner.',
  },
  {
    name: 'a comment after an approval does not withdraw it',
    facts: facts({ reviews: [review('jane', 'APPROVED'), review('jane', 'COMMENTED')] }),
    state: 'approved',
    reason: '@jane approved the current head as a strategy owner.',
  },
  {
    name: 'a pending review after an approval does not withdraw it',
    facts: facts({ reviews: [review('jane', 'APPROVED'), review('jane', 'PENDING')] }),
    state: 'approved',
    reason: '@jane approved the current head as a strategy owner.',
  },
  {
    name: 'a comment after a request for changes does not lift it',
    facts: facts({ reviews: [review('jane', 'CHANGES_REQUESTED'), review('jane', 'COMMENTED')] }),
    state: 'rejected',
    reason: '@jane requested changes as a strategy owner.',
  },
  {
    name: 'a dismissed review withdraws the earlier approval',
    facts: facts({ reviews: [review('jane', 'APPROVED'), review('jane', 'DISMISSED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'a dismissed review lifts the earlier request for changes',
    facts: facts({ reviews: [review('jane', 'CHANGES_REQUESTED'), review('jane', 'DISMISSED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'an approval of an older commit followed by one of the head signs off',
    facts: facts({ reviews: [review('jane', 'APPROVED', OLD), review('jane', 'APPROVED')] }),
    state: 'approved',
    reason: '@jane approved the current head as a strategy owner.',
  },
  {
    name: 'author cannot approve their own positioning change',
    facts: facts({ owners: ['@dana', '@jane'], reviews: [review('dana', 'APPROVED')] }),
    state: 'pending',
    reason: '0 of 2 strategy owners approved the current head; @dana wrote the change and cannot sign it off.',
  },
  {
    name: 'the author is recognised whatever the case and an @ prefix',
    facts: facts({ author: '@Dana', owners: ['@dana'], reviews: [review('DANA', 'APPROVED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; @DANA wrote the change and cannot sign it off.',
  },
  {
    name: 'the author requesting changes on their own change does not reject it',
    facts: facts({ owners: ['@dana', '@jane'], reviews: [review('dana', 'CHANGES_REQUESTED')] }),
    state: 'pending',
    reason: '0 of 2 strategy owners approved the current head; waiting for a review from @dana or @jane.',
  },
  {
    name: 'an approval from someone who is not a strategy owner does not count',
    facts: facts({ reviews: [review('lee', 'APPROVED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'a request for changes from a non-owner does not reject',
    facts: facts({ reviews: [review('lee', 'CHANGES_REQUESTED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'a member of a listed team signs off when membership is known',
    facts: facts({ owners: ['@acme/strategy'], teamMembers: { '@acme/strategy': ['bob'] }, reviews: [review('Bob', 'APPROVED')] }),
    state: 'approved',
    reason: '@Bob approved the current head as a strategy owner.',
  },
  {
    name: 'team names are matched case-insensitively',
    facts: facts({ owners: ['@Acme/Strategy'], teamMembers: { '@acme/strategy': ['bob'] }, reviews: [review('bob', 'APPROVED')] }),
    state: 'approved',
    reason: '@bob approved the current head as a strategy owner.',
  },
  {
    name: 'a member of a listed team who requests changes rejects',
    facts: facts({ owners: ['@acme/strategy'], teamMembers: { '@acme/strategy': ['bob'] }, reviews: [review('bob', 'CHANGES_REQUESTED')] }),
    state: 'rejected',
    reason: '@bob requested changes as a strategy owner.',
  },
  {
    name: 'someone outside the listed team cannot sign off for it',
    facts: facts({ owners: ['@acme/strategy'], teamMembers: { '@acme/strategy': ['bob'] }, reviews: [review('lee', 'APPROVED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @acme/strategy.',
  },
  {
    name: 'a team-only owner cannot be verified when team membership is unknown',
    facts: facts({ owners: ['@acme/strategy'], teamMembers: null, reviews: [review('bob', 'APPROVED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; @bob approved, but membership of @acme/strategy could not be verified.',
  },
  {
    name: 'a directly listed owner still signs off when team membership is unknown',
    facts: facts({ owners: ['@acme/strategy', '@jane'], teamMembers: null, reviews: [review('jane', 'APPROVED')] }),
    state: 'approved',
    reason: '@jane approved the current head as a strategy owner.',
  },
  {
    name: 'an unverifiable team member requesting changes does not reject',
    facts: facts({ owners: ['@acme/strategy'], teamMembers: null, reviews: [review('bob', 'CHANGES_REQUESTED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @acme/strategy.',
  },
  {
    name: 'a team missing from the membership facts is treated as unknown',
    facts: facts({ owners: ['@acme/strategy'], teamMembers: { '@acme/web': ['bob'] }, reviews: [review('bob', 'APPROVED')] }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; @bob approved, but membership of @acme/strategy could not be verified.',
  },
  {
    name: 'email owners cannot sign off, so a list of only emails leaves nobody to approve',
    facts: facts({ owners: ['cmo@acme.com'], reviews: [review('jane', 'APPROVED')] }),
    state: 'pending',
    reason: 'No strategy owner can sign off: set `positioning.owners` in the config or give the positioning artifact CODEOWNERS owners.',
  },
  {
    name: 'no strategy owners at all leaves the change pending',
    facts: facts({ owners: [] }),
    state: 'pending',
    reason: 'No strategy owner can sign off: set `positioning.owners` in the config or give the positioning artifact CODEOWNERS owners.',
  },
  {
    name: 'an allowed, labelled and justified override signs off',
    facts: facts({ labels: ['copydesk-override'], body: JUSTIFIED, override: { allowed: true, label: 'copydesk-override' }, overrideActor: 'lead' }),
    state: 'approved',
    reason: 'Strategy sign-off was overridden by @lead with the `copydesk-override` label.',
  },
  {
    name: 'an override also lifts a strategy owner’s request for changes, on the record',
    facts: facts({
      reviews: [review('jane', 'CHANGES_REQUESTED')],
      labels: ['Copydesk-Override'],
      body: JUSTIFIED,
      override: { allowed: true, label: 'copydesk-override' },
      overrideActor: 'lead',
    }),
    state: 'approved',
    reason: 'Strategy sign-off was overridden by @lead with the `copydesk-override` label.',
  },
  {
    name: 'an override whose actor is unknown says so',
    facts: facts({ labels: ['copydesk-override'], body: JUSTIFIED, override: { allowed: true, label: 'copydesk-override' } }),
    state: 'approved',
    reason: 'Strategy sign-off was overridden by an unknown user with the `copydesk-override` label.',
  },
  {
    name: 'the override label is ignored when overrides are not allowed',
    facts: facts({ labels: ['copydesk-override'], body: JUSTIFIED, override: { allowed: false, label: 'copydesk-override' } }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'an override without a written justification is not honoured',
    facts: facts({ labels: ['copydesk-override'], body: 'Urgent!', override: { allowed: true, label: 'copydesk-override' } }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
  {
    name: 'an allowed override needs its configured label, not the default one',
    facts: facts({ labels: ['copydesk-override'], body: JUSTIFIED, override: { allowed: true, label: 'strategy-bypass' } }),
    state: 'pending',
    reason: '0 of 1 strategy owners approved the current head; waiting for a review from @jane.',
  },
]

describe('evaluateSignoff truth table: state and reason together', () => {
  for (const row of table) {
    it(row.name, () => {
      const result = evaluateSignoff(row.facts)
      expect({ state: result.state, reason: result.reason }).toEqual({ state: row.state, reason: row.reason })
      expect(result.required).toBe(row.state !== 'not-required')
    })
  }
})

describe('evaluateSignoff details', () => {
  it('lists each valid approval with its login, commit and time', () => {
    const approval = review('jane', 'APPROVED')
    const result = evaluateSignoff(facts({ owners: ['@jane', '@kim'], reviews: [review('kim', 'APPROVED', OLD), approval] }))
    expect(result.approvedBy).toEqual([{ login: 'jane', commit: HEAD, at: approval.submittedAt }])
  })

  it('lists an approval that still stands, and notes why it stands', () => {
    const result = evaluateSignoff(facts({ reviews: [review('jane', 'APPROVED', STABLE)], positioningStableSince: [STABLE] }))
    expect(result.approvedBy.map((a) => a.commit)).toEqual([STABLE])
    expect(result.notes).toContain("@jane's approval on 5ab1e00 still stands: only non-positioning text changed since.")
  })

  it('reports no approvals when the approval is stale', () => {
    expect(evaluateSignoff(facts({ reviews: [review('jane', 'APPROVED', OLD)] })).approvedBy).toEqual([])
  })

  it('notes that the author tried to approve their own change', () => {
    const result = evaluateSignoff(facts({ owners: ['@dana'], reviews: [review('dana', 'APPROVED')] }))
    expect(result.notes).toContain('@dana wrote this pull request and cannot sign off their own positioning change.')
    expect(result.approvedBy).toEqual([])
  })

  it('asks for a signoff-token when team membership could not be read', () => {
    const result = evaluateSignoff(facts({ owners: ['@acme/strategy', '@jane'], teamMembers: null }))
    expect(result.notes).toContain(
      'Membership of @acme/strategy could not be read, so only directly listed owners can sign off; give copydesk a `signoff-token` with read:org (or a GitHub App token with Members read) to count team members.',
    )
  })

  it('does not ask for a signoff-token when no team is listed', () => {
    const result = evaluateSignoff(facts({ teamMembers: null }))
    expect(result.notes).toEqual([])
  })

  it('notes an unverifiable request for changes that therefore does not block', () => {
    const result = evaluateSignoff(facts({ owners: ['@acme/strategy'], teamMembers: null, reviews: [review('bob', 'CHANGES_REQUESTED')] }))
    expect(result.notes).toContain('@bob requested changes, but membership of @acme/strategy could not be verified, so it does not block.')
  })

  it('notes an approval from someone who is not a strategy owner', () => {
    const result = evaluateSignoff(facts({ reviews: [review('lee', 'APPROVED')] }))
    expect(result.notes).toContain('@lee approved but is not a strategy owner (@jane), so it does not count.')
  })

  it('ignores email owners with a note and keeps the usable owners', () => {
    const result = evaluateSignoff(facts({ owners: ['cmo@acme.com', '@jane', 'jane'] }))
    expect(result.owners).toEqual(['@jane'])
    expect(result.notes).toEqual([
      'Strategy owner `cmo@acme.com` is an email address; reviews carry GitHub logins, so it cannot sign off. List `@user` or `@org/team` instead.',
      'Strategy owner `jane` is not `@user` or `@org/team`, so it was ignored.',
    ])
  })

  it('records who overrode and why, and what the result would have been', () => {
    const result = evaluateSignoff(
      facts({
        reviews: [review('jane', 'CHANGES_REQUESTED')],
        labels: ['copydesk-override'],
        body: JUSTIFIED,
        override: { allowed: true, label: 'copydesk-override' },
        overrideActor: '@lead',
      }),
    )
    expect(result.override).toEqual({ by: 'lead', justification: 'Legal takedown of the old tagline, LEGAL-201.' })
    expect(result.notes).toEqual([
      "Sign-off overridden by @lead with the `copydesk-override` label, overruling @jane's request for changes; without it: @jane requested changes as a strategy owner.",
      'Override justification: Legal takedown of the old tagline, LEGAL-201.',
    ])
  })

  it('says why a disallowed override label was ignored', () => {
    const result = evaluateSignoff(facts({ labels: ['copydesk-override'], body: JUSTIFIED }))
    expect(result.override).toBeUndefined()
    expect(result.notes).toEqual([
      'The `copydesk-override` label was ignored: overrides are not allowed (set `signoff.override.allowed: true` in the config to allow them).',
    ])
  })

  it('says how to justify an override that lacks a justification', () => {
    const result = evaluateSignoff(
      facts({ labels: ['copydesk-override'], body: '<!-- Override-justification: why -->', override: { allowed: true, label: 'copydesk-override' } }),
    )
    expect(result.override).toBeUndefined()
    expect(result.notes).toEqual([
      'The `copydesk-override` label was not honoured: the PR body needs an `Override-justification: ...` line or an `## Override justification` section saying why.',
    ])
  })

  it('does not use an override when an owner already signed off', () => {
    const result = evaluateSignoff(
      facts({ reviews: [review('jane', 'APPROVED')], labels: ['copydesk-override'], body: JUSTIFIED, override: { allowed: true, label: 'copydesk-override' } }),
    )
    expect(result.state).toBe('approved')
    expect(result.override).toBeUndefined()
    expect(result.notes).toEqual(['The `copydesk-override` label was not needed: a strategy owner signed off.'])
  })

  it('reports the owners even when sign-off is not required', () => {
    const result = evaluateSignoff(facts({ positioningChanged: false, owners: ['@acme/strategy'] }))
    expect(result).toEqual({ required: false, state: 'not-required', owners: ['@acme/strategy'], approvedBy: [], reason: 'Positioning did not change, so no strategy sign-off is needed.', notes: [] })
  })
})
