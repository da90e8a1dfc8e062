// Offset → line/column arithmetic. Every position copydesk reports comes from a source offset, so this
// is the one place that knows how lines are counted.
import type { ContentDocument, Location, Sentence } from '../types.js'
import { characterReferenceAt } from './character-reference.js'

export interface Position {
  line: number
  column: number
}

/** Start offset of every line. `\r\n`, `\n` and a lone `\r` each end a line, as in CommonMark. */
export function computeLineStarts(source: string): number[] {
  const starts = [0]
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 10) starts.push(i + 1)
    else if (code === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}

/** 1-based line and column (UTF-16 units + 1) of a source offset; offsets outside the source are clamped. */
export function positionAt(lineStarts: readonly number[], sourceLength: number, offset: number): Position {
  const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, sourceLength))
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((lineStarts[mid] ?? 0) <= at) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: at - (lineStarts[low] ?? 0) + 1 }
}

export function offsetToPosition(doc: Pick<ContentDocument, 'lineStarts' | 'source'>, offset: number): Position {
  return positionAt(doc.lineStarts, doc.source.length, offset)
}

/** Location of the source range [start, end); endColumn is the column just after the last character. */
export function locate(doc: Pick<ContentDocument, 'lineStarts' | 'source'>, start: number, end: number): Location {
  const from = offsetToPosition(doc, start)
  const to = offsetToPosition(doc, Math.max(start, end))
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
}

/**
 * Location of `sentence.text.slice(from, to)`. The end is taken just after the last character rather
 * than at `offsets[to]`, so markup that follows the words (a closing `**`, a link's URL) is not included.
 */
export function sentenceLocation(
  doc: Pick<ContentDocument, 'lineStarts' | 'source'>,
  sentence: Pick<Sentence, 'text' | 'offsets'>,
  from: number,
  to: number,
): Location {
  const length = sentence.text.length
  const start = clamp(Math.min(from, to), 0, length)
  const stop = clamp(Math.max(from, to), 0, length)
  const startOffset = sentence.offsets[start] ?? sentence.offsets[length] ?? 0
  const last = stop > start ? (sentence.offsets[stop - 1] ?? startOffset) : -1
  // A last character written as a character reference (`guarantee&#100;`) ends at the reference's `;`.
  const endOffset = last === -1 ? startOffset : (characterReferenceAt(doc.source, last)?.end ?? last + 1)
  return locate(doc, startOffset, endOffset)
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(Number.isFinite(value) ? Math.floor(value) : low, high))
}
