#!/usr/bin/env node
// The CLI shell: parse arguments, call a command, print, exit 0/1/2 as the contract says.
import { relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { fsTree } from '../engine/tree.js'
import { CopydeskError } from '../errors.js'
import { VERSION } from '../version.js'
import { checkCommand, type Format } from './check.js'
import { demoCommand } from './demo.js'
import { ownersCommand } from './owners.js'
import { explainSiteContext } from '../site/explain.js'

const USAGE = `copydesk ${VERSION} — the copy desk for marketing content in git

Usage:
  copydesk check [PATH...] [--base REF] [--head REF] [--config FILE] [--format text|json|sarif|markdown]
                 [--fail-on error|warning|never] [--filter added|file|nofilter] [--explain-context]
  copydesk owners PATH...
  copydesk demo [DIR]
  copydesk lsp                 (a language server over stdio, for editors)

Exit codes: 0 no finding at error severity · 1 findings at error severity · 2 usage, config or input error.`

export async function main(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string; isTTY: boolean }): Promise<number> {
  const [command, ...rest] = argv
  const color = io.isTTY && !process.env['NO_COLOR']
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            base: { type: 'string' },
            head: { type: 'string' },
            config: { type: 'string' },
            format: { type: 'string', default: 'text' },
            'fail-on': { type: 'string', default: 'error' },
            filter: { type: 'string' },
            'explain-context': { type: 'boolean', default: false },
          },
        })
        const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown'] as const)
        const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const)
        const filter = values.filter === undefined ? undefined : oneOf('--filter', values.filter, ['added', 'file', 'nofilter'] as const)
        if (values.head && !values.base) throw new UsageError('--head needs --base')
        const { output, report } = await checkCommand({
          paths: positionals,
          format: format as Format,
          failOn,
          ...(filter ? { filter } : {}),
          ...(values.base ? { base: values.base } : {}),
          ...(values.head ? { head: values.head } : {}),
          ...(values.config ? { config: values.config } : {}),
          cwd: io.cwd,
          color,
        })
        // The site context the checks read: publisher, competitors and page kinds, with where each came from.
        if (values['explain-context']) {
          io.stdout(explainSiteContext(report.site ?? { publisher: null, competitors: [], pages: [] }))
          return 0
        }
        io.stdout(output)
        const errors = report.files.some((f) => f.findings.some((x) => x.severity === 'error'))
        return errors ? 1 : 0
      }
      case 'owners': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} })
        if (!positionals.length) throw new UsageError('owners needs at least one PATH')
        const root = await gitRoot(io.cwd)
        const paths = positionals.map((p) => relative(root, resolve(io.cwd, p)).split(sep).join('/'))
        const { output, warnings } = await ownersCommand(fsTree(root), paths)
        for (const warning of warnings) io.stderr(`warning: ${warning}`)
        io.stdout(output)
        return 0
      }
      case 'demo': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} })
        const result = await demoCommand(resolve(io.cwd, positionals[0] ?? 'examples'), { color })
        io.stdout(result.output)
        return result.ok ? 0 : 1
      }
      case 'lsp':
        return await (await import('../lsp/server.js')).serveStdio()
      case '--version':
      case '-v':
        io.stdout(VERSION)
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`unknown command \`${command}\``)
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`copydesk: ${(error as Error).message}\n\n${USAGE}`)
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

class UsageError extends Error {}

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
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  }).then((code) => {
    process.exitCode = code
  })
}
