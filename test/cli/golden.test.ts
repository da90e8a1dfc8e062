// Exact-output files (Vale's feature files): the CLI's text report on the example site and on the
// positioning scenario, byte for byte. A change in wording, position or rule shows up here as a diff.
// After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkCommand } from '../../src/cli/check.js'

const site = new URL('../../examples/site', import.meta.url).pathname
const NOW = new Date('2026-11-24T12:00:00Z')

function golden(name: string, actual: string): void {
  const file = new URL(`./golden/${name}`, import.meta.url)
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('golden output', () => {
  it('copydesk check on the example site', async () => {
    const { output } = await checkCommand({ paths: [], format: 'text', failOn: 'error', cwd: site, color: false, now: NOW })
    golden('site.txt', `${output}\n`)
  })
})
