// `copydesk check --shard K/N` and `copydesk merge`: the shards of a run, merged, are the unsharded run —
// the same JSON byte for byte, and so the same text, markdown and SARIF, and the same exit code.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { shardOf } from '../../src/shard/select.js'
import { cli, gitRepo } from './helpers.js'
import { SITE } from './site-fixture.js'

const FORMATS = ['json', 'text', 'markdown', 'sarif'] as const

let dir: string
const full: Record<string, { code: number; stdout: string }> = {}

/** Runs every shard of N as JSON, writes each to shard-K.json in the repo, and returns the file names. */
async function shards(n: number, extra: string[] = []): Promise<{ files: string[]; reports: { code: number; stdout: string }[] }> {
  const files: string[] = []
  const reports: { code: number; stdout: string }[] = []
  for (let k = 1; k <= n; k++) {
    const result = await cli(['check', '--shard', `${k}/${n}`, '--format', 'json', ...extra], dir)
    const file = join(dir, `shard-${n}-${k}.json`)
    writeFileSync(file, result.stdout)
    files.push(file)
    reports.push(result)
  }
  return { files, reports }
}

beforeAll(async () => {
  const r = gitRepo(SITE)
  dir = r.dir
  // A link is listed as skipped, with a notice: per-file notices must come back in the merged order.
  symlinkSync('index.md', join(dir, 'content/home-link.md'))
  for (const format of FORMATS) full[format] = await cli(['check', '--format', format], dir)
})

describe('copydesk check --shard K/N', () => {
  it('the fixture has findings, a skipped file and a site context worth keeping whole', () => {
    const report = JSON.parse(full['json']!.stdout)
    expect(report.files.length).toBeGreaterThan(10)
    expect(report.files.find((f: { path: string }) => f.path === 'content/home-link.md').skipped).toMatch(/symbolic link/)
    expect(report.site.competitors.map((c: { name: string }) => c.name)).toContain('Helpwise')
    expect(full['json']!.code).toBe(1)
  })

  for (const n of [1, 2, 3, 7]) {
    it(`the ${n} shard${n === 1 ? '' : 's'} together check every file exactly once, each as the full run does`, async () => {
      const fullReport = JSON.parse(full['json']!.stdout)
      const { reports } = await shards(n)
      const seen: string[] = []
      for (const [i, result] of reports.entries()) {
        const report = JSON.parse(result.stdout)
        expect(report.shard).toMatchObject({ index: i + 1, total: n, paths: fullReport.files.map((f: { path: string }) => f.path) })
        // Every shard reads its pages in the context of the whole site.
        expect(report.site).toEqual(fullReport.site)
        for (const file of report.files) {
          expect(shardOf(file.path, n)).toBe(i + 1)
          expect(file).toEqual(fullReport.files.find((f: { path: string }) => f.path === file.path))
          seen.push(file.path)
        }
      }
      expect(seen.sort()).toEqual(fullReport.files.map((f: { path: string }) => f.path).sort())
    })

    it(`merging the ${n} shard reports gives the unsharded report byte for byte (JSON, text, markdown, SARIF) and its exit code`, async () => {
      const { files } = await shards(n)
      for (const format of FORMATS) {
        // Any order of the inputs gives the same report.
        const merged = await cli(['merge', ...files.reverse(), '--format', format], dir)
        expect(merged.stderr).toBe('')
        expect(merged.stdout).toBe(full[format]!.stdout)
        expect(merged.code).toBe(full[format]!.code)
      }
    })
  }

  it('more shards than files: the empty shards still merge into the full run', async () => {
    const { files, reports } = await shards(16)
    expect(reports.filter((r) => JSON.parse(r.stdout).files.length === 0).length).toBeGreaterThan(0)
    expect((await cli(['merge', ...files, '--format', 'json'], dir)).stdout).toBe(full['json']!.stdout)
  })

  it('merge --fail-on sets the verdict and exit code as check --fail-on does', async () => {
    const { files } = await shards(3)
    for (const failOn of ['warning', 'never']) {
      const fresh = await cli(['check', '--format', 'json', '--fail-on', failOn], dir)
      const merged = await cli(['merge', ...files, '--format', 'json', '--fail-on', failOn], dir)
      expect(merged.stdout).toBe(fresh.stdout)
      expect(merged.code).toBe(fresh.code)
    }
  })

  it('shards of the named paths merge into the run of those paths', async () => {
    const { files } = await shards(2, ['content/blog'])
    const fresh = await cli(['check', 'content/blog', '--format', 'json'], dir)
    expect((await cli(['merge', ...files, '--format', 'json'], dir)).stdout).toBe(fresh.stdout)
  })

  it("a file's shard is a function of its path alone (sha256), the same on every machine and in every order", () => {
    expect([3, 7].map((n) => shardOf('content/index.md', n))).toEqual([3, 3])
    expect([3, 7].map((n) => shardOf('content/pricing.md', n))).toEqual([2, 5])
    expect([3, 7].map((n) => shardOf('blog/x.mdx', n))).toEqual([2, 1])
  })

  it.each([['0/3'], ['4/3'], ['x/y'], ['1/0'], ['3'], ['1/300']])('--shard %s is a usage error (exit 2) saying what K/N means', async (value) => {
    const { code, stderr } = await cli(['check', '--shard', value], dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^copydesk: --shard /)
    expect(stderr).toMatch(/K/)
  })

  it.each([['0'], ['many'], ['1.5'], ['']])('--concurrency %s is a usage error (exit 2) naming what it takes', async (value) => {
    const { code, stderr } = await cli(['check', '--concurrency', value], dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^copydesk: --concurrency takes `auto`, `off` or a number of threads/)
  })

  it('--concurrency auto, off or a number checks as without it', async () => {
    const plain = await cli(['check', '--format', 'json'], dir)
    for (const value of ['auto', 'off', '3']) expect((await cli(['check', '--format', 'json', '--concurrency', value], dir)).stdout).toBe(plain.stdout)
  })

  it('--shard with --base, --stdin or --llm is a usage error', async () => {
    expect((await cli(['check', '--shard', '1/2', '--base', 'HEAD'], dir)).stderr).toMatch(/--shard splits a check of the files as they are/)
    expect((await cli(['check', '--shard', '1/2', '--stdin', '--stdin-filename', 'x.md'], dir, 'x')).code).toBe(2)
    const reviewed = await cli(['check', '--shard', '1/2', '--llm'], dir)
    expect(reviewed.code).toBe(2)
    expect(reviewed.stderr).toMatch(/--shard cannot take --llm/)
  })
})

describe('copydesk merge refuses a set that is not one whole run (exit 2)', () => {
  let files: string[]
  beforeAll(async () => {
    files = (await shards(3)).files
  })

  async function refused(args: string[], message: RegExp): Promise<void> {
    const { code, stderr, stdout } = await cli(['merge', ...args], dir)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  }

  it('a missing shard', () => refused([files[0]!, files[2]!], /missing shard 2\/3/))
  it('a shard given twice', () => refused([files[0]!, files[0]!, files[1]!, files[2]!], /shard 1\/3 is given twice/))
  it('shards of different N', async () => {
    const other = (await shards(2)).files
    await refused([files[0]!, other[1]!, files[2]!], /is shard 2\/2, but .* is one of 3/)
  })
  it('a report of an unsharded run', async () => {
    const plain = join(dir, 'plain.json')
    writeFileSync(plain, full['json']!.stdout)
    await refused([plain], /is not a shard report/)
  })
  it('not JSON', async () => {
    const text = join(dir, 'text.json')
    writeFileSync(text, full['text']!.stdout)
    await refused([text], /is not JSON/)
  })
  it('an unreadable file', () => refused([join(dir, 'nowhere.json')], /cannot read the shard report/))
  it('no reports at all is a usage error', () => refused([], /merge needs the shard reports/))

  it('a shard checked under another policy', async () => {
    const r = gitRepo({ ...SITE })
    const first = await cli(['check', '--shard', '1/2', '--format', 'json'], r.dir)
    r.write({ '.github/copydesk.yml': 'rules: [recommended]\nclaims:\n  competitors: [Zendesk]\n' })
    const second = await cli(['check', '--shard', '2/2', '--format', 'json'], r.dir)
    writeFileSync(join(r.dir, 'a.json'), first.stdout)
    writeFileSync(join(r.dir, 'b.json'), second.stdout)
    const { code, stderr } = await cli(['merge', 'a.json', 'b.json'], r.dir)
    expect(code).toBe(2)
    expect(stderr).toMatch(/was checked under policy \w+, .* under \w+/)
  })

  it('a shard written by another copydesk version', async () => {
    const report = JSON.parse(readFileSync(files[1]!, 'utf8'))
    report.shard.copydesk = '0.0.1'
    const edited = join(dir, 'old.json')
    writeFileSync(edited, JSON.stringify(report))
    await refused([files[0]!, edited, files[2]!], /written by copydesk 0\.0\.1; this is copydesk/)
  })

  it('a file in the wrong shard (reports of different runs)', async () => {
    const report = JSON.parse(readFileSync(files[0]!, 'utf8'))
    const second = JSON.parse(readFileSync(files[1]!, 'utf8'))
    report.files.push(second.files[0])
    const edited = join(dir, 'overlap.json')
    writeFileSync(edited, JSON.stringify(report))
    await refused([edited, files[1]!, files[2]!], /is in two shards|belongs to shard/)
  })
})
