// Policy-file diffs as a strategy owner reads them: the file's indentation and enclosing keys kept, each
// hunk added, removed or modified as it is, the rule it belongs to named, and what it relaxes said.
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { describePolicyChanges } from '../../src/engine/policy-diff.js'
import { memoryTree } from '../../src/engine/tree.js'
import { policyChanges } from '../../src/positioning/index.js'
import { toComment } from '../../src/reports/index.js'
import { toJsonValue } from '../../src/reports/json.js'

const CONFIG = `rules: [recommended, rules/acme.yml]

types:
  blog:
    paths: ["content/blog/**"]
  product:
    paths: ["content/pages/product.mdx"]
    positioning: true
    severity:
      acme/no-price-promises: error
      acme/cheap: warning

severity: {}
`
const RULES = `pack: acme
version: 2026.11.0
rules:
  - id: cheap
    kind: substitution
    severity: warning
    message: "Replace \`{match}\`."
    swap:
      cheap: affordable

  - id: no-price-promises
    kind: phrase
    severity: error
    message: "\`{match}\` promises future pricing."
    phrases:
      - never raise your price
      - price lock
`
const PATHS = { artifact: 'strategy/positioning.md', config: ['.github/copydesk.yml'], rules: ['rules/acme.yml'], codeowners: ['.github/CODEOWNERS'] }

async function describe_(base: Record<string, string>, head: Record<string, string>) {
  const touched = policyChanges(Object.keys(head).map((path) => ({ path })), PATHS)
  return describePolicyChanges(touched, memoryTree(base), memoryTree({ ...base, ...head }), PATHS.artifact)
}

describe('policy-file diffs', () => {
  it('keeps the indentation of a nested severity override, shows its enclosing keys, names the rule and what it loosens', async () => {
    const changes = await describe_({ '.github/copydesk.yml': CONFIG }, { '.github/copydesk.yml': CONFIG.replace('acme/no-price-promises: error', 'acme/no-price-promises: "off"') })
    expect(changes).toEqual([
      {
        path: '.github/copydesk.yml',
        kind: 'modified',
        before: '      acme/no-price-promises: error',
        after: '      acme/no-price-promises: "off"',
        line: 10,
        reason: 'policy-file',
        field: 'copydesk config',
        context: 'types:\n  product:\n    severity:',
        rule: 'acme/no-price-promises',
        loosens: ['`acme/no-price-promises` turned off for `product` pages'],
      },
    ])
  })

  it('says added for new lines, removed for deleted lines, and lowers count as loosening', async () => {
    const head = CONFIG.replace('      acme/cheap: warning\n', '').replace('severity: {}', 'severity:\n  recommended/no-guarantees: warning')
    const changes = await describe_({ '.github/copydesk.yml': CONFIG }, { '.github/copydesk.yml': head })
    expect(changes.map((c) => [c.kind, c.line, c.before, c.after, c.rule])).toEqual([
      ['removed', 11, '      acme/cheap: warning', null, 'acme/cheap'],
      ['modified', 12, 'severity: {}', 'severity:\n  recommended/no-guarantees: warning', 'recommended/no-guarantees'],
    ])
    // An override to `warning` where none was is not known to be lower: the default is the rule's own.
    expect(changes.flatMap((c) => c.loosens ?? [])).toEqual([])
  })

  it('names the rule a removed phrase belongs to, inside its list item', async () => {
    const changes = await describe_({ 'rules/acme.yml': RULES }, { 'rules/acme.yml': RULES.replace('      - never raise your price\n', '') })
    expect(changes).toEqual([
      {
        path: 'rules/acme.yml',
        kind: 'removed',
        before: '      - never raise your price',
        after: null,
        line: 16,
        reason: 'policy-file',
        field: 'rule file',
        context: 'rules:\n  - id: no-price-promises\n    phrases:',
        rule: 'acme/no-price-promises',
        loosens: ['`acme/no-price-promises` no longer flags `never raise your price`'],
      },
    ])
  })

  it('names a lowered rule severity and a rule removed whole', async () => {
    const lowered = await describe_({ 'rules/acme.yml': RULES }, { 'rules/acme.yml': RULES.replace('    severity: error', '    severity: info') })
    expect(lowered).toMatchObject([{ kind: 'modified', rule: 'acme/no-price-promises', loosens: ['`acme/no-price-promises` lowered from error to info'] }])
    const removed = await describe_({ 'rules/acme.yml': RULES }, { 'rules/acme.yml': RULES.slice(0, RULES.indexOf('\n  - id: no-price-promises')) + '\n' })
    expect(removed).toMatchObject([{ kind: 'removed', rule: 'acme/no-price-promises', loosens: ['`acme/no-price-promises` removed'] }])
  })

  it('says what an artifact edit relaxes: a protected term taken off the list', async () => {
    const artifact = '---\ncategory: live update platform\nterms:\n  - open-source\n  - over-the-air\n---\n# Positioning\n'
    const changes = await describe_({ 'strategy/positioning.md': artifact }, { 'strategy/positioning.md': artifact.replace('  - open-source\n', '') })
    expect(changes).toMatchObject([{ kind: 'removed', field: 'terms', before: 'open-source', loosens: ['protected term `open-source` removed'] }])
  })
})

describe('a PR that loosens the policy, end to end', () => {
  it('is listed hunk by hunk in the report, and the comment header says what it loosens', async () => {
    const files = { '.github/copydesk.yml': CONFIG, 'rules/acme.yml': RULES, 'strategy/positioning.md': '---\nterms: [open-source]\nowners: ["@acme/strategy"]\n---\n' }
    const base = memoryTree(files, 'base')
    const head = memoryTree({ ...files, '.github/copydesk.yml': CONFIG.replace('acme/no-price-promises: error', 'acme/no-price-promises: "off"') }, 'head')
    const report = await runCheck({ base, head, policy: await loadPolicy(base), files: [{ path: '.github/copydesk.yml', status: 'modified' }], filter: 'added', failOn: 'error' })
    expect(report.verdict).toBe('needs-signoff')
    const json = toJsonValue(report) as { positioning: { changes: { rule?: string; loosens?: string[]; context?: string }[] } }
    expect(json.positioning.changes).toMatchObject([{ rule: 'acme/no-price-promises', loosens: ['`acme/no-price-promises` turned off for `product` pages'], context: 'types:\n  product:\n    severity:' }])
    const body = toComment(report, { marker: '<!-- copydesk:traceability -->', headSha: 'f'.repeat(40), serverUrl: 'https://github.com', repository: 'acme/site' })
    expect(body).toContain('**Needs sign-off** from @acme/strategy: policy loosened: `acme/no-price-promises` turned off for `product` pages.')
    expect(body).toContain('```diff\n  types:\n    product:\n      severity:\n-       acme/no-price-promises: error\n+       acme/no-price-promises: "off"\n```')
  })
})
