// Team membership, for strategy owners named as `@org/team`. The workflow's GITHUB_TOKEN cannot read it:
// these calls need the `signoff-token`, and say so when they fail.
import { explainApiError, httpFailure } from './explain.js'
import type { RepoContext } from './types.js'

/** Logins of the team's members (child teams included, as GitHub lists them). */
export async function teamMembers(ctx: RepoContext, org: string, slug: string): Promise<string[]> {
  try {
    const members = await ctx.octokit.paginate(ctx.octokit.rest.teams.listMembersInOrg, {
      org,
      team_slug: slug,
      per_page: 100,
    })
    return members.map((member) => member.login)
  } catch (err) {
    throw explainApiError(err, 'teams', `read the members of team \`@${org}/${slug}\``)
  }
}

/** Whether `login` is an active member; a pending invitation does not count. */
export async function isTeamMember(ctx: RepoContext, org: string, slug: string, login: string): Promise<boolean> {
  try {
    const { data } = await ctx.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login })
    return data.state === 'active'
  } catch (err) {
    // A bare 404 means "not a member"; a 404 that names missing access is a permission problem.
    const failure = httpFailure(err)
    if (failure !== null && failure.status === 404 && /^not found$/i.test(failure.githubMessage)) return false
    throw explainApiError(err, 'teams', `check whether \`@${login}\` is in team \`@${org}/${slug}\``)
  }
}
