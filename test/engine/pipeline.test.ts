// The engine end to end on in-memory snapshots: what a PR is checked against, and how bad input is reported.
import { describe, expect, it } from 'vitest'
import { runCheck, type ChangedFile } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { LocatedError } from '../../src/errors.js'

const CONFIG = `rules: [recommended, rules/team.yml]
positioning:
  fields: [tagline]
`
const TEAM_RULES = `pack: team
version: "1"
rules:
  - id: no-never-raise
    kind: phrase
    severity: error
    message: "\`{match}\` promises future pricing."
    phrases: [never raise your price]
`
const ARTIFACT = `---
category: customer engagement platform
taglines:
  - "Every customer conversation, one platform."
terms: [all-in-one]
---
# Positioning
`
const CODEOWNERS = `* @acme/content
/strategy/ @acme/strategy
/.github/copydesk.yml @acme/strategy
`
const POST = `---
title: How we price
type: blog
---
# How we price

We publish every price on the website.
`

const base = {
  '.github/copydesk.yml': CONFIG,
  'rules/team.yml': TEAM_RULES,
  'strategy/positioning.md': ARTIFACT,
  '.github/CODEOWNERS': CODEOWNERS,
  'content/blog/price.md': POST,
}

async function check(head: Record<string, string | Uint8Array>, files: ChangedFile[], filter: 'added' | 'file' = 'added') {
  const baseTree = memoryTree(base, 'base')
  const policy = await loadPolicy(baseTree)
  return runCheck({ base: baseTree, head: memoryTree({ ...base, ...head }, 'head'), policy, files, filter, failOn: 'error' })
}

describe('policy comes from the base commit', () => {
  it('a PR that deletes a banned phrase from the rules is still checked against it, and needs sign-off', async () => {
    const loosened = TEAM_RULES.replace('[never raise your price]', '[something else]')
    const report = await check(
      { 'rules/team.yml': loosened, 'content/blog/price.md': `${POST}And we will never raise your price.\n` },
      [
        { path: 'rules/team.yml', status: 'modified' },
        { path: 'content/blog/price.md', status: 'modified' },
      ],
    )
    const finding = report.files[0]?.findings.find((f) => f.ruleId === 'team/no-never-raise')
    expect(finding).toMatchObject({ line: 8, column: 13, text: 'never raise your price' })
    expect(report.positioning.policyFiles).toEqual(['rules/team.yml'])
    expect(report.signoff).toMatchObject({ required: true, state: 'pending', owners: ['@acme/strategy'] })
    expect(report.verdict).toBe('fail')
  })

  it('a PR editing CODEOWNERS is a policy change', async () => {
    const report = await check({ '.github/CODEOWNERS': `${CODEOWNERS}/content/ @someone\n` }, [{ path: '.github/CODEOWNERS', status: 'modified' }])
    expect(report.positioning.changed).toBe(true)
    expect(report.verdict).toBe('needs-signoff')
  })

  it('strategy owners are the CODEOWNERS owners of the positioning artifact', async () => {
    const policy = await loadPolicy(memoryTree(base))
    expect(policy.strategyOwners).toEqual(['@acme/strategy'])
    expect(policy.version).toMatch(/^[0-9a-f]{12}$/)
  })

  it('the rule set version changes when a policy file changes', async () => {
    const a = await loadPolicy(memoryTree(base))
    const b = await loadPolicy(memoryTree({ ...base, 'rules/team.yml': TEAM_RULES.replace('"1"', '"2"') }))
    expect(a.version).not.toBe(b.version)
  })
})

describe('positioning', () => {
  it('a reworded tagline is one modified change that needs sign-off', async () => {
    const withTagline = (t: string) => `---\ntitle: Home\ntagline: "${t}"\n---\n# Welcome\n`
    const baseTree = memoryTree({ ...base, 'content/home.md': withTagline('Every customer conversation, one platform.') })
    const policy = await loadPolicy(baseTree)
    const report = await runCheck({
      base: baseTree,
      head: memoryTree({ ...base, 'content/home.md': withTagline('Every conversation with every customer, in one place.') }),
      policy,
      files: [{ path: 'content/home.md', status: 'modified' }],
      filter: 'added',
      failOn: 'error',
    })
    expect(report.positioning.changes).toHaveLength(1)
    expect(report.positioning.changes[0]).toMatchObject({ kind: 'modified', line: 3, before: 'Every customer conversation, one platform.' })
    expect(report.verdict).toBe('needs-signoff')
  })

  it('deleting a page that carries positioning is a positioning change', async () => {
    const page = `---\ntitle: Product\n---\nAcme is the all-in-one inbox for small teams.\n`
    const baseTree = memoryTree({ ...base, 'content/product.md': page })
    const report = await runCheck({ base: baseTree, head: memoryTree(base), policy: await loadPolicy(baseTree), files: [{ path: 'content/product.md', status: 'removed' }], filter: 'added', failOn: 'error' })
    expect(report.positioning.changes.map((c) => c.kind)).toEqual(['removed'])
  })
})

describe('bad input never crashes and never hides other files', () => {
  it('reports broken YAML, binary, invalid UTF-8 and oversized files while still checking the good one', async () => {
    const huge = `---\ntitle: x\n---\n${'word '.repeat(300_000)}`
    const report = await check(
      {
        'content/broken.md': '---\ntitle: [unclosed\n---\nGuaranteed results.\n',
        'content/binary.md': new Uint8Array([0x2d, 0x2d, 0x0, 0xff, 0x10]),
        'content/latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
        'content/huge.md': huge,
        'content/good.md': 'Results are guaranteed.\n',
      },
      ['broken', 'binary', 'latin1', 'huge', 'good'].map((name) => ({ path: `content/${name}.md`, status: 'added' as const })),
    )
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]))
    expect(byPath['content/broken.md']?.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['frontmatter/yaml-syntax', 'recommended/no-guarantees']))
    expect(byPath['content/broken.md']?.findings.find((f) => f.ruleId === 'frontmatter/yaml-syntax')?.line).toBe(2)
    expect(byPath['content/binary.md']?.findings[0]?.category).toBe('input')
    expect(byPath['content/latin1.md']?.findings[0]?.message).toMatch(/not valid UTF-8/)
    expect(byPath['content/huge.md']?.skipped).toMatch(/over the 1048576-byte limit/)
    expect(report.notices.some((n) => n.includes('content/huge.md'))).toBe(true)
    expect(byPath['content/good.md']?.findings.map((f) => f.ruleId)).toContain('recommended/no-guarantees')
  })

  it('a broken rule file at base is a located config error', async () => {
    const tree = memoryTree({ ...base, 'rules/team.yml': 'pack: team\nversion: "1"\nrules:\n  - id: x\n    kind: regex\n    severity: error\n    message: m\n' })
    await expect(loadPolicy(tree)).rejects.toThrow(LocatedError)
    await expect(loadPolicy(tree)).rejects.toThrow(/^rules\/team\.yml:5: .*kind.*regex.*allowed/)
  })

  it('a rule file listed in config but missing is named', async () => {
    const tree = memoryTree({ '.github/copydesk.yml': 'rules: [recommended, rules/missing.yml]\n' })
    await expect(loadPolicy(tree)).rejects.toThrow(/`rules\/missing.yml` listed in `rules` does not exist/)
  })

  it('runs on defaults and says so once', async () => {
    const policy = await loadPolicy(memoryTree({ 'a.md': 'x' }))
    expect(policy.configPath).toBeNull()
    expect(policy.notices.filter((n) => n.includes('running on defaults'))).toHaveLength(1)
  })
})

describe('filter modes', () => {
  const before = `${POST}Results are guaranteed.\n`
  const after = `${before}One more honest sentence.\n`
  it('added: a finding on an untouched line of a touched file is pre-existing and does not block', async () => {
    const baseTree = memoryTree({ ...base, 'content/blog/price.md': before })
    const report = await runCheck({ base: baseTree, head: memoryTree({ ...base, 'content/blog/price.md': after }), policy: await loadPolicy(baseTree), files: [{ path: 'content/blog/price.md', status: 'modified' }], filter: 'added', failOn: 'error' })
    expect(report.files[0]?.findings).toEqual([])
    expect(report.files[0]?.preExisting.map((f) => f.ruleId)).toContain('recommended/no-guarantees')
    expect(report.verdict).toBe('pass')
  })
  it('file: the whole changed file decides', async () => {
    const baseTree = memoryTree({ ...base, 'content/blog/price.md': before })
    const report = await runCheck({ base: baseTree, head: memoryTree({ ...base, 'content/blog/price.md': after }), policy: await loadPolicy(baseTree), files: [{ path: 'content/blog/price.md', status: 'modified' }], filter: 'file', failOn: 'error' })
    expect(report.verdict).toBe('fail')
  })
})

describe('explanation links', () => {
  it('every finding of copydesk\'s own checks links to its explanation', async () => {
    const report = await check({ 'content/x.md': '---\ntitle: X\nsources:\n  - id: unused\n    title: U\n    url: https://example.com\n---\nWe are 3x faster.\n' }, [{ path: 'content/x.md', status: 'added' }])
    const findings = report.files[0]?.findings ?? []
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['claims/statistic', 'sources/unused']))
    for (const f of findings) expect(f.url, f.ruleId).toMatch(/^https:\/\/github\.com\/acme\/copydesk#/)
  })
})
