// `--fix` and `--fix-dry-run`: the findings' exact replacements, applied byte-for-byte.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../../src/cli/fix.js'
import type { Finding } from '../../src/types.js'
import { cli, gitRepo } from './helpers.js'

function finding(fix: Finding['fix'], ruleId = 'x/y'): Finding {
  return { ruleId, category: 'banned-claim', claim: null, severity: 'warning', message: '', text: '', line: 1, column: 1, endLine: 1, endColumn: 1, suggestion: null, ...(fix ? { fix } : {}) }
}

describe('applyFixes', () => {
  it('replaces exact ranges and keeps every other character', () => {
    const source = 'one\r\ntwo three  \r\nfour'
    const out = applyFixes(source, [finding({ line: 2, column: 5, endLine: 2, endColumn: 10, text: '3' }), finding({ line: 1, column: 1, endLine: 1, endColumn: 4, text: 'ONE' })])
    expect(out).toEqual({ text: 'ONE\r\ntwo 3  \r\nfour', applied: 2, skipped: 0 })
  })

  it('resolves overlaps deterministically: the fix that starts first wins, whatever order the findings come in', () => {
    const a = finding({ line: 1, column: 1, endLine: 1, endColumn: 9, text: 'A' })
    const b = finding({ line: 1, column: 5, endLine: 1, endColumn: 12, text: 'B' })
    expect(applyFixes('best-in-class team', [a, b])).toEqual({ text: 'Aclass team', applied: 1, skipped: 1 })
    expect(applyFixes('best-in-class team', [b, a])).toEqual({ text: 'Aclass team', applied: 1, skipped: 1 })
  })

  it('skips a fix whose range is not in the text instead of writing garbage', () => {
    expect(applyFixes('short\n', [finding({ line: 4, column: 1, endLine: 4, endColumn: 3, text: 'x' })])).toEqual({ text: 'short\n', applied: 0, skipped: 1 })
    expect(applyFixes('short\n', [finding({ line: 1, column: 3, endLine: 1, endColumn: 40, text: 'x' })])).toMatchObject({ applied: 0, skipped: 1 })
  })
})

// `best-in-class` and `world-class` are substitutions of the recommended pack with exact replacements.
const PAGE = '\uFEFF---\r\ntitle: Ad\r\n---\r\nA best-in-class team.  \r\n<!-- copydesk-disable-next-line recommended/no-best-in-class -- quoting a review -->\r\nThey called it world-class.\r\nA world-class editor.\t\r\n'

describe('copydesk check --fix', () => {
  it('applies the fixes in place, leaves suppressed findings and every other byte alone, and is idempotent', async () => {
    const r = gitRepo({ 'ad.md': PAGE })
    const first = await cli(['check', 'ad.md', '--fix'], r.dir)
    const fixed = readFileSync(join(r.dir, 'ad.md'))
    expect(fixed.toString('utf8')).toBe(PAGE.replace('A best-in-class team', 'A well-regarded team').replace('A world-class editor', 'A experienced editor'))
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(first.stderr).toMatch(/applied 2 fixes in 1 file/)
    // The report is about what is left after fixing: nothing at error severity here.
    expect(first.code).toBe(0)
    expect(first.stdout).not.toMatch(/well-regarded/)

    const second = await cli(['check', 'ad.md', '--fix'], r.dir)
    expect(second.stderr).toMatch(/applied 0 fixes in 0 files/)
    expect(readFileSync(join(r.dir, 'ad.md')).equals(fixed)).toBe(true)
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const r = gitRepo({ 'ad.md': PAGE })
    const { code, stdout, stderr } = await cli(['check', 'ad.md', '--fix-dry-run'], r.dir)
    expect(code).toBe(0)
    expect(stdout).toContain('--- a/ad.md\n+++ b/ad.md\n@@ -1,7 +1,7 @@\n')
    expect(stdout).toContain('-A best-in-class team.  \r\n+A well-regarded team.  \r\n')
    expect(stdout).toContain('-A world-class editor.\t\r\n+A experienced editor.\t\r\n')
    expect(stdout).not.toMatch(/^[-+]They called it/m)
    expect(stderr).toMatch(/2 fixes in 1 file would be applied \(dry run/)
    expect(readFileSync(join(r.dir, 'ad.md'), 'utf8')).toBe(PAGE)
  })

  it('--fix-dry-run works on standard input', async () => {
    const r = gitRepo({ 'content/keep.md': 'Fine.\n' })
    const { stdout } = await cli(['check', '--stdin', '--stdin-filename', 'content/new.md', '--fix-dry-run'], r.dir, 'A world-class team.\n')
    expect(stdout).toContain('--- a/content/new.md\n+++ b/content/new.md\n@@ -1,1 +1,1 @@\n-A world-class team.\n+A experienced team.\n')
  })

  it('--fix refuses what it cannot write: with --stdin, with --head, with --fix-dry-run', async () => {
    const r = gitRepo({ 'ad.md': PAGE })
    expect((await cli(['check', '--stdin', '--stdin-filename', 'ad.md', '--fix'], r.dir, 'x')).code).toBe(2)
    expect((await cli(['check', '--base', 'main', '--head', 'main', '--fix'], r.dir)).code).toBe(2)
    expect((await cli(['check', 'ad.md', '--fix', '--fix-dry-run'], r.dir)).code).toBe(2)
    expect(readFileSync(join(r.dir, 'ad.md'), 'utf8')).toBe(PAGE)
  })

  it('SARIF results carry fixes (deletedRegion + insertedContent) for findings with a fix, and none for suppressed ones', async () => {
    const r = gitRepo({ 'ad.md': PAGE })
    const { stdout } = await cli(['check', 'ad.md', '--format', 'sarif'], r.dir)
    const results = JSON.parse(stdout).runs[0].results as { ruleId: string; fixes?: unknown; suppressions?: unknown; locations: { physicalLocation: { region: { startLine: number } } }[] }[]
    const withFixes = results.filter((x) => x.fixes)
    expect(withFixes.map((x) => x.locations[0]?.physicalLocation.region.startLine)).toEqual([4, 7])
    expect(withFixes[0]?.fixes).toEqual([
      {
        description: { text: 'Replace `best-in-class` with `well-regarded`' },
        artifactChanges: [{ artifactLocation: { uri: 'ad.md', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 16 }, insertedContent: { text: 'well-regarded' } }] }],
      },
    ])
    expect(results.find((x) => x.suppressions)?.fixes).toBeUndefined()
  })
})
