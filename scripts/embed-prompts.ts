// Writes src/llm/prompts.generated.ts from rules/prompts/*.md; `--check` exits 1 when it is stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { EMBEDDED_PROMPTS_PATH, renderEmbeddedPrompts } from '../src/llm/prompt-embed.js'

const root = join(import.meta.dirname, '..')
const dir = join(root, 'rules', 'prompts')
const files: Record<string, string> = {}
for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) files[basename(file, '.md')] = readFileSync(join(dir, file), 'utf8')

const rendered = renderEmbeddedPrompts(files)
const target = join(root, EMBEDDED_PROMPTS_PATH)
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // A missing module is stale too.
  }
  if (current !== rendered) {
    console.error(`${EMBEDDED_PROMPTS_PATH} is out of date with rules/prompts/*.md: run node --import tsx scripts/embed-prompts.ts`)
    process.exit(1)
  }
} else {
  writeFileSync(target, rendered)
  console.log(`wrote ${EMBEDDED_PROMPTS_PATH} (${Object.keys(files).length} prompt(s))`)
}
