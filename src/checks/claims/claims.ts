// claims: a statistic, superlative, comparison or quotation that no source supports.
// One finding per sentence per claim kind, placed on the words that make the claim.
import type { Check, CheckContext } from '../types.js'
import type { Finding, Sentence, Severity } from '../../types.js'
import { sentenceLocation } from '../../content/index.js'
import { detectClaims, firstOfEachKind, type ClaimMatch, type DetectedKind } from './detect.js'
import { frontmatterSourceIds, isSupported } from './support.js'

const DEFAULT_SEVERITY: Record<DetectedKind, Severity> = {
  statistic: 'error',
  superlative: 'warning',
  comparison: 'error',
  quote: 'error',
}

const LABEL: Record<DetectedKind, string> = {
  statistic: 'statistic',
  superlative: 'superlative',
  comparison: 'comparison',
  quote: 'quotation or research citation',
}

/** The type's setting wins over the repository's, which wins over the default; `off` drops the kind. */
export function claimSeverity(ctx: Pick<CheckContext, 'policy' | 'typePolicy'>, kind: DetectedKind): Severity | null {
  const chosen = ctx.typePolicy?.claims?.[kind] ?? ctx.policy.config.claims.severity[kind] ?? DEFAULT_SEVERITY[kind]
  return chosen === 'off' ? null : chosen
}

function neighbour(sentences: Sentence[], index: number, step: -1 | 1): string | undefined {
  const here = sentences[index]
  const other = sentences[index + step]
  return here !== undefined && other !== undefined && other.block === here.block ? other.text : undefined
}

/** The claims sentence `index` of the document makes, read with the repository's competitors and the page's type. */
export function claimsIn(ctx: Pick<CheckContext, 'doc' | 'policy' | 'contentType'>, index: number): ClaimMatch[] {
  const sentence = ctx.doc.sentences[index]
  if (sentence === undefined) return []
  const previous = neighbour(ctx.doc.sentences, index, -1)
  const next = neighbour(ctx.doc.sentences, index, 1)
  return detectClaims(sentence.text, {
    competitors: ctx.policy.config.claims.competitors,
    contentType: ctx.contentType,
    tableCell: sentence.kind === 'table-cell',
    blockquote: sentence.kind === 'blockquote',
    title: sentence.kind === 'heading' || sentence.field === 'title',
    ...(previous !== undefined ? { previous } : {}),
    ...(next !== undefined ? { next } : {}),
  })
}

export function runClaims(ctx: CheckContext): Finding[] {
  const { doc, policy } = ctx
  const scope = policy.config.claims.scope
  const sourceIds = frontmatterSourceIds(doc)
  const where = scope === 'paragraph' ? 'in the paragraph' : 'in the sentence'
  const findings: Finding[] = []
  doc.sentences.forEach((sentence, index) => {
    const matches = claimsIn(ctx, index)
    if (matches.length === 0 || isSupported(doc, sentence, scope, sourceIds)) return
    for (const match of firstOfEachKind(matches)) {
      const severity = claimSeverity(ctx, match.kind)
      if (severity === null) continue
      const text = sentence.text.slice(match.start, match.end)
      findings.push({
        ruleId: `claims/${match.kind}`,
        category: 'missing-source',
        claim: match.kind,
        severity,
        message: `Unsupported ${LABEL[match.kind]} \`${text}\`: add a source (a link ${where}, a footnote, or \`[^id]\` pointing at frontmatter \`sources\`).`,
        text,
        ...sentenceLocation(doc, sentence, match.start, match.end),
        suggestion: null,
      })
    }
  })
  return findings
}

export const claimsCheck: Check = {
  id: 'claims',
  description: 'Statistics, superlatives, comparisons and quotations need a source a reader can check.',
  run: runClaims,
}
