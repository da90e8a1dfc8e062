// The peers copydesk is measured against. A missing peer is skipped with a hint, never an error:
// the benchmark must run on any machine that can run copydesk.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { median, onPath, run } from './measure.js'

export interface PeerResult {
  tool: string
  /** Median wall time of the timed runs, ms. */
  ms: number
  runs: number
  maxRssKiB: number | null
  /** Phrase hits the tool reported; null when its output could not be read. */
  hits: number | null
  note?: string
}

export interface Skipped {
  tool: string
  skipped: string
}

/** `path:count` lines, as `rg -c` / `--count-matches` print them, summed. */
export function sumCounts(output: string): number {
  let total = 0
  for (const line of output.split('\n')) {
    const m = /:(\d+)$/.exec(line.trim())
    if (m) total += Number(m[1])
  }
  return total
}

export function measureRipgrep(root: string, corpus: string, phraseList: string, runs: number): PeerResult | Skipped {
  if (!onPath('rg')) {
    return { tool: 'ripgrep', skipped: '`rg` is not on PATH; install it with `apt-get install ripgrep` (or `brew install ripgrep`) to compare.' }
  }
  // The command the field notes measured: fixed strings, any case, a count per file.
  const args = ['-i', '-F', '-c', '-f', phraseList, corpus]
  const times: number[] = []
  let rss: number | null = null
  for (let i = 0; i < runs; i++) {
    const t = run('rg', args, root)
    if (t.error || (t.status !== 0 && t.status !== 1)) {
      return { tool: 'ripgrep', skipped: `\`rg ${args.join(' ')}\` failed (exit ${String(t.status)}): ${t.error?.message ?? t.stderr.trim()}` }
    }
    times.push(t.ms)
    rss = Math.max(rss ?? 0, t.maxRssKiB ?? 0) || null
  }
  // -c counts matching lines; the hit count needs every match (a line may hold two).
  const counted = run('rg', ['-i', '-F', '--count-matches', '-f', phraseList, corpus], root)
  return { tool: 'ripgrep', ms: median(times), runs, maxRssKiB: rss, hits: sumCounts(counted.stdout), note: 'rg -i -F -c -f' }
}

function textlintBin(peersDir: string): string | null {
  const pkgPath = join(peersDir, 'node_modules', 'textlint', 'package.json')
  if (!existsSync(pkgPath)) return null
  try {
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin?: string | Record<string, string> }
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['textlint']
    return bin ? join(peersDir, 'node_modules', 'textlint', bin) : null
  } catch {
    return null
  }
}

/** Installs textlint and its prh rule into `peersDir` once; later runs reuse it. */
export function ensureTextlint(peersDir: string, log: (s: string) => void): string | { skipped: string } {
  const existing = textlintBin(peersDir)
  if (existing && existsSync(join(peersDir, 'node_modules', 'textlint-rule-prh'))) return existing
  log(`Installing textlint@15 and textlint-rule-prh into ${peersDir} (first run only)…`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const install = spawnSync(npm, ['install', '--prefix', peersDir, 'textlint@15', 'textlint-rule-prh', '--no-audit', '--no-fund', '--loglevel=error'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const bin = textlintBin(peersDir)
  if (install.status !== 0 || !bin) {
    const why = install.error?.message ?? install.stderr.trim().split('\n').slice(-3).join(' ')
    return { skipped: `\`npm install --prefix ${peersDir} textlint@15 textlint-rule-prh\` failed (${why || `exit ${String(install.status)}`}); run it by hand to compare.` }
  }
  return bin
}

export function measureTextlint(root: string, peersDir: string, corpus: string, prhDictionary: string, runs: number, log: (s: string) => void): PeerResult | Skipped {
  const bin = ensureTextlint(join(root, peersDir), log)
  if (typeof bin !== 'string') return { tool: 'textlint+prh', ...bin }
  const configPath = join(root, peersDir, '..', 'textlintrc.json')
  const reportPath = join(root, peersDir, '..', 'textlint-report.json')
  // The rule reads its dictionary relative to the config's directory; an absolute path removes the doubt.
  writeFileSync(configPath, `${JSON.stringify({ rules: { prh: { rulePaths: [join(root, prhDictionary)] } } }, null, 2)}\n`)
  const args = [bin, '--config', configPath, '--rules-base-directory', join(root, peersDir, 'node_modules'), '--no-color', '--format', 'json', '--output-file', reportPath, `${corpus}/**/*.md`]
  const times: number[] = []
  let rss: number | null = null
  for (let i = 0; i < runs; i++) {
    const t = run(process.execPath, args, root)
    // Exit 1 means "problems found": that is the point of the run.
    if (t.error || (t.status !== 0 && t.status !== 1)) {
      return { tool: 'textlint+prh', skipped: `textlint failed (exit ${String(t.status)}): ${(t.error?.message ?? t.stderr.trim()).split('\n').slice(0, 3).join(' ')}` }
    }
    times.push(t.ms)
    rss = Math.max(rss ?? 0, t.maxRssKiB ?? 0) || null
  }
  let hits: number | null
  try {
    const results = JSON.parse(readFileSync(reportPath, 'utf8')) as { messages?: { ruleId?: string }[] }[]
    hits = results.reduce((n, r) => n + (r.messages ?? []).filter((m) => m.ruleId === 'prh').length, 0)
  } catch {
    hits = null
  }
  return { tool: 'textlint+prh', ms: median(times), runs, maxRssKiB: rss, hits, note: 'textlint 15 + textlint-rule-prh' }
}

export function isSkipped(r: PeerResult | Skipped): r is Skipped {
  return 'skipped' in r
}
