// Compiles every loaded rule once per run: phrase and substitution rules into one automaton,
// pattern rules into linear-time RE2 programs. Matching a sentence then costs one automaton pass
// plus one RE2 pass per pattern rule.
import { RE2JS } from 're2js'
import { buildAutomaton, scan, type Automaton } from './aho-corasick.js'
import { foldPhrase, foldText, isWordChar, readAsSeen, wordCharAt, wordCharBefore } from './normalize.js'
import type { Rule } from './types.js'

interface PhraseEntry {
  rule: number
  /** The phrase after folding, case kept: what a case-sensitive rule compares against. */
  exact: string
  /** `substitution` rules: what to write instead. */
  replacement: string | null
  caseSensitive: boolean
}

interface PatternEntry {
  rule: number
  re: RE2JS
}

export interface CompiledMatcher {
  rules: readonly Rule[]
  automaton: Automaton
  /** For each automaton pattern, the rule phrases that fold to it (several rules may ban one word). */
  entries: PhraseEntry[][]
  patterns: PatternEntry[]
}

export interface RuleMatch {
  /** Index into `CompiledMatcher.rules`. */
  rule: number
  /** Range in the matched text, end exclusive. */
  start: number
  end: number
  /** The words as written. */
  text: string
  /** `substitution` rules: the replacement, capitalised like the words it replaces. */
  replacement: string | null
}

/** Compiles rules; a pattern RE2 rejects throws (the loader reports those before they get here). */
export function compileMatcher(rules: readonly Rule[]): CompiledMatcher {
  const keys = new Map<string, number>()
  const entries: PhraseEntry[][] = []
  const add = (rule: number, phrase: string, replacement: string | null, caseSensitive: boolean): void => {
    const { folded, exact } = foldPhrase(phrase)
    if (folded === '') return
    let key = keys.get(folded)
    if (key === undefined) {
      key = entries.length
      keys.set(folded, key)
      entries.push([])
    }
    const list = entries[key] as PhraseEntry[]
    // `risk-free` and `risk free` fold to one phrase: listing both in a rule must not report twice.
    if (list.some((e) => e.rule === rule && e.exact === exact)) return
    list.push({ rule, exact, replacement, caseSensitive })
  }
  const patterns: PatternEntry[] = []
  rules.forEach((rule, index) => {
    if (rule.kind === 'phrase') for (const phrase of rule.phrases) add(index, phrase, null, rule.caseSensitive)
    else if (rule.kind === 'substitution') {
      for (const [phrase, replacement] of Object.entries(rule.swap)) add(index, phrase, replacement, rule.caseSensitive)
    } else if (rule.pattern !== null) {
      patterns.push({ rule: index, re: RE2JS.compile(rule.pattern, rule.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE) })
    }
  })
  return { rules, automaton: buildAutomaton([...keys.keys()]), entries, patterns }
}

/**
 * Whether a match stands as whole words. Letters and digits on either side join the token
 * (`unguaranteed` is not `guaranteed`, `#10` is not `#1`); so does the phrase's own edge symbol
 * repeated (`A++` is not `A+`) and a decimal point inside a number (`99.95` is not `99.9`).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (wordCharBefore(text, start) || wordCharAt(text, end)) return false
  const first = text.charAt(start)
  const last = text.charAt(end - 1)
  if (!isWordChar(first) && text.charAt(start - 1) === first) return false
  if (!isWordChar(last) && text.charAt(end) === last) return false
  if (/\d/.test(first) && /[.,]/.test(text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2))) return false
  if (/\d/.test(last) && /[.,]/.test(text.charAt(end)) && /\d/.test(text.charAt(end + 1))) return false
  return true
}

/** Carries the capitalisation of the words replaced over to their replacement. */
export function matchCase(written: string, replacement: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase()
  }
  const firstLetter = letters.charAt(0)
  if (firstLetter !== '' && firstLetter !== firstLetter.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** Keeps, per rule, the leftmost and then longest of overlapping matches: one finding per claim. */
function dropOverlaps(matches: RuleMatch[]): RuleMatch[] {
  const sorted = [...matches].sort((a, b) => a.rule - b.rule || a.start - b.start || b.end - a.end)
  const kept: RuleMatch[] = []
  let last: RuleMatch | undefined
  for (const m of sorted) {
    if (last && last.rule === m.rule && m.start < last.end) continue
    kept.push(m)
    last = m
  }
  return kept.sort((a, b) => a.start - b.start || a.rule - b.rule)
}

/**
 * Every rule match in `text`. `active` narrows the rules (scope) without recompiling; rules it
 * rejects cost nothing beyond the shared automaton pass.
 */
export function matchText(
  compiled: CompiledMatcher,
  text: string,
  active: (rule: number) => boolean = () => true,
): RuleMatch[] {
  const matches: RuleMatch[] = []
  const folding = foldText(text)
  for (const hit of scan(compiled.automaton, folding.folded)) {
    if (!standsAlone(folding.folded, hit.start, hit.end)) continue
    const start = folding.map[hit.start] as number
    const end = folding.ends ? (folding.ends[hit.end - 1] as number) : (folding.map[hit.end - 1] as number) + 1
    const written = text.slice(start, end)
    for (const entry of compiled.entries[hit.pattern] as PhraseEntry[]) {
      if (!active(entry.rule)) continue
      if (entry.caseSensitive && folding.exact.slice(hit.start, hit.end) !== entry.exact) continue
      const replacement = entry.replacement === null ? null : matchCase(written, entry.replacement)
      matches.push({ rule: entry.rule, start, end, text: written, replacement })
    }
  }
  if (compiled.patterns.length > 0) {
    // Patterns read the text as seen, separators kept (a pattern may spell out a hyphen or two spaces).
    const seen = readAsSeen(text)
    for (const { rule, re } of compiled.patterns) {
      if (!active(rule)) continue
      // test() runs on RE2's DFA and is several times cheaper than a Matcher: most sentences stop here.
      if (!re.test(seen.text)) continue
      // find() without an argument moves past empty matches by itself.
      const m = re.matcher(seen.text)
      while (m.find()) {
        if (m.end() <= m.start()) continue
        const start = seen.starts ? (seen.starts[m.start()] as number) : m.start()
        const end = seen.ends ? (seen.ends[m.end() - 1] as number) : m.end()
        matches.push({ rule, start, end, text: text.slice(start, end), replacement: null })
      }
    }
  }
  return dropOverlaps(matches)
}
