// Which sentences the model reads, and with what around them. A candidate is a sentence the rules marked:
// one a rule finding sits in, one the claim detector found a (supported) claim in, or one with a marker
// of a claim the detector's patterns may miss — a number, a comparative or superlative form, a competitor's
// name, testimonial wording, an absolute word. Each goes out with what a copy editor would look at before
// deciding: its block, its links with their anchor text, its footnotes, the page's frontmatter sources,
// the page kind, the publisher, the competitors, and the rules' tentative verdict.
import type { CheckContext } from '../checks/types.js'
import { claimsIn, detectAbsolutes } from '../checks/claims/index.js'
import { findAny } from '../checks/claims/kinds/types.js'
import { buildSiteContext, pageView, siteConfig } from '../site/index.js'
import { sourcesOf } from '../sources/index.js'
import type { Category, ClaimKind, ContentDocument, Finding, Sentence } from '../types.js'
import { maskSecrets } from './payload.js'

/** The categories of rule finding the model may confirm or overrule. */
export const REVIEWED_CATEGORIES: readonly Category[] = ['banned-claim', 'missing-source']

export interface CandidateLink {
  id: string
  href: string
  text: string
}

/** What is sent about one candidate (its `id` is given per request). */
export interface CandidateBody {
  sentence: string
  /** How the sentence reads on the page: `paragraph`, `heading`, `table-cell`, or a field (`frontmatter description`). */
  where: string
  block: string
  links: CandidateLink[]
  footnotes: { id: string; text: string }[]
  rule: { verdict: 'flagged' | 'supported' | 'none'; findings: { ruleId: string; category: Category; claim: ClaimKind | null; words: string }[] }
}

export interface PageBody {
  path: string
  kind: string
  contentType: string | null
  publisher: string | null
  competitors: string[]
  sources: { id: string; title?: string; url?: string; path?: string }[]
}

export interface Candidate {
  /** Index of the sentence in the document. */
  index: number
  sentence: Sentence
  /** The rule findings (reviewed categories) whose words start in this sentence. */
  findings: Finding[]
  body: CandidateBody
}

export interface Candidates {
  page: PageBody
  candidates: Candidate[]
  /** Every id the model may name as a source, per candidate index (`link:1`, `footnote:x`, `source:y`). */
  sourceIds: Map<number, Set<string>>
}

// Markers of a claim that the detector's patterns may not cover; a false positive only costs a verdict.
const NUMBER = /\d/
const COMPARATIVE = /\b(?:\w{3,}est|most|least|best|worst|better|worse|more|fewer|less|than|versus|vs\.?|unlike|compared|leading|top|first|only|unmatched|unrivall?ed)\b/i
const ABSOLUTE = /\b(?:always|never|every|everyone|all|no one|nobody|nothing|guarantee[sd]?|guaranteed|forever|100%|zero|instantly|perfect|risk-free|unlimited)\b/i
const TESTIMONIAL = /["“”]|\b(?:says|said|told us|according to|customers?|clients?|users?|study|survey|report|research)\b/i

/** The candidates of one document, given the rule findings already made on it. */
export function candidatesOf(ctx: CheckContext, ruleFindings: readonly Finding[], secrets: readonly string[] = []): Candidates {
  const { doc } = ctx
  const site = ctx.site ?? buildSiteContext([doc], siteConfig(ctx.policy.config))
  const view = pageView(site, doc.path)
  const competitors = view.competitors.flatMap((c) => [c.name, ...c.aliases])
  const publisher = view.publisher ? [view.publisher.name, ...view.publisher.aliases] : []
  const mask = (text: string): string => maskSecrets(text, secrets)

  const bySentence = new Map<number, Finding[]>()
  for (const finding of ruleFindings) {
    if (!REVIEWED_CATEGORIES.includes(finding.category)) continue
    const index = sentenceOf(doc, finding)
    if (index !== -1) bySentence.set(index, [...(bySentence.get(index) ?? []), finding])
  }

  const sources = sourcesOf(doc).map((s) => ({ id: `source:${s.id}`, ...(s.title ? { title: mask(s.title) } : {}), ...(s.url ? { url: mask(s.url) } : {}), ...(s.path ? { path: s.path } : {}) }))
  const candidates: Candidate[] = []
  const sourceIds = new Map<number, Set<string>>()
  doc.sentences.forEach((sentence, index) => {
    const text = sentence.text
    if (text.trim() === '') return
    const findings = bySentence.get(index) ?? []
    const claims = claimsIn(ctx, index)
    const marked =
      findings.length > 0 ||
      claims.length > 0 ||
      NUMBER.test(text) ||
      COMPARATIVE.test(text) ||
      ABSOLUTE.test(text) ||
      TESTIMONIAL.test(text) ||
      findAny(text, competitors) !== null ||
      detectAbsolutes(text, { competitors, publisher, pageKind: view.kind, contentType: ctx.contentType }).length > 0
    if (!marked) return
    const block = doc.sentences.filter((s) => s.block === sentence.block)
    const links = [...sentence.links, ...block.filter((s) => s !== sentence).flatMap((s) => s.links)]
    const seen = new Set<string>()
    const uniqueLinks = links.filter((l) => (seen.has(`${l.start}`) ? false : (seen.add(`${l.start}`), true)))
    const body: CandidateBody = {
      sentence: mask(text),
      where: whereOf(sentence),
      block: mask(block.map((s) => s.text).join(' ')),
      links: uniqueLinks.map((l, i) => ({ id: `link:${i + 1}`, href: mask(l.url), text: mask(l.text) })),
      footnotes: [...new Set(block.flatMap((s) => s.footnotes))].map((id) => ({ id: `footnote:${id}`, text: mask(doc.footnotes[id]?.text ?? '(no definition)') })),
      rule: {
        verdict: findings.length > 0 ? 'flagged' : claims.length > 0 ? 'supported' : 'none',
        findings: findings.map((f) => ({ ruleId: f.ruleId, category: f.category, claim: f.claim, words: mask(f.text) })),
      },
    }
    candidates.push({ index, sentence, findings, body })
    sourceIds.set(index, new Set([...body.links.map((l) => l.id), ...body.footnotes.map((f) => f.id), ...sources.map((s) => s.id)]))
  })

  return {
    page: {
      path: doc.path,
      kind: view.kind,
      contentType: ctx.contentType,
      publisher: view.publisher?.name ?? null,
      competitors: view.competitors.map((c) => c.name),
      sources,
    },
    candidates,
    sourceIds,
  }
}

/** The sentence a finding's first character sits in, or -1 (a finding about a field, not its prose). */
export function sentenceOf(doc: ContentDocument, finding: Finding): number {
  const lineStart = doc.lineStarts[finding.line - 1]
  if (lineStart === undefined) return -1
  const offset = lineStart + finding.column - 1
  // Offsets are not monotonic across constructs (a JSX prop, a cell): look for the exact character.
  return characterIndex(doc).get(offset) ?? -1
}

const characters = new WeakMap<ContentDocument, Map<number, number>>()

/** Source offset of each character of prose → the first sentence holding it: built once per document, not scanned per finding. */
function characterIndex(doc: ContentDocument): Map<number, number> {
  let index = characters.get(doc)
  if (index === undefined) {
    index = new Map()
    doc.sentences.forEach((s, i) => {
      for (let k = 0; k < s.text.length; k++) {
        const offset = s.offsets[k] as number
        if (!index!.has(offset)) index!.set(offset, i)
      }
    })
    characters.set(doc, index)
  }
  return index
}

function whereOf(sentence: Sentence): string {
  if (sentence.field) return `${sentence.kind === 'frontmatter' ? 'frontmatter' : (sentence.construct ?? sentence.kind)} ${sentence.field}`
  return sentence.kind
}
