// The domain vocabulary shared by every stage of the pipeline:
// changeset → documents → findings → verdict → reports.
// Stages exchange plain values only, so each can be tested on its own.
import type { SiteContext } from './site/types.js'

/** The site context the run derived (see src/site/types.ts): publisher, competitors, page kinds. */
export type { SiteContext }

export type Severity = 'error' | 'warning' | 'info'
/** `input` extends the contract's list: a file copydesk could not read (binary, too large, undecodable). */
export type Category = 'banned-claim' | 'missing-source' | 'frontmatter' | 'positioning' | 'llm' | 'input'
export type ClaimKind = 'statistic' | 'superlative' | 'comparison' | 'quote' | 'absolute'

/** A located message about one piece of content. Positions are 1-based, in the file as stored. */
export interface Finding {
  ruleId: string
  category: Category
  claim: ClaimKind | null
  severity: Severity
  message: string
  /** The offending words, exactly as they read in the prose. */
  text: string
  line: number
  column: number
  endLine: number
  /** Exclusive end column (the column just after the last character). */
  endColumn: number
  suggestion: string | null
  /**
   * An exact replacement a tool may apply (`--fix`, an editor's code action, a SARIF fix): the range in the
   * file as stored and the text to put there. Only set where the rule names the words to write instead;
   * `suggestion` stays advice for a person.
   */
  fix?: { line: number; column: number; endLine: number; endColumn: number; text: string }
  /** Where the rule is explained (rule file `link`, or the README rule reference). */
  url?: string
  /**
   * Where on the page the words sit when it is not plain prose: a frontmatter field (`faq.2.answer`), a
   * component prop (`Hero.title`), a table cell (`row "Pro" · column "Price"`), alt text (`image.alt`).
   */
  where?: string
  /** Set by the suppression step: the finding is kept in the output, but never counts. */
  suppressed?: {
    reason: string
    line: number
    /** The pull request added this suppression and config `suppressions.require-signoff` covers it: a strategy owner signed it off. */
    signedOff?: boolean
  }
  /**
   * An inline suppression covers the finding but was not honoured, so it still counts: config forbids
   * suppressing it (`forbidden`), or it awaits a strategy owner's approval of the head (`awaiting-signoff`).
   */
  suppression?: { reason: string; line: number; status: 'forbidden' | 'awaiting-signoff'; why: string }
  /**
   * One claim, one finding: a banned superlative, comparison or quote kept as written still needs its source.
   * The banned-claim finding says so (and the missing-source finding for the same words is folded into it).
   */
  needsSource?: true
  /**
   * Who found it: a rule, the LLM second opinion alone (`llm`), or both (`rule+llm`). Absent means `rule`;
   * the JSON report always writes it.
   */
  origin?: FindingOrigin
  /**
   * The LLM second opinion overruled this rule finding for a reason from a closed list: it is kept, at
   * `info`, with the reason shown, never dropped. `severity` is what the rule had said.
   */
  veto?: { reason: string; note: string; severity: Severity }
}

export type FindingOrigin = 'rule' | 'llm' | 'rule+llm'

/** Source offsets are 0-based UTF-16 indexes into `ContentDocument.source`; end is exclusive. */
export interface Link {
  url: string
  text: string
  start: number
  end: number
}

export type SentenceKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'blockquote' | 'frontmatter'

/**
 * The construct a reader-visible string was read from. `kind` says how a sentence reads (a heading, a
 * cell); `construct` says where it sits in the file, so the corpus report and the docs can say what is read.
 */
export type Construct =
  | 'markdown'
  | 'frontmatter'
  | 'jsx-text'
  | 'jsx-attribute'
  | 'jsx-expression'
  | 'html'
  | 'alt'
  | 'link-title'
  | 'footnote'
  | 'shortcode'

/** A table cell's place: lets a finding or a positioning change name the row and the column. */
export interface TableCellPlace {
  /** 0-based row; the header row is 0 in a markdown table, data rows from 1. */
  row: number
  /** 0-based column. */
  column: number
  /** The column's header text, when the table has one. */
  header?: string
  /** The text of the row's first cell: what a reader names the row by ("Pro", "SSO"). */
  rowLabel?: string
}

export interface Sentence {
  /** The prose as a reader sees it: markdown syntax removed, inline code left out, whitespace folded. */
  text: string
  /**
   * offsets[i] is the source offset of text[i]; offsets[text.length] is the source offset just after
   * the last character. Every position the pipeline reports is derived from this map. A parsed document
   * holds them as views on one Int32Array (src/content/compact.ts): read by index, never as an Array.
   */
  offsets: Int32Array | readonly number[]
  kind: SentenceKind
  /** For `frontmatter` sentences: the key path, e.g. `description` or `hero.title`. For JSX and HTML
   * strings: the element and attribute or prop path, e.g. `Hero.title`, `Table.data.rows.0.1`, `img.alt`. */
  field?: string
  /** Where the string was read from; absent means ordinary markdown prose. */
  construct?: Construct
  /** For cells of a table (markdown, HTML or a JSX data prop): the row and column. */
  table?: TableCellPlace
  headingDepth?: number
  /** Index of the enclosing block (paragraph, heading, list item, cell, frontmatter field): paragraph-level source linking uses it. */
  block: number
  links: Link[]
  /** Identifiers of footnote references (`[^id]`) inside the sentence. */
  footnotes: string[]
}

export interface FootnoteDefinition {
  id: string
  line: number
  text: string
  links: Link[]
}

/** An inline suppression comment: `<!-- copydesk-disable rule-a, rule-b -- reason -->`. */
export interface Suppression {
  /** Rule ids; empty means every rule. */
  rules: string[]
  reason: string | null
  /** Line of the disable comment. */
  line: number
  /** First and last line it covers (inclusive); `-next-line` covers exactly one. */
  fromLine: number
  toLine: number
}

/** What one suppressed or refused finding under a suppression comment came to. */
export type SuppressionOutcome = 'suppressed' | 'forbidden' | 'awaiting-signoff' | 'signed-off'

/**
 * A suppression comment the pull request adds, or an existing one it extends to lines it changed: listed
 * near the top of the comment with its reason, so reviewers and strategy owners see every silenced rule.
 */
export interface SuppressionUse {
  path: string
  /** Line of the comment. */
  line: number
  /** Rule ids as written; empty means every rule. */
  rules: string[]
  reason: string
  /** The comment itself is on a line this PR added or changed (else it is older and covers new lines). */
  added: boolean
  findings: { ruleId: string; category: Category; severity: Severity; text: string; line: number; column: number; outcome: SuppressionOutcome }[]
}

export interface ContentDocument {
  path: string
  source: string
  format: 'md' | 'mdx'
  frontmatter: Record<string, unknown>
  /** Line of each frontmatter key path (`ai.model`, `sources.0.url`), for findings about fields. */
  fieldLines: Record<string, number>
  sentences: Sentence[]
  footnotes: Record<string, FootnoteDefinition>
  suppressions: Suppression[]
  /** Problems found while reading the file (broken YAML, bad suppression comment). Reported, never thrown. */
  problems: Finding[]
  /** Start offset of every line, for offset → line/column. */
  lineStarts: number[]
}

export interface Location {
  line: number
  column: number
  endLine: number
  endColumn: number
}

// ---------------------------------------------------------------------------------------------
// Positioning and sign-off

export interface PositioningChange {
  path: string
  kind: 'added' | 'removed' | 'modified'
  before: string | null
  after: string | null
  /** Line in head (base for `removed`). */
  line: number
  /**
   * Why the edit is a positioning change, naming what changed when it can: `term-removed:open-source`,
   * `price-changed:$49 → $79`, `figure-changed:15 minutes → 3 minutes`, `term:all-in-one`, `field:tagline`,
   * `statement:tagline`, `type:homepage`, `policy-file`.
   */
  reason: string
  /** Where on the page: frontmatter field, heading, `Pricing › SSO add-on` for a table row, or a policy file's role. */
  field?: string
  /** For a table row: the column headers and the row's cells on each side (null = the row is not there). */
  table?: { columns: string[]; before: string[] | null; after: string[] | null }
  /** For a policy-file change: the rule the edited lines belong to (`acme/no-price-promises`). */
  rule?: string
  /** For a policy-file change: what it relaxes for later pull requests ("`acme/no-price-promises` turned off"). */
  loosens?: string[]
  /** For a policy-file change: the unchanged lines that enclose the edit (YAML parents), indentation kept. */
  context?: string
}

export type SignoffState = 'approved' | 'pending' | 'rejected' | 'not-required'

export interface Approval {
  login: string
  commit: string
  at: string
}

export interface SignoffResult {
  required: boolean
  state: SignoffState
  owners: string[]
  approvedBy: Approval[]
  /** One human sentence, e.g. "0 of 1 strategy owners approved the current head; @jane approved an older commit". */
  reason: string
  /** Extra lines: stale approvals kept, unverifiable team approvals, override used. */
  notes: string[]
  /** `at`: when the override label was applied (ISO 8601), when the GitHub layer could read it. */
  override?: { by: string; justification: string; at?: string }
}

// ---------------------------------------------------------------------------------------------
// The report every formatter renders

export type Verdict = 'pass' | 'fail' | 'needs-signoff'


export interface Source {
  id: string
  url?: string
  path?: string
  title?: string
  retrieved?: string
  validUntil?: string
}

export interface Provenance {
  aiAssisted: boolean
  model?: string
  prompt?: string
  reviewer?: string
  reviewedAt?: string
}

export interface FileReport {
  path: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'unchanged'
  previousPath?: string
  contentType: string | null
  owners: string[]
  /** Findings that decide the verdict (after suppression and the changed-lines filter). */
  findings: Finding[]
  /** Findings on lines the PR did not touch: listed, never blocking. */
  preExisting: Finding[]
  /** Findings silenced by an inline comment, with its reason. */
  suppressed: Finding[]
  sources: Source[]
  provenance: Provenance | null
  /** Why the file was not checked (too large, binary), when it was not. */
  skipped?: string
  /**
   * Why copydesk could not read or check the file at all (the API failed, the answer was cut short, a file the
   * PR lists is absent at head). Set, the verdict is `fail` whatever `fail-on` says: nobody has read it.
   */
  error?: string
}

export interface Report {
  version: 1
  verdict: Verdict
  files: FileReport[]
  positioning: {
    changed: boolean
    changes: PositioningChange[]
    policyFiles: string[]
    /** The LLM's advisory note per changed positioning file, against the artifact (set only when a model ran). */
    drift?: DriftNote[]
  }
  signoff: SignoffResult
  ruleset: { version: string; packs: { name: string; version: string }[] }
  /** Who publishes the site, whom it competes with and what kind each page is, as the checks read them. */
  site?: SiteContext
  failOn: 'error' | 'warning' | 'never'
  /** The LLM review that ran, if any: recorded so every finding can be traced to the model and prompt. */
  llm?: LlmRun
  notices: string[]
  /** Suppression comments this PR adds or extends (see SuppressionUse); absent when none or outside a PR. */
  suppressions?: SuppressionUse[]
  meta: { base?: string; head?: string; repository?: string; pullRequest?: number; runUrl?: string; serverUrl?: string }
  /** `check --shard K/N`: this report is one slice of a run; `copydesk merge` joins the slices (see ShardInfo). */
  shard?: ShardInfo
}

/** What `copydesk merge` needs to join shard reports into the report of the unsharded run, and to refuse a wrong set. */
export interface ShardInfo {
  /** 1-based. */
  index: number
  total: number
  /** The copydesk version that wrote the report (the policy hash is `ruleset.version`). */
  copydesk: string
  /** Every file of the unsharded run, in the order its report lists them. */
  paths: string[]
}

/** The LLM second opinion of a run: which model and prompt, what it cost, and what it could not read. */
export interface LlmRun {
  model: string
  promptVersion: string
  /** `responses` or `chat-completions`. */
  api?: string
  usage?: LlmUsage
  /** Candidates that were not sent, or whose answer could not be used, with the reason (budget, error). */
  notReviewed?: { path: string; line: number; text: string; reason: string }[]
}

export interface LlmUsage {
  requests: number
  inputTokens: number
  outputTokens: number
  /** Candidates (and drift notes) answered from the cache, with no request. */
  cachedHits: number
  candidates: number
  reviewed: number
}

/** Two sentences for the strategy owner about one changed positioning file, written by the model. */
export interface DriftNote {
  path: string
  note: string
  assessment: 'aligned' | 'drifts' | 'contradicts'
  origin: 'llm'
}
