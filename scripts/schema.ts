// Writes schema/copydesk.schema.json from the zod config schema, so editors autocomplete the config.
// `--check` exits 1 when the committed file is stale (CI runs it through the test suite).
import { readFileSync, writeFileSync } from 'node:fs'
import { renderConfigJsonSchema } from '../src/config/json-schema.js'

const path = new URL('../schema/copydesk.schema.json', import.meta.url)
const text = renderConfigJsonSchema()
if (process.argv.includes('--check')) {
  const current = readFileSync(path, 'utf8')
  if (current !== text) {
    console.error('schema/copydesk.schema.json is stale: run npm run schema')
    process.exit(1)
  }
} else {
  writeFileSync(path, text)
  console.log('wrote schema/copydesk.schema.json')
}
