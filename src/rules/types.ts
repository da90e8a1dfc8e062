// A rule file is YAML a writer can read (see rules/recommended.yml). These are its parsed, validated values.
import type { ClaimKind, Severity } from '../types.js'

export type RuleKind = 'phrase' | 'pattern' | 'substitution'

export interface RuleScope {
  /** Content types the rule applies to; empty = all. */
  types: string[]
  /** Path globs the rule applies to; empty = all. */
  paths: string[]
  /** Where in a file: frontmatter key paths (`title`, `hero.title`) and/or `body`; empty = everywhere. */
  fields: string[]
}

export interface Rule {
  /** Unique across loaded packs, e.g. `recommended/no-guarantees`. */
  id: string
  kind: RuleKind
  message: string
  severity: Severity
  claim: ClaimKind | null
  /**
   * Whether a source could back the wording, so an unsourced finding also says it needs one (`needs-source`
   * in the rule file): by default every claim but an absolute; `false` for wording no source supports (hype).
   */
  needsSource: boolean
  /** `phrase`: the banned words and terms (`#1`, `100%`, `24/7` included). */
  phrases: string[]
  /** `pattern`: a regular expression run by a linear-time engine (RE2 syntax). */
  pattern: string | null
  /** `substitution`: banned phrase → suggested replacement. */
  swap: Record<string, string>
  /** Fixed advice for `phrase`/`pattern` rules. */
  suggestion: string | null
  link: string | null
  caseSensitive: boolean
  scope: RuleScope
  /** The pack (file) the rule came from. */
  pack: string
  /** Line of the rule in its file, for error messages. */
  line: number
  /** Sentences the rule must flag (`bad`) and must leave alone (`good`): run as tests, rendered as docs. */
  examples?: RuleExamples
  /** What the rule is about, in one line, for the rule reference. Optional in rule files. */
  description?: string
}

export interface RuleExamples {
  bad: string[]
  good: string[]
}

export interface RulePack {
  name: string
  version: string
  /** `recommended` for the shipped pack, otherwise the repository path it was read from. */
  source: string
  rules: Rule[]
  /** The pack's one-line description, for the rule reference. */
  description?: string
}

/** A registry of sources legal has approved: like a claims library in regulated marketing. */
export interface ApprovedSources {
  /** Domains whose pages may be cited (subdomains included). */
  domains: string[]
  /** Repository paths of internal documents that may be cited. */
  documents: string[]
}
