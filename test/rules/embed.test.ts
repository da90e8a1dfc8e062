import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EMBEDDED_MODULE_PATH, renderEmbeddedPacks } from '../../src/rules/embed.js'
import { EMBEDDED_PACKS } from '../../src/rules/recommended.generated.js'

const root = join(import.meta.dirname, '..', '..')

describe('embedded rule packs', () => {
  it('are in step with rules/*.yml (run `node --import tsx scripts/embed-rules.ts` when this fails)', () => {
    const files: Record<string, string> = {}
    for (const file of readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.yml'))) {
      files[basename(file, '.yml')] = readFileSync(join(root, 'rules', file), 'utf8')
    }
    expect(readFileSync(join(root, EMBEDDED_MODULE_PATH), 'utf8')).toBe(renderEmbeddedPacks(files))
    expect(EMBEDDED_PACKS['recommended']).toBe(files['recommended'])
  })

  it('render in a stable order whatever order the files are read in', () => {
    expect(renderEmbeddedPacks({ b: 'x', a: 'y' })).toBe(renderEmbeddedPacks({ a: 'y', b: 'x' }))
  })
})
