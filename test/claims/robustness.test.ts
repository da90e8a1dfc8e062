// Bad input gives findings, never an exception: frontmatter of every wrong shape through all three checks.
import { describe, expect, it } from 'vitest'
import { claimsCheck, frontmatterCheck, sourcesCheck } from '../../src/checks/claims/index.js'
import { provenanceOf, sourcesOf, toDay } from '../../src/sources/index.js'
import { contextFor, page } from './context.js'

const odd: string[] = [
  '',
  '---\n---\n',
  '---\nsources: [null, 3, "x", [1], {id: [a]}, {id: 7, url: 5}]\nai: yes\n---\nTeams reply 3x faster[^] [^x].\n',
  '---\nai: [1, 2]\nstatus: 5\nowner: {a: 1}\ntype: 3\n---\n',
  '---\nsources:\n  - id: a\n    valid-until: 2026-02-30\n    url: not a url\n---\n',
  '---\ntitle: [unclosed\n---\n\nThe fastest inbox.\n',
  '---\nai:\n  reviewed_at: 2026-13-01\n---\n“Quote” — Someone\n',
  '# 100% \n\n| $ | % |\n|---|---|\n| 3x | #1 |\n',
]

describe('the claims, sources and frontmatter checks on malformed files', () => {
  it.each(odd.map((source, i) => [i, source] as const))('never throw and keep findings inside the file (case %i)', (_i, source) => {
    const ctx = contextFor(source, { approvedSources: { domains: ['forrester.com'], documents: [] }, config: { 'required-fields': ['owner'], provenance: { required: 'always' } } })
    const lines = source.split('\n').length
    for (const check of [claimsCheck, sourcesCheck({ today: new Date('2026-06-01') }), frontmatterCheck]) {
      const findings = check.run(ctx)
      for (const f of findings) {
        expect(f.line).toBeGreaterThanOrEqual(1)
        expect(f.line).toBeLessThanOrEqual(lines)
        expect(f.message).not.toBe('')
      }
    }
    expect(() => [sourcesOf(ctx.doc), provenanceOf(ctx.doc)]).not.toThrow()
  })

  it('reports a source entry with an impossible date and a url that is not a web address', () => {
    const findings = sourcesCheck().run(contextFor(odd[4] as string))
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual(
      expect.arrayContaining([
        ['sources/invalid', 4],
        ['sources/invalid', 5],
      ]),
    )
  })

  it('reads a date given as a YAML timestamp object or as text, and rejects days that do not exist', () => {
    expect(toDay(new Date('2027-03-02T00:00:00Z'))).toBe('2027-03-02')
    expect(toDay('2027-03-02')).toBe('2027-03-02')
    expect(toDay('2027-03-02T10:00:00Z')).toBe('2027-03-02')
    expect(toDay('2026-02-30')).toBeNull()
    expect(toDay('March 2, 2027')).toBeNull()
    expect(toDay(20270302)).toBeNull()
  })

  it('does not read a colon-introduced quotation as attributed', () => {
    expect(claimsCheck.run(contextFor(page([], ['Tip: "Save draft" often.'])))).toEqual([])
  })
})
