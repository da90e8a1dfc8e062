// `node --import tsx scripts/claims-cost.ts GITDIR COMMIT [PATH-PREFIX] [--limit N]` (`CLAIMS_MODEL=off`: the rules alone): the per-file cost of
// claims detection on a real site, read from its git mirror. Times, per content file: reading the document
// (parse), the site-context stage (once per run, shared out per file), and the checks (claims, sources,
// frontmatter, banned claims). Prints ms/file for each, so "detection stays a small share of the run" is a number.
import { execFileSync } from 'node:child_process'
import { registry } from '../src/checks/index.js'
import type { CheckContext } from '../src/checks/types.js'
import { configSchema } from '../src/config/schema.js'
import { parseDocument } from '../src/content/index.js'
import { loadRecommendedPack } from '../src/rules/load.js'
import type { ContentDocument } from '../src/types.js'

const [gitDir, commit, prefix = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const limitAt = process.argv.indexOf('--limit')
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity
if (!gitDir || !commit) {
  process.stderr.write('usage: claims-cost.ts GITDIR COMMIT [PATH-PREFIX] [--limit N]\n')
  process.exit(2)
}
const paths = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit], { encoding: 'utf8', maxBuffer: 1 << 26 })
  .split('\n')
  .filter((p) => /\.mdx?$/.test(p) && p.startsWith(prefix))
  .slice(0, limit)
const sources = paths.map((p) => execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 }))

const policy = { config: configSchema.parse(process.env.CLAIMS_MODEL === 'off' ? { claims: { model: false } } : {}), packs: [loadRecommendedPack()], approvedSources: null }
const checks = registry({ today: new Date('2026-11-30T00:00:00Z') })

let t = performance.now()
const docs: ContentDocument[] = paths.map((p, i) => parseDocument(p, sources[i] as string))
const parseMs = performance.now() - t

// The site-context stage exists from this change on; on an older checkout the import fails and it is skipped.
let siteMs = 0
let site: unknown = undefined
try {
  const { buildSiteContext } = await import('../src/site/index.js')
  t = performance.now()
  site = buildSiteContext(docs)
  siteMs = performance.now() - t
} catch {
  // an older checkout without the site-context stage: checks derive nothing extra
}

const perCheck = new Map<string, number>()
for (const doc of docs) {
  const ctx = { doc, policy, contentType: null, typePolicy: null, ...(site ? { site } : {}) } as CheckContext
  for (const check of checks) {
    const start = performance.now()
    check.run(ctx)
    perCheck.set(check.id, (perCheck.get(check.id) ?? 0) + performance.now() - start)
  }
}
const n = docs.length
const sentences = docs.reduce((a, d) => a + d.sentences.length, 0)
const fmt = (ms: number): string => `${(ms / n).toFixed(2)} ms/file`
const checksMs = [...perCheck.values()].reduce((a, b) => a + b, 0)
console.log(`${n} files, ${sentences} sentences (${(sentences / n).toFixed(0)} per file)`)
console.log(`  parse          ${fmt(parseMs)}`)
console.log(`  site context   ${fmt(siteMs)}`)
for (const [id, ms] of perCheck) console.log(`  ${id.padEnd(14)} ${fmt(ms)}`)
console.log(`  all checks     ${fmt(checksMs)}  (${((100 * checksMs) / (parseMs + siteMs + checksMs)).toFixed(0)}% of parse + context + checks)`)
