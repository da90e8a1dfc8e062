// `npm run corpus`: a folder and a bare git repository of pages written here (shaped like the marketing
// sites the survey is run on), surveyed by the script in a child process as a developer runs it.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLocation } from '../../scripts/corpus/location.js'
import type { CorpusJson } from '../../scripts/corpus/render.js'
import { surveySite, type DumpedSentence } from '../../scripts/corpus/survey.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'

const ROOT = join(import.meta.dirname, '..', '..')

const LAUNCH = [
  '---',
  'title: Launch week recap',
  'description: Everything we shipped in launch week, guaranteed to save your team hours.',
  '---',
  '',
  '# Launch week recap',
  '',
  'Acme cuts onboarding time by 43% for new teams.',
  '',
  '## What shipped',
  '',
  '- Faster imports from every spreadsheet',
  '- A dashboard for the whole team',
  '',
  '| Plan | Seats |',
  '| ---- | ----- |',
  '| Team | 10    |',
  '',
].join('\n')

const PRICING = [
  '---',
  'title: Pricing',
  '---',
  "import { PlanCard } from '../components/PlanCard'",
  '',
  '## Simple plans for growing teams',
  '',
  '<PlanCard plan="team" />',
  '',
  'Every plan includes single sign-on and audit logs.',
  '',
].join('\n')

// Real sites break MDX this way: a bare `<` before a digit starts a JSX tag for the MDX parser.
const INTEGRATIONS = [
  '---',
  'title: Integrations',
  '---',
  '',
  '# Connect your stack',
  '',
  'Acme connects to the CRM and the warehouse you already use.',
  '',
  '',
  'Setup takes <5 minutes for most teams.',
  '',
].join('\n')

// Quoted: unquoted, YAML would read ` #1 …` as a comment (a real-site trap).
const HOME = ['---', 'title: Acme docs', 'hero:', '  tagline: "The #1 sync engine for local-first apps"', '---', '', '# Get started', '', 'Install the client and sync your first table.', ''].join('\n')

// An unclosed quote in YAML: the frontmatter cannot be read.
const SETUP = ['---', 'title: Setup', 'description: "Install in a minute', 'outline: [2, 3]', '---', '', '# Setup', '', 'Run the installer.', ''].join('\n')

// Just over the default 1 MiB `content.max-file-size`.
const ARCHIVE = `# Archive\n\n${'Older posts from the blog.\n'.repeat(42_000)}`
const LAUNCH_ARCHIVE_BYTES = Buffer.byteLength(ARCHIVE)

let dir: string
let folder: string
let bare: string
let firstCommit: string
let out: { status: number | null; stdout: string; stderr: string }
let summary: CorpusJson
let dump: DumpedSentence[]

function write(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', '-c', 'init.defaultBranch=main', '-c', 'core.symlinks=true', ...args], { cwd, encoding: 'utf8' }).trim()
}

function runCorpus(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-corpus-'))

  folder = join(dir, 'acme-site')
  write(folder, 'src/content/blog/launch.md', LAUNCH)
  write(folder, 'src/content/pricing.mdx', PRICING)
  write(folder, 'src/content/integrations.mdx', INTEGRATIONS)
  symlinkSync('blog/launch.md', join(folder, 'src/content/recap.md'))
  write(folder, 'src/content/press-kit.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]))
  write(folder, 'src/content/archive.md', ARCHIVE)
  write(folder, 'public/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
  write(folder, 'astro.config.mjs', 'export default {}\n')

  const work = join(dir, 'work')
  write(work, 'website/index.md', HOME)
  write(work, 'website/guide/setup.md', SETUP)
  symlinkSync('guide/setup.md', join(work, 'website/install.md'))
  write(work, 'app/README.md', '# Not in the website folder\n')
  git(work, 'init', '-q')
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'site')
  firstCommit = git(work, 'rev-parse', 'HEAD')
  write(work, 'website/changelog.md', '# Changelog\n\nLater than the surveyed commit.\n')
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'later')
  bare = join(dir, 'acme-docs.git')
  git(dir, 'clone', '-q', '--bare', work, bare)

  out = runCorpus(folder, `${bare}@${firstCommit}:website`, '--json', join(dir, 'summary.json'), '--dump', join(dir, 'dump.jsonl'))
  summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as CorpusJson
  dump = readFileSync(join(dir, 'dump.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DumpedSentence)
}, 60_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('npm run corpus', () => {
  it('surveys both sites without a crash and exits 0', () => {
    expect(out.stderr).toBe('')
    expect(out.status).toBe(0)
    expect(summary.policy).toMatchObject({ config: null, include: ['**/*.md', '**/*.mdx'], maxFileSize: 1_048_576 })
    expect(summary.policy.packs.map((p) => p.name)).toEqual(['recommended'])
    expect(summary.sites.map((s) => [s.site, s.crashes])).toEqual([
      ['acme-site', []],
      ['acme-docs:website', []],
    ])
  })

  it('counts files, and says which it skipped and why', () => {
    const [site] = summary.sites
    expect(site?.files).toEqual({ listed: 8, content: 5, checked: 3 })
    expect(site?.skipped.byReason).toEqual({ 'not content': 2, symlink: 1, 'too large': 1, binary: 1 })
    expect(site?.skipped.notContentByExtension).toEqual({ '.mjs': 1, '.png': 1 })
    expect(site?.skipped.files).toEqual([
      { path: 'src/content/archive.md', reason: 'too large', bytes: LAUNCH_ARCHIVE_BYTES },
      { path: 'src/content/press-kit.md', reason: 'binary', bytes: 11 },
      { path: 'src/content/recap.md', reason: 'symlink' },
    ])
  })

  it('reads a git directory at the named revision and under the sub-path, keeping its symlink as skipped', () => {
    const site = summary.sites[1]
    expect(site).toMatchObject({ kind: 'git', commit: firstCommit, subPath: 'website' })
    // changelog.md came in a later commit; app/README.md is outside website/.
    expect(site?.files).toEqual({ listed: 3, content: 2, checked: 2 })
    expect(site?.skipped.files).toEqual([{ path: 'install.md', reason: 'symlink' }])
    expect(dump.filter((s) => s.site === 'acme-docs:website').map((s) => s.path)).not.toContain('changelog.md')
  })

  it('counts sentences by construct (absent meaning markdown), the same sentences the dump lists', () => {
    for (const site of summary.sites) {
      const dumped = dump.filter((s) => s.site === site.site)
      const byConstruct: Record<string, number> = {}
      for (const s of dumped) byConstruct[s.construct] = (byConstruct[s.construct] ?? 0) + 1
      expect(site.sentences.byConstruct).toEqual(byConstruct)
      expect(site.sentences.total).toBe(dumped.length)
    }
    // Markdown prose of the folder site: 2 headings, 1 paragraph, 2 items and 4 cells in launch.md; a
    // heading and a paragraph in pricing.mdx; in integrations.mdx (read as plain markdown) 1 heading, 2 paragraphs.
    const body = dump.filter((s) => s.site === 'acme-site' && s.kind !== 'frontmatter')
    expect(body.filter((s) => s.construct === 'markdown')).toHaveLength(14)
    expect(summary.sites[0]?.sentences.byKind).toMatchObject({ heading: 4, 'list-item': 2, 'table-cell': 4 })
  })

  it('dumps every sentence with its site, path, exact position, construct, kind and field', () => {
    expect(dump).toContainEqual({ site: 'acme-site', path: 'src/content/blog/launch.md', line: 8, column: 1, construct: 'markdown', kind: 'paragraph', field: null, text: 'Acme cuts onboarding time by 43% for new teams.' })
    expect(dump).toContainEqual({ site: 'acme-site', path: 'src/content/blog/launch.md', line: 17, column: 3, construct: 'markdown', kind: 'table-cell', field: null, text: 'Team' })
    expect(dump).toContainEqual(
      expect.objectContaining({ site: 'acme-site', path: 'src/content/blog/launch.md', line: 3, column: 14, kind: 'frontmatter', field: 'description', text: 'Everything we shipped in launch week, guaranteed to save your team hours.' }),
    )
    expect(dump).toContainEqual(expect.objectContaining({ site: 'acme-docs:website', path: 'index.md', line: 4, column: 13, kind: 'frontmatter', field: 'hero.tagline' }))
  })

  it('counts findings by category and by rule id', () => {
    const [site, docs] = summary.sites
    expect(site?.findings.byCategory).toEqual({ 'banned-claim': 1, 'missing-source': 2, input: 3 })
    // Most first, then by id: "43%" and "<5 minutes" are unsourced statistics.
    expect(site?.findings.byRule).toEqual([
      { ruleId: 'claims/statistic', count: 2 },
      { ruleId: 'input/mdx-syntax', count: 1 },
      { ruleId: 'input/too-large', count: 1 },
      { ruleId: 'input/unreadable', count: 1 },
      { ruleId: 'recommended/no-guarantees', count: 1 },
    ])
    expect(site?.findings.total).toBe(6)
    expect(docs?.findings.byRule).toContainEqual({ ruleId: 'recommended/no-number-one', count: 1 })
  })

  it('lists parse and input problems with file:line, and keeps their messages out of the JSON', () => {
    expect(summary.sites[0]?.problems).toEqual([
      { path: 'src/content/archive.md', ruleId: 'input/too-large', line: 1, column: 1 },
      { path: 'src/content/integrations.mdx', ruleId: 'input/mdx-syntax', line: 10, column: 14 },
      { path: 'src/content/press-kit.md', ruleId: 'input/unreadable', line: 1, column: 1 },
    ])
    expect(summary.sites[1]?.problems).toEqual([{ path: 'guide/setup.md', ruleId: 'frontmatter/yaml-syntax', line: 4, column: 16 }])
    expect(out.stdout).toMatch(/^ {4}src\/content\/integrations\.mdx:10:14 {2}input\/mdx-syntax {2}MDX does not parse/m)
    expect(out.stdout).toMatch(/^ {4}guide\/setup\.md:4:16 {2}frontmatter\/yaml-syntax {2}Frontmatter is not valid YAML/m)
    // Figures and paths only: no page text in the committable summary.
    const json = readFileSync(join(dir, 'summary.json'), 'utf8')
    for (const words of ['onboarding time', 'guaranteed to save', 'sync engine', 'Install in a minute']) expect(json).not.toContain(words)
  })

  it('prints a block per site and an overview row per site, with files per second', () => {
    expect(out.stdout).toContain('== acme-site ==')
    expect(out.stdout).toContain(`  location   git ${bare} at ${firstCommit.slice(0, 12)}, under website/`)
    expect(out.stdout).toMatch(/^ {2}symlink +1 {2}src\/content\/recap\.md$/m)
    expect(out.stdout).toMatch(/^acme-site +8 +5 +3 +\d+ +6 +3 +0 +[\d.]+$/m)
    expect(out.stdout).toMatch(/^acme-docs:website +3 +2 +2 +\d+ +\d+ +1 +0 +[\d.]+$/m)
    expect(summary.sites[0]?.time.filesPerSecond).toBeGreaterThan(0)
  })

  it('refuses to write the dump (page text) inside the repository: exit 2, nothing surveyed', () => {
    const inside = runCorpus(folder, '--dump', join(ROOT, 'corpus-dump.jsonl'))
    expect(inside.status).toBe(2)
    expect(inside.stderr).toContain('must be written outside the repository')
    expect(inside.stdout).not.toContain('== acme-site ==')
  })
})

describe('corpus survey', () => {
  it('catches a failure on one file, records it with the file, and checks the rest', async () => {
    const policy = await loadPolicy(memoryTree({}))
    const site = await openLocation(folder)
    const result = await surveySite(site, policy, {
      wrapTree: (tree) => ({ ...tree, read: (path) => (path === 'src/content/pricing.mdx' ? Promise.reject(new Error('disk on fire')) : tree.read(path)) }),
    })
    expect(result.crashes).toEqual([{ path: 'src/content/pricing.mdx', where: 'read', message: 'Error: disk on fire' }])
    expect(result.files).toEqual({ listed: 8, content: 5, checked: 2 })
    expect(result.findings.byCategory['banned-claim']).toBe(1)
  })

  it('says what is wrong with a location', async () => {
    await expect(openLocation(join(dir, 'no-such-site'))).rejects.toThrow('is neither a folder nor GITDIR[@REV][:SUBPATH]')
    await expect(openLocation(`${folder}@main`)).rejects.toThrow('is not a git directory')
    await expect(openLocation(`${bare}@no-such-branch`)).rejects.toThrow('`no-such-branch` is not a commit')
    await expect(openLocation(`${bare}:docs`)).rejects.toThrow('`docs` is not a folder')
  })
})
