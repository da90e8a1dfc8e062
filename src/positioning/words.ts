// Word-level comparison of two wordings of one sentence: which words went, which came. Used to recognise
// an edit that only extends an enumeration, and by the reports to show a three-word edit in a long
// sentence as three words.
import { diffArrays } from 'diff'

export interface WordPart {
  kind: 'same' | 'removed' | 'added'
  /** Tokens of the run, each with the whitespace that followed it in its sentence. */
  text: string
}

// A word (letters, digits and the joiners inside them: `open-source`, `$1,200`, `it's`) or one
// punctuation mark, each with the whitespace after it.
const TOKEN = /(?:[$€£¥]?[\p{L}\p{N}]+(?:['’.,\-/_][\p{L}\p{N}]+)*%?|[^\s\p{L}\p{N}])\s*/gu

export function tokens(text: string): string[] {
  return text.trim().match(TOKEN) ?? []
}

const comparable = (token: string): string => token.trim().toLowerCase().replace(/’/g, "'")

/** The word runs that stayed, went and came, in reading order (removed before added at one place). */
export function wordDiff(before: string, after: string): WordPart[] {
  const a = tokens(before)
  const b = tokens(after)
  const parts: WordPart[] = []
  let i = 0
  let j = 0
  const push = (kind: WordPart['kind'], text: string): void => {
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  for (const change of diffArrays(a.map(comparable), b.map(comparable))) {
    const n = change.count ?? change.value.length
    if (change.added) {
      push('added', b.slice(j, j + n).join(''))
      j += n
    } else if (change.removed) {
      push('removed', a.slice(i, i + n).join(''))
      i += n
    } else {
      // Equal tokens may differ in spacing or case; the new wording is what the reader sees.
      push('same', b.slice(j, j + n).join(''))
      i += n
      j += n
    }
  }
  return parts
}

/** Share of the longer sentence's words that stayed: how much a highlighted line can still show. */
export function keptShare(parts: readonly WordPart[]): number {
  const count = (kind: WordPart['kind']): number => parts.filter((p) => p.kind === kind).reduce((n, p) => n + tokens(p.text).length, 0)
  const same = count('same')
  const longer = Math.max(same + count('removed'), same + count('added'))
  return longer === 0 ? 1 : same / longer
}

/** Word diffs are quadratic in the worst case: texts longer than this are not diffed word by word. */
export const MAX_DIFF_CHARS = 2000

const SEPARATORS = new Set([',', 'and', 'or', '&', ';', 'plus'])

/**
 * True when `after` only adds items to an enumeration `before` already has ("iOS, Android and Electron"
 * → "iOS, Android, Electron and web"): the removed tokens are separators that moved, and what came is
 * separators and a few words, no figure among them.
 */
export function extendsEnumeration(before: string, after: string): boolean {
  // A sentence this long is not one list growing by an item; and the word diff stays cheap.
  if (before.length > MAX_DIFF_CHARS || after.length > MAX_DIFF_CHARS) return false
  const parts = wordDiff(before, after)
  const removed = parts.filter((p) => p.kind === 'removed').flatMap((p) => tokens(p.text).map(comparable))
  const addedRuns = parts.filter((p) => p.kind === 'added').map((p) => tokens(p.text).map(comparable))
  if (addedRuns.length === 0 || !removed.every((t) => SEPARATORS.has(t))) return false
  const added = addedRuns.flat()
  if (!added.some((t) => SEPARATORS.has(t)) || !added.some((t) => !SEPARATORS.has(t))) return false
  if (added.some((t) => /\d/.test(t))) return false
  // An item is a name or a short phrase; a clause ("and enterprises trust us with their data") is a new claim.
  for (const run of addedRuns) {
    let words = 0
    for (const t of run) {
      if (SEPARATORS.has(t)) words = 0
      else if (/[\p{L}\p{N}]/u.test(t) && ++words > 3) return false
    }
  }
  return tokens(before).some((t) => [',', 'and', 'or', '&'].includes(comparable(t)))
}
