import { describe, expect, it } from 'vitest'
import { policyChanges, type PolicyPaths } from '../../src/positioning/policy.js'

const paths: PolicyPaths = {
  artifact: 'strategy/positioning.md',
  config: ['.github/copydesk.yml', 'copydesk.yml'],
  rules: ['recommended', './rules/acme.yml'],
  codeowners: ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'],
  approvedSources: 'legal/approved-sources.yml',
}

describe('policyChanges', () => {
  it('reports an edit to each kind of policy file with its role', () => {
    const changes = policyChanges(
      [
        { path: 'strategy/positioning.md' },
        { path: '.github/copydesk.yml' },
        { path: 'rules/acme.yml' },
        { path: '.github/CODEOWNERS' },
        { path: 'legal/approved-sources.yml' },
      ],
      paths,
    )
    expect(changes.map((c) => [c.path, c.kind, c.field, c.reason])).toEqual([
      ['strategy/positioning.md', 'modified', 'positioning artifact', 'policy-file'],
      ['.github/copydesk.yml', 'modified', 'copydesk config', 'policy-file'],
      ['rules/acme.yml', 'modified', 'rule file', 'policy-file'],
      ['.github/CODEOWNERS', 'modified', 'CODEOWNERS', 'policy-file'],
      ['legal/approved-sources.yml', 'modified', 'approved sources', 'policy-file'],
    ])
    expect(changes[0]?.after).toBe('positioning artifact `strategy/positioning.md` edited')
  })

  it('ignores content files and the shipped recommended pack name', () => {
    expect(policyChanges([{ path: 'content/blog/launch.md' }, { path: 'recommended' }], paths)).toEqual([])
  })

  it('reports added and deleted policy files with the side that exists', () => {
    const [added, removed] = policyChanges(
      [
        { path: 'CODEOWNERS', status: 'added' },
        { path: 'rules/acme.yml', status: 'removed' },
      ],
      paths,
    )
    expect(added).toMatchObject({ kind: 'added', before: null, after: 'CODEOWNERS `CODEOWNERS` added' })
    expect(removed).toMatchObject({ kind: 'removed', before: 'rule file `rules/acme.yml` deleted', after: null })
  })

  it('treats moving the artifact away as removing it', () => {
    const [change] = policyChanges([{ path: 'strategy/old-positioning.md', previousPath: 'strategy/positioning.md' }], paths)
    expect(change).toMatchObject({ path: 'strategy/positioning.md', kind: 'removed', field: 'positioning artifact' })
  })

  it('treats moving a file into a policy path as adding it', () => {
    const [change] = policyChanges([{ path: '.github/CODEOWNERS', previousPath: 'CODEOWNERS.draft' }], paths)
    expect(change).toMatchObject({ path: '.github/CODEOWNERS', kind: 'added', field: 'CODEOWNERS' })
  })

  it('treats moving between two policy paths as modifying', () => {
    const [change] = policyChanges([{ path: '.github/CODEOWNERS', previousPath: 'CODEOWNERS' }], paths)
    expect(change).toMatchObject({ kind: 'modified', before: 'CODEOWNERS `CODEOWNERS`', after: 'CODEOWNERS `.github/CODEOWNERS`' })
  })

  it('matches paths written with a leading ./ or /', () => {
    expect(policyChanges([{ path: '/strategy/positioning.md' }], paths)).toHaveLength(1)
  })
})
