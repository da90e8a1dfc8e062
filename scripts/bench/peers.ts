// The commands the benchmark times, copydesk's CLI included: each is a cold child process started the
// same way (see measure.ts), so no tool is measured warm while another pays for its start-up. A missing
// peer is skipped with a hint, never an error: the benchmark must run on any machine that runs copydesk.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { onPath, type Timed } from './measure.js'

/** One timed command: how to start it and how to read the hits it reports. */
export interface Contender {
  tool: string
  command: string
  args: string[]
  /** Phrase hits in the run's output; null when it cannot be read. */
  hits: (run: Timed) => number | null
  note: string
}

export interface Skipped {
  tool: string
  skipped: string
}

export function isSkipped<T extends object>(r: T | Skipped): r is Skipped {
  return 'skipped' in r
}

/** Whether a run ended as the tool ends a good run (copydesk, rg and textlint: 0 or 1, 1 meaning "found some"). */
export function succeeded(run: Timed): boolean {
  return !run.error && (run.status === 0 || run.status === 1)
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

/** Findings of the benchmark's rule pack (`bench/…`) in a copydesk JSON report. */
export function copydeskHits(stdout: string): number | null {
  try {
    const report = JSON.parse(stdout) as { files: { findings?: { ruleId: string }[]; preExisting?: { ruleId: string }[]; suppressed?: { ruleId: string }[] }[] }
    return report.files.reduce((n, f) => n + [...(f.findings ?? []), ...(f.preExisting ?? []), ...(f.suppressed ?? [])].filter((x) => x.ruleId.startsWith('bench/')).length, 0)
  } catch {
    return null
  }
}

/** `copydesk check` as a user runs it: node start, bundle load, file walk, every check, JSON output. */
export function copydesk(cli: string, corpus: string, config: string, extra: string[] = [], tool = 'copydesk'): Contender {
  return {
    tool,
    command: process.execPath,
    args: [cli, 'check', corpus, '--config', config, '--format', 'json', ...extra],
    hits: (run) => copydeskHits(run.stdout),
    note: `node ${cli} check (every check on)`,
  }
}

export function ripgrep(corpus: string, phraseList: string): Contender | Skipped {
  if (!onPath('rg')) {
    return { tool: 'ripgrep', skipped: '`rg` is not on PATH; install it with `apt-get install ripgrep` (or `brew install ripgrep`) to compare.' }
  }
  // The raw scan of the issue: fixed strings, any case, every match counted (a line may hold two).
  return { tool: 'ripgrep', command: 'rg', args: ['-i', '-F', '--count-matches', '-f', phraseList, corpus], hits: (run) => sumCounts(run.stdout), note: 'rg -i -F --count-matches -f phrases' }
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

/**
 * textlint + prh over the same files. Without an MDX plugin textlint skips `.mdx`; its built-in markdown
 * plugin is told to read `.mdx` as markdown, which is how teams without one run it (JSX lines become HTML
 * nodes, which prh does not look into).
 */
export function textlint(root: string, peersDir: string, corpus: string, prhDictionary: string, log: (s: string) => void): Contender | Skipped {
  const bin = ensureTextlint(join(root, peersDir), log)
  if (typeof bin !== 'string') return { tool: 'textlint+prh', ...bin }
  const configPath = join(root, peersDir, '..', 'textlintrc.json')
  // The rule reads its dictionary relative to the config's directory; an absolute path removes the doubt.
  const config = { plugins: { '@textlint/markdown': { extensions: ['.mdx'] } }, rules: { prh: { rulePaths: [join(root, prhDictionary)] } } }
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`)
  return {
    tool: 'textlint+prh',
    command: process.execPath,
    args: [bin, '--config', configPath, '--rules-base-directory', join(root, peersDir, 'node_modules'), '--no-color', '--format', 'json', `${corpus}/**/*.{md,mdx}`],
    hits: (run) => {
      try {
        const results = JSON.parse(run.stdout) as { messages?: { ruleId?: string }[] }[]
        return results.reduce((n, r) => n + (r.messages ?? []).filter((m) => m.ruleId === 'prh').length, 0)
      } catch {
        return null
      }
    },
    note: 'textlint 15 + textlint-rule-prh, .mdx read as markdown',
  }
}
