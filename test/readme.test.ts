import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { README, renderReadme } from '../scripts/readme.js'

describe('README', () => {
  it('shows the current rule reference and the sample comment the demo renders (run scripts/readme.ts)', async () => {
    const current = readFileSync(README, 'utf8')
    expect(await renderReadme(current)).toBe(current)
  })
})
