// Runs the real copydesk engine in its own process, so its peak RSS is copydesk's alone (not the
// corpus generator's) and its JIT state starts clean. Prints one JSON line: BenchWorkerResult.
// Usage: node --import tsx scripts/bench/copydesk-worker.ts ROOT CONFIG CORPUS_DIR RUNS [stages|no-stages]
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseDocument } from '../../src/content/index.js'
import { parseMarkdown } from '../../src/content/markdown.js'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { fsTree } from '../../src/engine/tree.js'

export interface BenchWorkerResult {
  files: number
  /** One entry per run: policy load (rule file parse and compile) plus the check of every file. */
  runsMs: number[]
  findings: number
  /** Findings of the benchmark's rule pack (`bench/…`): the phrase hits. */
  phraseHits: number
  /** Files whose report holds a finding copydesk raised about itself (`input/…`, internal errors). */
  brokenFiles: number
  /** KiB, after the engine's modules are loaded and before the first check. */
  rssBeforeKiB: number
  /** KiB: process.resourceUsage().maxRSS at the end. */
  maxRssKiB: number
  /** One more pass, stage by stage, to say where a run's time goes (null with `no-stages`). */
  stages: StageTimes | null
}

export interface StageTimes {
  /** Reading every file through the Tree, one after another as runCheck does. */
  readMs: number
  /** The markdown syntax tree alone (remark-parse + remark-gfm, i.e. micromark). */
  markdownMs: number
  /** parseDocument: frontmatter, syntax tree, sentences, footnotes, suppressions. */
  documentMs: number
}

async function listMarkdown(root: string, dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listMarkdown(root, path)))
    else if (entry.name.endsWith('.md')) out.push(relative(root, path).split(sep).join('/'))
  }
  return out.sort()
}

async function timeStages(root: string, paths: readonly string[]): Promise<StageTimes> {
  const tree = fsTree(root, 'bench')
  const decoder = new TextDecoder()
  let started = performance.now()
  const texts: string[] = []
  for (const path of paths) texts.push(decoder.decode((await tree.read(path)) ?? new Uint8Array()))
  const readMs = performance.now() - started

  started = performance.now()
  for (const text of texts) parseMarkdown(text.replace(/^---\n[\s\S]*?\n---\n/, ''), false)
  const markdownMs = performance.now() - started

  started = performance.now()
  texts.forEach((text, i) => parseDocument(paths[i] as string, text))
  const documentMs = performance.now() - started
  return { readMs, markdownMs, documentMs }
}

async function main(): Promise<void> {
  const [root, configPath, corpusDir, runsArg, stagesArg] = process.argv.slice(2)
  if (!root || !configPath || !corpusDir) throw new Error('usage: copydesk-worker.ts ROOT CONFIG CORPUS_DIR RUNS')
  const runs = Math.max(1, Number(runsArg ?? '3') || 3)
  const configText = await readFile(join(root, configPath), 'utf8')
  const paths = await listMarkdown(root, join(root, corpusDir))
  const rssBeforeKiB = Math.round(process.memoryUsage().rss / 1024)
  // Fixed so source-expiry findings do not change with the calendar.
  const now = new Date('2026-11-01T00:00:00Z')

  const runsMs: number[] = []
  let findings = 0
  let phraseHits = 0
  let brokenFiles = 0
  for (let r = 0; r < runs; r++) {
    const started = performance.now()
    // A fresh tree and policy per run: rule compilation is part of the cost, as in one CLI run.
    const tree = fsTree(root, 'bench')
    const policy = await loadPolicy(tree, { configText: { path: configPath, text: configText } })
    const report = await runCheck({
      base: null,
      head: tree,
      policy,
      files: paths.map((path) => ({ path, status: 'unchanged' as const })),
      filter: 'nofilter',
      failOn: 'error',
      now,
    })
    runsMs.push(performance.now() - started)
    const all = report.files.flatMap((f) => [...f.findings, ...f.preExisting, ...f.suppressed])
    findings = all.length
    phraseHits = all.filter((f) => f.ruleId.startsWith('bench/')).length
    brokenFiles = report.files.filter((f) => f.findings.some((x) => x.category === 'input' || x.ruleId === 'copydesk/internal-error')).length
    if (report.files.length !== paths.length) throw new Error(`copydesk reported ${report.files.length} files of ${paths.length}: check the bench config's content globs`)
  }
  const stages = stagesArg === 'no-stages' ? null : await timeStages(root, paths)
  const result: BenchWorkerResult = {
    files: paths.length,
    runsMs,
    findings,
    phraseHits,
    brokenFiles,
    rssBeforeKiB,
    maxRssKiB: process.resourceUsage().maxRSS,
    stages,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
