#!/usr/bin/env node
// The CLI shell: parse arguments, call a command, print, exit 0/1/2 as the contract says.
import { slicedWriter } from './write.js'
import { relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { fsTree, pathExists } from '../engine/tree.js'
import { CopydeskError } from '../errors.js'
import { secrets } from '../redact.js'
import { VERSION } from '../version.js'
import { cacheLocation } from '../cache/index.js'
import { parseShard } from '../shard/select.js'
import { checkCommand, type CheckOptions, type Format } from './check.js'
import { demoCommand } from './demo.js'
import { exitCode, inputErrors } from './exit.js'
import { fixesDiff, planFixes, writeFixes } from './fix.js'
import { commandHelp, USAGE } from './help.js'
import { initCommand } from './init.js'
import { mergeCommand } from './merge.js'
import { ownersCommand } from './owners.js'
import { createProgress } from './progress.js'
import { ruleFilePath, testRulesCommand } from './test-rules.js'
import { explainSiteContext } from '../site/explain.js'

export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  isTTY: boolean
  /** Whether stderr is a terminal: the progress line is drawn only then. */
  stderrTTY?: boolean
  /** Writes to stderr as given (no newline added): the progress line rewrites itself with `\r`. */
  stderrRaw?: (s: string) => void
  /** Writes to stdout as given (no newline added): a long report goes out in parts. */
  stdoutRaw?: (s: string) => void
  columns?: number
  /** Standard input's bytes (`--stdin`). */
  readStdin?: () => Promise<Uint8Array>
  /** The environment (`OPENAI_API_KEY`, `OPENAI_BASE_URL` for `--llm`); absent: the process's. */
  env?: Record<string, string | undefined>
}

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  const color = io.isTTY && !process.env['NO_COLOR']
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            ...HELP,
            base: { type: 'string' },
            head: { type: 'string' },
            config: { type: 'string' },
            format: { type: 'string', default: 'text' },
            'fail-on': { type: 'string' },
            filter: { type: 'string' },
            fix: { type: 'boolean', default: false },
            'fix-dry-run': { type: 'boolean', default: false },
            stdin: { type: 'boolean', default: false },
            'stdin-filename': { type: 'string' },
            'explain-context': { type: 'boolean', default: false },
            cache: { type: 'boolean', default: false },
            'cache-location': { type: 'string' },
            shard: { type: 'string' },
            concurrency: { type: 'string' },
            llm: { type: 'boolean', default: false },
            'llm-model': { type: 'string' },
          },
        })
        if (values.help) return help(io, 'check')
        const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown'] as const)
        const failOn = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const)
        const filter = values.filter === undefined ? undefined : oneOf('--filter', values.filter, ['added', 'file', 'nofilter'] as const)
        if (values.head && !values.base) throw new UsageError('--head needs --base')
        if (values.stdin !== (values['stdin-filename'] !== undefined)) throw new UsageError('--stdin and --stdin-filename PATH go together')
        if (values.stdin && (positionals.length || values.base)) throw new UsageError('--stdin checks one text: it takes no PATH and no --base')
        if (values['llm-model'] !== undefined && !values.llm) throw new UsageError('--llm-model NAME goes with --llm')
        if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other')
        // --fix writes the working tree; standard input has no file to write to (see the diff with --fix-dry-run).
        if (values.fix && (values.stdin || values.head)) throw new UsageError('--fix writes files in the working tree: it cannot take --stdin or --head (try --fix-dry-run)')
        if (values['cache-location'] !== undefined && !values.cache && !values.llm) throw new UsageError('--cache-location PATH goes with --cache or --llm')
        const concurrency = values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency)
        const shard = values.shard === undefined ? undefined : parseShard(values.shard)
        if (typeof shard === 'string') throw new UsageError(shard)
        // A change between two refs is small by nature; a shard splits a full check of the files as they are.
        if (shard && (values.base || values.stdin)) throw new UsageError('--shard splits a check of the files as they are: it cannot take --base or --stdin')
        // The model's answers, usage and notices belong to one run: shards of a reviewed run could not be merged
        // into the report one run gives.
        if (shard && values.llm) throw new UsageError('--shard cannot take --llm: the LLM review is per run; review pull requests with --llm and audit the whole site in shards without it')
        const stdin = values.stdin ? { path: values['stdin-filename'] as string, bytes: await (io.readStdin ?? readStdin)() } : undefined
        let progress: ReturnType<typeof createProgress> | null = null
        const options: CheckOptions = {
          paths: positionals,
          format: format as Format,
          ...(failOn ? { failOn } : {}),
          ...(filter ? { filter } : {}),
          ...(values.base ? { base: values.base } : {}),
          ...(values.head ? { head: values.head } : {}),
          ...(values.config ? { config: values.config } : {}),
          ...(stdin ? { stdin } : {}),
          ...(values.cache ? { cacheLocation: cacheLocation(io.cwd, values['cache-location']) } : {}),
          ...(shard ? { shard } : {}),
          threads: { ...(concurrency !== undefined ? { concurrency } : {}), ...(debugging('threads') ? { debug: (line: string) => io.stderr(`copydesk:threads ${line}`) } : {}) },
          ...(debugging('cache') ? { debug: (line: string) => io.stderr(`copydesk:cache ${line}`) } : {}),
          ...(values.llm ? { llm: llmOptions(values['llm-model'], cacheLocation(io.cwd, values['cache-location']), io.env ?? process.env) } : {}),
          cwd: io.cwd,
          color,
          onFiles: (total) => {
            progress = createProgress({ isTTY: Boolean(io.stderrTTY && io.stderrRaw), write: (s) => io.stderrRaw?.(s), ...(io.columns ? { columns: io.columns } : {}) }, total)
            return progress.tick
          },
        }
        let result = await checkCommand(options)
        ;(progress as ReturnType<typeof createProgress> | null)?.done()
        // The site context the checks read: publisher, competitors and page kinds, with where each came from.
        if (values['explain-context']) {
          io.stdout(explainSiteContext(result.report.site ?? { publisher: null, competitors: [], pages: [] }))
          return 0
        }
        if (values['fix-dry-run'] || values.fix) {
          const fixes = await planFixes(result.report, result.root, stdin ? async () => stdin.bytes : undefined)
          if (values['fix-dry-run']) {
            if (fixes.length) io.stdout(fixesDiff(fixes))
            io.stderr(`copydesk: ${count(fixes, 'fix')} in ${fixes.length} file${fixes.length === 1 ? '' : 's'} would be applied (dry run: nothing written).`)
            return exitCode(result.report, result.failOn)
          }
          await writeFixes(fixes, result.root)
          io.stderr(`copydesk: applied ${count(fixes, 'fix')} in ${fixes.length} file${fixes.length === 1 ? '' : 's'}.`)
          // What is left after fixing is what the report and the exit code are about, as with ESLint's --fix.
          if (fixes.length) result = await checkCommand({ ...options, onFiles: undefined })
        }
        // With --llm an endpoint's error body may echo the key: what is printed goes through the run's redaction.
        const shown = (text: string): string => (values.llm ? secrets.text(text) : text)
        const last = result.outputParts.at(-1) ?? ''
        if (io.stdoutRaw && last.endsWith('\n')) for (const part of result.outputParts) io.stdoutRaw(shown(part))
        else io.stdout(shown(result.output))
        for (const notice of result.notices) io.stderr(`copydesk: notice: ${notice}`)
        for (const problem of inputErrors(result.report)) io.stderr(`copydesk: input error: ${problem}`)
        return exitCode(result.report, result.failOn)
      }
      case 'merge': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { ...HELP, format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string' } },
        })
        if (values.help) return help(io, 'merge')
        const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown'] as const)
        const failOn = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const)
        if (!positionals.length) throw new UsageError('merge needs the shard reports: copydesk merge REPORT.json...')
        const result = await mergeCommand(positionals.map((p) => resolve(io.cwd, p)), { format, color, ...(failOn ? { failOn } : {}) })
        io.stdout(result.output)
        for (const problem of inputErrors(result.report)) io.stderr(`copydesk: input error: ${problem}`)
        return exitCode(result.report, result.failOn)
      }
      case 'owners': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...HELP } })
        if (values.help) return help(io, 'owners')
        if (!positionals.length) throw new UsageError('owners needs at least one PATH')
        const root = await gitRoot(io.cwd)
        const paths = positionals.map((p) => relative(root, resolve(io.cwd, p)).split(sep).join('/'))
        const { output, warnings } = await ownersCommand(fsTree(root), paths, (path) => pathExists(resolve(root, path)))
        for (const warning of warnings) io.stderr(`warning: ${warning}`)
        io.stdout(output)
        return 0
      }
      case 'demo': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...HELP } })
        if (values.help) return help(io, 'demo')
        const result = await demoCommand(resolve(io.cwd, positionals[0] ?? 'examples'), { color })
        io.stdout(result.output)
        return result.ok ? 0 : 1
      }
      case 'lsp': {
        // The language server speaks on stdout, so `--help` is the only flag it reads here.
        if (rest.includes('--help') || rest.includes('-h')) return help(io, 'lsp')
        return await (await import('../lsp/server.js')).serveStdio()
      }
      case 'init': {
        const { values } = parseArgs({ args: rest, options: { ...HELP, force: { type: 'boolean', default: false } } })
        if (values.help) return help(io, 'init')
        const result = await initCommand(await gitRoot(io.cwd), { force: values.force })
        if (result.kept.length) {
          io.stderr(`copydesk: ${result.kept.map((p) => `\`${p}\``).join(' and ')} already exist${result.kept.length === 1 ? 's' : ''}: not overwritten (use --force to overwrite).`)
        }
        io.stdout(result.output)
        return result.kept.length ? 2 : 0
      }
      case 'test-rules': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...HELP, config: { type: 'string' } } })
        if (values.help) return help(io, 'test-rules')
        const root = await gitRoot(io.cwd)
        const policyOptions = values.config ? { configPath: ruleFilePath(root, io.cwd, values.config) } : {}
        const result = await testRulesCommand(root, positionals.map((p) => ruleFilePath(root, io.cwd, p)), policyOptions)
        io.stdout(result.output)
        return result.failures.length ? 1 : 0
      }
      case '--version':
      case '-v':
        io.stdout(VERSION)
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(rest[0] && command === 'help' ? commandHelp(rest[0]) : USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`unknown command \`${command}\``)
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const which = command && commandHelp(command) !== USAGE ? commandHelp(command) : USAGE
      io.stderr(`copydesk: ${(error as Error).message}\n\n${which}`)
      return 2
    }
    if (error instanceof CopydeskError) {
      io.stderr(`copydesk: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`)
      return 2
    }
    io.stderr(`copydesk: internal error (please report it): ${(error as Error).stack ?? String(error)}`)
    return 2
  }
}

function help(io: CliIO, command: string): number {
  io.stdout(commandHelp(command))
  return 0
}

function count(fixes: { applied: number }[], noun: string): string {
  const n = fixes.reduce((sum, f) => sum + f.applied, 0)
  return `${n} ${noun}${n === 1 ? '' : 'es'}`
}


async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

class UsageError extends Error {}

/** `COPYDESK_DEBUG=cache` (comma-separated topics, or `*`): lines on stderr about what copydesk did. */
function debugging(topic: string): boolean {
  const topics = (process.env['COPYDESK_DEBUG'] ?? '').split(',').map((t) => t.trim())
  return topics.includes(topic) || topics.includes('*')
}

/** `--concurrency auto|off|N` (ESLint's flag): threads parsing pages side by side. */
function parseConcurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value
  if (/^[1-9]\d{0,2}$/.test(value)) return Number(value)
  throw new UsageError(`--concurrency takes \`auto\`, \`off\` or a number of threads (1–999); got \`${value}\``)
}

/** `--llm`: the openai package's own environment variables, the model and the cache location. */
function llmOptions(model: string | undefined, cacheLocation: string | undefined, env: Record<string, string | undefined>): NonNullable<CheckOptions['llm']> {
  const apiKey = env['OPENAI_API_KEY']?.trim()
  // Known to the run's redaction layer before anything can echo it.
  if (apiKey) secrets.add(apiKey)
  const baseURL = env['OPENAI_BASE_URL']?.trim()
  if (baseURL) secrets.addUrlCredentials(baseURL)
  return { ...(apiKey ? { apiKey } : {}), ...(baseURL ? { baseURL } : {}), ...(model ? { model } : {}), ...(cacheLocation ? { cacheLocation } : {}) }
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got \`${value}\``)
}

async function gitRoot(cwd: string): Promise<string> {
  const { execFile } = await import('node:child_process')
  return new Promise((done) => execFile('git', ['-C', cwd, 'rev-parse', '--show-toplevel'], (err, stdout) => done(err ? cwd : stdout.trim())))
}

// Run only when executed directly (dist/cli.js or bin/copydesk.js), not when imported by tests.
const invoked = process.argv[1] ? resolve(process.argv[1]) : ''
if (invoked.endsWith(`${sep}cli.js`) || invoked.endsWith(`${sep}main.ts`) || invoked.endsWith(`${sep}copydesk.js`) || invoked.endsWith(`${sep}copydesk`)) {
  const stdout = slicedWriter(process.stdout)
  // Fail closed: a run that ends before main settles (an event loop left with nothing to wait on) exits 2, not 0.
  process.exitCode = 2
  main(process.argv.slice(2), {
    stdout: (s) => stdout(s.endsWith('\n') ? s : `${s}\n`),
    stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrTTY: Boolean(process.stderr.isTTY),
    stderrRaw: (s) => process.stderr.write(s),
    stdoutRaw: stdout,
    columns: process.stderr.columns,
  }).then((code) => {
    process.exitCode = code
  })
}
