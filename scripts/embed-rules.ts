// Writes src/rules/recommended.generated.ts from rules/*.yml; `--check` exits 1 when it is stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { EMBEDDED_MODULE_PATH, renderEmbeddedPacks } from '../src/rules/embed.js'

const root = join(import.meta.dirname, '..')
const dir = join(root, 'rules')
const files: Record<string, string> = {}
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml')))
  files[basename(file, '.yml')] = readFileSync(join(dir, file), 'utf8')

const rendered = renderEmbeddedPacks(files)
const target = join(root, EMBEDDED_MODULE_PATH)
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // A missing module is stale too.
  }
  if (current !== rendered) {
    console.error(`${EMBEDDED_MODULE_PATH} is out of date with rules/*.yml: run node --import tsx scripts/embed-rules.ts`)
    process.exit(1)
  }
} else {
  writeFileSync(target, rendered)
  console.log(`wrote ${EMBEDDED_MODULE_PATH} (${Object.keys(files).length} pack(s))`)
}
