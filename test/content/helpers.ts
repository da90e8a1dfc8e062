import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseDocument, sentenceLocation } from '../../src/content/index.js'
import type { ContentDocument, Location, Sentence } from '../../src/types.js'

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/content/${name}`, import.meta.url)), 'utf8')
}

export function parseFixture(name: string, transform: (source: string) => string = (source) => source): ContentDocument {
  return parseDocument(name, transform(fixture(name)))
}

/** The sentence whose text contains `words` (the nth such sentence). */
export function sentenceWith(doc: ContentDocument, words: string, nth = 0): Sentence {
  const found = doc.sentences.filter((sentence) => sentence.text.includes(words))[nth]
  if (!found) throw new Error(`no sentence contains ${JSON.stringify(words)}: ${doc.sentences.map((s) => s.text).join(' | ')}`)
  return found
}

/** Location of `words` as the reader sees them, inside the sentence that holds them. */
export function locationOf(doc: ContentDocument, words: string, nth = 0): Location {
  const sentence = sentenceWith(doc, words, nth)
  const from = sentence.text.indexOf(words)
  return sentenceLocation(doc, sentence, from, from + words.length)
}

/** The raw source a location covers, read back through line starts only (independent of the sentence map). */
export function sourceAt(doc: ContentDocument, location: Location): string {
  const start = (doc.lineStarts[location.line - 1] ?? 0) + location.column - 1
  const end = (doc.lineStarts[location.endLine - 1] ?? 0) + location.endColumn - 1
  return doc.source.slice(start, end)
}

export const at = (line: number, column: number, endLine: number, endColumn: number): Location => ({ line, column, endLine, endColumn })
