// The Action shell: the only place that reads inputs and calls setFailed. Everything about the PR comes
// from the API at `pull_request.head.sha` (never GITHUB_SHA); policy comes from the base commit.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import { CONTENT_STATUS_CONTEXT, MARKER, SIGNOFF_STATUS_CONTEXT } from '../contract.js'
import { runCheck, type AsyncCheck, type ChangedFile } from '../engine/check.js'
import { contentMatcher } from '../engine/content-files.js'
import { reachesFailOn } from '../severity.js'
import { loadPolicy } from '../engine/policy.js'
import { positioningStableCommits } from '../engine/stability.js'
import { countBySeverity } from '../engine/verdict.js'
import { CopydeskError } from '../errors.js'
import { createLlmReview, LLM_PROMPT_VERSION } from '../llm/index.js'
import { toAnnotations, toComment, toJson, toSarif, toSummary } from '../reports/index.js'
import { signoffStatus } from '../signoff/index.js'
import type { Report } from '../types.js'
import { VERSION } from '../version.js'
import { createOctokit, getPull, listPullFiles, listReviews, listTreePaths, setStatus, teamMembers, upsertComment } from './api.js'
import { createReview, deleteReviewComment, listReviewComments } from './reviews.js'
import { planSuggestions } from './suggestions.js'
import { apiTree } from './tree.js'
import type { PullFile, RepoContext } from './types.js'
import { baseWithHeadFor, skippingPaths, unchangedContentFiles } from './unchanged.js'

const EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

export interface Inputs {
  token: string
  config: string
  signoffToken: string
  failOn: 'error' | 'warning' | 'never'
  comment: boolean
  filter: 'added' | 'file' | 'nofilter'
  suggestions: boolean
  openaiKey: string
  openaiBaseUrl: string
  openaiModel: string
}

export function readInputs(): Inputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = core.getInput(name).trim() || fallback
    if (!(allowed as readonly string[]).includes(value)) throw new CopydeskError(`input \`${name}\` is \`${value}\`; expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`)
    return value as T
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const value = core.getInput(name).trim().toLowerCase()
    if (value === '') return fallback
    if (value === 'true' || value === 'false') return value === 'true'
    throw new CopydeskError(`input \`${name}\` is \`${value}\`; expected \`true\` or \`false\``)
  }
  const inputs: Inputs = {
    token: core.getInput('github-token'),
    config: core.getInput('config') || '.github/copydesk.yml',
    signoffToken: core.getInput('signoff-token'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    comment: bool('comment', true),
    filter: choice('filter', ['added', 'file', 'nofilter'] as const, 'added'),
    suggestions: bool('suggestions', true),
    openaiKey: core.getInput('openai-api-key'),
    openaiBaseUrl: core.getInput('openai-base-url'),
    openaiModel: core.getInput('openai-model') || 'gpt-4.1-mini',
  }
  // Never let a secret reach the log, even through an error message that quotes it.
  for (const secret of [inputs.token, inputs.signoffToken, inputs.openaiKey]) if (secret) core.setSecret(secret)
  if (!inputs.token) throw new CopydeskError('input `github-token` is empty', 'Pass `github-token: ${{ github.token }}` (the default) or a token with the permissions listed in the README.')
  return inputs
}

export async function run(): Promise<void> {
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
    const head = apiTree(ctx, pull.head.sha, `head ${pull.head.sha.slice(0, 7)}`, maxBytes)
    const changed = files.flatMap(toChangedFile)
    // `nofilter` also checks the head's content files the PR leaves alone; their findings count too.
    const unchanged =
      inputs.filter === 'nofilter' ? unchangedContentFiles(await listTreePaths(ctx, pull.head.sha), changed, contentMatcher(policy.policy.config, policy.artifact.path)) : []
    const unchangedPaths = new Set(unchanged.map((file) => file.path))
    const baseContent = baseWithHeadFor(apiTree(ctx, pull.base.sha, `base ${pull.base.sha.slice(0, 7)}`, maxBytes), head, unchangedPaths)

    const reviews = await listReviews(ctx, pull.number)
    const teams = await readTeams(policy.strategyOwners, inputs.signoffToken, owner)
    const approvedElsewhere = [...new Set(reviews.filter((r) => r.state === 'APPROVED' && r.commitId && r.commitId !== pull.head.sha).map((r) => r.commitId as string))]
    const stable = await positioningStableCommits(
      approvedElsewhere.map((sha) => ({ sha, tree: apiTree(ctx, sha, sha.slice(0, 7), maxBytes) })),
      head,
      changed,
      policy,
    )

    const asyncChecks: AsyncCheck[] = []
    const llmNotices: string[] = []
    const llmModel = policy.policy.config.llm.model ?? inputs.openaiModel
    const llmOn = Boolean(inputs.openaiKey) && policy.policy.config.llm.enabled
    if (llmOn) {
      const review = createLlmReview({
        apiKey: inputs.openaiKey,
        model: llmModel,
        ...(inputs.openaiBaseUrl ? { baseURL: inputs.openaiBaseUrl } : {}),
        onNotice: (message) => llmNotices.push(message),
      })
      asyncChecks.push(skippingPaths(review, unchangedPaths))
    }

    const report = await runCheck({
      base: baseContent,
      head,
      policy,
      files: [...changed, ...unchanged],
      filter: inputs.filter,
      failOn: inputs.failOn,
      asyncChecks,
      signoff: {
        author: pull.author,
        headSha: pull.head.sha,
        reviews: reviews.map((r) => ({ login: r.login, state: r.state, commitId: r.commitId, submittedAt: r.submittedAt ?? '' })),
        teamMembers: teams.members,
        positioningStableSince: stable,
        labels: pull.labels,
        body: pull.body,
      },
      meta: { base: pull.base.sha, head: pull.head.sha, repository: `${owner}/${repo}`, pullRequest: pull.number, runUrl, serverUrl },
    })
    report.notices.push(...teams.notices, ...llmNotices)
    if (llmOn) report.llm = { model: llmModel, promptVersion: LLM_PROMPT_VERSION }
    if (unchanged.length) report.notices.push(nofilterNotice(unchanged.length, llmOn))

    await publish(ctx, inputs, report, pull.number, pull.head.sha, runUrl, head, policy.policy.packs)
  } catch (error) {
    const message = error instanceof CopydeskError ? `${error.message}${error.hint ? `\n${error.hint}` : ''}` : `copydesk failed unexpectedly (please report it): ${(error as Error).stack ?? String(error)}`
    core.setFailed(message)
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

async function publish(
  ctx: RepoContext,
  inputs: Inputs,
  report: Report,
  pullNumber: number,
  headSha: string,
  runUrl: string,
  head: ReturnType<typeof apiTree>,
  packs: { rules: { id: string; kind: string }[] }[],
): Promise<void> {
  const counts = countBySeverity(report.files)
  const failing = report.files.reduce((n, f) => n + f.findings.filter((x) => reachesFailOn(x.severity, inputs.failOn)).length, 0)

  core.setOutput('verdict', report.verdict)
  core.setOutput('findings', String(counts.findings))
  core.setOutput('errors', String(counts.errors))
  core.setOutput('positioning-changed', String(report.positioning.changed))
  const dir = process.env['RUNNER_TEMP'] || tmpdir()
  const reportPath = join(dir, 'copydesk-report.json')
  const sarifPath = join(dir, 'copydesk.sarif')
  await writeFile(reportPath, toJson(report))
  await writeFile(sarifPath, JSON.stringify(toSarif(report, { toolVersion: VERSION, informationUri: 'https://github.com/acme/copydesk' }), null, 2))
  core.setOutput('report-path', reportPath)
  core.setOutput('sarif-path', sarifPath)

  // The runner shows 10 annotations per level per step. One slot of each stays free for the step's own
  // message (setFailed's error, the suggestions fallback warning, the notices folded into one below).
  if (report.notices.length) core.notice(report.notices.join('\n'), { title: 'copydesk notices' })
  const { annotations, overflow } = toAnnotations(report, { perType: 9 })
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, ...(a.startColumn ? { startColumn: a.startColumn, endColumn: a.endColumn } : {}) }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  const summaryUrl = runUrl
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(toSummary(report, overflow)).write()

  // Statuses: the content status fails on findings; the sign-off status is pending until a strategy owner approves.
  const contentState = failing > 0 ? 'failure' : 'success'
  const contentDescription =
    failing > 0
      ? `${failing} finding${failing === 1 ? '' : 's'} at ${inputs.failOn} severity or above`
      : counts.findings > 0
        ? `${counts.findings} finding${counts.findings === 1 ? '' : 's'} below fail-on (${inputs.failOn})`
        : 'No findings on the changed content'
  await setStatus(ctx, headSha, CONTENT_STATUS_CONTEXT, contentState, contentDescription, runUrl)
  const signoff = signoffStatus(report.signoff)
  // The status line is all an admin sees in the checks list: say what would unblock an unverifiable team approval.
  const needsToken = signoff.state === 'pending' && !inputs.signoffToken && report.signoff.owners.some((o) => o.includes('/'))
  const signoffDescription = needsToken ? `${signoff.description} Team approvals need a signoff-token.` : signoff.description
  await setStatus(ctx, headSha, SIGNOFF_STATUS_CONTEXT, signoff.state, signoffDescription, runUrl)

  if (inputs.comment) {
    const body = toComment(report, { marker: MARKER, headSha, serverUrl: report.meta.serverUrl ?? 'https://github.com', repository: report.meta.repository ?? '', runUrl, summaryUrl, ...(report.meta.base ? { baseSha: report.meta.base } : {}) })
    const result = await upsertComment(ctx, pullNumber, MARKER, body)
    core.info(`Traceability comment ${result.action} (id ${result.id}).`)
  }

  if (inputs.suggestions) await postSuggestions(ctx, report, pullNumber, headSha, head, packs)

  if (report.verdict === 'fail' && inputs.failOn !== 'never') {
    core.setFailed(`copydesk: ${failing} finding${failing === 1 ? '' : 's'} at \`${inputs.failOn}\` severity or above. See the annotations, the job summary and the PR comment.`)
  } else if (signoff.state === 'failure') {
    core.info(`Positioning changed and a strategy owner requested changes: ${report.signoff.reason} The \`${SIGNOFF_STATUS_CONTEXT}\` status fails until they approve the current head.`)
  } else if (report.verdict === 'needs-signoff') {
    core.info(`Positioning changed: ${report.signoff.reason} The \`${SIGNOFF_STATUS_CONTEXT}\` status stays pending until a strategy owner approves the current head.`)
  }
}

async function postSuggestions(
  ctx: RepoContext,
  report: Report,
  pullNumber: number,
  headSha: string,
  head: ReturnType<typeof apiTree>,
  packs: { rules: { id: string; kind: string }[] }[],
): Promise<void> {
  const substitution = new Set(packs.flatMap((p) => p.rules.filter((r) => r.kind === 'substitution').map((r) => r.id)))
  // A review comment must sit in the PR's diff: files `nofilter` adds are left to the annotations.
  const inDiff = { ...report, files: report.files.filter((file) => file.status !== 'unchanged') }
  const texts = new Map<string, string | null>()
  for (const file of inDiff.files) {
    const stat = await head.stat(file.path).catch(() => null)
    texts.set(file.path, stat && !stat.tooLarge ? stat.text : null)
  }
  try {
    const existing = (await listReviewComments(ctx, pullNumber)).filter((c) => c.body.includes('<!-- copydesk:suggestion '))
    const plan = planSuggestions(inDiff, (path) => texts.get(path) ?? null, (id) => substitution.has(id), existing)
    for (const outdated of plan.remove) await deleteReviewComment(ctx, outdated.id)
    if (plan.create.length) {
      await createReview(ctx, pullNumber, {
        commitId: headSha,
        body: `copydesk suggests ${plan.create.length} one-click fix${plan.create.length === 1 ? '' : 'es'} for wording the rule set replaces.`,
        comments: plan.create.map(({ path, line, body }) => ({ path, line, body })),
      })
    }
    core.info(`Suggestions: ${plan.create.length} posted, ${plan.kept} already posted, ${plan.remove.length} outdated removed${plan.dropped ? `, ${plan.dropped} over the limit of 30 left to the annotations` : ''}.`)
  } catch (error) {
    // Fork PRs get a read-only token: the fixes stay visible in the annotations and the comment.
    core.warning(`Suggestions could not be posted as a review (${(error as Error).message}); the fixes are listed in the annotations and the traceability comment instead.`)
  }
}
