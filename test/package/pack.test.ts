// The npm package as a writer gets it: `npm pack` of this repository (the committed bundle, as the release
// workflow publishes it), installed into a fresh content repository with no registry at all, then run with npx.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; bin: Record<string, string> }

interface Packed {
  filename: string
  files: { path: string }[]
}

let work = ''
let site = ''
let packed: Packed
let env: NodeJS.ProcessEnv

/** npm with nothing inherited from the npm that runs the tests, no user config, and a registry nobody listens on. */
function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)))
  writeFileSync(join(dir, 'npmrc'), '')
  return {
    ...clean,
    npm_config_userconfig: join(dir, 'npmrc'),
    npm_config_cache: join(dir, 'npm-cache'),
    // Port 9 (discard) refuses connections: any request that would leave the machine fails the test.
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  }
}

function npx(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['--offline', 'copydesk', ...args], { cwd: site, env, encoding: 'utf8', timeout: 30_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true })
    writeFileSync(join(site, path), text)
  }
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build')
  work = mkdtempSync(join(tmpdir(), 'copydesk-pack-'))
  env = isolatedEnv(work)
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, env, encoding: 'utf8' })
  packed = (JSON.parse(out) as Packed[])[0]!

  site = join(work, 'site')
  mkdirSync(site)
  execFileSync('git', ['init', '-q'], { cwd: site })
  write({
    'package.json': `${JSON.stringify({ name: 'acme-site', private: true }, null, 2)}\n`,
    'content/pages/pricing.md': '---\ntitle: Pricing\n---\n\n# Pricing\n\nEvery plan is risk-free.\n',
    'content/blog/hello.md': '---\ntitle: Hello\n---\n\nWe answer email and chat from one inbox.\n',
  })
  // As the README tells writers: a devDependency. --offline: the tarball must need nothing from a registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--save-dev', join(work, packed.filename)], { cwd: site, env, encoding: 'utf8' })
}, 60_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('holds the bin and the bundle, and none of the source, tests or tooling', () => {
    const paths = packed.files.map((f) => f.path)
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', pkg.bin['copydesk']!.replace(/^\.\//, ''), 'dist/cli.js', 'dist/parse-worker.js']))
    expect(paths.filter((p) => /^(src|test|scripts|examples|eval|node_modules|\.github|\.ci)\//.test(p))).toEqual([])
    // The Action's bundle is fetched by the runner from the tag, never from npm.
    expect(paths).not.toContain('dist/index.js')
  })

  it('declares no runtime dependencies (the bundle inlines them) and can be published', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) expect(pkg[field], field).toBeUndefined()
    expect(pkg['private']).toBeUndefined()
    const installed = JSON.parse(readFileSync(join(site, 'node_modules', 'copydesk', 'package.json'), 'utf8')) as Record<string, unknown>
    expect(installed['dependencies']).toBeUndefined()
    // Nothing but copydesk itself was installed.
    const lock = JSON.parse(readFileSync(join(site, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> }
    expect(Object.keys(lock.packages).filter((p) => p !== '')).toEqual(['node_modules/copydesk'])
  })

  it('`npx copydesk check` in a content repository finds a planted banned phrase and exits 1', () => {
    const run = npx('check')
    expect(run.stderr).not.toMatch(/internal error/)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/content\/pages\/pricing\.md:7:15 +error .*recommended\/no-risk-free/)
    expect(run.stdout).not.toMatch(/hello\.md:\d/)
  })

  it('`npx copydesk check FILE...` as the pre-commit hook runs it: exit 0 on clean files, 1 with a finding', () => {
    expect(npx('check', 'content/blog/hello.md').code).toBe(0)
    const run = npx('check', 'content/blog/hello.md', 'content/pages/pricing.md')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('content/pages/pricing.md:7:15')
  })

  it('`npx copydesk check` parses a large site in threads from the installed package, and reports what one thread reports', () => {
    const many: Record<string, string> = {}
    for (let i = 0; i < 220; i++) many[`audit/page-${String(i).padStart(3, '0')}.md`] = `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\nReplies arrive ${i % 9}x faster, guaranteed.\n\nSee [the docs](https://example.com/${i}).\n`
    write(many)
    const env2 = { ...env, COPYDESK_DEBUG: 'threads' }
    const run = (concurrency: string): ReturnType<typeof spawnSync> =>
      spawnSync('npx', ['--offline', 'copydesk', 'check', 'audit', '--format', 'json', '--concurrency', concurrency], { cwd: site, env: env2, encoding: 'utf8', timeout: 60_000 })
    const threaded = run('2')
    const alone = run('off')
    expect(threaded.status).toBe(1)
    expect(String(threaded.stderr)).toMatch(/copydesk:threads 2 threads parsed 220 of 220 pages/)
    expect(String(alone.stderr)).toMatch(/copydesk:threads 0 threads parsed 0 of 220 pages/)
    expect(threaded.stdout).toBe(alone.stdout)
    expect((JSON.parse(String(threaded.stdout)) as { files: unknown[] }).files).toHaveLength(220)
    rmSync(join(site, 'audit'), { recursive: true, force: true })
  }, 120_000)

  it('`npx copydesk --version` prints the package version', () => {
    const run = npx('--version')
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(pkg.version)
  })
})
