import { count, evaluate, precision, recall } from '/work/main/test/fixtures/claims/evaluate.js'
import { heldout } from '/work/main/test/fixtures/claims/heldout.js'
const o = evaluate(heldout)
const c = count(o)
console.log(heldout.length, heldout.filter(i=>i.kind!==null).length, heldout.filter(i=>i.needsSource).length, heldout.filter(i=>i.kind!==null&&!i.needsSource).length, heldout.filter(i=>i.kind===null).length)
console.log(c, 'P', precision(c).toFixed(3), 'R', recall(c).toFixed(3))
for (const x of o) if (x.predicted !== x.item.needsSource) console.log(x.item.needsSource ? 'MISS' : 'FA  ', x.item.kind, '|', x.item.markdown.replace(/\n/g,' / '), '→', x.findings.map(f=>`${f.ruleId} \`${f.text}\``).join(', '))
const base = count(evaluate())
console.log('orig', base, precision(base).toFixed(3), recall(base).toFixed(3))
