// Fail closed: a file or a policy file copydesk could not read is an error, never an absent file and never
// "no config". A Tree that throws stands in for an API that failed; a git tree for the CLI's `--base`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCheck, type ChangedFile } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { gitTree, memoryTree, type Tree } from '../../src/engine/tree.js'
import { CopydeskError } from '../../src/errors.js'

const CONFIG = 'rules: [recommended, rules/house.yml]\n'
const HOUSE = `pack: house
version: "1"
rules:
  - id: no-magic
    kind: phrase
    severity: error
    message: "House style bans \`{match}\`."
    phrases: [magic bullet]
`
const POST = '---\ntitle: Post\n---\n# Post\n\nA calm sentence.\n'
const base = { '.github/copydesk.yml': CONFIG, 'rules/house.yml': HOUSE, 'content/post.md': POST }

/** `inner`, except that reading one of `broken` fails as a cut-short API answer would. */
function failing(inner: Tree, broken: string[]): Tree {
  return {
    label: inner.label,
    async read(path) {
      if (broken.includes(path)) throw new CopydeskError(`copydesk could not read \`${path}\`: GitHub's answer is not complete JSON`)
      return inner.read(path)
    },
  }
}

async function check(head: Tree, files: ChangedFile[], failOn: 'error' | 'never' = 'error') {
  const baseTree = memoryTree(base, 'base')
  return runCheck({ base: baseTree, head, policy: await loadPolicy(baseTree), files, filter: 'added', failOn })
}

describe('a changed file copydesk cannot read at head', () => {
  it('is an error for that file and fails the verdict, even under fail-on: never', async () => {
    const head = failing(memoryTree({ ...base, 'content/post.md': `${POST}A magic bullet.\n` }, 'head'), ['content/post.md'])
    const report = await check(head, [{ path: 'content/post.md', status: 'modified' }], 'never')
    const file = report.files[0]
    expect(file?.error).toMatch(/could not check this file: .*not complete JSON/)
    expect(file?.findings.map((f) => [f.ruleId, f.severity])).toEqual([['input/read-failed', 'error']])
    expect(report.verdict).toBe('fail')
  })

  it.each(['added', 'modified', 'renamed'] as const)('listed as %s but absent at head, it is an error, not a deletion', async (status) => {
    const head = memoryTree({ '.github/copydesk.yml': CONFIG, 'rules/house.yml': HOUSE }, 'head')
    const report = await check(head, [{ path: 'content/post.md', status, ...(status === 'renamed' ? { previousPath: 'content/old.md' } : {}) }])
    expect(report.files[0]?.error).toMatch(new RegExp(`lists this file as ${status}, but it is absent at head`))
    expect(report.verdict).toBe('fail')
  })

  it('listed as removed and absent at head, it is a deletion: nothing to check', async () => {
    const head = memoryTree({ '.github/copydesk.yml': CONFIG, 'rules/house.yml': HOUSE }, 'head')
    const report = await check(head, [{ path: 'content/post.md', status: 'removed' }])
    expect(report.files[0]?.error).toBeUndefined()
    expect(report.verdict).toBe('pass')
  })
})

describe('a changed file over content.max-file-size', () => {
  it('is an error finding: padding a file past the limit does not get its claims through', async () => {
    const small = { ...base, '.github/copydesk.yml': `${CONFIG}content:\n  max-file-size: 200\n` }
    const baseTree = memoryTree(small, 'base')
    const padded = `${POST}Results are guaranteed.\n${' '.repeat(300)}\n`
    const report = await runCheck({ base: baseTree, head: memoryTree({ ...small, 'content/post.md': padded }, 'head'), policy: await loadPolicy(baseTree), files: [{ path: 'content/post.md', status: 'modified' }], filter: 'added', failOn: 'error' })
    expect(report.files[0]?.findings.map((f) => [f.ruleId, f.severity])).toEqual([['input/too-large', 'error']])
    expect(report.verdict).toBe('fail')
  })
})

describe('a policy file copydesk cannot read at base', () => {
  it.each(['.github/copydesk.yml', 'rules/house.yml'])('stops the run with a message naming `%s`, never running on defaults', async (path) => {
    const tree = failing(memoryTree(base, 'base'), [path])
    const err = await loadPolicy(tree).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CopydeskError)
    expect((err as Error).message).toContain(`could not read the policy file \`${path}\` in base`)
  })

  it('stops on CODEOWNERS, the positioning artifact and the approved-sources registry too', async () => {
    const withAll = { ...base, '.github/copydesk.yml': `${CONFIG}claims:\n  approved-sources: sources.yml\n`, 'sources.yml': 'domains: []\n', 'strategy/positioning.md': '---\ntaglines: [One inbox.]\n---\n', CODEOWNERS: '* @acme/team\n' }
    for (const path of ['sources.yml', 'strategy/positioning.md', 'CODEOWNERS', '.github/CODEOWNERS']) {
      await expect(loadPolicy(failing(memoryTree(withAll, 'base'), [path]))).rejects.toThrow(`policy file \`${path}\``)
    }
  })

  it('stops on a positioning artifact whose frontmatter does not parse, naming its line', async () => {
    const tree = memoryTree({ ...base, 'strategy/positioning.md': '---\ntaglines: [unclosed\nterms: x\n---\n# Positioning\n' }, 'base')
    await expect(loadPolicy(tree)).rejects.toThrow(/^strategy\/positioning\.md:\d+: the positioning artifact cannot be parsed/)
  })

  it('runs on defaults only when the config is confirmed absent', async () => {
    const policy = await loadPolicy(memoryTree({ 'content/post.md': POST }, 'base'))
    expect(policy.configPath).toBeNull()
    expect(policy.notices.join('\n')).toMatch(/running on defaults/)
  })
})

describe('a git tree (the CLI’s --base)', () => {
  const repo = mkdtempSync(join(tmpdir(), 'copydesk-gittree-'))
  afterAll(() => rmSync(repo, { recursive: true, force: true }))
  const git = (...args: string[]): string => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } })
  git('init', '-q')
  writeFileSync(join(repo, 'a.md'), 'hello\n')
  git('add', 'a.md')
  git('commit', '-qm', 'one')

  it('reads a path as null only when git says it is not in the commit', async () => {
    expect(await gitTree(repo, 'HEAD').read('missing.md')).toBeNull()
    writeFileSync(join(repo, 'untracked.md'), 'x\n')
    expect(await gitTree(repo, 'HEAD').read('untracked.md')).toBeNull()
    expect(new TextDecoder().decode((await gitTree(repo, 'HEAD').read('a.md')) ?? new Uint8Array())).toBe('hello\n')
  })

  it('throws on a ref git does not know, so policy never falls back to defaults on a typo', async () => {
    await expect(gitTree(repo, 'no-such-ref').read('.github/copydesk.yml')).rejects.toThrow(/git could not read/)
  })
})
