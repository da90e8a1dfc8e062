// The CLI as users run it: exact output lines, the contract's JSON schema, exit codes 0/1/2.
import { describe, expect, it } from 'vitest'
import { jsonReportSchema } from '../../src/reports/index.js'
import { cli, gitRepo } from './helpers.js'

const CONFIG = 'rules: [recommended]\npositioning:\n  fields: [tagline]\n'
const ARTIFACT = '---\ncategory: customer engagement platform\nterms: [all-in-one]\n---\n'
const CODEOWNERS = '* @acme/content\n/strategy/ @acme/strategy\n.github/copydesk.yml @acme/strategy\n'
const PAGE = `---
title: Acme Flow
tagline: "The all-in-one inbox for small teams."
---
# Answer every customer

Acme Flow puts email, chat and SMS in one inbox.
`

function repo() {
  return gitRepo({ '.github/copydesk.yml': CONFIG, 'strategy/positioning.md': ARTIFACT, '.github/CODEOWNERS': CODEOWNERS, 'content/home.md': PAGE })
}

describe('copydesk check PATH', () => {
  it('prints file:line:col, severity, message and rule for each finding, and exits 1 on errors', async () => {
    const r = repo()
    r.write({ 'content/ad.md': '---\ntitle: Ad\n---\nResults guaranteed.\n' })
    const { code, stdout } = await cli(['check', 'content/ad.md'], r.dir)
    expect(code).toBe(1)
    expect(stdout).toMatch(/^content\/ad\.md:4:9\s+error\s+`guaranteed` promises an outcome nobody can guarantee\.\s+recommended\/no-guarantees$/m)
    expect(stdout).toMatch(/→ /)
  })

  it('exits 0 when nothing reaches error severity', async () => {
    const r = repo()
    const { code, stdout } = await cli(['check', 'content/home.md'], r.dir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/0 errors/)
  })

  it('--format json matches the contract schema', async () => {
    const r = repo()
    r.write({ 'content/ad.md': '---\ntitle: Ad\n---\nResults guaranteed. We are 3x faster than Zendesk.\n' })
    const { code, stdout } = await cli(['check', 'content', '--format', 'json'], r.dir)
    expect(code).toBe(1)
    const report = jsonReportSchema.parse(JSON.parse(stdout))
    expect(report.version).toBe(1)
    expect(report.verdict).toBe('fail')
    const ad = report.files.find((f) => f.path === 'content/ad.md')
    expect(ad?.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['recommended/no-guarantees', 'claims/statistic']))
    expect(ad?.findings.find((f) => f.ruleId === 'claims/statistic')).toMatchObject({ category: 'missing-source', claim: 'statistic', line: 4, severity: 'error' })
  })

  it('--format sarif is SARIF 2.1.0', async () => {
    const r = repo()
    r.write({ 'content/ad.md': 'Results guaranteed.\n' })
    const { stdout } = await cli(['check', 'content/ad.md', '--format', 'sarif'], r.dir)
    const sarif = JSON.parse(stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 9 })
  })

  it('an invalid config exits 2 with file:line and what is allowed', async () => {
    const r = repo()
    r.write({ '.github/copydesk.yml': 'claims:\n  scope: page\n' })
    const { code, stderr, stdout } = await cli(['check', 'content/home.md'], r.dir)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('.github/copydesk.yml:2: `claims.scope`: expected one of `sentence`, `paragraph`')
  })

  it('usage errors exit 2', async () => {
    const r = repo()
    expect((await cli(['check', '--format', 'xml'], r.dir)).code).toBe(2)
    expect((await cli(['check', '--head', 'main'], r.dir)).code).toBe(2)
    expect((await cli(['frobnicate'], r.dir)).code).toBe(2)
    expect((await cli(['check', 'content/missing.md'], r.dir)).stderr).toMatch(/does not exist/)
  })
})

describe('copydesk check --base', () => {
  it('reports positioning changes between two refs and who must sign off', async () => {
    const r = repo()
    r.git('checkout', '-q', '-b', 'pr')
    r.write({ 'content/home.md': PAGE.replace('The all-in-one inbox for small teams.', 'One inbox for every small team.') })
    r.commit('new tagline')
    const { code, stdout } = await cli(['check', '--base', 'main', '--head', 'pr', '--format', 'json'], r.dir)
    expect(code).toBe(0)
    const report = jsonReportSchema.parse(JSON.parse(stdout))
    expect(report.verdict).toBe('needs-signoff')
    expect(report.positioning.changes).toEqual([
      expect.objectContaining({ path: 'content/home.md', kind: 'modified', before: 'The all-in-one inbox for small teams.', after: 'One inbox for every small team.', line: 3 }),
    ])
    expect(report.signoff).toMatchObject({ required: true, state: 'pending', owners: ['@acme/strategy'] })
    const text = await cli(['check', '--base', 'main', '--head', 'pr'], r.dir)
    expect(text.stdout).toMatch(/- The all-in-one inbox for small teams\./)
    expect(text.stdout).toMatch(/\+ One inbox for every small team\./)
    expect(text.stdout).toMatch(/@acme\/strategy/)
  })

  it('reads policy at the base ref: loosening the config in the working tree does not help', async () => {
    const r = repo()
    r.write({ '.github/copydesk.yml': `${CONFIG}severity:\n  recommended/no-guarantees: "off"\n`, 'content/ad.md': 'Results guaranteed.\n' })
    const { code, stdout } = await cli(['check', '--base', 'main', '--format', 'json'], r.dir)
    expect(code).toBe(1)
    const report = jsonReportSchema.parse(JSON.parse(stdout))
    expect(report.files.find((f) => f.path === 'content/ad.md')?.findings[0]?.ruleId).toBe('recommended/no-guarantees')
    expect(report.positioning.changes.map((c) => c.path)).toContain('.github/copydesk.yml')
  })

  it('an unknown ref exits 2', async () => {
    const r = repo()
    const { code, stderr } = await cli(['check', '--base', 'nope'], r.dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/`nope` is not a commit/)
  })
})

describe('copydesk owners', () => {
  it('prints PATH<TAB>owners, and PATH<TAB> when unowned', async () => {
    const r = gitRepo({ '.github/CODEOWNERS': '*.md @acme/content @dana\n/strategy/ @acme/strategy\n/legal/ \n' })
    const { code, stdout } = await cli(['owners', 'strategy/positioning.md', 'content/blog/a.md', 'legal/terms.md', 'img/a.png'], r.dir)
    expect(code).toBe(0)
    expect(stdout).toBe('strategy/positioning.md\t@acme/strategy\ncontent/blog/a.md\t@acme/content @dana\nlegal/terms.md\t\nimg/a.png\t\n')
  })
})

describe('copydesk check --explain-context', () => {
  it('prints the site context with where each fact came from, and the JSON report carries it', async () => {
    const r = repo()
    r.write({ 'content/compare/acme-flow-vs-relay.md': '---\ntitle: Acme Flow vs Relay\n---\nRelay lacks an API.\n' })
    const explained = await cli(['check', '--explain-context'], r.dir)
    expect(explained.code).toBe(0)
    expect(explained.stdout).toContain('Competitors (1):\n  - `Relay` — from title of content/compare/acme-flow-vs-relay.md')
    expect(explained.stdout).toContain('  - content/compare/acme-flow-vs-relay.md: comparison (from path)')
    const json = await cli(['check', '--format', 'json'], r.dir)
    const report = JSON.parse(json.stdout) as { site: { competitors: { name: string }[]; pages: { path: string; kind: string }[] } }
    expect(report.site.competitors.map((c) => c.name)).toEqual(['Relay'])
    expect(report.site.pages.find((p) => p.path === 'content/home.md')?.kind).toBe('product')
  })
})
