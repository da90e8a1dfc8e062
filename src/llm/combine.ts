// Rule and model, combined per candidate:
// - both say it is a claim → the rule's finding stands, marked `origin: "rule+llm"`;
// - the model overrules a rule finding with a reason from the closed list → the finding is kept at `info`
//   with the reason shown (`veto`), never silently dropped;
// - the model alone finds a claim → a `warning` in its real category (`missing-source` or `banned-claim`),
//   marked `origin: "llm"`, placed on words that really are in the sentence (an invented span is dropped).
// Anything else leaves the rule's verdict as it was (`origin: "rule"`).
import { sentenceLocation } from '../content/index.js'
import type { Category, ClaimKind, ContentDocument, Finding } from '../types.js'
import type { Candidate } from './candidates.js'
import { FLAG_REASONS, VETO_REASONS, type Verdict, type VetoReason } from './schema.js'

export const LLM_RULE_ID = 'llm/review'
export const LLM_RULE_URL = 'https://github.com/acme/copydesk#llm-review'

const MAX_MESSAGE = 500

/** How a veto reason reads in a report. */
export const VETO_LABEL: Record<VetoReason, string> = {
  hypothetical: 'hypothetical',
  'quoted-example': 'a quoted example',
  'own-specification': "the publisher's own specification",
  definition: 'a definition',
  'scoped-to-own-product': "scoped to the publisher's own product",
  'supported-by-given-source': 'supported by a given source',
}

export interface Reviewed {
  candidate: Candidate
  verdict: Verdict
  /** The source ids the model could name for this candidate. */
  sourceIds: ReadonlySet<string>
}

export interface Combined {
  findings: Finding[]
  /** Model-only findings whose words are not in their sentence. */
  dropped: number
}

export function combine(doc: ContentDocument, ruleFindings: readonly Finding[], reviewed: readonly Reviewed[]): Combined {
  const byFinding = new Map<Finding, Reviewed>()
  for (const r of reviewed) for (const f of r.candidate.findings) byFinding.set(f, r)
  const findings = ruleFindings.map((f) => {
    const r = byFinding.get(f)
    return r ? judged(f, r) : f
  })
  let dropped = 0
  for (const r of reviewed) {
    const added = modelOnly(doc, r)
    if (added === 'dropped') dropped++
    else if (added) findings.push(added)
  }
  return { findings, dropped }
}

function judged(finding: Finding, { verdict, sourceIds }: Reviewed): Finding {
  if (isFlag(verdict)) return { ...finding, origin: 'rule+llm' }
  if (isVeto(verdict.reason) && vetoHolds(finding, verdict, sourceIds)) {
    const source = verdict.reason === 'supported-by-given-source' ? ` (${verdict.supportedBy})` : ''
    return {
      ...finding,
      severity: 'info',
      origin: 'rule',
      veto: { reason: verdict.reason, note: oneLine(`${VETO_LABEL[verdict.reason]}${source}: ${verdict.explanation}`), severity: finding.severity },
    }
  }
  return { ...finding, origin: 'rule' }
}

/** A veto must be one the finding admits: a banned absolute is banned whatever the source, and a source must be one that was given. */
function vetoHolds(finding: Finding, verdict: Verdict, sourceIds: ReadonlySet<string>): boolean {
  if (verdict.reason !== 'supported-by-given-source') return true
  return finding.category === 'missing-source' && verdict.supportedBy !== null && sourceIds.has(verdict.supportedBy)
}

function modelOnly(doc: ContentDocument, { candidate, verdict }: Reviewed): Finding | 'dropped' | null {
  if (!isFlag(verdict)) return null
  const category: Category = verdict.reason === 'banned-absolute' ? 'banned-claim' : 'missing-source'
  if (candidate.findings.some((f) => f.category === category)) return null
  const sentence = candidate.sentence
  const words = verdict.words.trim()
  const from = indexOfIgnoringCase(sentence.text, words)
  if (from === -1) return 'dropped'
  const text = sentence.text.slice(from, from + words.length)
  const claim: ClaimKind | null = category === 'banned-claim' ? 'absolute' : (verdict.claims.find((k) => k !== 'absolute') ?? null)
  const what = category === 'banned-claim' ? 'an unconditional promise' : `an unsupported ${claim ?? 'claim'}`
  return {
    ruleId: LLM_RULE_ID,
    category,
    claim,
    // The model alone never fails a build: it advises.
    severity: 'warning',
    message: oneLine(`The model reads \`${text}\` as ${what}: ${verdict.explanation}`),
    text,
    ...sentenceLocation(doc, sentence, from, from + text.length),
    suggestion: null,
    url: LLM_RULE_URL,
    origin: 'llm',
  }
}

function isFlag(verdict: Verdict): boolean {
  return (FLAG_REASONS as readonly string[]).includes(verdict.reason)
}

function isVeto(reason: string): reason is VetoReason {
  return (VETO_REASONS as readonly string[]).includes(reason)
}

/** Case-insensitive search that reports an index into `haystack` itself (lower-casing can change lengths). */
export function indexOfIgnoringCase(haystack: string, needle: string): number {
  if (needle === '') return -1
  const match = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'iu').exec(haystack)
  return match ? match.index : -1
}

function oneLine(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return folded.length > MAX_MESSAGE ? `${folded.slice(0, MAX_MESSAGE - 1)}…` : folded
}
