// Text helpers that decide when two sentences say the same thing: normalisation (formatting is not
// wording), word tokens with light stemming (plural and possessive forms are one word), and similarity.
import { distance } from 'fastest-levenshtein'

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00AB': '"', '\u00BB': '"',
}

/**
 * The wording of a sentence with formatting taken out: typographic quotes and dashes, emphasis markers
 * a parser may leave behind, footnote markers, invisible characters, spacing and letter case. Two
 * sentences with equal normal forms differ only in how they are typeset, never in what they say.
 */
export function normalizeSentence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, (c) => QUOTES[c] ?? c)
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/(\*{1,3}|_{2,3}|~~|`+)/g, '')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim()
    .toLowerCase()
}

// Words that carry no positioning on their own; leaving them out keeps short statements from matching
// any sentence that happens to share "the", "and" and "for".
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can do does for from has have how i if in into is it its of on or our ' +
    'so than that the their them then there these they this to us was we were what when where which who why ' +
    'will with you your yours just also more most very all every each any some one'
  ).split(' '),
)

/** Folds plural and possessive forms onto one stem: `platforms`, `platform's` → `platform`. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s?$/, '')
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  return w
}

const WORD = /[$€£¥]?[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*%?/gu

/** Content words of a sentence, stemmed, in order (duplicates kept). */
export function contentWords(text: string): string[] {
  const words = normalizeSentence(text).match(WORD) ?? []
  return words.map(stem).filter((w) => w.length > 0 && !STOPWORDS.has(w))
}

/** Dice coefficient of the two sentences' content-word sets: 1 = same words, 0 = none shared. */
export function tokenSimilarity(a: string, b: string): number {
  const sa = new Set(contentWords(a))
  const sb = new Set(contentWords(b))
  if (sa.size === 0 && sb.size === 0) return normalizeSentence(a) === normalizeSentence(b) ? 1 : 0
  let shared = 0
  for (const w of sa) if (sb.has(w)) shared += 1
  return (2 * shared) / (sa.size + sb.size)
}

/** 1 − edit distance / longer length, on the normal forms: catches small edits inside long words. */
export function characterSimilarity(a: string, b: string): number {
  const na = normalizeSentence(a)
  const nb = normalizeSentence(b)
  const longest = Math.max(na.length, nb.length)
  if (longest === 0) return 1
  return 1 - distance(na, nb) / longest
}

/**
 * How alike two sentences read, 0..1. Word overlap recognises rewording and reordering; the character
 * measure recognises a changed number or a typo fix, which word overlap over-penalises in short lines.
 */
export function sentenceSimilarity(a: string, b: string): number {
  return Math.max(tokenSimilarity(a, b), characterSimilarity(a, b))
}
