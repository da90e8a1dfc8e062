// The CLI's other entry points: --stdin, --help on every command, the progress line, init, test-rules, owners.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/help.js'
import { SCHEMA_URL } from '../../src/cli/init.js'
import { SITE } from './site-fixture.js'
import { createProgress, progressLine } from '../../src/cli/progress.js'
import { configSchema } from '../../src/config/schema.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { fsTree } from '../../src/engine/tree.js'
import { cli, gitRepo } from './helpers.js'

describe('copydesk check --stdin --stdin-filename PATH', () => {
  it('checks standard input as the file PATH: config from its folder, the path in the report', async () => {
    // A nested site with its own config that bans nothing but `acme-banned`, and a root config that uses the recommended pack.
    const r = gitRepo({
      'copydesk.yml': 'rules: [recommended]\n',
      'site/copydesk.yml': 'rules: [rules/house.yml]\n',
      'site/rules/house.yml': 'pack: house\nversion: 1\nrules:\n  - id: no-synergy\n    kind: phrase\n    severity: error\n    message: "`{match}` says nothing."\n    phrases: [synergy]\n    suggestion: Say what it does.\n',
    })
    const text = 'Real synergy, guaranteed.\n'
    const { code, stdout } = await cli(['check', '--stdin', '--stdin-filename', 'site/content/new.md', '--format', 'json'], r.dir, text)
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['content/new.md'])
    expect(report.files[0].findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['house/no-synergy 1:6'])
    // The file does not exist on disk, and nothing was written.
    expect(existsSync(join(r.dir, 'site/content/new.md'))).toBe(false)
    // At the root, the root's config (recommended) applies.
    const root = await cli(['check', '--stdin', '--stdin-filename', 'new.md'], r.dir, text)
    expect(root.stdout).toMatch(/^new\.md:1:15\s+error\s+.*recommended\/no-guarantees$/m)
  })

  it('--stdin and --stdin-filename go together, without PATHs', async () => {
    const r = gitRepo({ 'a.md': 'Fine.\n' })
    expect((await cli(['check', '--stdin'], r.dir, 'x')).code).toBe(2)
    expect((await cli(['check', '--stdin-filename', 'a.md'], r.dir, 'x')).code).toBe(2)
    expect((await cli(['check', '--stdin', '--stdin-filename', 'a.md', 'a.md'], r.dir, 'x')).code).toBe(2)
  })
})

describe('--help', () => {
  it.each(['check', 'owners', 'demo', 'init', 'test-rules'])('`copydesk %s --help` prints its usage and every flag, exit 0', async (command) => {
    const r = gitRepo({ 'a.md': 'Fine.\n' })
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await cli([command, flag], r.dir)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toContain(`Usage: ${COMMANDS[command]?.usage}`)
      for (const [name, meaning] of COMMANDS[command]?.flags ?? []) expect(stdout).toMatch(new RegExp(`^  ${name.replace(/[|.]/g, '\\$&')} +${meaning.slice(0, 20).replace(/[()`|.*+?[\]]/g, '\\$&')}`, 'm'))
    }
  })

  it('`check --help` explains every option check accepts', async () => {
    const r = gitRepo({ 'a.md': 'Fine.\n' })
    const { stdout } = await cli(['check', '--help'], r.dir)
    for (const flag of ['--base', '--head', '--config', '--format', '--fail-on', '--filter', '--fix', '--fix-dry-run', '--stdin', '--stdin-filename', '--explain-context']) expect(stdout).toContain(`  ${flag} `)
  })

  it('the README lists every command and flag of the help', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const cliSection = readme.slice(readme.indexOf('\n## CLI'), readme.indexOf('\n## ', readme.indexOf('\n## CLI') + 1))
    for (const command of Object.values(COMMANDS)) {
      expect(cliSection).toContain(command.usage.split(' [')[0])
      for (const [flag] of command.flags) expect(cliSection).toContain(flag.split(' ')[0]?.replace(/,$/, ''))
    }
  })

  it('an unknown option of a command names the command in the usage it prints', async () => {
    const r = gitRepo({ 'a.md': 'Fine.\n' })
    const { code, stderr } = await cli(['owners', '--frobnicate', 'a.md'], r.dir)
    expect(code).toBe(2)
    expect(stderr).toContain('Usage: copydesk owners PATH...')
  })
})

describe('progress', () => {
  it('is silent when stderr is not a terminal (the CLI in tests and CI), whatever the number of files', async () => {
    const files = Object.fromEntries(Array.from({ length: 210 }, (_, i) => [`content/p${i}.md`, 'Fine.\n']))
    const r = gitRepo(files)
    const { main } = await import('../../src/cli/main.js')
    let raw = ''
    let stderr = ''
    const code = await main(['check', '--format', 'json'], { stdout: () => {}, stderr: (s) => (stderr += s), stderrRaw: (s) => (raw += s), stderrTTY: false, cwd: r.dir, isTTY: false })
    expect(code).toBe(0)
    expect(raw).toBe('')
    expect(stderr).toBe('')
  })

  it('draws one updating line on a terminal for a large run, throttled, and erases it when done', () => {
    const writes: string[] = []
    let clock = 0
    const progress = createProgress({ isTTY: true, write: (s) => writes.push(s), columns: 60 }, 250, { now: () => clock })
    for (let i = 0; i < 250; i++) {
      clock += 10
      progress.tick(`content/p${i}.md`)
    }
    progress.done()
    // Every 100 ms of 2.5 s, plus the last file: about 26 redraws, never 250.
    expect(writes.length).toBeGreaterThan(20)
    expect(writes.length).toBeLessThan(30)
    expect(writes.every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true)
    expect(writes.at(-2)).toBe(`\r${progressLine(250, 250, 'content/p249.md', 60)}\u001b[K`)
    expect(writes.at(-1)).toBe('\r\u001b[K')
  })

  it('draws nothing for a small run or off a terminal', () => {
    const writes: string[] = []
    const small = createProgress({ isTTY: true, write: (s) => writes.push(s) }, 200)
    small.tick('a.md')
    small.done()
    const piped = createProgress({ isTTY: false, write: (s) => writes.push(s) }, 5000)
    piped.tick('a.md')
    piped.done()
    expect(writes).toEqual([])
  })

  it('progressLine counts, gives the percentage and fits the terminal', () => {
    expect(progressLine(120, 500, 'content/blog/x.md')).toBe('copydesk: checking 120/500 files (24%) content/blog/x.md')
    const line = progressLine(1, 3, `content/${'x'.repeat(100)}.md`, 40)
    expect(line.length).toBeLessThan(40)
    expect(line.endsWith('…')).toBe(true)
  })
})

describe('copydesk init', () => {
  it('writes a config with the schema comment and a starter artifact that load cleanly, and prints the CODEOWNERS lines', async () => {
    const r = gitRepo({ 'README.md': 'Hi.\n' })
    const { code, stdout } = await cli(['init'], r.dir)
    expect(code).toBe(0)
    const config = readFileSync(join(r.dir, '.github/copydesk.yml'), 'utf8')
    expect(config.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
    expect(SCHEMA_URL).toBe('https://github.com/acme/copydesk/raw/v1/schema/copydesk.schema.json')
    expect(configSchema.safeParse(parseYaml(config)).success).toBe(true)
    expect(readFileSync(join(r.dir, 'strategy/positioning.md'), 'utf8')).toMatch(/^---\n[\s\S]*\n---\n# Positioning/)
    const policy = await loadPolicy(fsTree(r.dir))
    expect(policy.configPath).toBe('.github/copydesk.yml')
    expect(policy.artifactProblems).toEqual([])
    expect(stdout).toMatch(/wrote \.github\/copydesk\.yml/)
    expect(stdout).toMatch(/^\/strategy\/\s+@your-org\/strategy$/m)
    expect(stdout).toMatch(/^\/\.github\/copydesk\.yml\s+@your-org\/strategy$/m)
    // The starter passes its own check.
    expect((await cli(['check'], r.dir)).code).toBe(0)
  })

  it('fills in the publisher and competitors the whole site names, since a pull request reads only the files it changes', async () => {
    const files = Object.fromEntries(Object.entries(SITE).filter(([p]) => p.startsWith('content/') && !p.endsWith('.mdx')))
    const r = gitRepo(files)
    const { code, stdout } = await cli(['init'], r.dir)
    expect(code).toBe(0)
    const config = configSchema.parse(parseYaml(readFileSync(join(r.dir, '.github/copydesk.yml'), 'utf8')))
    expect(config.claims.publisher?.[0]).toBe('Acme Flow')
    expect(config.claims.competitors).toContain('Helpwise')
    expect(stdout).toMatch(/read \d+ content files: the publisher `Acme Flow` and \d+ competitors? written to `claims`/)
    // …and a check of one changed page then knows the publisher the whole site names.
    const explained = await cli(['check', 'content/blog/quiet.md', '--explain-context'], r.dir)
    expect(explained.stdout).toMatch(/Publisher: `Acme Flow`.*from config/)
  })

  it('never overwrites an existing file unless --force: says so and exits 2', async () => {
    const r = gitRepo({ '.github/copydesk.yml': 'rules: [recommended]\n' })
    const { code, stderr, stdout } = await cli(['init'], r.dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/`\.github\/copydesk\.yml` already exists: not overwritten \(use --force/)
    expect(readFileSync(join(r.dir, '.github/copydesk.yml'), 'utf8')).toBe('rules: [recommended]\n')
    // The missing one is still written.
    expect(stdout).toMatch(/wrote strategy\/positioning\.md/)
    const forced = await cli(['init', '--force'], r.dir)
    expect(forced.code).toBe(0)
    expect(readFileSync(join(r.dir, '.github/copydesk.yml'), 'utf8')).toMatch(/^# yaml-language-server/)
  })
})

const PASSING = `pack: house
version: 1
rules:
  - id: no-synergy
    kind: phrase
    severity: error
    message: "\`{match}\` says nothing."
    phrases: [synergy]
    suggestion: Say what it does.
    examples:
      bad:
        - "Real synergy for teams."
      good:
        - "Teams share one inbox."
`

const FAILING = `pack: loose
version: 1
rules:
  - id: no-leverage
    kind: phrase
    severity: warning
    message: "\`{match}\` is jargon."
    phrases: [leverage]
    suggestion: Say use.
    examples:
      bad:
        - "Leverage your data."
        - "Use your data wisely."
      good:
        - "We leverage nothing."
`

describe('copydesk test-rules', () => {
  it("runs the examples of the rule files the config lists: exit 0 when they pass", async () => {
    const r = gitRepo({ '.github/copydesk.yml': 'rules: [recommended, rules/house.yml]\n', 'rules/house.yml': PASSING })
    const { code, stdout } = await cli(['test-rules'], r.dir)
    expect(code).toBe(0)
    expect(stdout).toBe('✔ rules/house.yml: 2 examples, 0 failing\n')
  })

  it('reports each failing example at file:line and exits 1', async () => {
    const r = gitRepo({ '.github/copydesk.yml': 'rules: [rules/house.yml, rules/loose.yml]\n', 'rules/house.yml': PASSING, 'rules/loose.yml': FAILING })
    const { code, stdout } = await cli(['test-rules'], r.dir)
    expect(code).toBe(1)
    expect(stdout.split('\n')).toEqual([
      '✔ rules/house.yml: 2 examples, 0 failing',
      '✖ rules/loose.yml: 3 examples, 2 failing',
      'rules/loose.yml:13: `loose/no-leverage` does not flag its bad example "Use your data wisely."',
      'rules/loose.yml:15: good example "We leverage nothing." of `loose/no-leverage` is flagged by `loose/no-leverage` at `leverage`',
      '',
    ])
    // A file named on the command line is tested whatever the config lists.
    const one = await cli(['test-rules', 'rules/house.yml'], r.dir)
    expect(one.code).toBe(0)
    expect(one.stdout).toContain('✔ rules/house.yml')
    expect(one.stdout).not.toContain('loose')
  })

  it('an invalid rule file is a config error: 2 with file:line', async () => {
    const r = gitRepo({ 'rules/bad.yml': 'pack: bad\nversion: 1\nrules:\n  - id: x\n    kind: regex\n' })
    const { code, stderr } = await cli(['test-rules', 'rules/bad.yml'], r.dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/rules\/bad\.yml:5/)
  })
})

describe('copydesk owners', () => {
  it('warns on stderr about a path that does not exist, and still prints its owners line', async () => {
    const r = gitRepo({ '.github/CODEOWNERS': '* @acme/web\n/content/ @acme/content\n', 'content/home.md': 'Hi.\n' })
    const { code, stdout, stderr } = await cli(['owners', 'content/home.md', 'content/hme.md', 'content'], r.dir)
    expect(code).toBe(0)
    expect(stdout).toBe('content/home.md\t@acme/content\ncontent/hme.md\t@acme/content\ncontent\t@acme/web\n')
    expect(stderr).toBe('warning: `content/hme.md` does not exist in the repository; its owners line says who would own it.\n')
  })
})
