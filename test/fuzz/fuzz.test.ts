// A seeded slice of `npm run fuzz` (scripts/fuzz/targets.ts): the same four properties on every target, on a
// fixed seed so a failure here replays exactly (`npm run fuzz -- --seed 20261124 --only NAME`).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDocumentPositions, DEFAULT_BUDGET, FUZZ_TARGETS, PropertyFailure, propertyOf } from '../../scripts/fuzz/targets.js'
import { parseDocument } from '../../src/content/index.js'

const SEED = 20261124
const RUNS = 150
// The suite shares two cores with other work: a looser budget than the script's keeps timing honest but not flaky.
const BUDGET = { baseMs: DEFAULT_BUDGET.baseMs * 3, perCharMs: DEFAULT_BUDGET.perCharMs * 3 }

describe('fuzz targets (seeded slice)', () => {
  it('covers the six readers the issue names', () => {
    expect(FUZZ_TARGETS.map((t) => t.name)).toEqual(['document model', 'frontmatter', 'config loader', 'rule loader', 'CODEOWNERS', 'positioning diff'])
  })

  for (const target of FUZZ_TARGETS) {
    it(`${target.name}: never throws, bounded time, positions inside the file, same input same output`, () => {
      fc.assert(fc.property(target.arbitrary, propertyOf(target, BUDGET)), { numRuns: RUNS, seed: SEED })
    }, 120_000)
  }
})

describe('the properties can fail', () => {
  it('a position outside the file is a failure', () => {
    const doc = parseDocument('a.md', 'one line')
    expect(() => checkDocumentPositions(doc, 'one line')).not.toThrow()
    doc.problems.push({ ruleId: 'x', category: 'input', claim: null, severity: 'error', message: '', text: '', line: 2, column: 1, endLine: 2, endColumn: 1, suggestion: null })
    expect(() => checkDocumentPositions(doc, 'one line')).toThrow(PropertyFailure)
    doc.problems.pop()
    ;(doc.sentences[0]?.offsets as Int32Array)[0] = 99
    expect(() => checkDocumentPositions(doc, 'one line')).toThrow(/offset 99 is outside/)
  })

  it('a throw, a different second answer and a slow case are each failures', () => {
    const base = { name: 't', arbitrary: fc.constant(''), size: () => 0 }
    expect(() => propertyOf({ ...base, run: () => { throw new Error('boom') } })('')).toThrow(/t threw: Error: boom/)
    let n = 0
    expect(() => propertyOf({ ...base, run: () => ++n })('')).toThrow(/different result/)
    expect(() => propertyOf({ ...base, run: () => { const end = performance.now() + 30; while (performance.now() < end); } }, { baseMs: 5, perCharMs: 0 })('')).toThrow(/took \d+ ms/)
  })
})

// Counterexamples `npm run fuzz` found, kept so they stay fixed.
describe('found by fuzzing', () => {
  const target = (name: string) => {
    const found = FUZZ_TARGETS.find((t) => t.name === name)
    if (!found) throw new Error(`no target ${name}`)
    return found
  }

  it('a recursive YAML alias in frontmatter (seed 1, case 461) is a value compared, not a crash', () => {
    expect(() => propertyOf(target('frontmatter'))('---\na: &x {b: *x}\n---\n')).not.toThrow()
  })

  it('a YAML key that is a collection prints no process warning from the config, rule or frontmatter readers (seed 1)', async () => {
    const warnings: unknown[] = []
    const listener = (warning: unknown): void => void warnings.push(warning)
    process.on('warning', listener)
    try {
      for (const name of ['config loader', 'rule loader', 'frontmatter']) propertyOf(target(name))(name === 'frontmatter' ? '---\n? [complex]\n: 1\n---\n' : '? [complex]\n: 1\n')
      // Node emits 'warning' on a later tick.
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', listener)
    }
    expect(warnings).toEqual([])
  })

  it('a 70,000-character glob (a crash in picomatch when the loader did not bound globs) is a located problem', () => {
    const result = target('config loader').run(`content:\n  include: ["${'*'.repeat(70_000)}"]\n`) as { problems?: { line: number; message: string }[] }
    expect(result.problems?.[0]?.message).toMatch(/the glob is 70,000 characters long/)
  })
})

