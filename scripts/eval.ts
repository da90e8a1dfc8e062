// `npm run eval`: how well the claims check answers "does this need a source it lacks?" on the
// hand-labelled set, overall and per claim kind, with every misclassified sentence listed.
import { count, evaluate, precision, recall, type Outcome } from '../test/fixtures/claims/evaluate.js'

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const outcomes = evaluate()
const all = count(outcomes)

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
  const name = kind ?? 'non-claim'
  console.log(`  ${name.padEnd(12)} items ${String(group.length).padStart(3)}  tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  tn ${c.tn}  precision ${pct(precision(c))}  recall ${pct(recall(c))}`)
}

const wrong = outcomes.filter((o: Outcome) => o.predicted !== o.item.needsSource)
console.log(`\nMisclassified (${wrong.length}):`)
for (const o of wrong) {
  const label = o.item.needsSource ? `missed ${o.item.kind ?? ''}` : 'false alarm'
  const found = o.findings.map((f) => `${f.ruleId} \`${f.text}\``).join(', ')
  console.log(`  [${label}] ${o.item.markdown.replace(/\n/g, ' / ')}${found ? `  → ${found}` : ''}`)
}
