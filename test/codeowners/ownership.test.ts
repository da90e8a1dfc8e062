import { describe, expect, it } from 'vitest'
import { matchingRule, ownersOf, parseCodeowners } from '../../src/codeowners/index.js'
import { groups } from './cases.js'

describe('CODEOWNERS ownership, case table from GitHub documentation', () => {
  it('covers at least 100 paths', () => {
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBeGreaterThanOrEqual(100)
  })

  for (const group of groups) {
    describe(group.name, () => {
      const parsed = parseCodeowners(group.codeowners)
      for (const [path, owners] of group.rows) {
        it(`${path} → ${owners.length > 0 ? owners.join(' ') : 'unowned'}`, () => {
          expect(ownersOf(parsed, path)).toEqual(owners)
        })
      }
    })
  }
})

describe('matchingRule explains which line decided', () => {
  const parsed = parseCodeowners('# owners\n* @all\n\n/apps/ @octocat\n/apps/github\n')

  it('returns the last matching line with its line number', () => {
    const match = matchingRule(parsed, 'apps/web/a.ts')
    expect(match?.line).toBe(4)
    expect(match?.rule.pattern).toBe('/apps/')
    expect(match?.rule.owners).toEqual(['@octocat'])
  })

  it('returns the ownerless line that made a path unowned', () => {
    const match = matchingRule(parsed, 'apps/github/x')
    expect(match?.line).toBe(5)
    expect(match?.rule.owners).toEqual([])
  })

  it('returns null when no line matches', () => {
    expect(matchingRule(parseCodeowners('/docs/ @d\n'), 'src/a.ts')).toBeNull()
  })

  it('returns null for an empty path', () => {
    expect(matchingRule(parsed, '')).toBeNull()
  })
})
