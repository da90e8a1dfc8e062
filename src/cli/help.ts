// What `copydesk --help` and `copydesk COMMAND --help` print: every flag in one line. The README's CLI
// section says the same (test/cli/help.test.ts keeps them from drifting).
import { VERSION } from '../version.js'

export interface CommandHelp {
  usage: string
  summary: string
  flags: [flag: string, meaning: string][]
}

export const COMMANDS: Record<string, CommandHelp> = {
  check: {
    usage: 'copydesk check [PATH...] [options]',
    summary: 'Checks content files as they are (PATH... or every content file), or what changed between two git refs (--base).',
    flags: [
      ['--base REF', 'check what changed since REF (policy is read at REF), positioning changes and sign-off included'],
      ['--head REF', 'the other end of the change (needs --base; default: the working tree, untracked files included)'],
      ['--config FILE', 'config file to use instead of .github/copydesk.yml (or copydesk.yml) found from the checked folder'],
      ['--format text|json|sarif|markdown', 'report format on stdout (default text)'],
      ['--fail-on error|warning|never', 'exit 1 when a finding reaches this severity (default: config `fail-on`, else error)'],
      ['--filter added|file|nofilter', 'with --base: which findings count: on changed lines (default), whole changed files, or every content file'],
      ['--fix', 'apply the exact replacements findings offer, in place; then report what is left'],
      ['--fix-dry-run', 'print the replacements --fix would make as a unified diff; write nothing'],
      ['--stdin', 'read the content to check from standard input (needs --stdin-filename)'],
      ['--stdin-filename PATH', 'check the standard input as if it were the file PATH (config, content type, report path)'],
      ['--explain-context', 'print the site context the checks read (publisher, competitors, page kinds) instead of findings'],
      ['--cache', 'reuse the results of files that did not change since the last run (same policy, same copydesk version)'],
      ['--cache-location PATH', 'the cache folder (with --cache or --llm; default .copydeskcache/ in the working folder; the LLM\'s answers in PATH/llm/)'],
      ['--concurrency N', 'threads parsing (and, without --base, checking) pages side by side: `auto` (default; one per core, at most 4, from 200 files), `off`, or a number'],
      ['--shard K/N', 'check only shard K of N (1-based) of the content files, for parallel CI jobs; join the JSON reports with `copydesk merge`'],
      ['--llm', 'add the LLM second opinion (OPENAI_API_KEY, OPENAI_BASE_URL from the environment; no request without a key)'],
      ['--llm-model NAME', 'the model for --llm (default: config `llm.model`, else gpt-4.1-mini)'],
      ['-h, --help', 'show this help'],
    ],
  },
  merge: {
    usage: 'copydesk merge REPORT.json... [options]',
    summary: 'Joins the JSON reports of `check --shard K/N --format json` (all N of them) into the report the unsharded run gives.',
    flags: [
      ['--format text|json|sarif|markdown', 'report format on stdout (default text)'],
      ['--fail-on error|warning|never', 'exit 1 when a finding reaches this severity (default: the shards\' fail-on)'],
      ['-h, --help', 'show this help'],
    ],
  },
  owners: {
    usage: 'copydesk owners PATH...',
    summary: 'Prints the owners CODEOWNERS assigns to each path (`PATH<TAB>@owner @owner`), as GitHub reads it; warns about paths that do not exist.',
    flags: [['-h, --help', 'show this help']],
  },
  demo: {
    usage: 'copydesk demo [DIR]',
    summary: 'Runs the bundled example (DIR, default `examples`): the whole site, then each pull request scenario; comments go to .copydesk-out/.',
    flags: [['-h, --help', 'show this help']],
  },
  lsp: {
    usage: 'copydesk lsp',
    summary: 'Runs a language server over stdio: diagnostics on open and change, quick fixes for exact replacements (for VS Code, Neovim and other LSP clients).',
    flags: [['-h, --help', 'show this help']],
  },
  init: {
    usage: 'copydesk init [--force]',
    summary: 'Writes a starter .github/copydesk.yml and strategy/positioning.md, and prints the CODEOWNERS lines to add.',
    flags: [
      ['--force', 'overwrite files that already exist'],
      ['-h, --help', 'show this help'],
    ],
  },
  'test-rules': {
    usage: 'copydesk test-rules [RULE_FILE...]',
    summary: "Runs the `examples:` of the repository's rule files (default: those the config lists) and reports each failing example at file:line.",
    flags: [
      ['--config FILE', 'config file that lists the rule files (default: .github/copydesk.yml or copydesk.yml)'],
      ['-h, --help', 'show this help'],
    ],
  },
}

const EXIT = 'Exit codes: 0 nothing reaches fail-on · 1 a finding reaches fail-on (a failing example for test-rules) · 2 usage, config or input error.'

export const USAGE = `copydesk ${VERSION} — the copy desk for marketing content in git

Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}
  copydesk --version

Run \`copydesk COMMAND --help\` for a command's options.

${EXIT}`

export function commandHelp(name: string): string {
  const command = COMMANDS[name]
  if (!command) return USAGE
  const width = Math.max(...command.flags.map(([flag]) => flag.length))
  return [`Usage: ${command.usage}`, '', command.summary, '', 'Options:', ...command.flags.map(([flag, meaning]) => `  ${flag.padEnd(width)}  ${meaning}`), '', EXIT].join('\n')
}
