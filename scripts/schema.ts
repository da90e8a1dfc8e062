// Writes the editors' JSON Schemas (draft-07) from the zod schemas: schema/copydesk.schema.json for the
// config, schema/copydesk-rules.schema.json for rule files. `--check` exits 1 when a committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { renderConfigJsonSchema } from '../src/config/json-schema.js'
import { renderRulesJsonSchema } from '../src/rules/json-schema.js'

const outputs: [string, string][] = [
  ['schema/copydesk.schema.json', renderConfigJsonSchema()],
  ['schema/copydesk-rules.schema.json', renderRulesJsonSchema()],
]
let stale = false
for (const [name, text] of outputs) {
  const path = new URL(`../${name}`, import.meta.url)
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(path, 'utf8')
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${name} is stale: run npm run schema`)
      stale = true
    }
  } else {
    writeFileSync(path, text)
    console.log(`wrote ${name}`)
  }
}
if (stale) process.exit(1)
