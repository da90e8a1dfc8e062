// The Action shell: the only place that reads inputs and calls setFailed. Everything about the PR comes
// from the API at `pull_request.head.sha` (never GITHUB_SHA); policy comes from the base commit.
import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import { CONTENT_STATUS_CONTEXT, SIGNOFF_STATUS_CONTEXT } from '../contract.js'
import { runCheck, type ChangedFile } from '../engine/check.js'
import { contentMatcher } from '../engine/content-files.js'
import { loadPolicy } from '../engine/policy.js'
import { positioningStableCommits } from '../engine/stability.js'
import { CopydeskError } from '../errors.js'
import { redact, redactStdio } from '../redact.js'
import { finishRun, llmSetup } from '../llm/index.js'
import { createOctokit, getPull, labelActor, listPullFiles, listReviews, listTreePaths, readTreeListing, setStatus, sharedListing, teamMembers } from './api.js'
import { readInputs } from './inputs.js'
import { auditOverride, needsOverrideActor, type OverridePolicy } from './override.js'
import { publish } from './publish.js'
import { apiTree } from './tree.js'
import { actionCacheLocation, actionsCacheService, keepCache, type CacheService, type KeptCache } from './cache.js'
import { VERSION } from '../version.js'
import type { LabelActor, PullFile, PullRequest, RepoContext } from './types.js'
import { baseWithHeadFor, skippingPaths, unchangedContentFiles } from './unchanged.js'

const EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

export interface RunDependencies {
  /** The actions cache (`cache: true`); tests hand in a stand-in. */
  cacheService?: CacheService
}

export async function run(dependencies: RunDependencies = {}): Promise<void> {
  // From here on, nothing the process prints (logs, annotations, workflow commands) carries a known secret.
  redactStdio()
  let statusTarget: { ctx: RepoContext; sha: string } | null = null
  try {
    const eventName = githubContext.eventName
    if (!EVENTS.has(eventName)) {
      core.notice(`copydesk runs on pull_request, pull_request_target and pull_request_review events; \`${eventName}\` is not one of them, so there is nothing to check.`)
      return
    }
    const inputs = readInputs()
    const payloadPull = githubContext.payload.pull_request
    if (!payloadPull) throw new CopydeskError(`the \`${eventName}\` event payload has no pull_request`)
    const { owner, repo } = githubContext.repo
    const octokit = createOctokit(inputs.token, clientOptions())
    const ctx: RepoContext = { octokit, owner, repo }

    // The API's view, not the payload's: labels, body and head may have moved since the event fired.
    const pull = await getPull(ctx, payloadPull['number'] as number)
    statusTarget = { ctx, sha: pull.head.sha }
    const files = await listPullFiles(ctx, pull)

    const serverUrl = githubContext.serverUrl
    const runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${githubContext.runId}`
    const base = apiTree(ctx, pull.base.sha, `base ${pull.base.sha.slice(0, 7)}`, Number.MAX_SAFE_INTEGER)
    const policy = await loadPolicy(base, { configPath: inputs.config }).catch((error: unknown) => {
      // Someone fixing the config in their own PR needs to know why it has no effect.
      if (error instanceof CopydeskError) throw new CopydeskError(error.message, `copydesk reads its policy from the PR's base commit (${pull.base.sha.slice(0, 7)} on \`${pull.base.ref}\`): fix it there, not in this PR.`)
      throw error
    })
    const maxBytes = policy.policy.config.content['max-file-size']
    const kept: KeptCache | null = inputs.cache
      ? await keepCache(dependencies.cacheService ?? actionsCacheService, actionCacheLocation(), { version: VERSION, policy: policy.version, runId: githubContext.runId, runAttempt: process.env['GITHUB_RUN_ATTEMPT'] || '1' }, (message) => core.notice(message))
      : null
    // One recursive trees call at head, read when first needed: it tells symbolic links (mode 120000) from
    // files, which the contents API does not for a link to a file of the repository, and lists `nofilter`'s files.
    const headListing = sharedListing(() => readTreeListing(ctx, pull.head.sha))
    const head = apiTree(ctx, pull.head.sha, `head ${pull.head.sha.slice(0, 7)}`, maxBytes, { listing: headListing })
    const changed = files.flatMap(toChangedFile)
    // `nofilter` also checks the head's content files the PR leaves alone; their findings count too.
    const unchanged =
      inputs.filter === 'nofilter'
        ? unchangedContentFiles(await listTreePaths(ctx, pull.head.sha, headListing()), changed, contentMatcher(policy.policy.config, policy.artifact.path))
        : []
    const unchangedPaths = new Set(unchanged.map((file) => file.path))
    const baseContent = baseWithHeadFor(apiTree(ctx, pull.base.sha, `base ${pull.base.sha.slice(0, 7)}`, maxBytes), head, unchangedPaths)

    const reviews = await listReviews(ctx, pull.number)
    const teams = await readTeams(policy.strategyOwners, inputs.signoffToken, owner)
    const overridePolicy = policy.policy.config.signoff.override
    const overrideActor = await readOverrideActor(ctx, pull, overridePolicy)
    const approvedElsewhere = [...new Set(reviews.filter((r) => r.state === 'APPROVED' && r.commitId && r.commitId !== pull.head.sha).map((r) => r.commitId as string))]
    const stable = await positioningStableCommits(
      approvedElsewhere.map((sha) => ({ sha, tree: apiTree(ctx, sha, sha.slice(0, 7), maxBytes) })),
      head,
      changed,
      policy,
    )

    // The LLM second opinion, when a key is given. Its answers are kept in the cache folder's `llm/` area:
    // with `cache: true` the one the actions cache restores and saves around the run (so a re-run on an
    // unchanged head makes no request), else COPYDESK_LLM_CACHE when set.
    const llm = inputs.openaiKey
      ? llmSetup({
          config: policy.policy.config.llm,
          apiKey: inputs.openaiKey,
          keyName: 'the `openai-api-key` input',
          ...(inputs.openaiBaseUrl ? { baseURL: inputs.openaiBaseUrl } : {}),
          model: policy.policy.config.llm.model ?? inputs.openaiModel,
          cacheLocation: kept?.store ? actionCacheLocation() : process.env['COPYDESK_LLM_CACHE'] || null,
        })
      : { secondOpinion: null, notices: [] }
    const secondOpinion = llm.secondOpinion

    const report = await runCheck({
      base: baseContent,
      head,
      policy,
      files: [...changed, ...unchanged],
      filter: inputs.filter,
      failOn: inputs.failOn,
      ...(secondOpinion ? { review: skippingPaths(secondOpinion.review, unchangedPaths) } : {}),
      signoff: {
        author: pull.author,
        headSha: pull.head.sha,
        reviews: reviews.map((r) => ({ login: r.login, state: r.state, commitId: r.commitId, submittedAt: r.submittedAt ?? '' })),
        teamMembers: teams.members,
        positioningStableSince: stable,
        labels: pull.labels,
        body: pull.body,
        ...(overrideActor.actor ? { overrideActor: overrideActor.actor.login } : {}),
      },
      meta: { base: pull.base.sha, head: pull.head.sha, repository: `${owner}/${repo}`, pullRequest: pull.number, runUrl, serverUrl },
      ...(kept?.store ? { cache: kept.store } : {}),
    })
    report.signoff = auditOverride(report.signoff, overrideActor.actor, pull.author, overridePolicy.label)
    report.notices.push(...head.notices(), ...teams.notices, ...overrideActor.notices, ...llm.notices)
    if (secondOpinion) await finishRun(report, secondOpinion, policy.artifactDoc ? { path: policy.artifactDoc.path, text: policy.artifactDoc.source } : null)
    if (unchanged.length) report.notices.push(nofilterNotice(unchanged.length, secondOpinion !== null))

    const { failure } = await publish(ctx, inputs, report, pull.number, pull.head.sha, runUrl, head, policy.policy.packs)
    // Answers the model gave this run live in the same folder: they are worth a new entry too.
    await kept?.save({ other: (report.llm?.usage?.requests ?? 0) > 0 })
    if (failure) core.setFailed(failure)
  } catch (error) {
    const message = error instanceof CopydeskError ? `${error.message}${error.hint ? `\n${error.hint}` : ''}` : `copydesk failed unexpectedly (please report it): ${(error as Error).stack ?? String(error)}`
    core.setFailed(redact(message))
    // A required check must never stay green from an earlier run when this one could not decide.
    if (statusTarget) {
      const description = `copydesk could not check this commit: ${(error as Error).message}`
      for (const contextName of [CONTENT_STATUS_CONTEXT, SIGNOFF_STATUS_CONTEXT]) {
        await setStatus(statusTarget.ctx, statusTarget.sha, contextName, 'error', description).catch(() => undefined)
      }
    }
  }
}

/**
 * `COPYDESK_API_PACING=off` drops the retry waits and GitHub's requested spacing between writes. It exists for
 * the end-to-end tests, which talk to a local stand-in; never set it against api.github.com.
 */
function clientOptions(): { retryBaseMs?: number; spaceWrites?: boolean } {
  return process.env['COPYDESK_API_PACING'] === 'off' ? { retryBaseMs: 5, spaceWrites: false } : {}
}

function nofilterNotice(count: number, llmOn: boolean): string {
  const files = `${count} content file${count === 1 ? '' : 's'}`
  const llm = llmOn ? ' The LLM review read only the files the pull request changes.' : ''
  return `\`filter: nofilter\` also checked the ${files} this pull request does not change; their findings count toward the verdict.${llm}`
}

function toChangedFile(file: PullFile): ChangedFile[] {
  const status = file.status === 'removed' ? 'removed' : file.status === 'added' || file.status === 'copied' ? 'added' : file.status === 'renamed' ? 'renamed' : 'modified'
  return [{ path: file.path, status, ...(file.previousPath && status === 'renamed' ? { previousPath: file.previousPath } : {}) }]
}

/**
 * Who applied the override label, read only when an override could count. A failed read does not stop the
 * run: the override is then recorded as applied by an unknown user, and a notice says how to fix the token.
 */
async function readOverrideActor(ctx: RepoContext, pull: PullRequest, policy: OverridePolicy): Promise<{ actor: LabelActor | null; notices: string[] }> {
  if (!needsOverrideActor(policy, pull.labels)) return { actor: null, notices: [] }
  try {
    return { actor: await labelActor(ctx, pull.number, policy.label), notices: [] }
  } catch (error) {
    const hint = error instanceof CopydeskError && error.hint ? ` ${error.hint}` : ''
    return { actor: null, notices: [`${(error as Error).message}${hint}`] }
  }
}

async function readTeams(owners: string[], signoffToken: string, org: string): Promise<{ members: Record<string, string[]> | null; notices: string[] }> {
  const teamOwners = owners.filter((o) => /^@[^/]+\/.+/.test(o))
  if (!teamOwners.length) return { members: {}, notices: [] }
  if (!signoffToken) return { members: null, notices: [] }
  const octokit = createOctokit(signoffToken, clientOptions())
  const members: Record<string, string[]> = {}
  const notices: string[] = []
  for (const team of teamOwners) {
    const [teamOrg, slug] = team.slice(1).split('/') as [string, string]
    try {
      members[team] = await teamMembers({ octokit, owner: teamOrg || org, repo: '' }, teamOrg || org, slug)
    } catch (error) {
      notices.push(`Could not read the members of ${team}: ${(error as Error).message}`)
    }
  }
  return { members, notices }
}
