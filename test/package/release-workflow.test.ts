import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
}
interface Workflow {
  on: { push: { tags: string[] } }
  permissions: unknown
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>
}

const workflow = parse(readFileSync(new URL('../../.github/workflows/release.yml', import.meta.url), 'utf8')) as Workflow
const job = Object.values(workflow.jobs)[0]!
const stepIndex = (test: (step: Step) => boolean): number => job.steps.findIndex(test)

/** GitHub's filter pattern syntax, as far as tag patterns use it: `*`, `+`, `?`, `[...]`; `.` is literal. */
function filterPattern(pattern: string): RegExp {
  const source = pattern.replace(/\*\*|\*|[.^$(){}|\\]/g, (c) => (c === '**' ? '.*' : c === '*' ? '[^/]*' : `\\${c}`))
  return new RegExp(`^${source}$`)
}

describe('the release workflow', () => {
  it('runs on a tag v1.x.y and on nothing else', () => {
    expect(Object.keys(workflow.on)).toEqual(['push'])
    const tags = workflow.on.push.tags.map(filterPattern)
    const fires = (tag: string): boolean => tags.some((t) => t.test(tag))
    for (const tag of ['v1.0.0', 'v1.2.3', 'v1.10.20']) expect(fires(tag), tag).toBe(true)
    for (const tag of ['v1', 'v2.0.0', 'v1.2', 'v1.2.3-rc.1', '1.2.3', 'v1.x.y']) expect(fires(tag), tag).toBe(false)
  })

  it('asks for no permission by default and only contents write and id-token write in the job', () => {
    expect(workflow.permissions).toEqual({})
    expect(Object.keys(workflow.jobs)).toHaveLength(1)
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
  })

  it('checks the tag against the version, rebuilds and diffs dist/ and tests before it publishes, then moves v1', () => {
    const version = stepIndex((s) => /package\.json/.test(s.run ?? '') && /src\/version\.ts/.test(s.run ?? ''))
    const ci = stepIndex((s) => /\bbash \.ci\/run\b/.test(s.run ?? ''))
    const publish = stepIndex((s) => /\bnpm publish\b/.test(s.run ?? ''))
    const move = stepIndex((s) => /git push --force origin refs\/tags\/v1\b/.test(s.run ?? ''))
    expect(version).toBeGreaterThan(-1)
    expect(ci).toBeGreaterThan(version)
    expect(publish).toBeGreaterThan(ci)
    expect(move).toBeGreaterThan(publish)
    // .ci/run is what rebuilds dist/ and fails when git sees a difference.
    const run = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')
    expect(run).toMatch(/npm run --silent build/)
    expect(run).toMatch(/git status --porcelain -- dist/)
    expect(run).toMatch(/npm test/)
  })

  it('publishes with provenance and the token from the repository secrets', () => {
    const publish = job.steps.find((s) => /\bnpm publish\b/.test(s.run ?? ''))!
    expect(publish.run).toMatch(/--provenance/)
    expect(publish.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' })
    const node = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))! as Step & { with: Record<string, unknown> }
    expect(node.with['registry-url']).toBe('https://registry.npmjs.org')
  })
})
