// The bundled example is the product's first impression: the demo must show every kind of finding at the
// right place, and each PR scenario must end as its scenario.yml says.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoCommand } from '../../src/cli/demo.js'
import { VERSION } from '../../src/version.js'

const examples = new URL('../../examples', import.meta.url).pathname
const NOW = new Date('2026-11-24T12:00:00Z')

describe('npm run demo', () => {
  it('runs every scenario to its expected verdict and sign-off state, and renders their comments', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'copydesk-demo-'))
    const result = await demoCommand(examples, { color: false, outDir, now: NOW })
    expect(result.reports.map((r) => [r.name, r.report.verdict, r.report.signoff.state])).toEqual([
      ['01-harmless-edit', 'pass', 'not-required'],
      ['02-positioning-rewrite', 'needs-signoff', 'pending'],
      ['03-loosen-rule', 'fail', 'pending'],
    ])
    expect(result.ok).toBe(true)
    const rewrite = readFileSync(join(outDir, '02-positioning-rewrite.comment.md'), 'utf8')
    expect(rewrite.startsWith('<!-- copydesk:traceability -->')).toBe(true)
    expect(rewrite).toContain('```diff')
    expect(rewrite).toContain('- Every customer conversation, one platform.')
    // The three-sentence tagline is one reworded field, not one change plus two additions.
    expect(result.reports[1]?.report.positioning.changes.filter((c) => c.path === 'content/pages/home.mdx' && c.field === 'tagline')).toHaveLength(1)
    const loosen = result.reports[2]?.report
    expect(loosen?.positioning.policyFiles.sort()).toEqual(['.github/copydesk.yml', 'rules/acme.yml'])
    expect(loosen?.positioning.changes.find((c) => c.path === 'rules/acme.yml')?.before).toContain('never raise your price')
  })

  it('shows each kind of finding on the example site, with positions', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'copydesk-demo-'))
    const { output } = await demoCommand(examples, { color: false, outDir, now: NOW })
    const site = output.split('── scenario')[0] ?? ''
    for (const rule of ['recommended/no-guarantees', 'claims/statistic', 'claims/comparison', 'claims/quote', 'sources/expired', 'sources/unapproved', 'sources/unused', 'frontmatter/provenance', 'frontmatter/required-field', 'acme/cheap']) {
      expect(site, rule).toMatch(new RegExp(`^content/\\S+:\\d+:\\d+ .*${rule.replace('/', '\\/')}$`, 'm'))
    }
    expect(site).toMatch(/suppressed .*recommended\/no-number-one/)
    // The fully sourced customer story passes clean.
    expect(site).not.toMatch(/^content\/blog\/customer-story-brightdesk\.md:/m)
  })

  it('VERSION matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version)
  })
})
