// `copydesk check --cache`: a cached run reports exactly what a fresh run reports, reads no file through the
// checks when nothing changed, and checks again whatever a change in content, policy or version can affect.
// COPYDESK_DEBUG=cache makes the engine say, per file, whether it reused a result (`hit`) or ran the checks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkCommand } from '../../src/cli/check.js'
import { cli, gitRepo } from './helpers.js'
import { SITE } from './site-fixture.js'

const RULES = 'pack: house\nversion: 1.0.0\nrules:\n  - id: no-synergy\n    kind: phrase\n    severity: error\n    message: "`{match}` says nothing."\n    phrases: [synergy]\n'
const HOUSE = { ...SITE, '.github/copydesk.yml': 'rules: [recommended, rules/house.yml]\n', 'rules/house.yml': RULES }
const CONTENT = Object.keys(SITE).filter((p) => p.startsWith('content/')).sort()

let previous: string | undefined
beforeEach(() => {
  previous = process.env['COPYDESK_DEBUG']
  process.env['COPYDESK_DEBUG'] = 'cache'
})
afterEach(() => {
  if (previous === undefined) delete process.env['COPYDESK_DEBUG']
  else process.env['COPYDESK_DEBUG'] = previous
})

/** The files the engine ran the checks on, from its debug lines. */
function checked(stderr: string): string[] {
  return [...stderr.matchAll(/^copydesk:cache check (.+)$/gm)].map((m) => m[1]!).sort()
}
function reused(stderr: string): string[] {
  return [...stderr.matchAll(/^copydesk:cache hit (.+)$/gm)].map((m) => m[1]!).sort()
}

/** A fresh run (no cache) for comparison. */
async function fresh(dir: string, args: string[] = []): Promise<{ code: number; stdout: string }> {
  const { code, stdout } = await cli(['check', ...args], dir)
  return { code, stdout }
}

function storeFiles(dir: string): string[] {
  const results = join(dir, '.copydeskcache', 'results')
  return readdirSync(results)
    .filter((n) => n.endsWith('.json'))
    .map((n) => join(results, n))
}

describe('copydesk check --cache', () => {
  it('the second run reuses every file (no check runs, the site context is not derived again) and reports exactly what a fresh run does', async () => {
    const r = gitRepo(HOUSE)
    for (const format of ['json', 'text', 'markdown', 'sarif']) {
      const expected = await fresh(r.dir, ['--format', format])
      const first = await cli(['check', '--cache', '--format', format], r.dir)
      const second = await cli(['check', '--cache', '--format', format], r.dir)
      expect(first.stdout).toBe(expected.stdout)
      expect(second.stdout).toBe(expected.stdout)
      expect(second.code).toBe(expected.code)
    }
    const first = await cli(['check', '--cache', '--cache-location', 'other-cache'], r.dir)
    expect(checked(first.stderr)).toEqual(CONTENT)
    expect(first.stderr).toMatch(new RegExp(`site context derived from ${CONTENT.length} files`))
    const second = await cli(['check', '--cache', '--cache-location', 'other-cache'], r.dir)
    expect(checked(second.stderr)).toEqual([])
    expect(reused(second.stderr)).toEqual(CONTENT)
    expect(second.stderr).toMatch(new RegExp(`site context from the cache \\(${CONTENT.length} files\\)`))
    expect(second.stderr).not.toMatch(/notice/)
  })

  it('is a folder, .copydeskcache/ by default, that git ignores by itself', async () => {
    const r = gitRepo(SITE)
    await cli(['check', '--cache'], r.dir)
    expect(readFileSync(join(r.dir, '.copydeskcache', '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(storeFiles(r.dir)).toHaveLength(1)
    expect(r.git('status', '--porcelain')).toBe('')
    await cli(['check', '--cache', '--cache-location', 'elsewhere/cache'], r.dir)
    expect(existsSync(join(r.dir, 'elsewhere', 'cache', 'results'))).toBe(true)
  })

  it('a content change re-checks only that file, and the report is the fresh one', async () => {
    const r = gitRepo(HOUSE)
    await cli(['check', '--cache'], r.dir)
    r.write({ 'content/blog/quiet.md': '---\ntitle: A quiet post\n---\n# Notes from the team\n\nWe moved offices this spring. Synergy guaranteed.\n' })
    const after = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(checked(after.stderr)).toEqual(['content/blog/quiet.md'])
    expect(after.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)
    expect(after.stdout).toMatch(/house\/no-synergy/)
    // The site context is derived again, but from the pages kept for the files that did not change: only the
    // edited file is parsed for it.
    const pages = r.git('ls-files').split('\n').filter((p) => /\.mdx?$/.test(p) && p.startsWith('content/')).length
    expect(after.stderr).toMatch(new RegExp(`site context derived from ${pages} files \\(${pages - 1} pages from the cache\\)`))
  })

  it('a change to what the site context says about other pages re-checks the pages it affects', async () => {
    const r = gitRepo(HOUSE)
    await cli(['check', '--cache'], r.dir)
    // A second comparison page names another competitor: every page's view of the site changes.
    r.write({ 'content/compare/acme-vs-frontly.md': '---\ntitle: Acme Flow vs Frontly\n---\n# Acme Flow vs Frontly\n\n| | Acme Flow | Frontly |\n| --- | --- | --- |\n| Setup | 5 minutes | 3 days |\n' })
    const after = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(checked(after.stderr)).toEqual([...CONTENT, 'content/compare/acme-vs-frontly.md'].sort())
    expect(after.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)
  })

  it('a change that names another publisher re-reads every page for its part of the site context, and the report is the fresh one', async () => {
    const r = gitRepo(HOUSE)
    await cli(['check', '--cache'], r.dir)
    // A frontmatter `publisher:` outranks the name the pages use most: every page's kind and competitors are
    // read again for it (the comparison page no longer sets the publisher against Helpwise).
    r.write({ 'content/blog/quiet.md': '---\ntitle: A quiet post\npublisher: Helpwise\n---\n# Notes from the team\n\nWe moved offices this spring.\n' })
    const after = await cli(['check', '--cache', '--format', 'json'], r.dir)
    const pages = r.git('ls-files').split('\n').filter((p) => /\.mdx?$/.test(p) && p.startsWith('content/')).length
    expect(after.stderr).toMatch(new RegExp(`site context derived from ${pages} files \\(${pages - 1} pages from the cache\\)`))
    expect(after.stderr).toMatch(new RegExp(`site context: ${pages - 1} pages from the cache parsed again for another publisher`))
    const expected = (await fresh(r.dir, ['--format', 'json'])).stdout
    expect(after.stdout).toBe(expected)
    expect(JSON.parse(expected).site.publisher.name).toBe('Helpwise')
    // …and once kept for that publisher, the parts come from the cache again.
    r.write({ 'content/blog/onboarding.md': '---\ntitle: Onboarding\n---\n# Onboarding\n\nAcme Flow cuts onboarding time by 44%.\n' })
    const again = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(again.stderr).not.toMatch(/parsed again for another publisher/)
    expect(again.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)
  })

  it('a policy change (config edit, rule file edit) re-checks every file', async () => {
    const r = gitRepo(HOUSE)
    await cli(['check', '--cache'], r.dir)
    r.write({ '.github/copydesk.yml': 'rules: [recommended, rules/house.yml]\nseverity:\n  recommended/no-guarantees: warning\n' })
    const config = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(checked(config.stderr)).toEqual(CONTENT)
    expect(config.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)

    r.write({ 'rules/house.yml': RULES.replace('[synergy]', '[synergy, one inbox]') })
    const rules = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(checked(rules.stderr)).toEqual(CONTENT)
    expect(rules.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)
    expect(rules.stdout).toMatch(/`One inbox` says nothing/)
    // Each policy keeps its own store file.
    expect(storeFiles(r.dir)).toHaveLength(3)
  })

  it('a new copydesk version re-checks every file', async () => {
    const r = gitRepo(SITE)
    const lines: string[] = []
    const run = (version: string) => checkCommand({ paths: [], format: 'json', cwd: r.dir, color: false, cacheLocation: join(r.dir, '.copydeskcache'), version, debug: (l) => lines.push(l) })
    const before = await run('1.0.0')
    lines.length = 0
    await run('1.0.0')
    expect(lines.filter((l) => l.startsWith('check '))).toEqual([])
    lines.length = 0
    const after = await run('1.0.1')
    expect(lines.filter((l) => l.startsWith('check ')).map((l) => l.slice(6)).sort()).toEqual(CONTENT)
    expect(after.output).toBe(before.output)
  })

  it('a file that dates its sources is reused on the day it was checked only', async () => {
    const r = gitRepo(SITE)
    const lines: string[] = []
    const run = (now: string) => checkCommand({ paths: [], format: 'json', cwd: r.dir, color: false, cacheLocation: join(r.dir, '.copydeskcache'), now: new Date(now), debug: (l) => lines.push(l) })
    await run('2026-03-01T09:00:00Z')
    lines.length = 0
    await run('2026-03-01T18:00:00Z')
    expect(lines.filter((l) => l.startsWith('check '))).toEqual([])
    await run('2026-03-02T09:00:00Z')
    expect(lines.filter((l) => l.startsWith('check '))).toEqual(['check content/blog/faster-replies.md'])
  })

  it('with --base, a cached run reports what a fresh one does', async () => {
    const r = gitRepo(HOUSE)
    r.write({ 'content/blog/quiet.md': '---\ntitle: A quiet post\n---\n# Notes\n\nSynergy, now 3x faster.\n', 'content/new.md': '# New\n\nThe #1 inbox.\n' })
    r.commit('edit')
    const args = ['--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json']
    const expected = await fresh(r.dir, args)
    const first = await cli(['check', '--cache', ...args], r.dir)
    const second = await cli(['check', '--cache', ...args], r.dir)
    expect(first.stdout).toBe(expected.stdout)
    expect(second.stdout).toBe(expected.stdout)
    expect(checked(second.stderr)).toEqual([])
    expect(reused(second.stderr)).toEqual(['content/blog/quiet.md', 'content/new.md'])
  })
})

describe('a damaged cache is ignored with a notice, never trusted', () => {
  it('an entry that fails its checksum: a notice, that file checked again, the fresh report', async () => {
    const r = gitRepo(SITE)
    const expected = await fresh(r.dir, ['--format', 'json'])
    await cli(['check', '--cache'], r.dir)
    const [file] = storeFiles(r.dir)
    const body = JSON.parse(readFileSync(file!, 'utf8'))
    // The finding at error severity becomes an info: a result that would pass the page if trusted.
    body.entries['content/index.md'].value = body.entries['content/index.md'].value.replaceAll('"error"', '"info"')
    writeFileSync(file!, JSON.stringify(body))
    const after = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(after.stderr).toMatch(/^copydesk: notice: cache entry for `content\/index\.md` in .* is corrupt \(its checksum does not match\): ignored, checked afresh$/m)
    expect(checked(after.stderr)).toEqual(['content/index.md'])
    expect(after.stdout).toBe(expected.stdout)
    expect(after.code).toBe(expected.code)
    // The damaged entry was replaced: the next run is quiet.
    expect((await cli(['check', '--cache'], r.dir)).stderr).not.toMatch(/notice/)
  })

  it('an entry of the wrong shape (checksum and all) is ignored', async () => {
    const r = gitRepo(SITE)
    await cli(['check', '--cache'], r.dir)
    const [file] = storeFiles(r.dir)
    const body = JSON.parse(readFileSync(file!, 'utf8'))
    const value = JSON.stringify({ report: { path: 'content/index.md' } })
    body.entries['content/index.md'] = { ...body.entries['content/index.md'], value, sum: createHash('sha256').update(value).digest('hex') }
    writeFileSync(file!, JSON.stringify(body))
    const after = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(after.stderr).toMatch(/cache entry for `content\/index\.md` .* is corrupt \(it is not the shape copydesk writes\)/)
    expect(after.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)
  })

  it('a store file that is not JSON: a notice, every file checked, the fresh report', async () => {
    const r = gitRepo(SITE)
    await cli(['check', '--cache'], r.dir)
    const [file] = storeFiles(r.dir)
    writeFileSync(file!, readFileSync(file!, 'utf8').slice(0, 200))
    const after = await cli(['check', '--cache', '--format', 'json'], r.dir)
    expect(after.stderr).toMatch(/^copydesk: notice: the cache file .* is corrupt .*: ignored, every file is checked afresh$/m)
    expect(checked(after.stderr)).toEqual(CONTENT)
    expect(after.stdout).toBe((await fresh(r.dir, ['--format', 'json'])).stdout)
  })

  it('a file where the cache folder should be, or --cache-location without --cache: exit 2', async () => {
    const r = gitRepo(SITE)
    r.write({ 'not-a-folder': 'x' })
    const file = await cli(['check', '--cache', '--cache-location', 'not-a-folder'], r.dir)
    expect(file.code).toBe(2)
    expect(file.stderr).toMatch(/--cache-location `.*not-a-folder` is a file: the cache location is a folder/)
    const alone = await cli(['check', '--cache-location', 'x'], r.dir)
    expect(alone.code).toBe(2)
    expect(alone.stderr).toMatch(/--cache-location PATH goes with --cache/)
  })
})
