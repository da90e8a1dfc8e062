// The ids copydesk's own checks emit are kept in a list by hand (for "did you mean" and for telling a
// suppression of a real check from a typo). This keeps the list and the source from drifting apart.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CHECK_RULE_IDS } from '../../src/rules/known-ids.js'
import type { ClaimKind } from '../../src/types.js'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const ID = /['`]((?:claims|sources|frontmatter|positioning|llm)\/[a-z][a-z-]*)['`]/g

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

describe('CHECK_RULE_IDS', () => {
  // The list's own file is left out: it would make every id in the list look written somewhere.
  // `claims/${kind}`: the missing-source finding is named by its first claim kind.
  const claimKinds: ClaimKind[] = ['statistic', 'superlative', 'comparison', 'quote']
  const written = new Set(sources(SRC).filter((file) => !file.endsWith('known-ids.ts')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1] as string)))
  const emitted = new Set([...written, ...claimKinds.map((kind) => `claims/${kind}`)])

  it('names every check id written in the source', () => {
    expect([...emitted].filter((id) => !CHECK_RULE_IDS.includes(id)).sort()).toEqual([])
  })

  it('names nothing the source never writes', () => {
    expect(CHECK_RULE_IDS.filter((id) => !emitted.has(id))).toEqual([])
  })
})
