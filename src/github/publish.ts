// Everything the Action writes back: outputs, report files, annotations, job summary, the two commit
// statuses, the traceability comment and the suggestion review. The report decides; this only renders.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { CONTENT_STATUS_CONTEXT, MARKER, SIGNOFF_STATUS_CONTEXT } from '../contract.js'
import { countBySeverity } from '../engine/verdict.js'
import { toAnnotations, toComment, toJson, toSarif, toSummary } from '../reports/index.js'
import { reachesFailOn } from '../severity.js'
import { signoffStatus } from '../signoff/index.js'
import type { Report } from '../types.js'
import { redact, secrets } from '../redact.js'
import { VERSION } from '../version.js'
import { setStatus, upsertComment } from './api.js'
import type { Inputs } from './inputs.js'
import { createReview, deleteReviewComment, listReviewComments } from './reviews.js'
import { planSuggestions } from './suggestions.js'
import type { ApiTree } from './tree.js'
import type { RepoContext } from './types.js'

export async function publish(
  ctx: RepoContext,
  inputs: Inputs,
  unredacted: Report,
  pullNumber: number,
  headSha: string,
  runUrl: string,
  head: ApiTree,
  packs: { rules: { id: string; kind: string }[] }[],
): Promise<{ failure: string | null }> {
  // Every output below is rendered from this copy: no secret a message echoed reaches the comment, the
  // summary, the statuses, the annotations, the report or SARIF (see src/redact.ts).
  const report = secrets.deep(unredacted)
  const counts = countBySeverity(report.files)
  const failing = report.files.reduce((n, f) => n + f.findings.filter((x) => reachesFailOn(x.severity, inputs.failOn)).length, 0)

  core.setOutput('verdict', report.verdict)
  core.setOutput('findings', String(counts.findings))
  core.setOutput('errors', String(counts.errors))
  core.setOutput('positioning-changed', String(report.positioning.changed))
  const dir = process.env['RUNNER_TEMP'] || tmpdir()
  const reportPath = join(dir, 'copydesk-report.json')
  const sarifPath = join(dir, 'copydesk.sarif')
  await writeFile(reportPath, redact(toJson(report)))
  await writeFile(sarifPath, JSON.stringify(secrets.deep(toSarif(report, { toolVersion: VERSION, informationUri: 'https://github.com/acme/copydesk' })), null, 2))
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
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(redact(toSummary(report, overflow))).write()

  // Statuses: the content status fails on findings; the sign-off status is pending until a strategy owner approves.
  // A file copydesk could not read is `error`: the check did not run, so it can neither pass nor fail it.
  const unread = report.files.filter((file) => file.error !== undefined)
  const contentState = unread.length > 0 ? 'error' : failing > 0 ? 'failure' : 'success'
  const contentDescription =
    unread.length > 0
      ? `Could not read ${unread.length} changed file${unread.length === 1 ? '' : 's'} (${unread[0]?.path}${unread.length > 1 ? ', …' : ''}); re-run the job`
      : failing > 0
      ? `${failing} finding${failing === 1 ? '' : 's'} at ${inputs.failOn} severity or above`
      : counts.findings > 0
        ? `${counts.findings} finding${counts.findings === 1 ? '' : 's'} below fail-on (${inputs.failOn})`
        : 'No findings on the changed content'
  await setStatus(ctx, headSha, CONTENT_STATUS_CONTEXT, contentState, contentDescription, runUrl)
  const signoff = signoffStatus(report.signoff)
  // The status line is all an admin sees in the checks list: say what would unblock an unverifiable team approval.
  const needsToken = signoff.state === 'pending' && !inputs.signoffToken && report.signoff.owners.some((o) => o.includes('/'))
  const signoffDescription = needsToken ? `${signoff.description} Team approvals need a signoff-token.` : signoff.description
  // An unread file may hold a positioning change nobody has seen: "untouched" cannot be claimed. An approval
  // of the head still stands (the owner approved the commit), and a rejection stays a failure.
  if (unread.length > 0 && signoff.state !== 'failure' && report.signoff.state !== 'approved') {
    await setStatus(ctx, headSha, SIGNOFF_STATUS_CONTEXT, 'error', `Could not read ${unread.length} changed file${unread.length === 1 ? '' : 's'}, so positioning changes are unknown; re-run the job`, runUrl)
  } else {
    await setStatus(ctx, headSha, SIGNOFF_STATUS_CONTEXT, signoff.state, signoffDescription, runUrl)
  }

  if (inputs.comment) {
    // The previous comment's hidden state decides whether the strategy owners are mentioned (once); every
    // secret the run knows is redacted from what is posted.
    const render = (previousBody: string | null): string =>
      redact(toComment(report, { marker: MARKER, headSha, serverUrl: report.meta.serverUrl ?? 'https://github.com', repository: report.meta.repository ?? '', runUrl, summaryUrl, previousBody, ...(report.meta.base ? { baseSha: report.meta.base } : {}) }))
    const result = await upsertComment(ctx, pullNumber, MARKER, render)
    core.info(`Traceability comment ${result.action} (id ${result.id}).`)
  }

  if (inputs.suggestions) await postSuggestions(ctx, report, pullNumber, headSha, head, packs)

  if (signoff.state === 'failure') {
    core.info(`Positioning changed and a strategy owner requested changes: ${report.signoff.reason} The \`${SIGNOFF_STATUS_CONTEXT}\` status fails until they approve the current head.`)
  } else if (report.verdict === 'needs-signoff') {
    core.info(`Positioning changed: ${report.signoff.reason} The \`${SIGNOFF_STATUS_CONTEXT}\` status stays pending until a strategy owner approves the current head.`)
  }
  // The job fails on findings (fail-on) and on files it could not read; a missing sign-off is the sign-off
  // status's job, not the step's.
  if (unread.length > 0) {
    return {
      failure: `copydesk could not read ${unread.length} changed file${unread.length === 1 ? '' : 's'}, so the pull request cannot pass: ${unread.map((file) => `\`${file.path}\` (${file.error})`).join('; ')}`,
    }
  }
  const fails = report.verdict === 'fail' && inputs.failOn !== 'never'
  return {
    failure: fails ? `copydesk: ${failing} finding${failing === 1 ? '' : 's'} at \`${inputs.failOn}\` severity or above. See the annotations, the job summary and the PR comment.` : null,
  }
}

async function postSuggestions(
  ctx: RepoContext,
  report: Report,
  pullNumber: number,
  headSha: string,
  head: ApiTree,
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
