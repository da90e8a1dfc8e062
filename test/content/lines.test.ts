import { describe, expect, it } from 'vitest'
import { computeLineStarts, locate, offsetToPosition, parseDocument, sentenceLocation } from '../../src/content/index.js'

describe('offset arithmetic', () => {
  it('counts LF, CRLF and lone CR as line ends', () => {
    expect(computeLineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7])
  })

  it('gives CRLF files the same columns as LF files', () => {
    const doc = parseDocument('x.md', 'ab\r\ncd')
    expect(offsetToPosition(doc, 4)).toEqual({ line: 2, column: 1 })
    expect(locate(doc, 4, 6)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 3 })
  })

  it('clamps offsets outside the source', () => {
    const doc = parseDocument('x.md', 'ab\ncd')
    expect(offsetToPosition(doc, -5)).toEqual({ line: 1, column: 1 })
    expect(offsetToPosition(doc, 99)).toEqual({ line: 2, column: 3 })
  })

  it('locates an empty range at a point and clamps sentence indexes', () => {
    const doc = parseDocument('x.md', 'One two.\n')
    const sentence = doc.sentences[0]!
    expect(sentenceLocation(doc, sentence, 4, 4)).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 5 })
    expect(sentenceLocation(doc, sentence, 4, 500)).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 9 })
  })
})
