// Policy files with problems: every problem of every file reported at once, each at its line, rules named
// by id. One run of copydesk is enough to see all that needs fixing.
import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { PolicyProblems } from '../../src/errors.js'

const rule = (id: string, extra: string): string => `  - id: ${id}\n    kind: phrase\n    message: "no"\n    phrases: [x]\n${extra}`

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const error = await loadPolicy(memoryTree(files, 'base')).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(PolicyProblems)
  return (error as Error).message.split('\n')
}

describe('rule files', () => {
  it('lists the problems of every rule file, not the first one "and 2 more"', async () => {
    const lines = await problemsOf({
      '.github/copydesk.yml': 'rules: [recommended, rules/a.yml, rules/b.yml, rules/missing.yml]\n',
      'rules/a.yml': `pack: a\nrules:\n${rule('one', '    severity: loud\n')}${rule('two', '    kind2: x\n')}`,
      'rules/b.yml': `pack: b\nrules:\n${rule('three', `    scope:\n      paths: ["${'b'.repeat(2000)}"]\n`)}`,
    })
    // In the order the config lists the rule files, each file's problems in line order.
    expect(lines).toEqual([
      'rules/a.yml:7: rule `one`: `severity` is the text `loud`; allowed: `error`, `warning`, `info`.',
      'rules/a.yml:12: rule `two` has an unknown key `kind2`; did you mean `kind`? Allowed keys: `id`, `kind`, `claim`, `severity`, `message`, `description`, `phrases`, `swap`, `pattern`, `suggestion`, `link`, `needs-source`, `case-sensitive`, `scope`, `examples`.',
      'rules/b.yml:8: rule `three`: `scope.paths[0]` is 2,000 characters long; a glob may have at most 1000.',
      '.github/copydesk.yml:1: rule file `rules/missing.yml` listed in `rules` does not exist in base; shipped packs: recommended',
    ])
  })

  it('names a rule by id in a duplicate across packs', async () => {
    const lines = await problemsOf({
      '.github/copydesk.yml': 'rules: [rules/a.yml, rules/a2.yml]\n',
      'rules/a.yml': `pack: a\nrules:\n${rule('one', '')}`,
      'rules/a2.yml': `pack: a\nrules:\n${rule('one', '')}`,
    })
    expect(lines).toEqual(['rules/a2.yml:3: rule id `a/one` is defined twice (also in `rules/a.yml`)'])
  })
})

describe('the approved-sources registry', () => {
  it('lists each of its problems at its line', async () => {
    const lines = await problemsOf({
      '.github/copydesk.yml': 'claims:\n  approved-sources: sources.yml\n',
      'sources.yml': 'domains: [ok.com, "not a domain"]\nextra: 1\n',
    })
    expect(lines).toEqual(['sources.yml:1: `not a domain` is not a domain such as `forrester.com`.', 'sources.yml:2: unknown key `extra`; expected `domains` or `documents`.'])
  })
})
