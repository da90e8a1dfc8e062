// Keeps the README's generated parts in step with the code, so the docs are tested like the examples:
// the rule reference (from the shipped packs) and the sample comment (from the demo's positioning scenario).
//   node --import tsx scripts/readme.ts          rewrite README.md
//   node --import tsx scripts/readme.ts --check  exit 1 when README.md is stale (test/readme.test.ts does this)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoCommand } from '../src/cli/demo.js'
import { MARKER } from '../src/contract.js'
import { builtinPack, builtinPackNames } from '../src/rules/load.js'
import { renderRuleReference } from '../src/rules/reference.js'
import { PROSE_FIELDS, SHORTCODE_ATTRIBUTES, TEXT_ATTRIBUTES } from '../src/content/index.js'
import { ALL_KINDS } from '../src/checks/claims/index.js'
import type { Example } from '../src/checks/claims/kinds/index.js'

const ROOT = new URL('..', import.meta.url)
export const README = fileURLToPath(new URL('README.md', ROOT))
const SAMPLE_SCENARIO = '02-positioning-rewrite'

function ruleReference(): string {
  return builtinPackNames()
    .map((name) => renderRuleReference(builtinPack(name)!))
    .join('\n')
    .replace(/^(#{2,3}) /gm, '#$1 ')
    .trimEnd()
}

const exampleText = (e: Example | undefined): string => (e === undefined ? '' : typeof e === 'string' ? e : e.text)

/** The claim kinds, from their modules: what each finds, one sentence it flags and one it leaves alone. */
function claimKinds(): string {
  const rows = ALL_KINDS.map((k) => `| \`${k.id}\` | ${k.description} | ${exampleText(k.examples.claims[0])} | ${exampleText(k.examples.nonClaims[0])} |`)
  return ['| kind | finds | flags | leaves alone |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

async function sampleComment(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'copydesk-readme-'))
  await demoCommand(fileURLToPath(new URL('examples', ROOT)), { color: false, outDir, now: new Date('2026-11-24T12:00:00Z') })
  // The hidden marker and state lines are for copydesk, not for the reader.
  return readFileSync(join(outDir, `${SAMPLE_SCENARIO}.comment.md`), 'utf8').replace(`${MARKER}\n`, '').replace(/^<!-- copydesk:state [^\n]*\n/, '').trimEnd()
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`
  const end = `<!-- /generated:${name} -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`)
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
}

/** The default lists of what is read, straight from the code, so the README cannot drift from them. */
function readDefaults(): string {
  const list = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ')
  return [
    `Default prose fields (frontmatter): ${list(PROSE_FIELDS)}.`,
    '',
    `Default text attributes (JSX props and HTML attributes, any case): ${list(TEXT_ATTRIBUTES)}.`,
    '',
    `Default shortcode parameters (Hugo): ${list(SHORTCODE_ATTRIBUTES)}.`,
  ].join('\n')
}

export async function renderReadme(current: string): Promise<string> {
  let text = replaceBetween(current, 'rules', ruleReference())
  text = replaceBetween(text, 'read-defaults', readDefaults())
  text = replaceBetween(text, 'claim-kinds', claimKinds())
  text = replaceBetween(text, 'sample-comment', await sampleComment())
  return text
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(README, 'utf8')
  const next = await renderReadme(current)
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is stale: run node --import tsx scripts/readme.ts')
      process.exit(1)
    }
  } else {
    writeFileSync(README, next)
    console.log('README.md updated')
  }
}
