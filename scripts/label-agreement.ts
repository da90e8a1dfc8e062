// `node --import tsx scripts/label-agreement.ts site=GITDIR ...`: how far two labellers who read the same
// guidelines agree on the same pages, against how far the detector agrees with each of them. The second
// opinions (eval/real/labels-second.jsonl) were written by new labellers who saw neither the detector nor
// the first labels. Figures only: no page text is printed.
//
// Each question is scored as the evaluation scores the detector (scripts/real-eval/score.ts): one side's
// positive spans are the "findings", the other side's the labels. The figure a detector could hope to reach
// against one labeller is about where a second labeller lands against the first.
import { readFileSync } from 'node:fs'
import { gitDirsFrom, readPage } from './real-eval/pages.js'
import { detect, type Question } from './real-eval/detect.js'
import { add, emptyTally, overlaps, precisionOf, QUESTIONS, recallOf, score, type Label, type Span, type Tally } from './real-eval/score.js'

interface PageRecord {
  site: string
  commit: string
  path: string
  split: string
  page: true
}
interface LabelRecord extends Label {
  site: string
  path: string
}

const args = process.argv.slice(2)
const gitDirs = gitDirsFrom(args)
const read = (name: string): (PageRecord | LabelRecord)[] =>
  readFileSync(new URL(`../eval/real/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PageRecord | LabelRecord)
const first = read('labels.jsonl')
const second = read('labels-second.jsonl')
const pageId = (r: { site: string; path: string }): string => `${r.site}\t${r.path}`
const labelsOf = (records: (PageRecord | LabelRecord)[], id: string): (LabelRecord & Span)[] =>
  records.filter((r): r is LabelRecord => !('page' in r) && pageId(r) === id).map((l) => ({ ...l, endLine: l.line }))
const secondPages = new Set(second.filter((r): r is PageRecord => 'page' in r).map(pageId))
const pages = first.filter((r): r is PageRecord => 'page' in r && secondPages.has(pageId(r)))

const rows = ['second vs first', 'first vs second', 'detector vs first', 'detector vs second', 'detector vs both'] as const
// Per split of the first labels (a page of the design half has been tuned on; the detector's figures there are
// not held out), and all pages together.
const groups = ['all', ...new Set(pages.map((p) => p.split))]
const totals = new Map<string, Tally>()
let split = 'all'
const bump = (key: string, tally: Tally): void => {
  for (const group of ['all', split]) totals.set(`${group}:${key}`, add(totals.get(`${group}:${key}`) ?? emptyTally(), tally))
}
const counts = { first: { unsourced: 0, absolute: 0 }, second: { unsourced: 0, absolute: 0 } }

for (const page of pages) {
  const source = readPage(gitDirs, page)
  split = page.split
  const found = await detect(page.path, source)
  const a = labelsOf(first, pageId(page))
  const b = labelsOf(second, pageId(page))
  for (const question of ['unsourced', 'absolute'] as Question[]) {
    const positive = QUESTIONS[question]
    const aPos = a.filter(positive)
    const bPos = b.filter(positive)
    counts.first[question] += aPos.length
    counts.second[question] += bPos.length
    bump(`second vs first:${question}`, score(a, bPos, positive))
    bump(`first vs second:${question}`, score(b, aPos, positive))
    bump(`detector vs first:${question}`, score(a, found[question], positive))
    bump(`detector vs second:${question}`, score(b, found[question], positive))
    // Where the two agree: recall over the spans both marked; a finding is a false alarm only when neither marked it.
    const agreed = aPos.filter((l) => bPos.some((m) => overlaps(l, m)))
    const recall = score(agreed, found[question], () => true)
    const precision = score([...aPos, ...bPos], found[question], () => true)
    bump(`detector vs both:${question}`, { hit: recall.hit, missed: recall.missed, correct: precision.correct, falseAlarms: precision.falseAlarms })
  }
}

const fmt = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(2).padStart(5))
console.log(`Labeller agreement: ${pages.length} pages labelled twice, by different labellers who never saw the detector or each other's labels`)
console.log(`  positive spans: unsourced ${counts.first.unsourced} (first) / ${counts.second.unsourced} (second); absolute ${counts.first.absolute} / ${counts.second.absolute}\n`)
for (const group of groups) {
  const n = group === 'all' ? pages.length : pages.filter((p) => p.split === group).length
  console.log(`== ${group === 'all' ? 'all pages' : `${group} half`} (${n} pages)`)
  for (const question of ['unsourced', 'absolute'] as Question[]) {
    console.log(`${question}`)
    for (const row of rows) {
      const t = totals.get(`${group}:${row}:${question}`) ?? emptyTally()
      const p = precisionOf(t)
      const r = recallOf(t)
      const f1 = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : null
      console.log(`  ${row.padEnd(20)} precision ${fmt(p)}  recall ${fmt(r)}  F1 ${fmt(f1)}`)
    }
  }
}
console.log('\n"detector vs both": recall over the spans both labellers marked; a finding counts as a false alarm only when neither marked it.')
