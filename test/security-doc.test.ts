// SECURITY.md points every defence at its test. A renamed or deleted test must fail here, not leave the
// threat model pointing at nothing.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const doc = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')

/** `test/x.test.ts: "name"` references, with `\"` inside a name unescaped. */
function references(text: string): { file: string; name: string }[] {
  return [...text.matchAll(/(test\/[\w./-]+\.test\.ts): "((?:\\"|[^"])+)"/g)].map((m) => ({ file: m[1] as string, name: (m[2] as string).replace(/\\"/g, '"') }))
}

/** Each test title in a file, as a pattern: template parts (`${x}`) and `it.each`'s `%s` match any text. */
function titlePatterns(source: string): RegExp[] {
  const out: RegExp[] = []
  for (const m of source.matchAll(/\b(?:it|test)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const quote = m[1]
    let title = m[2] as string
    if (quote !== '`') title = title.replace(/\\(.)/g, '$1')
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const pattern = (quote === '`' ? escaped.replace(/\\\$\\\{[^}]*\\\}/g, '.+') : escaped).replace(/%[sdij]/g, '.+')
    out.push(new RegExp(`^${pattern}$`))
  }
  return out
}

describe('SECURITY.md', () => {
  const refs = references(doc)

  it('points at tests', () => {
    expect(refs.length).toBeGreaterThan(40)
  })

  it.each(refs.map((r) => [r.file, r.name] as const))('%s has the test "%s"', (file, name) => {
    const path = join(ROOT, file)
    expect(existsSync(path), `${file} exists`).toBe(true)
    const patterns = titlePatterns(readFileSync(path, 'utf8'))
    expect(patterns.some((p) => p.test(name)), `a test titled "${name}" in ${file}`).toBe(true)
  })
})
