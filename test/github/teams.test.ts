import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { isTeamMember, teamMembers } from '../../src/github/api.js'
import { contextFor } from '../support/github-context.js'
import { GitHubStandin, startStandin } from '../support/github-standin.js'

let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.state.teams['acme/strategy'] = ['dana', 'cmo-jane', ...Array.from({ length: 120 }, (_, i) => `member${i}`)]
  standin.state.teamReaders = ['signoff-token']
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

test('lists every member of a team across pages with a token that can read teams', async () => {
  const members = await teamMembers(contextFor(standin, 'signoff-token'), 'acme', 'strategy')
  expect(members).toHaveLength(122)
  expect(members.slice(0, 2)).toEqual(['dana', 'cmo-jane'])
})

test('tells members from non-members', async () => {
  const ctx = contextFor(standin, 'signoff-token')
  expect(await isTeamMember(ctx, 'acme', 'strategy', 'cmo-jane')).toBe(true)
  expect(await isTeamMember(ctx, 'acme', 'strategy', 'mallory')).toBe(false)
})

test.each([403, 404] as const)('the workflow token denied team access (%i) gets a message asking for a signoff-token with read:org', async (status) => {
  standin.state.teamDenial = { status, message: 'Resource not accessible by integration' }
  const ctx = contextFor(standin, 'github-token')
  for (const attempt of [teamMembers(ctx, 'acme', 'strategy'), isTeamMember(ctx, 'acme', 'strategy', 'dana')]) {
    const err = await attempt.catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CopydeskError)
    expect((err as Error).message).toContain(`GitHub answered ${status} \`Resource not accessible by integration\``)
    expect((err as Error).message).toContain('`signoff-token`')
    expect((err as Error).message).toContain('`read:org`')
  }
})

test('an unknown team is an error, not an empty team', async () => {
  await expect(teamMembers(contextFor(standin, 'signoff-token'), 'acme', 'nobody')).rejects.toThrow(/`@acme\/nobody`/)
})
