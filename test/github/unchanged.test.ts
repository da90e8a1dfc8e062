// The `filter: nofilter` helpers: which unchanged files join the check, and how they are read.
import { describe, expect, test } from 'vitest'
import type { CheckContext } from '../../src/checks/types.js'
import type { FindingsReview, ChangedFile } from '../../src/engine/check.js'
import { contentMatcher } from '../../src/engine/content-files.js'
import { memoryTree } from '../../src/engine/tree.js'
import { configSchema } from '../../src/config/schema.js'
import { parseDocument } from '../../src/content/index.js'
import { baseWithHeadFor, skippingPaths, unchangedContentFiles } from '../../src/github/unchanged.js'
import type { Finding } from '../../src/types.js'

const isContent = contentMatcher(configSchema.parse({}), 'strategy/positioning.md')

describe('unchangedContentFiles', () => {
  test('adds the content files the PR does not change, as `unchanged`, sorted', () => {
    const head = ['content/b.md', 'content/a.mdx', 'content/changed.md', 'src/app.ts', 'content/img.png']
    const changed: ChangedFile[] = [{ path: 'content/changed.md', status: 'modified' }]
    expect(unchangedContentFiles(head, changed, isContent)).toEqual([
      { path: 'content/a.mdx', status: 'unchanged' },
      { path: 'content/b.md', status: 'unchanged' },
    ])
  })

  test('leaves out the positioning artifact, .github and node_modules, as the content matcher does', () => {
    const head = ['strategy/positioning.md', '.github/PULL_REQUEST_TEMPLATE.md', 'node_modules/x/README.md', 'docs/guide.md']
    expect(unchangedContentFiles(head, [], isContent).map((f) => f.path)).toEqual(['docs/guide.md'])
  })

  test('does not list a renamed file twice: its new path is the changed one', () => {
    const changed: ChangedFile[] = [{ path: 'content/new.md', previousPath: 'content/old.md', status: 'renamed' }]
    expect(unchangedContentFiles(['content/new.md', 'content/other.md'], changed, isContent).map((f) => f.path)).toEqual(['content/other.md'])
  })
})

describe('baseWithHeadFor', () => {
  test('reads the given paths from head and every other path from base', async () => {
    const base = memoryTree({ 'a.md': 'base a', 'b.md': 'base b' }, 'base')
    const head = memoryTree({ 'a.md': 'head a', 'b.md': 'head b' }, 'head')
    const tree = baseWithHeadFor(base, head, new Set(['a.md']))
    const text = async (path: string): Promise<string> => new TextDecoder().decode((await tree.read(path)) ?? new Uint8Array())
    expect(await text('a.md')).toBe('head a')
    expect(await text('b.md')).toBe('base b')
    expect(tree.label).toBe('base')
  })
})

describe('skippingPaths', () => {
  const rule = { ruleId: 'claims/statistic', severity: 'error' } as Finding
  const added = { ruleId: 'llm/review', severity: 'warning' } as Finding
  const calls: string[] = []
  const review: FindingsReview = (ctx, findings) => {
    calls.push(ctx.doc.path)
    return Promise.resolve([...findings, added])
  }
  const ctxFor = (path: string): CheckContext => ({ doc: parseDocument(path, 'Hello.\n') }) as CheckContext

  test('reviews other paths and hands the given ones their findings back without calling the review', async () => {
    const wrapped = skippingPaths(review, new Set(['content/unchanged.md']))
    expect(await wrapped(ctxFor('content/unchanged.md'), [rule])).toEqual([rule])
    expect(await wrapped(ctxFor('content/changed.md'), [rule])).toEqual([rule, added])
    expect(calls).toEqual(['content/changed.md'])
  })
})
