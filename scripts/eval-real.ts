// `npm run eval:real -- site=GITDIR ...`: copydesk out of the box (zero config) against claims labelled
// one by one on real marketing pages by a person who never read the detector (eval/real/labels.jsonl:
// positions and hashes only; the pages are read from the sites' git mirrors at run time, never committed).
// Reports the design half and the test half apart: tune on the design half only. `--design-only` checks
// and prints the design half alone (test pages are not even read), for working on the detector without
// seeing anything of the test half; the final figures (design, test and holdout) are run once, by the lead.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { gitDirsFrom, readPage } from './real-eval/pages.js'
import { detect } from './real-eval/detect.js'
import { initConfigText } from './real-eval/site-config.js'
import { add, emptyTally, overlaps, precisionOf, QUESTIONS, recallOf, score, type Label, type Tally } from './real-eval/score.js'

/**
 * `design`: tuned on. `test`: the fixed held-out half, never tuned on. `holdout`: pages labelled by new
 * labellers who never saw the detector and scored only after the last tuning round ended — a second
 * held-out set no one looked at while changing the detector. `fresh`: the same again one round later —
 * labelled before that round's tuning began, scored once at its end. Once scored, a fresh set joins the
 * design half (session 19's did, in session 20) and the next round labels a new one first.
 */
type Split = 'design' | 'test' | 'holdout' | 'fresh'
const HEADINGS: Record<Split, string> = {
  design: 'design half',
  test: 'test half (never tuned on)',
  holdout: 'holdout (new labellers; scored once, after tuning ended; never tuned on)',
  fresh: 'fresh set (labelled before the last round of tuning; scored once, after it; never tuned on)',
}

interface PageRecord {
  site: string
  commit: string
  path: string
  split: Split
  page: true
}
interface LabelRecord extends Label {
  site: string
  path: string
  split: Split
  quoteSha: string
}

const args = process.argv.slice(2)
const gitDirs = gitDirsFrom(args)
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined
const verbose = args.includes('--verbose')
const designOnly = args.includes('--design-only')
// `--init`: check every page with the config `copydesk init` would write for its site (publisher and
// competitors found across the whole site) instead of zero config, where a page is read on its own.
const withInit = args.includes('--init')
// `--no-model`: the claim rules alone (`claims.model: false`), to see what the trained model adds on each half.
const noModel = args.includes('--no-model')
const PREFIX: Record<string, string> = { electric: 'website/', documenso: 'apps/marketing/content/' }
const initConfigs = new Map<string, string>()
async function configFor(page: { site: string; commit: string }): Promise<string | undefined> {
  if (!withInit) return noModel ? 'claims:\n  model: false\n' : undefined
  const key = `${page.site}@${page.commit}`
  let text = initConfigs.get(key)
  if (text === undefined) {
    const gitDir = gitDirs.get(page.site)
    if (gitDir === undefined) throw new Error(`no git dir for ${page.site}`)
    text = await initConfigText(gitDir, page.commit, PREFIX[page.site] ?? '')
    initConfigs.set(key, text)
  }
  return text
}
const labelsPath = new URL('../eval/real/labels.jsonl', import.meta.url)

const records = readFileSync(labelsPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PageRecord | LabelRecord)
const pages = records.filter((r): r is PageRecord => 'page' in r && (!designOnly || r.split === 'design'))
const labels = records.filter((r): r is LabelRecord => !('page' in r) && (!designOnly || r.split === 'design'))

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)
type Key = `${Split}:${keyof typeof QUESTIONS}`
const totals = new Map<string, Tally>()
const bump = (key: string, tally: Tally): void => {
  totals.set(key, add(totals.get(key) ?? emptyTally(), tally))
}
let drifted = 0
const misses: string[] = []
const falseAlarms: string[] = []

for (const page of pages) {
  const source = readPage(gitDirs, page)
  const lines = source.split(/\r?\n/)
  const pageLabels = labels.filter((l) => l.site === page.site && l.path === page.path)
  for (const label of pageLabels) {
    if (sha((lines[label.line - 1] ?? '').slice(label.column - 1, label.endColumn - 1)) !== label.quoteSha) drifted++
  }
  const found = await detect(page.path, source, await configFor(page))
  const spans = pageLabels.map((l) => ({ ...l, endLine: l.line }))
  for (const question of ['unsourced', 'absolute'] as const) {
    const predicted = found[question]
    const tally = score(spans, predicted, QUESTIONS[question])
    bump(`${page.split}:${question}` satisfies Key, tally)
    bump(`${page.split}:${question}:${page.site}`, tally)
    // Recall per labelled claim kind (a finding of any kind on the span counts, as in the overall figure).
    if (question === 'unsourced') {
      for (const kind of ['statistic', 'superlative', 'comparison', 'quote']) {
        const ofKind = spans.filter((l) => QUESTIONS.unsourced(l) && l.labels.includes(`needs-source:${kind}`))
        const hits = ofKind.filter((l) => predicted.some((f) => overlaps(f, l))).length
        bump(`${page.split}:kind:${kind}`, { hit: hits, missed: ofKind.length - hits, correct: 0, falseAlarms: 0 })
      }
    }
    if (verbose && page.split === 'design') {
      for (const label of spans.filter(QUESTIONS[question])) {
        if (!predicted.some((f) => f.line <= label.line && f.endLine >= label.line && f.column < label.endColumn && f.endColumn > label.column)) {
          misses.push(`  missed ${question} ${page.site} ${page.path}:${label.line}:${label.column} [${label.labels.join(',')}] ${(lines[label.line - 1] ?? '').slice(label.column - 1, label.endColumn - 1)}`)
        }
      }
      const wanted = spans.filter(QUESTIONS[question])
      for (const f of predicted.filter((p) => !wanted.some((label) => overlaps(p, label)))) {
        falseAlarms.push(`  false ${question} ${page.site} ${page.path}:${f.line}:${f.column} ${f.ruleId} ${f.text}`)
      }
    }
  }
}

const fmt = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(2).padStart(5))
const summary: Record<string, unknown> = {}
console.log(`Real-copy claims evaluation: ${pages.length} pages, ${labels.length} labelled spans${withInit ? " (with each site's init config: publisher and competitors found across the site)" : ""}${drifted ? `, ${drifted} labels no longer match their page (drift)` : ''}\n`)
const splits: Split[] = designOnly ? ['design'] : (['design', 'test', 'holdout', 'fresh'] as const).filter((s) => pages.some((p) => p.split === s))
for (const split of splits) {
  console.log(`== ${HEADINGS[split]}`)
  for (const question of Object.keys(QUESTIONS) as (keyof typeof QUESTIONS)[]) {
    const t = totals.get(`${split}:${question}`) ?? emptyTally()
    console.log(`  ${question.padEnd(10)} precision ${fmt(precisionOf(t))}  recall ${fmt(recallOf(t))}   labels ${t.hit + t.missed} (hit ${t.hit}), findings ${t.correct + t.falseAlarms} (false alarms ${t.falseAlarms})`)
    summary[`${split}.${question}`] = { ...t, precision: precisionOf(t), recall: recallOf(t) }
    if (question === 'unsourced') {
      for (const kind of ['statistic', 'superlative', 'comparison', 'quote']) {
        const k = totals.get(`${split}:kind:${kind}`) ?? emptyTally()
        console.log(`    ${kind.padEnd(11)} recall ${fmt(recallOf(k))}   labels ${k.hit + k.missed} (hit ${k.hit})`)
        summary[`${split}.unsourced.${kind}`] = { hit: k.hit, missed: k.missed, recall: recallOf(k) }
      }
    }
    for (const site of [...new Set(pages.map((p) => p.site))]) {
      const s = totals.get(`${split}:${question}:${site}`)
      if (s) console.log(`    ${site.padEnd(10)} precision ${fmt(precisionOf(s))}  recall ${fmt(recallOf(s))}   labels ${s.hit + s.missed}, findings ${s.correct + s.falseAlarms}`)
    }
  }
  console.log('')
}
if (verbose) console.log(`Design-half misses (${misses.length}):\n${misses.join('\n')}\n\nDesign-half false alarms (${falseAlarms.length}):\n${falseAlarms.join('\n')}`)
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(summary, null, 2) + '\n')
