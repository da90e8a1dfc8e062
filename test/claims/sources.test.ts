import { describe, expect, it } from 'vitest'
import { sourcesCheck } from '../../src/checks/claims/index.js'
import { parseApprovedSources, sourcesOf } from '../../src/sources/index.js'
import { contextFor, page } from './context.js'

const today = new Date('2026-06-01T12:00:00Z')
const check = sourcesCheck({ today })
const run = (...args: Parameters<typeof contextFor>) => check.run(contextFor(...args))
const registry = { domains: ['forrester.com', 'acme.example.com'], documents: ['research/tei-2025.pdf'] }

const tei = ['sources:', '  - id: tei', '    title: The Total Economic Impact of Acme Flow', '    url: https://www.forrester.com/report/tei', '    retrieved: 2026-03-02', '    valid-until: 2027-03-02']

describe('sources check', () => {
  it('accepts a valid, current, cited source', () => {
    expect(run(page(tei, ['Teams reply 3x faster [^tei].']))).toEqual([])
  })

  it('reports an expired source at its valid-until line, judged on the injected day', () => {
    const fm = ['sources:', '  - id: old', '    url: https://www.forrester.com/old', '    valid-until: 2026-05-31']
    const findings = run(page(fm, ['Teams reply 3x faster [^old].']))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ ruleId: 'sources/expired', severity: 'error', line: 5, column: 5, text: 'valid-until: 2026-05-31' })
    expect(findings[0]?.message).toContain('`2026-05-31`')
    expect(sourcesCheck({ today: new Date('2026-05-31T23:00:00Z') }).run(contextFor(page(fm, ['Cited [^old].'])))).toEqual([])
  })

  it('reports an entry without id, without url or path, or with a bad date, each at its line', () => {
    const fm = [
      'sources:',
      '  - title: No id here', // line 3
      '    url: https://www.forrester.com/a',
      '  - id: nowhere', // line 5
      '  - id: baddate', // line 6
      '    url: https://www.forrester.com/b',
      '    retrieved: last spring', // line 8
      '  - id: baddate', // line 9
      '    path: research/tei-2025.pdf',
    ]
    const findings = run(page(fm, ['Cited [^nowhere] and [^baddate].']))
    expect(findings.filter((f) => f.ruleId === 'sources/invalid').map((f) => f.line)).toEqual([3, 5, 8, 9])
    expect(findings.find((f) => f.line === 8)?.message).toContain('`last spring`')
    expect(findings.find((f) => f.line === 9)?.message).toContain('used twice')
  })

  it('reports a source outside the approved registry, and accepts a subdomain of an approved domain', () => {
    const fm = ['sources:', '  - id: blog', '    url: https://random-blog.example.net/post', '  - id: tei', '    url: https://www.forrester.com/x', '  - id: memo', '    path: research/memo.pdf']
    const findings = run(page(fm, ['Cited [^blog], [^tei] and [^memo].']), { approvedSources: registry })
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['sources/unapproved', 4],
      ['sources/unapproved', 8],
    ])
    expect(run(page(fm, ['Cited [^blog], [^tei] and [^memo].'])).filter((f) => f.ruleId === 'sources/unapproved')).toEqual([])
  })

  it('checks inline links in claim sentences and footnote definitions against the registry', () => {
    const body = ['Teams reply 3x faster ([study](https://www.somewhere.io/study)).', '', 'Read our [blog](https://www.somewhere.io/blog).', '', 'Open rates rose 27%[^1].', '', '[^1]: [Survey](https://survey.example.org/r).']
    const findings = run(page([], body), { approvedSources: registry })
    expect(findings.map((f) => [f.ruleId, f.line, f.text])).toEqual([
      ['sources/unapproved', 4, '[study](https://www.somewhere.io/study)'],
      ['sources/unapproved', 10, '[Survey](https://survey.example.org/r)'],
    ])
  })

  it('checks the links of a claim paragraph when the scope is paragraph', () => {
    const body = ['Teams reply 3x faster. The [study](https://www.somewhere.io/study) says so.', '', 'Read our [blog](https://www.somewhere.io/blog).']
    const config = { claims: { scope: 'paragraph' as const } }
    expect(run(page([], body), { approvedSources: registry, config }).map((f) => [f.ruleId, f.line])).toEqual([['sources/unapproved', 4]])
    expect(run(page([], body), { approvedSources: registry })).toEqual([])
  })

  it('reports a footnote reference with no definition at the reference', () => {
    const findings = run(page([], ['Teams reply 3x faster[^7].']))
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'sources/dangling-footnote', line: 4, column: 22, endColumn: 26, text: '[^7]' })])
  })

  it('reports an unknown source id and suggests the nearest one', () => {
    const findings = run(page(tei, ['Teams reply 3x faster [^tie].']))
    // the misspelt id also leaves the real one uncited
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'sources/unknown-id', suggestion: '[^tei]', text: '[^tie]' }),
      expect.objectContaining({ ruleId: 'sources/unused' }),
    ])
    expect(run(page(tei, ['Teams reply 3x faster [^tie].', '', 'Also [^tei].']))).toHaveLength(1)
  })

  it('warns about a frontmatter source no sentence cites, at its id line', () => {
    const findings = run(page(tei, ['No citations here.']))
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'sources/unused', severity: 'warning', line: 3 })])
  })

  it('reports `sources` that is not a list', () => {
    expect(run(page(['sources: https://www.forrester.com'])).map((f) => [f.ruleId, f.line])).toEqual([['sources/invalid', 2]])
  })
})

describe('parseApprovedSources', () => {
  it('reads domains and documents, normalising them', () => {
    const { registry, problems } = parseApprovedSources('domains:\n  - https://Forrester.com/\n  - "*.gartner.com"\ndocuments:\n  - ./research/tei.pdf\n', 'sources.yml')
    expect(problems).toEqual([])
    expect(registry).toEqual({ domains: ['forrester.com', 'gartner.com'], documents: ['research/tei.pdf'] })
  })

  it('returns located problems for bad input instead of throwing', () => {
    expect(parseApprovedSources('domains: [unclosed', 's.yml').registry).toBeNull()
    const { problems } = parseApprovedSources('domains:\n  - not a domain\nwebsites: []\ndocuments: nope\n', 's.yml')
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4])
    expect(parseApprovedSources('- a\n- b\n', 's.yml').problems).toHaveLength(1)
    expect(parseApprovedSources('', 's.yml')).toEqual({ registry: { domains: [], documents: [] }, problems: [] })
  })
})

describe('sourcesOf', () => {
  it('lists frontmatter sources for the report, dates as days', () => {
    const doc = contextFor(page(tei)).doc
    expect(sourcesOf(doc)).toEqual([
      { id: 'tei', title: 'The Total Economic Impact of Acme Flow', url: 'https://www.forrester.com/report/tei', retrieved: '2026-03-02', validUntil: '2027-03-02' },
    ])
    expect(sourcesOf(contextFor(page(['title: x'])).doc)).toEqual([])
  })
})
