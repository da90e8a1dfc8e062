// Rule ids that name no rule: a typo in a severity override, a suppression selector, a rule's scope or a
// suppression comment would otherwise change nothing, silently. Each is reported at its line with the
// nearest real id; in the policy files it is a config error (the run stops), in content a warning.
import { describe, expect, it } from 'vitest'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { PolicyProblems } from '../../src/errors.js'

async function configProblems(files: Record<string, string>): Promise<string[]> {
  const error = await loadPolicy(memoryTree(files, 'base')).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(PolicyProblems)
  return (error as Error).message.split('\n')
}

describe('rule ids in the config', () => {
  it('reports a top-level `severity` key that names no rule, with the nearest id, at its line', async () => {
    const lines = await configProblems({ '.github/copydesk.yml': 'rules: [recommended]\nseverity:\n  recommended/no-guarantees: warning\n  no-numbr-one: "off"\n' })
    expect(lines).toEqual([
      '.github/copydesk.yml:4: `severity` names `no-numbr-one`, which no loaded rule pack defines, so the override would change nothing; did you mean `recommended/no-number-one`?',
    ])
  })

  it('asks for the full id when a severity key is a bare rule id', async () => {
    const lines = await configProblems({ '.github/copydesk.yml': 'severity:\n  no-guarantees: info\n' })
    expect(lines[0]).toContain('.github/copydesk.yml:2: `severity` names `no-guarantees`')
    expect(lines[0]).toContain('did you mean `recommended/no-guarantees`?')
  })

  it('reports a per-type `severity` key that names no rule', async () => {
    const lines = await configProblems({
      '.github/copydesk.yml': 'types:\n  blog:\n    paths: ["blog/**"]\n    severity:\n      recommended/no-unlimted: info\n',
    })
    expect(lines).toEqual([
      '.github/copydesk.yml:5: `types.blog.severity` names `recommended/no-unlimted`, which no loaded rule pack defines, so the override would change nothing; did you mean `recommended/no-unlimited`?',
    ])
  })

  it('reports every unknown id at once, and says so plainly when nothing is near', async () => {
    const lines = await configProblems({
      '.github/copydesk.yml': [
        'severity:',
        '  recommended/no-cheapst: info',
        'suppressions:',
        '  forbid:',
        '    - rules: [recomended/*, recommended/no-hype]',
        '    - rules: [completely-unrelated-thing]',
        '',
      ].join('\n'),
    })
    expect(lines).toEqual([
      '.github/copydesk.yml:2: `severity` names `recommended/no-cheapst`, which no loaded rule pack defines, so the override would change nothing; did you mean `recommended/no-cheapest`?',
      '.github/copydesk.yml:5: `suppressions.forbid[0].rules` names `recomended/*`, which matches no rule; did you mean `recommended/*`?',
      '.github/copydesk.yml:6: `suppressions.forbid[1].rules` names `completely-unrelated-thing`, which matches no rule; rule ids are `pack/rule` in the loaded packs (`claims`, `frontmatter`, `llm`, `positioning`, `recommended`, `sources`)',
    ])
  })

  it('accepts every form a selector may take for rules that exist', async () => {
    const files = {
      '.github/copydesk.yml': 'severity:\n  recommended/no-hype: info\nsuppressions:\n  forbid:\n    - rules: ["*", "recommended/*", no-guarantees, claims/statistic, sources/*]\n',
    }
    await expect(loadPolicy(memoryTree(files, 'base'))).resolves.toBeDefined()
  })

  it("reports a rule's `scope.types` entry one letter off a configured type, in the rule file", async () => {
    const lines = await configProblems({
      '.github/copydesk.yml': 'rules: [rules/acme.yml]\ntypes:\n  blog:\n    paths: ["blog/**"]\n',
      'rules/acme.yml': 'pack: acme\nrules:\n  - id: no-x\n    kind: phrase\n    message: "no"\n    phrases: [x]\n    scope:\n      types: [landing, blgo]\n',
    })
    expect(lines).toEqual([
      "rules/acme.yml:8: rule `acme/no-x`: `scope.types` names `blgo`, which is not a content type in the config; did you mean `blog`? (If `blgo` is a type set only in frontmatter, list it under `types:` in the config.)",
    ])
  })
})

describe('rule ids in suppression comments', () => {
  const config = 'suppressions:\n  require-signoff: []\n'
  async function check(page: string) {
    const tree = memoryTree({ '.github/copydesk.yml': config, 'page.md': page }, 'head')
    const policy = await loadPolicy(tree)
    const report = await checkAsIs(tree, policy, ['page.md'], { failOn: 'error' })
    return report.files[0]!
  }

  it('reports an unknown id at the id itself, with the nearest id, and does not honour it', async () => {
    const file = await check('# Acme\n\n<!-- copydesk-disable-next-line no-numbr-one -- G2 award title -->\nThe #1 help desk.\n')
    const unknown = file.findings.filter((f) => f.ruleId === 'copydesk/unknown-rule')
    expect(unknown).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        column: 33,
        endColumn: 45,
        text: 'no-numbr-one',
        message: 'The suppression names `no-numbr-one`, which matches no rule, so it is not honoured; did you mean `recommended/no-number-one`?',
      }),
    ])
    // Not read as "every rule": the banned claim still counts.
    expect(file.findings.map((f) => f.ruleId)).toContain('recommended/no-number-one')
    expect(file.suppressed).toEqual([])
  })

  it('honours the known ids of a comment and reports only the unknown one', async () => {
    const file = await check('<!-- copydesk-disable-next-line recommended/no-number-one, no-gaurantees -- award title -->\nThe #1 help desk, guaranteed.\n')
    expect(file.suppressed.map((f) => f.ruleId)).toEqual(['recommended/no-number-one'])
    const unknown = file.findings.find((f) => f.ruleId === 'copydesk/unknown-rule')
    expect(unknown?.message).toContain('did you mean `recommended/no-guarantees`?')
    expect(unknown).toMatchObject({ line: 1, column: 60 })
    expect(file.findings.map((f) => f.ruleId)).toContain('recommended/no-guarantees')
  })

  it('leaves comments that name real rules, packs and checks alone', async () => {
    const file = await check('<!-- copydesk-disable-next-line recommended/*, claims/statistic -- quoted verbatim -->\nThe #1 tool cuts onboarding time by 43%.\n')
    expect(file.findings.filter((f) => f.ruleId === 'copydesk/unknown-rule')).toEqual([])
    expect(file.suppressed.length).toBeGreaterThan(0)
  })
})
