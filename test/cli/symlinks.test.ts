// A symbolic link to a markdown file is listed as skipped, with its target, and its content is never
// read through it: neither in the working tree, nor in a commit (git mode 120000).
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fsTree, gitTree } from '../../src/engine/tree.js'
import { jsonReportSchema } from '../../src/reports/index.js'
import { cli, gitRepo } from './helpers.js'

const CONFIG = 'rules: [recommended]\n'

/** A repository with one ordinary page and, outside it, a page full of banned words. */
function setup() {
  const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'))
  writeFileSync(join(outside, 'secret.md'), 'Guaranteed, risk-free and unlimited.\n')
  const r = gitRepo({ '.github/copydesk.yml': CONFIG, 'content/home.md': 'Results are guaranteed.\n' })
  return { r, outside }
}

describe('symbolic links', () => {
  it('copydesk check lists a linked page as skipped and never reads outside the repository', async () => {
    const { r, outside } = setup()
    symlinkSync(join(outside, 'secret.md'), join(r.dir, 'content/outside.md'))
    symlinkSync('home.md', join(r.dir, 'content/alias.md'))
    const { code, stdout } = await cli(['check', '--format', 'json'], r.dir)
    expect(code).toBe(1)
    const report = jsonReportSchema.parse(JSON.parse(stdout))
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]))
    expect(Object.keys(byPath).sort()).toEqual(['content/alias.md', 'content/home.md', 'content/outside.md'])
    expect(byPath['content/home.md']?.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['recommended/no-guarantees 1:13'])
    expect(byPath['content/outside.md']?.skipped).toBe(`a symbolic link to \`${join(outside, 'secret.md')}\`: links are not followed, so it was not checked (the file it points to is checked under its own path)`)
    expect(byPath['content/outside.md']?.findings.map((f) => f.ruleId)).toEqual(['input/symlink'])
    expect(byPath['content/alias.md']?.skipped).toMatch(/^a symbolic link to `home\.md`/)
    expect(report.notices).toEqual(expect.arrayContaining([expect.stringMatching(/^`content\/outside\.md`: a symbolic link/)]))
  })

  it('a link named on the command line is skipped the same way, with the reason in the text report', async () => {
    const { r, outside } = setup()
    symlinkSync(join(outside, 'secret.md'), join(r.dir, 'content/outside.md'))
    const { code, stdout } = await cli(['check', 'content/outside.md'], r.dir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/content\/outside\.md\s+skipped\s+a symbolic link to `/)
    expect(stdout).not.toMatch(/risk-free|unlimited/i)
    // A link to a folder outside is not walked into, and says so.
    symlinkSync(outside, join(r.dir, 'content/more'))
    const folder = await cli(['check', 'content/more'], r.dir)
    expect(folder.code).toBe(2)
    expect(folder.stderr).toMatch(/`content\/more` is a symbolic link to a folder: links are not followed/)
  })

  it('a link committed on a branch (git mode 120000) is skipped in a --base check', async () => {
    const { r } = setup()
    r.git('checkout', '-q', '-b', 'pr')
    symlinkSync('../.github/copydesk.yml', join(r.dir, 'content/config.md'))
    r.write({ 'content/new.md': 'A risk-free trial.\n' })
    r.commit('add a link and a page')
    const { code, stdout } = await cli(['check', '--base', 'main', '--head', 'pr', '--format', 'json'], r.dir)
    expect(code).toBe(1)
    const report = jsonReportSchema.parse(JSON.parse(stdout))
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]))
    expect(byPath['content/config.md']?.skipped).toMatch(/^a symbolic link to `\.\.\/\.github\/copydesk\.yml`/)
    expect(byPath['content/config.md']?.findings.map((f) => f.ruleId)).toEqual(['input/symlink'])
    expect(byPath['content/new.md']?.findings.map((f) => f.ruleId)).toEqual(['recommended/no-risk-free'])
  })

  it('trees list links and name their targets; the working tree never reads through one that leaves the root', async () => {
    const { r, outside } = setup()
    symlinkSync(join(outside, 'secret.md'), join(r.dir, 'content/outside.md'))
    symlinkSync('home.md', join(r.dir, 'content/alias.md'))
    symlinkSync(outside, join(r.dir, 'linked-folder'))
    const tree = fsTree(r.dir)
    expect(await tree.list?.()).toEqual(['.github/copydesk.yml', 'content/alias.md', 'content/home.md', 'content/outside.md', 'linked-folder'])
    expect(await tree.linkTarget?.('content/alias.md')).toBe('home.md')
    expect(await tree.linkTarget?.('content/home.md')).toBeNull()
    expect(await tree.read('content/outside.md')).toBeNull()
    expect(await tree.read('linked-folder/secret.md')).toBeNull()
    expect(new TextDecoder().decode((await tree.read('content/alias.md')) ?? new Uint8Array())).toBe('Results are guaranteed.\n')

    r.commit('commit the links')
    const commit = gitTree(r.dir, 'HEAD')
    expect(await commit.list?.()).toEqual(['.github/copydesk.yml', 'content/alias.md', 'content/home.md', 'content/outside.md', 'linked-folder'])
    expect(await commit.linkTarget?.('content/alias.md')).toBe('home.md')
    expect(await commit.linkTarget?.('linked-folder')).toBe(outside)
    expect(await commit.linkTarget?.('content/home.md')).toBeNull()
  })
})
