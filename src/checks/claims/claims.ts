// claims: a statistic, superlative, comparison or quotation that no source supports, and unconditional
// promises (absolutes). Each sentence is read in its context — the site's publisher and competitors, the
// page's kind, the sentences around it, the table row it sits in — and makes at most one missing-source
// finding, listing every kind it makes ("statistic and comparison"), placed on the words that make them.
// A row of a comparison table is one claim: one finding for the row.
import type { Check, CheckContext } from '../types.js'
import type { ClaimKind, ContentDocument, Finding, Sentence, Severity } from '../../types.js'
import { sentenceLocation } from '../../content/index.js'
import { buildSiteContext, pageView, siteConfig, type PageView } from '../../site/index.js'
import { namesIn, plainInitial, type NameHit } from '../../site/names.js'
import { absolutesInContext, claimsInContext, kindsOf, type ClaimMatch, type DetectedKind, type DetectOptions } from './detect.js'
import { advertCitationIn, citedParagraph, frontmatterSourceIds, isSupported, type SupportOptions } from './support.js'
import { comparisonCells, type ComparisonCells } from './tables.js'
import { describesCompetitor } from './kinds/scope.js'
import { claimContext, findAny } from './kinds/types.js'
import { claimModel, claimScore, kindOf, type ClaimModel, type ClaimReading } from './model/index.js'

const DEFAULT_SEVERITY: Record<ClaimKind, Severity> = {
  statistic: 'error',
  superlative: 'warning',
  comparison: 'error',
  quote: 'error',
  absolute: 'error',
}

const LABEL: Record<ClaimKind, string> = {
  statistic: 'statistic',
  superlative: 'superlative',
  comparison: 'comparison',
  quote: 'quotation or research citation',
  absolute: 'absolute',
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

/** The type's setting wins over the repository's, which wins over the default; `off` drops the kind. */
export function claimSeverity(ctx: Pick<CheckContext, 'policy' | 'typePolicy'>, kind: ClaimKind): Severity | null {
  const chosen = ctx.typePolicy?.claims?.[kind] ?? ctx.policy.config.claims.severity[kind] ?? DEFAULT_SEVERITY[kind]
  return chosen === 'off' ? null : chosen
}

/** What the claims check knows about one document, computed once. */
interface DocClaims {
  view: PageView
  matches: ClaimMatch[][]
  absolutes: ClaimMatch[][]
  /** The page's names, and each sentence's headings, kept to tell later whether it describes a competitor's product. */
  publisher: string[]
  competitors: string[]
  sections: (readonly string[] | undefined)[]
  cells: ComparisonCells
  /** Each sentence as the claims model reads it, with what the rules found in it; kept for training. */
  readings: ClaimReading[]
  /** Sentences the claims model made a claim of, with its score: their message says so. */
  learned: Map<number, number>
}

const cache = new WeakMap<ContentDocument, WeakMap<object, DocClaims>>()

function names(view: PageView): { publisher: string[]; competitors: string[] } {
  return {
    publisher: view.publisher ? [view.publisher.name, ...view.publisher.aliases] : [],
    competitors: view.competitors.flatMap((c) => [c.name, ...c.aliases]),
  }
}

function sameBlock(sentences: Sentence[], index: number, step: -1 | 1): string | undefined {
  const here = sentences[index]
  const other = sentences[index + step]
  return here !== undefined && other !== undefined && other.block === here.block ? other.text : undefined
}

/** The paragraph that leads into this block ("As Sam put it:", "Acme has three advantages over X:"). */
export function leadOf(sentences: Sentence[], index: number): string | undefined {
  const here = sentences[index]
  if (here === undefined) return undefined
  let i = index - 1
  while (i >= 0 && sentences[i]?.block === here.block) i--
  // skip back over sibling list items to the paragraph that introduces the list
  while (here.kind === 'list-item' && i >= 0 && sentences[i]?.kind === 'list-item') i--
  const lead = sentences[i]
  return lead !== undefined && /:\s*$/.test(lead.text) ? lead.text : undefined
}

// A table-of-contents entry ("- [Airtable vs Budibase](#airtable-vs-budibase)"), an image's alt text ("CAP vs
// ACID") or the title an image or link shows on hover names a section, a picture or a page the way a heading
// does: its "vs" names the comparison, it makes none.
function namesAHeading(sentence: Sentence): boolean {
  if (sentence.construct === 'alt' || sentence.construct === 'link-title') return true
  const only = sentence.links.length === 1 ? sentence.links[0] : undefined
  return sentence.kind === 'list-item' && only !== undefined && only.url.startsWith('#') && only.text.trim() === sentence.text.trim()
}

// "our guide comparing [Appsmith vs Retool](/blog/appsmith-vs-retool/)": a "vs" inside a link's text names the
// page it links to, as a heading names its section; it makes no comparison here.
function namesALinkedPage(sentence: Sentence, m: ClaimMatch): boolean {
  const from = sentence.offsets[m.start] ?? -1
  const to = sentence.offsets[m.end - 1] ?? -1
  // (a link's start and end are offsets in the source, as the sentence's offsets are)
  return m.kind === 'comparison' && sentence.links.some((l) => l.start <= from && to < l.end && /\b(?:vs\.?|versus)\s/i.test(l.text))
}

function afterOf(sentences: Sentence[], index: number): string | undefined {
  const here = sentences[index]
  if (here === undefined) return undefined
  let i = index + 1
  while (i < sentences.length && sentences[i]?.block === here.block) i++
  // A quotation signed inside its own blockquote ("…<br> — Sam Lee, CTO, Otto") carries its attribution as
  // its last line.
  const last = sentences[i - 1]
  if (here.kind === 'blockquote' && i - 1 > index && last !== undefined && /^\s*(?:>\s*)?[—–-]\s*\p{Lu}/u.test(last.text)) return last.text
  return sentences[i]?.text
}

// The page's title as written in frontmatter (or its only top-level heading). A sentence that repeats it —
// the header image's alt text, an SEO title, "Keep reading: <title>" — makes the title's claims again: they
// are found, once, on the title itself.
function pageTitle(sentences: readonly Sentence[]): Sentence | null {
  const title = sentences.find((s) => s.kind === 'frontmatter' && s.field === 'title') ?? sentences.find((s) => s.kind === 'heading' && s.headingDepth === 1)
  return title !== undefined && title.text.trim().length >= 12 ? title : null
}

/** Drops matches that sit inside a repeat of the page title in a sentence other than the title itself. */
function outsideTitleRepeat(found: ClaimMatch[], sentence: Sentence, title: Sentence | null): ClaimMatch[] {
  if (title === null || sentence === title || sentence.block === title.block || found.length === 0) return found
  const words = title.text.trim()
  const at = sentence.text.toLowerCase().indexOf(words.toLowerCase())
  if (at < 0) return found
  return found.filter((m) => m.start < at || m.end > at + words.length)
}

// A figure the paragraph already gave ("…data loss in 11 customers. However, 11 customers was a lower bound.")
// is the same claim said again: it is found once, where it is first stated.
function firstStatement(found: ClaimMatch[], text: string, stated: Set<string>): ClaimMatch[] {
  return found.filter((m) => {
    if (m.kind !== 'statistic') return true
    // the number with what it counts: "11 customers" again, not "100 countries" after "sub-100ms"
    const figure = /\d[\d.,]*\s?[a-z%]*/i.exec(text.slice(m.start, m.end))?.[0].toLowerCase()
    if (figure === undefined) return true
    if (stated.has(figure)) return false
    stated.add(figure)
    return true
  })
}

// Amounts of money, with a billing period or unit if any: "$29 per seat per month", "€24/mo", "$1.2M".
const AMOUNT = /[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|K|M|MM|B|bn|million|billion))?/g

/**
 * Whether every figure in the sentence is an amount of money and no product but the publisher's is named there,
 * just before or in a heading above it. A round-up's "Paid plans start from $34" under "### 3. JotForm" is
 * someone else's price, a competitor the site knows or not; an email's "Growth is $29 per seat" is the publisher's.
 */
function ownPriceOnly(reading: ClaimReading): boolean {
  const rest = reading.text.replace(AMOUNT, ' ')
  if (rest.length === reading.text.length || /\d/.test(rest)) return false
  // (a capitalised first word of a sentence, "Paid plans start…", names no one; a heading's, "2. Odoo", does)
  const other = (hit: NameHit, heading: boolean): boolean => (heading || !plainInitial(hit)) && findAny(hit.name, reading.publisher) === null
  const named = (text: string | undefined, heading = false): boolean => text !== undefined && namesIn(text).some((hit) => other(hit, heading))
  return !named(reading.text) && !named(reading.previous) && !(reading.sections ?? []).some((h) => named(h, true))
}

function ownColumn(reading: ClaimReading): boolean {
  return reading.columnHeader !== undefined && findAny(reading.columnHeader, reading.publisher) !== null
}

// "…er than the alternatives", "more stable than Relay": the other side named right after "than" is the
// alternatives or a competitor (not "better than others", which labellers read as a truism).
const THAN = /^[^.;:!?]{0,60}?\bthan\s+/
const THAN_ALTERNATIVES = /^(?:(?:the|any|all|most|many|other|its|their)\s+)*(?:alternatives?|competitors?|competition)\b/i

function thanRival(reading: ClaimReading, at: number): boolean {
  const than = THAN.exec(reading.text.slice(at))
  if (than === null) return false
  const after = reading.text.slice(at + than[0].length)
  return THAN_ALTERNATIVES.test(after) || findAny(after, reading.competitors)?.start === 0
}

// The rules' matches in one sentence, weighed by the claims model. Matches in a sentence it scores below
// `drop` go, except a statistic: the rules read figures more surely than the model does. A sentence with no
// match that it scores at or above `add` (`addStatistic` for a figure) becomes one claim over the sentence.
function weighed(model: ClaimModel, reading: ClaimReading, found: ClaimMatch[], index: number, learned: Map<number, number>): ClaimMatch[] {
  // (and so does a comparative set against a named rival or the alternatives: "more stable than the alternatives")
  if (found.some((m) => m.kind === 'statistic' || (m.kind === 'comparison' && thanRival(reading, m.start)))) return found
  if (found.length > 0) return claimScore(model, reading) < model.drop ? [] : found
  // (named first: most sentences make no kind of claim the model could add, and are not scored)
  const kind = kindOf(reading)
  if (kind === null) return found
  // a pricing page's figures are the publisher's own prices and limits: which of them are claims is the rules' call;
  // so is a price no one else's name is on ("Growth is $29 per seat per month"): the publisher's own, as the rules read it
  // and so is a figure in the publisher's own column of a table ("Up to 3 seats" under "Acme Flow Growth")
  if (kind === 'statistic' && (reading.pageKind === 'pricing' || ownPriceOnly(reading) || ownColumn(reading))) return found
  const score = claimScore(model, reading)
  if (score < (kind === 'statistic' ? model.addStatistic : model.add)) return found
  learned.set(index, score)
  const start = reading.text.length - reading.text.trimStart().length
  return [{ kind, start, end: reading.text.trimEnd().length }]
}

function docClaims(ctx: Pick<CheckContext, 'doc' | 'policy' | 'contentType' | 'site'>): DocClaims {
  const byPolicy = cache.get(ctx.doc) ?? new WeakMap<object, DocClaims>()
  cache.set(ctx.doc, byPolicy)
  const key = ctx.site ?? ctx.policy
  const known = byPolicy.get(key)
  if (known) return known
  const { doc } = ctx
  const site = ctx.site ?? buildSiteContext([doc], siteConfig(ctx.policy.config))
  const view = pageView(site, doc.path)
  const { publisher, competitors } = names(view)
  const cells = comparisonCells(doc.sentences, publisher, competitors)
  const matches: ClaimMatch[][] = []
  const absolutes: ClaimMatch[][] = []
  const sectionsAt: DocClaims['sections'] = []
  const title = pageTitle(doc.sentences)
  const stated = new Map<number, Set<string>>()
  const readings: ClaimReading[] = []
  const learned = new Map<number, number>()
  const model = ctx.policy.config.claims.model ? claimModel() : null
  // the headings above the sentence, by depth: a heading replaces its own depth and closes deeper ones
  const trail: string[] = []
  let sections: readonly string[] = []
  doc.sentences.forEach((sentence, index) => {
    if (sentence.kind === 'heading' && sentence.headingDepth !== undefined) {
      // "### 2. Odoo" is read as two sentences, "2." and "Odoo": the section keeps its number, which marks a round-up entry
      const before = doc.sentences[index - 1]
      const numbered = before?.kind === 'heading' && before.block === sentence.block && /^\d{1,2}[.)]$/.test(before.text)
      trail.length = sentence.headingDepth - 1
      trail[sentence.headingDepth - 1] = numbered ? `${before.text} ${sentence.text}` : sentence.text
      sections = trail.filter((h) => h !== undefined)
    }
    const previous = sameBlock(doc.sentences, index, -1)
    const next = sameBlock(doc.sentences, index, 1)
    const first = previous === undefined
    const lead = first || sentence.kind === 'list-item' ? leadOf(doc.sentences, index) : undefined
    const after = afterOf(doc.sentences, index)
    const opts: DetectOptions = {
      competitors,
      publisher,
      pageKind: view.kind,
      contentType: ctx.contentType,
      tableCell: sentence.kind === 'table-cell',
      competitorCell: cells.competitorCells.has(index),
      listItem: sentence.kind === 'list-item',
      blockquote: sentence.kind === 'blockquote',
      title: sentence.kind === 'heading' || sentence.field === 'title' || namesAHeading(sentence),
      ...(previous !== undefined ? { previous } : {}),
      ...(next !== undefined ? { next } : {}),
      ...(lead !== undefined ? { lead } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(sections.length > 0 && sentence.kind !== 'heading' ? { sections } : {}),
      ...(sentence.table?.header !== undefined && sentence.table.row > 0 ? { columnHeader: sentence.table.header } : {}),
    }
    // (one context for both detectors: detectClaims and detectAbsolutes would each build this same one from opts)
    const context = claimContext(sentence.text, opts)
    let found = claimsInContext(context).filter((m) => !namesALinkedPage(sentence, m))
    // A cell about a competitor is a comparison claim in itself.
    if (cells.competitorCells.has(index) && !found.some((m) => m.kind === 'comparison')) {
      found.push({ kind: 'comparison', start: 0, end: sentence.text.trimEnd().length })
    }
    const reading: ClaimReading = {
      text: sentence.text,
      sentenceKind: sentence.kind,
      construct: sentence.construct,
      pageKind: view.kind,
      sections: opts.sections,
      columnHeader: opts.columnHeader,
      previous,
      publisher,
      competitors,
      kinds: found.map((m) => m.kind),
      links: sentence.links.length,
    }
    readings.push(reading)
    if (model !== null) found = weighed(model, reading, found, index, learned)
    // (a block's set of figures is made when a sentence of it first has a claim: firstStatement adds to it only then)
    let figures = stated.get(sentence.block)
    if (figures === undefined && found.length > 0) stated.set(sentence.block, (figures = new Set<string>()))
    matches.push(figures === undefined ? found : firstStatement(outsideTitleRepeat(found, sentence, title), sentence.text, figures))
    absolutes.push(outsideTitleRepeat(absolutesInContext(context), sentence, title))
    sectionsAt.push(opts.sections)
  })
  const result: DocClaims = { view, matches, absolutes, publisher, competitors, sections: sectionsAt, cells, readings, learned }
  byPolicy.set(key, result)
  return result
}

/** The claims sentence `index` of the document makes that need a source, read in its context. */
export function claimsIn(ctx: Pick<CheckContext, 'doc' | 'policy' | 'contentType' | 'site'>, index: number): ClaimMatch[] {
  return docClaims(ctx).matches[index] ?? []
}

/** Each sentence as the claims model reads it (the training script's input). */
export function claimReadings(ctx: Pick<CheckContext, 'doc' | 'policy' | 'contentType' | 'site'>): readonly ClaimReading[] {
  return docClaims(ctx).readings
}

/** Whether sentence `index` describes a competitor's product rather than the publisher's ("Relay's free tier offers unlimited users"). */
export function describesCompetitorAt(ctx: Pick<CheckContext, 'doc' | 'policy' | 'contentType' | 'site'>, index: number): boolean {
  // asked only of a sentence the rule pack flags, so it is worked out then, not for every sentence
  const claims = docClaims(ctx)
  const sentence = ctx.doc.sentences[index]
  const sections = claims.sections[index]
  return sentence !== undefined && index < claims.sections.length && describesCompetitor({ text: sentence.text, competitors: claims.competitors, publisher: claims.publisher, ...(sections !== undefined ? { sections } : {}) })
}

export function supportOptions(ctx: Pick<CheckContext, 'doc' | 'policy' | 'contentType' | 'site'>): SupportOptions {
  const { publisher } = names(docClaims(ctx).view)
  return { publisher, evidence: ctx.policy.config.claims.evidence, namedSources: ctx.policy.config.claims['named-sources'] }
}

function joinKinds(kinds: readonly ClaimKind[]): string {
  const labels = kinds.map((k) => LABEL[k])
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`
}

export function runClaims(ctx: CheckContext): Finding[] {
  const { doc, policy } = ctx
  const scope = policy.config.claims.scope
  const sourceIds = frontmatterSourceIds(doc)
  const claims = docClaims(ctx)
  const support = supportOptions(ctx)
  const where = scope === 'paragraph' ? 'in the paragraph' : 'in the sentence'
  const findings: Finding[] = []

  // Group sentences into claim units: one per sentence, one per comparison-table row.
  const units = new Map<string, number[]>()
  doc.sentences.forEach((_s, index) => {
    if ((claims.matches[index] ?? []).length === 0) return
    const key = claims.cells.rowOf.get(index) ?? `s${index}`
    units.set(key, [...(units.get(key) ?? []), index])
  })

  for (const indexes of units.values()) {
    if (indexes.some((i) => isSupported(doc, doc.sentences[i] as Sentence, scope, sourceIds, support))) continue
    const all = indexes.flatMap((i) => (claims.matches[i] ?? []).map((m) => ({ i, m })))
    const kinds = kindsOf(all.map(({ m }) => m)).filter((k) => claimSeverity(ctx, k) !== null) as DetectedKind[]
    if (kinds.length === 0) continue
    if (kinds.every((k) => k === 'statistic') && indexes.some((i) => citedParagraph(doc, doc.sentences[i] as Sentence, support))) continue
    const kept = all.filter(({ m }) => kinds.includes(m.kind as DetectedKind))
    const severity = kinds.map((k) => claimSeverity(ctx, k) as Severity).sort((a, b) => RANK[b] - RANK[a])[0] as Severity
    // The words a writer fixes: in one sentence, from the first claim to the last; in a table row (cells
    // that may sit apart in the source, with markup between them), the first claim of the row by position.
    const at = ({ i, m }: (typeof kept)[number]): number => (doc.sentences[i] as Sentence).offsets[m.start] ?? 0
    const first = kept.reduce((a, b) => (at(b) < at(a) ? b : a))
    const sameSentence = kept.every(({ i }) => i === first.i)
    const firstSentence = doc.sentences[first.i] as Sentence
    const end = sameSentence ? Math.max(...kept.map(({ m }) => m.end)) : first.m.end
    const text = firstSentence.text.slice(first.m.start, end)
    // A table row written on one line ("| Rollback | Yes | No |") gets one finding from its first claim to its
    // last, covering every cell the row claims in; an HTML row spread over lines keeps its first claim.
    const last = kept.reduce((a, b) => (at(b) > at(a) ? b : a))
    const location = sentenceLocation(doc, firstSentence, first.m.start, end)
    const lastLocation = sameSentence ? location : sentenceLocation(doc, doc.sentences[last.i] as Sentence, last.m.start, last.m.end)
    const span = lastLocation.line === location.line && lastLocation.endLine === location.endLine && lastLocation.endColumn > location.endColumn ? { ...location, endColumn: lastLocation.endColumn } : location
    const kind = kinds[0] as DetectedKind
    const row = sameSentence ? '' : ' in this table row'
    const score = indexes.map((i) => claims.learned.get(i)).find((x) => x !== undefined)
    const why = score === undefined ? '' : ` (The claims model reads the sentence as a claim: ${score.toFixed(2)}.)`
    const advert = indexes.map((i) => advertCitationIn(doc, doc.sentences[i] as Sentence, scope, support)).find((u) => u !== undefined)
    const notEvidence = advert === undefined ? '' : ` Its citation links to \`${advert}\`, the publisher's own home or sign-up page, which is not evidence: link the page that shows it, or list that page in \`claims.evidence\`.`
    findings.push({
      ruleId: `claims/${kind}`,
      category: 'missing-source',
      claim: kind,
      severity,
      message: `Unsupported ${joinKinds(kinds)}${row} \`${text}\`: add a source (a link ${where}, a footnote, or \`[^id]\` pointing at frontmatter \`sources\`).${notEvidence}${why}`,
      text,
      ...span,
      suggestion: null,
    })
  }

  // Absolutes are banned whatever the source: one finding per sentence, on the words from the first promise to the last.
  const absoluteSeverity = claimSeverity(ctx, 'absolute')
  if (absoluteSeverity !== null) {
    doc.sentences.forEach((sentence, index) => {
      const found = claims.absolutes[index] ?? []
      if (found.length === 0) return
      const start = Math.min(...found.map((m) => m.start))
      const end = Math.max(...found.map((m) => m.end))
      const text = sentence.text.slice(start, end)
      findings.push({
        ruleId: 'claims/absolute',
        category: 'banned-claim',
        claim: 'absolute',
        severity: absoluteSeverity,
        message: `\`${text}\` is an unconditional promise no business can keep: say what is true, with its conditions.`,
        text,
        ...sentenceLocation(doc, sentence, start, end),
        suggestion: null,
      })
    })
  }
  return findings
}

export const claimsCheck: Check = {
  id: 'claims',
  description: 'Statistics, superlatives, comparisons and quotations need a source a reader can check; absolute promises are flagged.',
  run: runClaims,
}
