import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { icuSegments } from '../../src/content/sentences.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** Every markdown file under a folder, read as one string each. */
function pages(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...pages(path))
    else if (/\.mdx?$/.test(name)) out.push(readFileSync(path, 'utf8'))
  }
  return out
}

// Paragraphs where the segmenter's decision depends on what follows the punctuation.
const TRICKY = [
  'Acme vs. Rival is close. Tools, e.g. Acme, help. Ask Dr. Smith at Acme Inc. today.',
  'It works. and then it does not. Really? yes! "Quoted." (Parenthesised.) Next one.',
  'Version 2.5 ships today... Then 3.0. Pricing is $9.99/mo. 99.9% uptime. U.S. teams love it.',
  'Wait... what? No!! Fine?! OK. 1. First. 2. Second. a. lower. B. Upper.',
  'He said "stop." She left. The end.) New start. [Bracketed.] x. 12 34 56 done. Done.',
  `${'word '.repeat(300)}ends here. Short. ${'another '.repeat(200)}ends too. Last.`,
  'Emoji 🚀 launch. Ünïcödé text. Ελληνικά. Кириллица. 日本語の文。次の文。',
]

describe('sentence segmentation of long paragraphs', () => {
  it('windowed segmentation gives the same sentences as one segmenter call, on the example site and tricky paragraphs', () => {
    const samples = [...pages(join(ROOT, 'examples/site/content')), ...TRICKY, TRICKY.join(' ')]
    expect(samples.length).toBeGreaterThan(10)
    for (const text of samples) {
      const whole = [...icuSegments(text, Number.MAX_SAFE_INTEGER)]
      // Small windows force dozens of window edges through every sample.
      for (const window of [24, 64, 200]) expect([...icuSegments(text, window)], `window ${window}`).toEqual(whole)
    }
  })

  it('reads a 1 MB paragraph of short sentences in a few seconds, every sentence kept', () => {
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < 1_000_000; i++) {
      const sentence = `${i % 2 ? 'We' : 'Teams'} ship pages ${i}.`
      parts.push(sentence)
      length += sentence.length + 1
    }
    const source = `${parts.join(' ')}\n`
    const started = performance.now()
    const doc = parseDocument('long.md', source)
    const elapsed = performance.now() - started
    expect(doc.sentences).toHaveLength(parts.length)
    expect(doc.sentences[parts.length - 1]?.text).toBe(parts[parts.length - 1])
    // A generous bound: the quadratic segmentation took minutes on this input.
    expect(elapsed).toBeLessThan(5000)
  })

  it('attaches each link of a long paragraph to its own sentence', () => {
    const parts = Array.from({ length: 3000 }, (_, i) => `See [page ${i}](https://acme.example/${i}) now.`)
    const doc = parseDocument('links.md', `${parts.join(' ')}\n`)
    expect(doc.sentences).toHaveLength(3000)
    expect(doc.sentences[2999]?.links.map((link) => link.url)).toEqual(['https://acme.example/2999'])
    expect(doc.sentences[1234]?.links.map((link) => link.url)).toEqual(['https://acme.example/1234'])
  })
})
