// Ownership lookup: the last matching line wins, even when it lists no owners.
import { normalizePath, regexMatches } from './pattern.js'
import type { CodeownersRule, ParsedCodeowners } from './types.js'

export interface RuleMatch {
  rule: CodeownersRule
  line: number
}

export function matchingRule(parsed: Pick<ParsedCodeowners, 'rules'>, path: string): RuleMatch | null {
  const target = normalizePath(path)
  if (target === '') return null
  for (let i = parsed.rules.length - 1; i >= 0; i--) {
    const rule = parsed.rules[i] as CodeownersRule
    if (regexMatches(rule.regex, target)) return { rule, line: rule.line }
  }
  return null
}

/** Owners of `path`; empty when no line matches or the last matching line lists none. */
export function ownersOf(parsed: Pick<ParsedCodeowners, 'rules'>, path: string): string[] {
  return [...(matchingRule(parsed, path)?.rule.owners ?? [])]
}

/** One line of `copydesk owners` output: `PATH<TAB>@a @b`, or `PATH<TAB>` when unowned. */
export function formatOwnersLine(path: string, owners: readonly string[]): string {
  return `${path}\t${owners.join(' ')}`
}
