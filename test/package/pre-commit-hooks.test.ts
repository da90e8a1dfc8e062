import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')

interface Hook {
  id?: unknown
  name?: unknown
  entry?: unknown
  language?: unknown
  files?: unknown
  pass_filenames?: unknown
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as unknown
  const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string> }

  it('is a list holding the copydesk hook with the fields pre-commit requires', () => {
    expect(Array.isArray(hooks)).toBe(true)
    const hook = (hooks as Hook[]).find((h) => h.id === 'copydesk')
    expect(hook).toBeDefined()
    for (const field of ['id', 'name', 'entry', 'language'] as const) {
      expect(typeof hook![field], field).toBe('string')
      expect((hook![field] as string).trim(), field).not.toBe('')
    }
    expect(hook!.language).toBe('node')
    expect(hook!.entry).toBe('copydesk check')
    expect(hook!.pass_filenames).toBe(true)
  })

  it('runs the bin the package installs', () => {
    const hook = (hooks as Hook[]).find((h) => h.id === 'copydesk')!
    const command = (hook.entry as string).split(/\s+/)[0]!
    expect(Object.keys(pkg.bin)).toContain(command)
  })

  it("the README's .pre-commit-config.yaml snippet names this repository, a release tag and the hook id", () => {
    const snippet = /```yaml\n(repos:\n[\s\S]*?)```/.exec(read('README.md'))?.[1]
    expect(snippet).toBeDefined()
    const config = parse(snippet!) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] }
    const repository = (JSON.parse(read('package.json')) as { repository: { url: string } }).repository.url
    const [entry] = config.repos
    expect(repository.replace(/^git\+/, '').replace(/\.git$/, '')).toBe(entry!.repo)
    expect(entry!.rev).toMatch(/^v1\.\d+\.\d+$/)
    expect(entry!.hooks.map((h) => h.id)).toEqual([(hooks as Hook[])[0]!.id])
  })

  it('passes markdown and MDX files and nothing else', () => {
    const hook = (hooks as Hook[]).find((h) => h.id === 'copydesk')!
    expect(typeof hook.files).toBe('string')
    // pre-commit applies `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files as string)
    for (const path of ['README.md', 'content/blog/launch.md', 'src/pages/home.mdx', 'docs/a.b.mdx']) {
      expect(files.test(path), path).toBe(true)
    }
    for (const path of ['src/cli/main.ts', 'content/data.json', 'notes.md.ts', 'page.mdx.bak', 'md', 'content/mdx']) {
      expect(files.test(path), path).toBe(false)
    }
  })
})
