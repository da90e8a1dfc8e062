// End-to-end: the audited emergency override of the strategy sign-off. A positioning rewrite that no
// strategy owner approved carries the override label; what the status and the comment say depends on the
// base commit's config, the PR body's justification, and who applied the label (read from the PR's events).
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { GitHubStandin } from '../support/github-standin.js'
import { eventPayload, markedComments, overlay, runAction, scenarioChanges, setPull, sha, siteTree, useActionSuite, type RunResult, type Tree } from './harness.js'

const SIGNOFF = 'copydesk/strategy-signoff'
const CONFIG = '.github/copydesk.yml'
const LABEL = 'copydesk-override'
const AUTHOR = 'priya-nair'
const LEGAL = 'head-of-legal'
const LABELED_AT = '2025-03-02T08:30:00Z'
const JUSTIFICATION = 'The old tagline is under a legal takedown (LEGAL-201); strategy is on leave until Monday.'
const EVENTS = 'issues/list-events'

const { startGitHub } = useActionSuite()

/** The example site with `signoff.override.allowed` set as the test needs, at the base commit. */
function siteWithOverride(allowed: boolean): Tree {
  const site = siteTree()
  const config = parseDocument(site[CONFIG] ?? '')
  config.setIn(['signoff', 'override'], { allowed, label: LABEL })
  return overlay(site, { [CONFIG]: config.toString() })
}

interface Story {
  standin: GitHubStandin
  number: number
  headSha: string
}

async function rewrite(number: number, opts: { allowed: boolean; body: string; labeledBy?: string }): Promise<Story> {
  const standin = await startGitHub()
  const base = siteWithOverride(opts.allowed)
  const headSha = sha(`head-${number}`)
  setPull(standin, { number, author: AUTHOR, base, head: overlay(base, scenarioChanges('02-positioning-rewrite')), baseSha: sha('base-main'), headSha, body: opts.body })
  if (opts.labeledBy !== undefined) {
    // An earlier labeling, removed again, must not be the one the audit names.
    standin.label(number, LABEL, 'someone-else', { at: '2025-03-01T12:00:00Z' })
    standin.label(number, LABEL, 'someone-else', { at: '2025-03-01T12:05:00Z', remove: true })
    standin.label(number, LABEL, opts.labeledBy, { at: LABELED_AT })
  }
  return { standin, number, headSha }
}

function run(s: Story): Promise<RunResult> {
  const pull = s.standin.state.pulls[s.number]
  if (pull === undefined) throw new Error(`no pull request #${s.number}`)
  return runAction({ standin: s.standin, event: 'pull_request', payload: eventPayload('pull_request', pull, { action: 'labeled' }) })
}

function signoffStatus(s: Story): { state: string; description: string | null } | undefined {
  const latest = s.standin.latestStatus(s.headSha, SIGNOFF)
  return latest === undefined ? undefined : { state: latest.state, description: latest.description }
}

function comment(s: Story): string {
  const bodies = markedComments(s.standin, s.number)
  expect(bodies).toHaveLength(1)
  return bodies[0] as string
}

const justified = `Urgent tagline swap.\n\nOverride-justification: ${JUSTIFICATION}\n`

describe('an emergency override of the strategy sign-off', () => {
  it('turns the sign-off green when allowed, labelled and justified, and records who applied the label, when and why', async () => {
    const s = await rewrite(510, { allowed: true, body: justified, labeledBy: LEGAL })
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(signoffStatus(s)?.state).toBe('success')
    expect(signoffStatus(s)?.description).toMatch(new RegExp(`^Overridden by @${LEGAL}: The old tagline is under a legal takedown`))
    expect(result.outputs['verdict']).toBe('pass')
    const body = comment(s)
    expect(body).toContain(`**Override** by \`@${LEGAL}\` on 2025-03-02 08:30 UTC: ${JUSTIFICATION}`)
    expect(body).toContain(`Sign-off overridden by @\u200d${LEGAL} with the \`${LABEL}\` label`)
    expect(body).not.toContain('unknown')
    expect(body).not.toContain('their own pull request')
    const signoff = result.report?.['signoff'] as { override?: unknown } | undefined
    expect(signoff?.override).toEqual({ by: LEGAL, justification: JUSTIFICATION, at: LABELED_AT })
    expect(s.standin.requestsTo(EVENTS)).toHaveLength(1)
  })

  it('records it when the author applied the label to their own pull request, and says so in the comment', async () => {
    const s = await rewrite(511, { allowed: true, body: justified, labeledBy: AUTHOR })
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(signoffStatus(s)?.state).toBe('success')
    expect(signoffStatus(s)?.description).toMatch(new RegExp(`^Overridden by @${AUTHOR}:`))
    const body = comment(s)
    expect(body).toContain(`**Override** by \`@${AUTHOR}\` on 2025-03-02 08:30 UTC: ${JUSTIFICATION}`)
    expect(body).toContain(`@\u200d${AUTHOR} applied the \`${LABEL}\` label to their own pull request.`)
  })

  it('ignores the label when the base config does not allow overrides: pending, with a note, and no events read', async () => {
    const s = await rewrite(512, { allowed: false, body: justified, labeledBy: LEGAL })
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(signoffStatus(s)?.state).toBe('pending')
    expect(result.outputs['verdict']).toBe('needs-signoff')
    const body = comment(s)
    expect(body).toContain(`The \`${LABEL}\` label was ignored: overrides are not allowed`)
    expect(body).not.toContain('**Override**')
    expect(s.standin.requestsTo(EVENTS)).toHaveLength(0)
  })

  it('does not honour the label without a justification in the PR body: pending, with a note saying what is missing', async () => {
    const s = await rewrite(513, { allowed: true, body: 'Urgent tagline swap, please merge.\n\n<!-- Override-justification: say why -->\n', labeledBy: LEGAL })
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(signoffStatus(s)?.state).toBe('pending')
    expect(result.outputs['verdict']).toBe('needs-signoff')
    const body = comment(s)
    expect(body).toContain(`The \`${LABEL}\` label was not honoured: the PR body needs an \`Override-justification: ...\` line`)
    expect(body).not.toContain('**Override**')
  })

  it('makes no events call when the pull request does not carry the label', async () => {
    const s = await rewrite(514, { allowed: true, body: justified })
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(signoffStatus(s)?.state).toBe('pending')
    expect(s.standin.requestsTo(EVENTS)).toHaveLength(0)
    expect(s.standin.requests.length).toBeGreaterThan(0)
  })

  it('still honours a justified override when the token cannot read events, as applied by an unknown user, and names the permission', async () => {
    const s = await rewrite(515, { allowed: true, body: justified, labeledBy: LEGAL })
    s.standin.deny(EVENTS)
    const result = await run(s)

    expect(result.code).toBe(0)
    expect(signoffStatus(s)?.state).toBe('success')
    expect(signoffStatus(s)?.description).toMatch(/^Overridden by an unknown user:/)
    const body = comment(s)
    expect(body).toContain(`**Override** by an unknown user: ${JUSTIFICATION}`)
    expect(body).not.toContain('@unknown')
    expect(body).toContain('`pull-requests: read`')
  })
})
