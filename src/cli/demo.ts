// `copydesk demo [DIR]`: the main job on the bundled example — the whole site checked as it is, then each
// PR scenario (base = site, head = site with the scenario's files laid over it) run through the same engine
// the Action uses, with its traceability comment rendered to .copydesk-out/.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { checkAsIs } from '../engine/as-is.js'
import { runCheck, type ChangedFile } from '../engine/check.js'
import { loadPolicy } from '../engine/policy.js'
import { fsTree, type Tree } from '../engine/tree.js'
import { CopydeskError } from '../errors.js'
import { toComment, toText } from '../reports/index.js'
import { MARKER } from '../contract.js'
import type { Report } from '../types.js'

const scenarioSchema = z.object({
  title: z.string(),
  description: z.string().default(''),
  pull_request: z.object({
    number: z.number().int(),
    author: z.string(),
    title: z.string().default(''),
    body: z.string().default(''),
    labels: z.array(z.string()).default([]),
  }),
  reviews: z
    .array(z.object({ login: z.string(), state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED']), on: z.enum(['head', 'base']).default('head') }))
    .default([]),
  teams: z.record(z.string(), z.array(z.string())).optional(),
  deleted: z.array(z.string()).default([]),
  expect: z.object({ verdict: z.enum(['pass', 'fail', 'needs-signoff']), signoff: z.enum(['not-required', 'pending', 'approved', 'rejected']) }),
})

const HEAD_SHA = '4f2c9e1b7d3a8c6e5f0a1b2c3d4e5f6a7b8c9d0e'
const BASE_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b'

export interface DemoResult {
  output: string
  ok: boolean
  reports: { name: string; report: Report; expected: { verdict: string; signoff: string } }[]
}

export async function demoCommand(dir: string, options: { color: boolean; outDir?: string; now?: Date }): Promise<DemoResult> {
  const siteDir = join(dir, 'site')
  const site = fsTree(siteDir, 'examples/site')
  const lines: string[] = []
  const now = options.now ? { now: options.now } : {}

  lines.push(heading('copydesk demo · the whole example site, checked as it is', options.color))
  const sitePolicy = await loadPolicy(site)
  const whole = await checkAsIs(site, sitePolicy, null, { failOn: 'error', ...now })
  lines.push(toText(whole, { color: options.color }))

  const outDir = options.outDir ?? '.copydesk-out'
  await mkdir(outDir, { recursive: true })
  const reports: DemoResult['reports'] = []
  let ok = true
  const scenariosDir = join(dir, 'scenarios')
  for (const name of (await readdir(scenariosDir)).sort()) {
    const scenario = scenarioSchema.parse(parseYaml(await readFile(join(scenariosDir, name, 'scenario.yml'), 'utf8')))
    const headDir = join(scenariosDir, name, 'head')
    const overlay = fsTree(headDir)
    const changedPaths = (await overlay.list?.()) ?? []
    const head = overlayTree(site, overlay, scenario.deleted)
    const files: ChangedFile[] = [
      ...(await Promise.all(changedPaths.map(async (path) => ({ path, status: ((await site.read(path)) ? 'modified' : 'added') as ChangedFile['status'] })))),
      ...scenario.deleted.map((path) => ({ path, status: 'removed' as const })),
    ]
    const report = await runCheck({
      base: site,
      head,
      policy: sitePolicy,
      files,
      filter: 'added',
      failOn: 'error',
      ...now,
      signoff: {
        author: scenario.pull_request.author,
        headSha: HEAD_SHA,
        reviews: scenario.reviews.map((r, i) => ({
          login: r.login,
          state: r.state,
          commitId: r.on === 'head' ? HEAD_SHA : BASE_SHA,
          submittedAt: new Date(Date.UTC(2026, 10, 24, 9, i)).toISOString(),
        })),
        teamMembers: scenario.teams ?? null,
        positioningStableSince: [],
        labels: scenario.pull_request.labels,
        body: scenario.pull_request.body,
      },
      meta: { base: BASE_SHA, head: HEAD_SHA, repository: 'acme/website', pullRequest: scenario.pull_request.number, serverUrl: 'https://github.com' },
    })
    const met = report.verdict === scenario.expect.verdict && report.signoff.state === scenario.expect.signoff
    ok &&= met
    reports.push({ name, report, expected: scenario.expect })
    const comment = toComment(report, { marker: MARKER, headSha: HEAD_SHA, serverUrl: 'https://github.com', repository: 'acme/website' })
    const commentPath = join(outDir, `${name}.comment.md`)
    await writeFile(commentPath, comment)
    lines.push('')
    lines.push(heading(`scenario ${name} · ${scenario.title}`, options.color))
    lines.push(toText(report, { color: options.color }))
    lines.push(
      `${met ? '✔' : '✖'} expected verdict \`${scenario.expect.verdict}\`, sign-off \`${scenario.expect.signoff}\`; got \`${report.verdict}\`, \`${report.signoff.state}\` · comment: ${commentPath}`,
    )
  }
  if (!reports.length) throw new CopydeskError(`no scenarios found in ${scenariosDir}`)
  lines.push('')
  lines.push(ok ? 'All scenarios behaved as expected.' : 'Some scenarios did not behave as expected (see ✖ above).')
  return { output: lines.join('\n'), ok, reports }
}

/** The head of a scenario: its own files first, then the site's, minus what the scenario deletes. */
function overlayTree(base: Tree, overlay: Tree, deleted: string[]): Tree {
  const gone = new Set(deleted)
  return {
    label: 'scenario head',
    async read(path) {
      if (gone.has(path)) return null
      return (await overlay.read(path)) ?? base.read(path)
    },
  }
}

function heading(text: string, color: boolean): string {
  const line = `── ${text} ${'─'.repeat(Math.max(0, 78 - text.length))}`
  return color ? `\u001b[1m${line}\u001b[22m` : line
}
