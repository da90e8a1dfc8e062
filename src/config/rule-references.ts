// Rule ids and content types that the policy files name, checked once every pack is loaded: a severity
// override or a suppression selector for a rule that does not exist is a typo, and a typo here would
// silently change nothing. Each problem is a config error at its line, with the nearest real name.
import { distance } from 'fastest-levenshtein'
import type { FileProblem } from '../errors.js'
import { didYouMean, knownRules, namesKnownRule } from '../rules/known-ids.js'
import type { RulePack } from '../rules/types.js'
import { yamlLineLocator } from './load.js'
import type { Config } from './schema.js'

export interface PolicyTexts {
  /** The config file and its text; null when copydesk runs on defaults. */
  config: { path: string; text: string } | null
  /** Rule files' texts by their `RulePack.source` (shipped packs are absent: they are tested). */
  packs: ReadonlyMap<string, string>
}

export function ruleReferenceProblems(config: Config, packs: readonly RulePack[], texts: PolicyTexts): FileProblem[] {
  const problems: FileProblem[] = []
  if (texts.config) problems.push(...configReferences(config, packs, texts.config))
  problems.push(...scopeTypeTypos(config, packs, texts.packs))
  return problems
}

function configReferences(config: Config, packs: readonly RulePack[], file: { path: string; text: string }): FileProblem[] {
  const lineOf = yamlLineLocator(file.text)
  const problems: FileProblem[] = []
  // `severity` applies to rule-pack rules by their full id only (see checks/banned-claims.ts).
  const packRules = knownRules(packs, false)
  const severityKeys = (prefix: string[], overrides: Record<string, unknown>): void => {
    for (const id of Object.keys(overrides)) {
      if (packRules.ids.includes(id)) continue
      const where = [...prefix, id]
      const claimHint = id.startsWith('claims/') ? ' (claim severities are set under `claims.severity`)' : ''
      problems.push({
        file: file.path,
        line: lineOf(where),
        message: `\`${prefix.join('.')}\` names \`${id}\`, which no loaded rule pack defines, so the override would change nothing${claimHint}${didYouMean(id, packRules)}`,
      })
    }
  }
  severityKeys(['severity'], config.severity)
  for (const [type, policy] of Object.entries(config.types)) severityKeys(['types', type, 'severity'], policy.severity)

  // Suppression selectors match any finding, so copydesk's own check ids count too.
  const allRules = knownRules(packs, true)
  for (const list of ['allow', 'forbid', 'require-signoff'] as const) {
    config.suppressions[list]?.forEach((selector, index) => {
      selector.rules?.forEach((pattern, i) => {
        if (namesKnownRule(pattern, allRules)) return
        problems.push({
          file: file.path,
          line: lineOf(['suppressions', list, index, 'rules', i]),
          message: `\`suppressions.${list}[${index}].rules\` names \`${pattern}\`, which matches no rule${didYouMean(pattern, allRules)}`,
        })
      })
    })
  }
  return problems
}

/**
 * A rule's `scope.types` entry one edit or so from a configured type (`blgo` next to `blog`) is a typo that
 * switches the rule off for that type. A type the config does not list at all may still come from
 * frontmatter, so only near misses are reported; listing the type under `types:` settles it.
 */
function scopeTypeTypos(config: Config, packs: readonly RulePack[], texts: ReadonlyMap<string, string>): FileProblem[] {
  const configured = Object.keys(config.types)
  if (configured.length === 0) return []
  const problems: FileProblem[] = []
  for (const pack of packs) {
    const text = texts.get(pack.source)
    const lineOf = text === undefined ? null : yamlLineLocator(text)
    pack.rules.forEach((rule, index) => {
      rule.scope.types.forEach((type, i) => {
        if (configured.includes(type)) return
        const guess = configured.find((name) => isNearMiss(type, name))
        if (guess === undefined) return
        problems.push({
          file: pack.source,
          line: lineOf ? lineOf(['rules', index, 'scope', 'types', i]) : rule.line,
          message: `rule \`${rule.id}\`: \`scope.types\` names \`${type}\`, which is not a content type in the config; did you mean \`${guess}\`? (If \`${type}\` is a type set only in frontmatter, list it under \`types:\` in the config.)`,
        })
      })
    })
  }
  return problems
}

/** One edit off (`blg`, `blogs`), or the same letters with two swapped (`blgo`): a typo, not another type. */
function isNearMiss(typed: string, name: string): boolean {
  if (distance(typed, name) <= Math.max(1, Math.floor(name.length / 4))) return true
  return typed.length === name.length && distance(typed, name) === 2 && [...typed].sort().join('') === [...name].sort().join('')
}
