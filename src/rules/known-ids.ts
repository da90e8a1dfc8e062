// Which rule ids exist, and the nearest one to a typo: `no-numbr-one` → `recommended/no-number-one`.
// A rule id that names nothing must never quietly change nothing (a severity override, a suppression, a
// suppression policy that does not apply is a rule the writer believes is set and is not).
import { distance } from 'fastest-levenshtein'
import type { RulePack } from './types.js'

/** Ids of the findings copydesk's own checks report (not from a pack); a suppression may name them too. */
export const CHECK_RULE_IDS: readonly string[] = [
  'claims/statistic',
  'claims/superlative',
  'claims/comparison',
  'claims/quote',
  'claims/absolute',
  'sources/invalid',
  'sources/unapproved',
  'sources/unused',
  'sources/unknown-id',
  'sources/expired',
  'sources/dangling-footnote',
  'frontmatter/required-field',
  'frontmatter/invalid-field',
  'frontmatter/provenance',
  'frontmatter/not-a-mapping',
  'frontmatter/unsupported-language',
  'frontmatter/yaml-syntax',
  'frontmatter/toml-syntax',
  'frontmatter/json-syntax',
  'positioning/artifact',
  'llm/review',
  'llm/error',
]

export interface KnownRules {
  /** Full ids (`recommended/no-number-one`). */
  ids: readonly string[]
  /** Pack names and check prefixes, for `pack/*`. */
  packs: ReadonlySet<string>
}

export function knownRules(packs: readonly RulePack[], withChecks: boolean): KnownRules {
  const ids = [...packs.flatMap((pack) => pack.rules.map((rule) => rule.id)), ...(withChecks ? CHECK_RULE_IDS : [])]
  return { ids, packs: new Set(ids.map((id) => id.slice(0, id.indexOf('/')))) }
}

/** Does `pattern` (`pack/rule`, `pack/*`, a bare `rule`, or `*`) name at least one known rule? */
export function namesKnownRule(pattern: string, known: KnownRules): boolean {
  if (pattern === '*') return true
  if (pattern.endsWith('/*')) return known.packs.has(pattern.slice(0, -2))
  if (pattern.includes('/')) return known.ids.includes(pattern)
  return known.ids.some((id) => id.endsWith(`/${pattern}`))
}

/** The known id nearest to `pattern`, by whole id or by the part after the pack; null when none is close. */
export function nearestRuleId(pattern: string, known: KnownRules): string | null {
  const wanted = pattern.toLowerCase()
  if (wanted.endsWith('/*')) {
    const pack = nearest(wanted.slice(0, -2), [...known.packs], (name) => [name])
    return pack === null ? null : `${pack}/*`
  }
  return nearest(wanted, known.ids, (id) => [id, id.slice(id.indexOf('/') + 1)])
}

function nearest(wanted: string, candidates: readonly string[], forms: (candidate: string) => string[]): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of candidates) {
    for (const form of forms(candidate)) {
      const d = distance(wanted, form)
      // Only a near miss is worth naming: `no-numbr-one` → `no-number-one`, not `extra` → `no-hype`.
      if (d < bestDistance && d <= Math.max(2, Math.floor(form.length / 3))) {
        best = candidate
        bestDistance = d
      }
    }
  }
  return best
}

/** "; did you mean `recommended/no-number-one`?" or, with no near miss, where the ids are listed. */
export function didYouMean(pattern: string, known: KnownRules): string {
  const guess = nearestRuleId(pattern, known)
  if (guess !== null) return `; did you mean \`${guess}\`?`
  const packs = [...known.packs].sort()
  return packs.length > 0 ? `; rule ids are \`pack/rule\` in the loaded packs (${packs.map((p) => `\`${p}\``).join(', ')})` : '; no rule pack is loaded'
}
