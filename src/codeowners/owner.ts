// The three owner forms GitHub accepts. Anything else makes the line invalid syntax.

export type OwnerKind = 'user' | 'team' | 'email'

const USER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/
const TEAM = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function ownerKind(token: string): OwnerKind | null {
  if (USER.test(token)) return 'user'
  if (TEAM.test(token)) return 'team'
  if (EMAIL.test(token)) return 'email'
  return null
}
