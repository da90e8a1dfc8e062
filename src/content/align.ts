// Parsers hand back a node's *value* (escapes resolved, continuation indentation dropped, YAML folded);
// findings need the *source* offset of every character of it. This walks both in step.
import { isWhitespaceCode } from './whitespace.js'

/** How far ahead an escaped character may sit (`&CounterClockwiseContourIntegral;`, `\U0001F600`). */
const SEARCH_WINDOW = 40

/**
 * offsets[i] is the source offset of value[i], always inside [start, end) (or `start` when the range is
 * empty) and never decreasing. A character the source spells differently (an escape, an entity) maps to
 * the nearest position the walk can justify rather than failing.
 */
export function alignValue(value: string, source: string, start: number, end: number): number[] {
  const offsets = new Array<number>(value.length)
  const last = Math.max(start, end - 1)
  let at = start
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (isWhitespaceCode(code)) {
      offsets[i] = Math.min(at, last)
      if (at < end && isWhitespaceCode(source.charCodeAt(at))) at++
      continue
    }
    const found = findAhead(source, code, at, end)
    if (found === -1) {
      offsets[i] = Math.min(at, last)
      continue
    }
    offsets[i] = found
    at = found + 1
  }
  return offsets
}

function findAhead(source: string, code: number, from: number, end: number): number {
  let at = from
  // Whitespace the value folded away (indentation, line breaks) does not count against the window.
  while (at < end && isWhitespaceCode(source.charCodeAt(at))) at++
  const limit = Math.min(end, at + SEARCH_WINDOW)
  for (let i = at; i < limit; i++) if (source.charCodeAt(i) === code) return i
  return -1
}
