// Who may sign off: listed users directly, and members of listed teams when membership is known.
import { ownerKind } from '../codeowners/owner.js'

export interface StrategyOwners {
  /** The usable owners as written (`@user`, `@org/team`), in order. */
  listed: string[]
  /** Directly listed users, lower-cased, without `@`. */
  users: Set<string>
  teams: string[]
  /** Entries that cannot sign off (emails, malformed), as written. */
  ignored: { owner: string; why: 'email' | 'invalid' }[]
}

export type Membership =
  | { kind: 'owner'; via: string }
  | { kind: 'unverifiable'; teams: string[] }
  | { kind: 'not-owner' }

export function resolveOwners(owners: readonly string[]): StrategyOwners {
  const result: StrategyOwners = { listed: [], users: new Set(), teams: [], ignored: [] }
  const seen = new Set<string>()
  for (const raw of owners) {
    const owner = raw.trim()
    const key = owner.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    const kind = ownerKind(owner)
    if (kind === 'user') {
      result.listed.push(owner)
      result.users.add(key.slice(1))
    } else if (kind === 'team') {
      result.listed.push(owner)
      result.teams.push(owner)
    } else {
      result.ignored.push({ owner, why: kind === 'email' ? 'email' : 'invalid' })
    }
  }
  return result
}

/** Team keys and logins compare case-insensitively, as GitHub's do. */
function membersOf(teamMembers: Record<string, string[]> | null, team: string): Set<string> | null {
  if (teamMembers === null) return null
  const wanted = team.toLowerCase()
  for (const [key, members] of Object.entries(teamMembers)) {
    if (key.toLowerCase() === wanted) return new Set(members.map((m) => normalizeLogin(m)))
  }
  return null
}

export function membership(owners: StrategyOwners, teamMembers: Record<string, string[]> | null, login: string): Membership {
  const key = normalizeLogin(login)
  if (owners.users.has(key)) return { kind: 'owner', via: `@${key}` }
  const unknown: string[] = []
  for (const team of owners.teams) {
    const members = membersOf(teamMembers, team)
    if (members === null) unknown.push(team)
    else if (members.has(key)) return { kind: 'owner', via: team }
  }
  return unknown.length > 0 ? { kind: 'unverifiable', teams: unknown } : { kind: 'not-owner' }
}

/** Teams whose membership is unknown, for the note asking for a `signoff-token`. */
export function unreadableTeams(owners: StrategyOwners, teamMembers: Record<string, string[]> | null): string[] {
  return owners.teams.filter((team) => membersOf(teamMembers, team) === null)
}

export function normalizeLogin(login: string): string {
  return login.trim().replace(/^@/, '').toLowerCase()
}
