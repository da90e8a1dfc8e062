// Turns a labeller's raw output (quotes copied from real pages, kept outside the repository) into the
// committed label file: positions and a hash of each quote, never the words themselves. Run by the
// developers after a labelling round:
//   node --import tsx scripts/real-labels.ts PAGES.tsv OUT_DIR/*.jsonl site=GITDIR ... > eval/real/labels.jsonl
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

interface RawClaim {
  site: string
  path: string
  line: number
  quote: string
  labels: string[]
  sourced: boolean | null
}
interface RawPageDone {
  site: string
  path: string
  page_done: true
  claims: number
}

const [pagesFile, ...rest] = process.argv.slice(2)
if (!pagesFile) throw new Error('usage: real-labels.ts PAGES.tsv LABELS.jsonl... site=GITDIR...')
const gitDirs = new Map(rest.filter((a) => a.includes('=')).map((a) => a.split('=', 2) as [string, string]))
const labelFiles = rest.filter((a) => !a.includes('='))

const pages = readFileSync(pagesFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [site, commit, path, split] = line.split('\t') as [string, string, string, string]
    return { site, commit, path, split }
  })
const pageKey = (site: string, path: string): string => `${site}\t${path}`
const pageOf = new Map(pages.map((p) => [pageKey(p.site, p.path), p]))
const sourceCache = new Map<string, string[]>()
const linesOf = (site: string, commit: string, path: string): string[] => {
  const key = `${site}:${commit}:${path}`
  let lines = sourceCache.get(key)
  if (!lines) {
    const gitDir = gitDirs.get(site)
    if (!gitDir) throw new Error(`no git dir given for site ${site}`)
    lines = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 }).split(/\r?\n/)
    sourceCache.set(key, lines)
  }
  return lines
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)
const done = new Set<string>()
const out: string[] = []
let unmatched = 0
for (const file of labelFiles) {
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue
    const record = JSON.parse(raw) as RawClaim | RawPageDone
    const page = pageOf.get(pageKey(record.site, record.path))
    if (!page) throw new Error(`${file}: ${record.site} ${record.path} is not in ${pagesFile}`)
    if ('page_done' in record) {
      done.add(pageKey(record.site, record.path))
      continue
    }
    const line = linesOf(page.site, page.commit, page.path)[record.line - 1] ?? ''
    const index = line.indexOf(record.quote)
    if (index === -1 || record.quote.length === 0) {
      unmatched++
      process.stderr.write(`skipped: ${record.site} ${record.path}:${record.line}: quote not on that line\n`)
      continue
    }
    out.push(
      JSON.stringify({
        site: page.site,
        path: page.path,
        split: page.split,
        line: record.line,
        column: index + 1,
        endColumn: index + 1 + record.quote.length,
        quoteSha: sha(record.quote),
        labels: [...record.labels].sort(),
        sourced: record.sourced ?? null,
      }),
    )
  }
}
// Pages with no claim still count (every sentence on them is a negative): one record per finished page.
for (const page of pages) {
  if (done.has(pageKey(page.site, page.path))) out.push(JSON.stringify({ site: page.site, commit: page.commit, path: page.path, split: page.split, page: true }))
}
process.stdout.write(out.join('\n') + '\n')
process.stderr.write(`${out.length} records, ${done.size} finished pages, ${unmatched} quotes not found\n`)
