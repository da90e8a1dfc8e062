// `npm run fuzz`: every fuzz target (scripts/fuzz/targets.ts) for 10,000 cases, with fast-check shrinking any
// failure to a small counterexample. Options: `--runs N`, `--seed N` (replay), `--only NAME` (a substring of
// a target's name). Exit 1 when a property fails; the report says which target, seed and input.
import fc from 'fast-check'
import { DEFAULT_BUDGET, FUZZ_TARGETS, propertyOf } from './fuzz/targets.js'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const runs = Number(option('runs') ?? 10_000)
const seed = option('seed') !== undefined ? Number(option('seed')) : Date.now() % 2 ** 31
const only = option('only')

let failed = 0
console.log(`copydesk fuzz: ${runs.toLocaleString('en-US')} cases per target, seed ${seed}`)
for (const target of FUZZ_TARGETS) {
  if (only !== undefined && !target.name.includes(only)) continue
  const started = performance.now()
  const result = fc.check(fc.property(target.arbitrary, propertyOf(target, DEFAULT_BUDGET)), { numRuns: runs, seed })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (result.failed) {
    failed++
    console.log(`✗ ${target.name}: failed after ${result.numRuns} cases (${seconds} s), seed ${result.seed}, path ${result.counterexamplePath ?? ''}`)
    console.log(`  counterexample: ${JSON.stringify(result.counterexample?.[0]).slice(0, 2000)}`)
    console.log(`  ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).split('\n').slice(0, 6).join('\n  ')}`)
  } else {
    console.log(`✓ ${target.name}: ${result.numRuns.toLocaleString('en-US')} cases, no failure (${seconds} s)`)
  }
}
process.exitCode = failed > 0 ? 1 : 0
