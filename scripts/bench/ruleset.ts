// The benchmark's banned-phrase set, written three ways so every tool checks the same 200 phrases:
// a copydesk rule file, a plain list for `rg -f`, and a prh dictionary for textlint-rule-prh.
import { parse, stringify } from 'yaml'
import { seeded } from './random.js'

export interface BenchRule {
  id: string
  kind: 'phrase' | 'substitution'
  severity: 'error' | 'warning' | 'info'
  claim?: string
  message: string
  /** `phrase` rules. */
  phrases?: string[]
  /** `substitution` rules: banned phrase → replacement. */
  swap?: Record<string, string>
}

export interface RuleSet {
  rules: BenchRule[]
  /** Every banned phrase once, in rule order. */
  phrases: string[]
  /** How many phrases came from the shipped pack (the rest are generated). */
  fromRecommended: number
}

// Generated claims are adjective + noun. None of these words is itself a phrase of the shipped pack
// (`industry-leading` is, so `industry-leading inbox` would be two overlapping hits in copydesk,
// which reports one per rule, and one in ripgrep): nested phrases would blur the match-count check.
const ADJECTIVES = [
  'unmatched', 'unrivaled', 'unparalleled', 'second-to-none', 'most trusted', 'most loved', 'fastest-growing',
  'smartest', 'most powerful', 'most advanced', 'most reliable', 'easiest-to-use', 'award-winning', 'top-rated',
  'premier', 'ultimate', 'world-leading', 'top-tier', 'gold-standard', 'one-stop',
]
// The first ten give the standard 200-phrase set; the rest only grow it for the phrase-count row.
const NOUNS = [
  'platform', 'inbox', 'help desk', 'support tool', 'analytics', 'automation', 'chatbot', 'CRM', 'onboarding',
  'deliverability', 'knowledge base', 'ticketing', 'live chat', 'workflow engine', 'call center', 'dashboard',
  'integrations', 'mobile SDK', 'form builder', 'survey tool', 'scheduling', 'invoicing', 'payroll', 'data warehouse',
  'sales suite', 'marketing hub', 'email builder', 'landing pages', 'A/B testing', 'session replay', 'feature flags',
  'status pages', 'incident response', 'uptime monitor', 'log search', 'error tracking', 'billing engine', 'checkout',
  'loyalty program', 'referral engine', 'review widget', 'chat routing', 'voice bot', 'AI assistant', 'search bar',
  'site builder', 'sign-up flow', 'password manager', 'team wiki', 'roadmap tool',
]

/** Words as a phrase matcher sees them: lower case, dashes and runs of spaces as one space. */
export function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, ' ').trim()
}

/** Whether `inner` occurs in `outer` as whole words (after normalising both). */
function containsWords(outer: string, inner: string): boolean {
  return ` ${normalizePhrase(outer)} `.includes(` ${normalizePhrase(inner)} `)
}

interface PackRule {
  id?: unknown
  kind?: unknown
  severity?: unknown
  claim?: unknown
  message?: unknown
  phrases?: unknown
  swap?: unknown
}

/** The shipped pack's phrase and substitution rules (pattern rules have no fixed-string form for `rg -F`). */
export function recommendedRules(recommendedYaml: string): BenchRule[] {
  const doc = parse(recommendedYaml) as { rules?: PackRule[] } | null
  const out: BenchRule[] = []
  for (const rule of doc?.rules ?? []) {
    if (typeof rule.id !== 'string' || typeof rule.message !== 'string') continue
    const severity = rule.severity === 'error' || rule.severity === 'info' ? rule.severity : 'warning'
    const base = { id: rule.id, severity, message: rule.message, ...(typeof rule.claim === 'string' ? { claim: rule.claim } : {}) } as const
    if (rule.kind === 'phrase' && Array.isArray(rule.phrases)) {
      out.push({ ...base, kind: 'phrase', phrases: rule.phrases.map(String) })
    } else if (rule.kind === 'substitution' && rule.swap && typeof rule.swap === 'object') {
      out.push({ ...base, kind: 'substitution', swap: Object.fromEntries(Object.entries(rule.swap as Record<string, unknown>).map(([k, v]) => [k, String(v)])) })
    }
  }
  return out
}

/**
 * The shipped pack's phrases plus generated `adjective noun` claims, `total` in all (at most 1,000).
 * Below the shipped pack's size, the first `total` shipped phrases, whole rules cut where they end.
 */
export function buildRuleSet(recommendedYaml: string, total = 200, seed = 7): RuleSet {
  const all = recommendedRules(recommendedYaml)
  const rules: BenchRule[] = []
  let kept = 0
  for (const rule of all) {
    const room = total - kept
    if (room <= 0) break
    const phrases = phrasesOf(rule).slice(0, room)
    rules.push(rule.kind === 'phrase' ? { ...rule, phrases } : { ...rule, swap: Object.fromEntries(phrases.map((p) => [p, rule.swap?.[p] ?? p])) })
    kept += phrases.length
  }
  const shipped = all.flatMap(phrasesOf)
  const fromRecommended = kept
  const wanted = Math.max(0, total - fromRecommended)
  // The standard 200 come from the first ten nouns, so growing the noun list never changes them.
  const nouns = total <= 200 ? NOUNS.slice(0, 10) : NOUNS
  const candidates = seeded(seed)
    .sample(ADJECTIVES.flatMap((a) => nouns.map((n) => [a, n] as const)), ADJECTIVES.length * nouns.length)
    .filter(([a, n]) => !shipped.some((p) => containsWords(`${a} ${n}`, p) || containsWords(p, `${a} ${n}`)))
    .slice(0, wanted)

  // Ten phrases a rule, alternating kinds, like a team's house style file grows.
  for (let i = 0; i < candidates.length; i += 10) {
    const group = candidates.slice(i, i + 10)
    const n = String(i / 10 + 1).padStart(2, '0')
    if ((i / 10) % 2 === 0) {
      rules.push({
        id: `house-claims-${n}`,
        kind: 'phrase',
        severity: 'warning',
        claim: 'superlative',
        message: '`{match}` is a superlative nobody can check; say what the reader gets instead.',
        phrases: group.map(([a, n]) => `${a} ${n}`),
      })
    } else {
      rules.push({
        id: `house-swaps-${n}`,
        kind: 'substitution',
        severity: 'info',
        claim: 'superlative',
        message: 'Write `{suggestion}` instead of `{match}`: the adjective adds a claim, not information.',
        swap: Object.fromEntries(group.map(([a, n]) => [`${a} ${n}`, n])),
      })
    }
  }
  return { rules, phrases: rules.flatMap(phrasesOf), fromRecommended }
}

export function phrasesOf(rule: BenchRule): string[] {
  return rule.kind === 'phrase' ? (rule.phrases ?? []) : Object.keys(rule.swap ?? {})
}

/** (a) A copydesk rule file: pack `bench`, ids `bench/<id>`. */
export function toRuleFile(set: RuleSet, version: string): string {
  const doc = {
    pack: 'bench',
    version,
    description: `Benchmark rule set: ${set.fromRecommended} phrases of the recommended pack and ${set.phrases.length - set.fromRecommended} generated ones.`,
    rules: set.rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...(r.claim ? { claim: r.claim } : {}),
      severity: r.severity,
      message: r.message,
      ...(r.kind === 'phrase' ? { phrases: r.phrases } : { swap: r.swap }),
    })),
  }
  return `# Generated by scripts/bench.ts: do not edit, it is rewritten on every run.\n${stringify(doc, { lineWidth: 0 })}`
}

/** (b) One phrase a line, for `rg -F -f`. */
export function toPhraseList(set: RuleSet): string {
  return `${set.phrases.join('\n')}\n`
}

// Escapes only what JavaScript regex syntax needs: prh compiles with the `u` flag, under which an
// escaped `-` (what prh's own escaping of string patterns produces) is a syntax error.
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * (c) A prh dictionary. Patterns are `/…/i` because prh string patterns are case-sensitive and
 * copydesk and `rg -i` are not; `wordBoundary` asks for whole words like copydesk.
 */
export function toPrhDictionary(set: RuleSet): string {
  const rules = set.rules.flatMap((rule) =>
    phrasesOf(rule).map((phrase) => ({
      expected: rule.kind === 'substitution' ? (rule.swap?.[phrase] ?? phrase) : `(rephrase: ${phrase})`,
      patterns: [`/${escapeRegex(phrase)}/i`],
      options: { wordBoundary: true },
    })),
  )
  return `# Generated by scripts/bench.ts.\n${stringify({ version: 1, rules }, { lineWidth: 0 })}`
}
