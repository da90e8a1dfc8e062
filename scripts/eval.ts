// `npm run eval`: how well the claims check answers "does this need a source it lacks?" on both
// hand-labelled sets, each on its own: the original set (written alongside the detector) and the
// held-out set (written without reading it). Overall and per claim kind, with every misclassified sentence.
import { count, evaluate, precision, recall, type Outcome } from '../test/fixtures/claims/evaluate.js'
import { heldout } from '../test/fixtures/claims/heldout.js'
import { labelled, type LabelledItem } from '../test/fixtures/claims/labelled.js'

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`

function report(name: string, items: LabelledItem[]): void {
  const outcomes = evaluate(items)
  const all = count(outcomes)
  console.log(`== ${name}`)
  console.log(`Labelled items: ${outcomes.length} (${outcomes.filter((o) => o.item.kind !== null).length} claims, ${outcomes.filter((o) => o.item.needsSource).length} needing a source)\n`)
  console.log('Confusion matrix ("needs a source and has none"):')
  console.log('                    predicted yes   predicted no')
  console.log(`  actually yes      ${String(all.tp).padStart(13)}   ${String(all.fn).padStart(12)}`)
  console.log(`  actually no       ${String(all.fp).padStart(13)}   ${String(all.tn).padStart(12)}`)
  console.log(`\nPrecision ${pct(precision(all))}   Recall ${pct(recall(all))}\n`)

  console.log('Per labelled kind:')
  for (const kind of ['statistic', 'superlative', 'comparison', 'quote', null] as const) {
    const group = outcomes.filter((o) => o.item.kind === kind)
    const c = count(group)
    const label = kind ?? 'non-claim'
    console.log(`  ${label.padEnd(12)} items ${String(group.length).padStart(3)}  tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  tn ${c.tn}  precision ${pct(precision(c))}  recall ${pct(recall(c))}`)
  }

  const wrong = outcomes.filter((o: Outcome) => o.predicted !== o.item.needsSource)
  console.log(`\nMisclassified (${wrong.length}):`)
  for (const o of wrong) {
    const label = o.item.needsSource ? `missed ${o.item.kind ?? ''}` : 'false alarm'
    const found = o.findings.map((f) => `${f.ruleId} \`${f.text}\``).join(', ')
    console.log(`  [${label}] ${o.item.markdown.replace(/\n/g, ' / ')}${found ? `  → ${found}` : ''}`)
  }
  console.log('')
}

report('Original set (test/fixtures/claims/labelled.ts, written with the detector)', labelled)
report('Held-out set (test/fixtures/claims/heldout.ts, written without reading the detector)', heldout)
