// banned-claims: words and patterns the loaded rule packs ban, found in one pass per sentence.
import picomatch from 'picomatch'
import { sentenceLocation } from '../content/index.js'
import { compileMatcher, matchText, type CompiledMatcher, type RuleMatch } from '../rules/matcher.js'
import type { Rule, RulePack } from '../rules/types.js'
import type { Finding, Sentence, Severity } from '../types.js'
import type { Check, CheckContext } from './types.js'
import { promiseInContext } from './claims/kinds/absolute.js'
import { isSupported } from './claims/support.js'
import { describesCompetitorAt, leadOf, supportOptions } from './claims/claims.js'

export interface CompiledRules {
  matcher: CompiledMatcher
  /** Per rule: whether a path is in scope (null = every path). */
  pathTests: (((path: string) => boolean) | null)[]
}

// The engine hands every file the same packs array: compile once per run, not once per file.
const compiledCache = new WeakMap<readonly RulePack[], CompiledRules>()

export function compileRules(packs: readonly RulePack[]): CompiledRules {
  const cached = compiledCache.get(packs)
  if (cached) return cached
  const rules = packs.flatMap((pack) => pack.rules)
  const compiled: CompiledRules = {
    matcher: compileMatcher(rules),
    pathTests: rules.map((rule) => (rule.scope.paths.length > 0 ? picomatch(rule.scope.paths, { dot: true }) : null)),
  }
  compiledCache.set(packs, compiled)
  return compiled
}

/** `scope.fields` entries cover a key path and everything under it: `hero` covers `hero.title`. */
function fieldInScope(fields: readonly string[], sentence: Sentence): boolean {
  if (fields.length === 0) return true
  const where = sentence.kind === 'frontmatter' ? (sentence.field ?? '') : 'body'
  return fields.some((field) => where === field || where.startsWith(`${field}.`))
}

/** The rule's severity after the repository's and then the content type's overrides; null when `off`. */
export function ruleSeverity(rule: Rule, ctx: Pick<CheckContext, 'policy' | 'typePolicy'>): Severity | null {
  const chosen = ctx.typePolicy?.severity[rule.id] ?? ctx.policy.config.severity[rule.id] ?? rule.severity
  return chosen === 'off' ? null : chosen
}

function fill(template: string, match: string, suggestion: string | null): string {
  return template.replaceAll('{match}', match).replaceAll('{suggestion}', suggestion ?? '')
}

function toFinding(ctx: CheckContext, sentence: Sentence, rule: Rule, severity: Severity, match: RuleMatch, needsSource: boolean): Finding {
  const suggestion = match.replacement ?? rule.suggestion
  // One claim, two categories: a banned superlative or comparison kept as written still needs its source.
  const also = needsSource ? ' If it stays, it also needs a source.' : ''
  const finding: Finding = {
    ruleId: rule.id,
    category: 'banned-claim',
    claim: rule.claim ?? 'absolute',
    severity,
    message: `${fill(rule.message, match.text, suggestion)}${also}`,
    text: match.text,
    ...sentenceLocation(ctx.doc, sentence, match.start, match.end),
    suggestion,
    ...(needsSource ? { needsSource: true as const } : {}),
  }
  // A substitution names the exact words to write instead: a fix a tool may apply, when the words as read
  // are the words as typed (no markup, entity or line break inside them to lose).
  if (match.replacement !== null) {
    const { line, column, endLine, endColumn } = finding
    const start = (ctx.doc.lineStarts[line - 1] ?? 0) + column - 1
    const end = (ctx.doc.lineStarts[endLine - 1] ?? 0) + endColumn - 1
    if (ctx.doc.source.slice(start, end) === match.text) finding.fix = { line, column, endLine, endColumn, text: match.replacement }
  }
  if (rule.link) finding.url = rule.link
  return finding
}

// How a sentence with a banned phrase is read: a list of examples of what not to write ("Rejection triggers:" →
// "- "#1 app"") with its lead-in, found as the claim kinds find it (once per sentence, and only when a phrase matched).
function readingOf(sentences: Sentence[], index: number): Parameters<typeof promiseInContext>[3] {
  const listItem = sentences[index]?.kind === 'list-item'
  const lead = listItem ? leadOf(sentences, index) : undefined
  return { blockquote: false, listItem, ...(lead !== undefined ? { lead } : {}) }
}

export function findBannedClaims(ctx: CheckContext, compiled: CompiledRules = compileRules(ctx.policy.packs)): Finding[] {
  const { rules } = compiled.matcher
  // Type, path and severity depend on the file only: settle them once, then per sentence only fields vary.
  const severities = rules.map((rule, i) => {
    if (rule.scope.types.length > 0 && (ctx.contentType === null || !rule.scope.types.includes(ctx.contentType))) return null
    const pathTest = compiled.pathTests[i]
    if (pathTest && !pathTest(ctx.doc.path)) return null
    return ruleSeverity(rule, ctx)
  })
  if (severities.every((s) => s === null)) return []

  const findings: Finding[] = []
  const sentences = ctx.doc.sentences
  for (const [index, sentence] of sentences.entries()) {
    const active = (i: number): boolean => severities[i] != null && fieldInScope((rules[i] as Rule).scope.fields, sentence)
    let reading: Parameters<typeof promiseInContext>[3] | undefined
    for (const match of matchText(compiled.matcher, sentence.text, active)) {
      // Negated, hedged, quoted-as-an-example, hypothetical or technical uses are not the claim the rule bans.
      // A testimonial is still words the publisher prints: a banned phrase in a blockquote stays a finding.
      reading ??= readingOf(sentences, index)
      if (!promiseInContext(sentence.text, match.start, match.end, reading, false, false)) continue
      const rule = rules[match.rule] as Rule
      const claim = rule.claim ?? 'absolute'
      // "Relay's free tier offers unlimited users" describes a competitor's plan: the publisher promises nothing.
      if (claim === 'absolute' && describesCompetitorAt(ctx, index)) continue
      const needsSource = rule.needsSource && claim !== 'absolute' && !isSupported(ctx.doc, sentence, ctx.policy.config.claims.scope, undefined, supportOptions(ctx))
      findings.push(toFinding(ctx, sentence, rule, severities[match.rule] as Severity, match, needsSource))
    }
  }
  return findings
}

export const bannedClaimsCheck: Check = {
  id: 'banned-claims',
  description: 'Words and patterns the rule packs ban: guarantees, absolutes, unprovable superlatives, invented proof.',
  run: (ctx) => findBannedClaims(ctx),
}
