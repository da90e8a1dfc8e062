// Format problems in the positioning artifact are findings on the artifact, at their lines, when a PR
// edits it; otherwise one notice says they exist. Before, they were collected and never shown.
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'

const ARTIFACT = `---
category: live update platform
terms: [open-source]
pricing:
  - "Starts at $12 per month."
owners: ["@relay/strategy"]
---
# Positioning
`
const BROKEN = `---
category: live update platform
terms: [open-source]
term: [over-the-air]
taglines:
pricing:
  - "Starts at $12 per month."
  - "SSO add-on: €49,90 per month."
owners: ["@relay/strategy"]
---
# Positioning
`

describe('positioning artifact problems', () => {
  it('reports the problems a PR brings into the artifact as findings at their lines', async () => {
    const base = memoryTree({ 'strategy/positioning.md': ARTIFACT }, 'base')
    const head = memoryTree({ 'strategy/positioning.md': BROKEN }, 'head')
    const policy = await loadPolicy(base)
    const report = await runCheck({ base, head, policy, files: [{ path: 'strategy/positioning.md', status: 'modified' }], filter: 'added', failOn: 'error' })
    const file = report.files.find((f) => f.path === 'strategy/positioning.md')
    expect(file?.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.text])).toEqual([
      ['positioning/artifact', 'warning', 4, 1, 'term: [over-the-air]'],
      ['positioning/artifact', 'warning', 5, 1, 'taglines:'],
      ['positioning/artifact', 'warning', 8, 18, '€49,90'],
    ])
    // The artifact is still a policy file: its edit needs sign-off.
    expect(report.positioning.policyFiles).toEqual(['strategy/positioning.md'])
  })

  it('lists problems on lines the PR did not touch as pre-existing, not blocking', async () => {
    const base = memoryTree({ 'strategy/positioning.md': BROKEN }, 'base')
    const head = memoryTree({ 'strategy/positioning.md': BROKEN.replace('# Positioning', '# Relay positioning') }, 'head')
    const report = await runCheck({ base, head, policy: await loadPolicy(base), files: [{ path: 'strategy/positioning.md', status: 'modified' }], filter: 'added', failOn: 'error' })
    const file = report.files.find((f) => f.path === 'strategy/positioning.md')
    expect(file?.findings).toEqual([])
    expect(file?.preExisting).toHaveLength(3)
  })

  it('says once, as a notice, that an untouched artifact has problems', async () => {
    const base = memoryTree({ 'strategy/positioning.md': BROKEN, 'content/a.md': '# A\n\nText.\n' }, 'base')
    const report = await runCheck({ base, head: base, policy: await loadPolicy(base), files: [{ path: 'content/a.md', status: 'modified' }], filter: 'added', failOn: 'error' })
    expect(report.files.map((f) => f.path)).toEqual(['content/a.md'])
    expect(report.notices).toContain(
      'The positioning artifact `strategy/positioning.md` has 3 format problems: line 4: Unknown key `term` in the positioning artifact: expected one of `company`, `product`, `category`, `taglines`, `value-propositions`, `differentiators`, `competitor-framing`, `pricing`, `terms`, `protected-fields`, `positioning-types`, `owners`. (and 2 more) Run `copydesk check strategy/positioning.md` to list them.',
    )
  })

  it('checks the artifact when the CLI is given its path', async () => {
    const tree = memoryTree({ 'strategy/positioning.md': BROKEN })
    const report = await checkAsIs(tree, await loadPolicy(tree), ['strategy/positioning.md'], { failOn: 'error' })
    expect(report.files[0]?.findings.map((f) => f.line)).toEqual([4, 5, 8])
  })
})
