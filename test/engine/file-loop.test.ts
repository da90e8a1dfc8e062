// The engine's file loop: files are read ahead of the one being parsed, each once, and the report keeps
// the order of the request whatever order the reads finish in. No timing is asserted here.
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { READ_AHEAD } from '../../src/engine/site-context.js'
import { memoryTree, type Tree } from '../../src/engine/tree.js'

const page = (i: number): string => `---\ntitle: Page ${i}\n---\n\nOur inbox is guaranteed to answer in minutes, page ${i}.\n`

function site(count: number): Record<string, string> {
  const files: Record<string, string> = { 'copydesk.yml': 'llm:\n  enabled: false\n' }
  for (let i = 0; i < count; i++) files[`content/p${String(i).padStart(3, '0')}.md`] = page(i)
  files['content/broken.md'] = 'x'
  return files
}

/** A tree whose reads finish in reverse order of start within each burst, counting reads per path, one of them failing. */
function shuffledTree(files: Record<string, string>): { tree: Tree; reads: Map<string, number> } {
  const inner = memoryTree(files)
  const reads = new Map<string, number>()
  let n = 0
  const tree: Tree = {
    ...inner,
    async read(path) {
      reads.set(path, (reads.get(path) ?? 0) + 1)
      if (path === 'content/broken.md') throw new Error('disk on fire')
      const delay = 20 - (n++ % 20)
      await new Promise((r) => setTimeout(r, delay))
      return inner.read(path)
    },
  }
  return { tree, reads }
}

describe('file loop', () => {
  it('reads each content file once, keeps the request order, and reports a file whose read fails', async () => {
    const count = READ_AHEAD * 3 + 5
    const files = site(count)
    const { tree, reads } = shuffledTree(files)
    const policy = await loadPolicy(memoryTree(files), { configPath: 'copydesk.yml' })
    const paths = Object.keys(files).filter((p) => p.startsWith('content/'))
    const report = await runCheck({ base: null, head: tree, policy, files: paths.map((path) => ({ path, status: 'unchanged' as const })), filter: 'nofilter', failOn: 'error', now: new Date('2026-11-01T00:00:00Z') })

    expect(report.files.map((f) => f.path)).toEqual(paths)
    for (const path of paths.filter((p) => p !== 'content/broken.md')) expect(reads.get(path), path).toBe(1)
    // The failed read is tried again by the check, which reports it on the file.
    expect(reads.get('content/broken.md')).toBe(2)
    expect(report.files.find((f) => f.path === 'content/broken.md')?.findings[0]?.message).toMatch(/disk on fire/)
    const guaranteed = report.files.map((f) => f.findings.filter((x) => x.ruleId === 'recommended/no-guarantees').map((x) => `${x.line}:${x.column}`))
    expect(guaranteed.slice(0, count)).toEqual(Array.from({ length: count }, () => ['5:14']))
  })
})
