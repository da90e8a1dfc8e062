import { parseDocument } from './src/content/index.js'
import { diffPositioning, parsePositioningArtifact } from './src/positioning/index.js'
import { readFileSync } from 'node:fs'
const { artifact } = parsePositioningArtifact(parseDocument('s.md', readFileSync('test/fixtures/positioning/positioning.md', 'utf8')))
const sentence = (i: number, v: string): string => `Paragraph ${i} says the all-in-one inbox helps team ${v}${i} with topic ${i * 7}.`
let t = performance.now()
const base = parseDocument('big.md', Array.from({ length: 2000 }, (_, i) => sentence(i, 'a')).join('\n\n'))
const head = parseDocument('big.md', Array.from({ length: 2000 }, (_, i) => sentence(i, 'b')).join('\n\n'))
console.log('parse', performance.now() - t); t = performance.now()
const c = diffPositioning(base, head, { artifact, fields: [], contentType: 'blog', similarity: 0.5 })
console.log('diff', performance.now() - t, c.length)
