// The strategy sign-off decision, modelled on policy-bot: explicit states and one human sentence.
//
// Order of precedence once positioning changed:
//   1. a strategy owner's latest opinion is CHANGES_REQUESTED → rejected (another owner's approval does not outweigh it);
//   2. a strategy owner approved the head, or a commit whose positioning text equals head's → approved;
//   3. otherwise pending, naming stale and unverifiable approvals.
// An allowed, labelled and justified override turns a pending or rejected result into approved, and says so.
import type { Approval, SignoffResult } from '../types.js'
import { overrideJustification } from './override.js'
import { membership, normalizeLogin, resolveOwners, unreadableTeams } from './owners.js'
import type { StrategyOwners } from './owners.js'
import { latestOpinions } from './reviews.js'
import type { Opinion } from './reviews.js'
import type { SignoffFacts } from './types.js'

interface Tally {
  fresh: Approval[]
  standing: Approval[]
  stale: Opinion[]
  rejecters: Opinion[]
  unverifiable: { opinion: Opinion; teams: string[] }[]
  authorApproved: Opinion | null
  outsiders: Opinion[]
}

export function evaluateSignoff(facts: SignoffFacts): SignoffResult {
  const owners = resolveOwners(facts.owners)
  const notes = ownerNotes(owners)
  if (!facts.positioningChanged && !facts.suppressionsNeedSignoff) {
    return {
      required: false,
      state: 'not-required',
      owners: owners.listed,
      approvedBy: [],
      reason: 'Positioning did not change, so no strategy sign-off is needed.',
      notes: [],
    }
  }

  const tally = tallyOpinions(facts, owners)
  if (facts.suppressionsNeedSignoff) {
    notes.push(
      `This pull request suppresses findings that config \`suppressions.require-signoff\` lets a pull request suppress only with a strategy owner's sign-off${facts.positioningChanged ? '' : ' (positioning itself did not change)'}; only an approval of the current head counts for them.`,
    )
  }
  notes.push(...opinionNotes(facts, owners, tally))
  const approvedBy = [...tally.fresh, ...tally.standing]
  const base = { required: true, owners: owners.listed, approvedBy }

  if (tally.rejecters.length === 0 && approvedBy.length > 0) {
    if (hasLabel(facts)) notes.push(`The \`${facts.override.label}\` label was not needed: a strategy owner signed off.`)
    return { ...base, state: 'approved', reason: approvedReason(tally), notes }
  }

  const state = tally.rejecters.length > 0 ? 'rejected' : 'pending'
  const reason = state === 'rejected' ? rejectedReason(tally) : pendingReason(owners, tally)
  const override = decideOverride(facts, notes)
  if (override) {
    const overruled = state === 'rejected' ? `, overruling ${joinNames(tally.rejecters.map((o) => `@${o.login}`))}'s request for changes` : ''
    notes.push(`Sign-off overridden by ${actorName(override.by)} with the \`${facts.override.label}\` label${overruled}; without it: ${reason}`)
    notes.push(`Override justification: ${override.justification}`)
    return {
      ...base,
      state: 'approved',
      reason: `Strategy sign-off was overridden by ${actorName(override.by)} with the \`${facts.override.label}\` label.`,
      notes,
      override,
    }
  }
  return { ...base, state, reason, notes }
}

function tallyOpinions(facts: SignoffFacts, owners: StrategyOwners): Tally {
  const tally: Tally = { fresh: [], standing: [], stale: [], rejecters: [], unverifiable: [], authorApproved: null, outsiders: [] }
  const head = facts.headSha.toLowerCase()
  const stable = new Set(facts.positioningStableSince.map((sha) => sha.toLowerCase()))
  const author = normalizeLogin(facts.author)

  for (const opinion of latestOpinions(facts.reviews)) {
    if (normalizeLogin(opinion.login) === author) {
      if (opinion.state === 'APPROVED') tally.authorApproved = opinion
      continue
    }
    const member = membership(owners, facts.teamMembers, opinion.login)
    if (member.kind === 'unverifiable') {
      tally.unverifiable.push({ opinion, teams: member.teams })
      continue
    }
    if (member.kind === 'not-owner') {
      if (opinion.state === 'APPROVED') tally.outsiders.push(opinion)
      continue
    }
    if (opinion.state === 'CHANGES_REQUESTED') {
      tally.rejecters.push(opinion)
      continue
    }
    const commit = opinion.commitId?.toLowerCase() ?? null
    const approval: Approval = { login: opinion.login, commit: opinion.commitId ?? '', at: opinion.at }
    if (commit !== null && commit === head) tally.fresh.push(approval)
    else if (commit !== null && stable.has(commit)) tally.standing.push(approval)
    else tally.stale.push(opinion)
  }
  return tally
}

function ownerNotes(owners: StrategyOwners): string[] {
  return owners.ignored.map(({ owner, why }) =>
    why === 'email'
      ? `Strategy owner \`${owner}\` is an email address; reviews carry GitHub logins, so it cannot sign off. List \`@user\` or \`@org/team\` instead.`
      : `Strategy owner \`${owner}\` is not \`@user\` or \`@org/team\`, so it was ignored.`,
  )
}

function opinionNotes(facts: SignoffFacts, owners: StrategyOwners, tally: Tally): string[] {
  const notes: string[] = []
  for (const approval of tally.standing) {
    notes.push(`@${approval.login}'s approval on ${sha7(approval.commit)} still stands: only non-positioning text changed since.`)
  }
  if (tally.authorApproved) {
    notes.push(`@${tally.authorApproved.login} wrote this pull request and cannot sign off their own positioning change.`)
  }
  const unreadable = unreadableTeams(owners, facts.teamMembers)
  if (unreadable.length > 0) {
    notes.push(
      `Membership of ${joinNames(unreadable)} could not be read, so only directly listed owners can sign off; ` +
        'give copydesk a `signoff-token` with read:org (or a GitHub App token with Members read) to count team members.',
    )
  }
  for (const { opinion, teams } of tally.unverifiable) {
    if (opinion.state === 'CHANGES_REQUESTED') {
      notes.push(`@${opinion.login} requested changes, but membership of ${joinNames(teams)} could not be verified, so it does not block.`)
    }
  }
  for (const outsider of tally.outsiders) {
    notes.push(`@${outsider.login} approved but is not a strategy owner (${joinNames(owners.listed)}), so it does not count.`)
  }
  return notes
}

function approvedReason(tally: Tally): string {
  if (tally.fresh.length > 0) {
    const names = joinNames(tally.fresh.map((a) => `@${a.login}`))
    return tally.fresh.length === 1
      ? `${names} approved the current head as a strategy owner.`
      : `${names} approved the current head as strategy owners.`
  }
  const clauses = tally.standing.map((a) => `@${a.login} approved ${sha7(a.commit)}`)
  return `${joinNames(clauses)} as ${tally.standing.length === 1 ? 'a strategy owner' : 'strategy owners'}, and only non-positioning text changed since.`
}

function rejectedReason(tally: Tally): string {
  const names = joinNames(tally.rejecters.map((o) => `@${o.login}`))
  const role = tally.rejecters.length === 1 ? 'a strategy owner' : 'strategy owners'
  const approvers = [...tally.fresh, ...tally.standing].map((a) => `@${a.login}`)
  const outweighs = approvers.length > 0 ? `, which outweighs ${joinNames(approvers)}'s approval` : ''
  return `${names} requested changes as ${role}${outweighs}.`
}

function pendingReason(owners: StrategyOwners, tally: Tally): string {
  if (owners.listed.length === 0) {
    return 'No strategy owner can sign off: set `positioning.owners` in the config or give the positioning artifact CODEOWNERS owners.'
  }
  const clauses: string[] = []
  for (const opinion of tally.stale) {
    clauses.push(
      opinion.commitId
        ? `@${opinion.login} approved an older commit (${sha7(opinion.commitId)}) before positioning changed`
        : `@${opinion.login} approved a commit GitHub no longer reports, so it cannot count for the current head`,
    )
  }
  for (const { opinion, teams } of tally.unverifiable) {
    if (opinion.state !== 'APPROVED') continue
    clauses.push(`@${opinion.login} approved, but membership of ${joinNames(teams)} could not be verified`)
  }
  if (tally.authorApproved) clauses.push(`@${tally.authorApproved.login} wrote the change and cannot sign it off`)
  if (clauses.length === 0) clauses.push(`waiting for a review from ${joinNames(owners.listed, 'or')}`)
  return `0 of ${owners.listed.length} strategy owners approved the current head; ${clauses.join('; ')}.`
}

function decideOverride(facts: SignoffFacts, notes: string[]): { by: string; justification: string } | null {
  if (!hasLabel(facts)) return null
  const label = facts.override.label
  if (!facts.override.allowed) {
    notes.push(`The \`${label}\` label was ignored: overrides are not allowed (set \`signoff.override.allowed: true\` in the config to allow them).`)
    return null
  }
  const justification = overrideJustification(facts.body)
  if (justification === null) {
    notes.push(
      `The \`${label}\` label was not honoured: the PR body needs an \`Override-justification: ...\` line or an \`## Override justification\` section saying why.`,
    )
    return null
  }
  return { by: facts.overrideActor?.replace(/^@/, '') || 'unknown', justification }
}

function hasLabel(facts: SignoffFacts): boolean {
  const wanted = facts.override.label.toLowerCase()
  return facts.labels.some((label) => label.toLowerCase() === wanted)
}

function actorName(by: string): string {
  return by === 'unknown' ? 'an unknown user' : `@${by}`
}

function sha7(sha: string): string {
  return sha.slice(0, 7)
}

function joinNames(names: readonly string[], conjunction = 'and'): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`
}
