// sources: the frontmatter `sources:` list and the `[^id]` references that cite it. An invalid, expired
// or unapproved source is as bad as none ("if the source is unclear, it does not ship").
import { closest, distance } from 'fastest-levenshtein'
import type { Check, CheckContext } from '../types.js'
import type { ContentDocument, Finding, Link, Location, Severity } from '../../types.js'
import { locate } from '../../content/index.js'
import { isApprovedPath, isApprovedUrl, normalisePath } from '../../sources/approved.js'
import { toDay, todayOf } from '../../sources/dates.js'
import { sourceEntrySchema } from '../../sources/schema.js'
import { claimsIn } from './claims.js'
import { frontmatterUnread } from './frontmatter.js'
import { fieldLine, lineLocation } from './location.js'
import { frontmatterSourceIds, resolves } from './support.js'

export interface SourcesCheckOptions {
  /** The day sources are judged on; defaults to the moment the check runs. */
  today?: Date
}

function finding(ruleId: string, severity: Severity, message: string, where: Location & { text: string }, suggestion: string | null = null): Finding {
  return { ruleId, category: 'missing-source', claim: null, severity, message, suggestion, ...where }
}

function atField(doc: ContentDocument, path: string): Location & { text: string } {
  return lineLocation(doc, fieldLine(doc, path))
}

function entryProblems(ctx: CheckContext, today: string): Finding[] {
  const { doc } = ctx
  const list = doc.frontmatter['sources']
  if (list === undefined || list === null) return []
  if (!Array.isArray(list)) {
    return [finding('sources/invalid', 'error', 'Found `sources` that is not a list: expected a list of entries with `id` and `url` or `path`.', atField(doc, 'sources'))]
  }
  const out: Finding[] = []
  const seen = new Map<string, number>()
  list.forEach((raw: unknown, i) => {
    const base = `sources.${i}`
    const rawId = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['id'] : undefined
    if (typeof rawId === 'string' || typeof rawId === 'number') {
      const first = seen.get(String(rawId))
      if (first !== undefined) {
        out.push(finding('sources/invalid', 'error', `Source id \`${String(rawId)}\` is used twice (first at line ${first}): ids must be unique.`, atField(doc, `${base}.id`)))
      } else seen.set(String(rawId), fieldLine(doc, `${base}.id`))
    }
    const parsed = sourceEntrySchema.safeParse(raw)
    if (!parsed.success) {
      const entry = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
      for (const issue of parsed.error.issues) {
        const key = issue.path[0]
        if (key === undefined) {
          out.push(finding('sources/invalid', 'error', `Found a source that is not a mapping: expected \`id\` and \`url\` or \`path\`.`, atField(doc, base)))
          continue
        }
        const missing = entry[String(key)] === undefined
        out.push(
          finding(
            'sources/invalid',
            'error',
            missing
              ? `Source ${i + 1} has no \`${String(key)}\`: add one so claims can cite it as \`[^id]\`.`
              : `Source field \`${String(key)}\` has \`${String(entry[String(key)])}\`: ${issue.message}.`,
            atField(doc, missing ? base : `${base}.${String(key)}`),
          ),
        )
      }
      return
    }
    const entry = parsed.data
    if (entry.url === undefined && entry.path === undefined) {
      out.push(finding('sources/invalid', 'error', `Source \`${entry.id}\` has neither \`url\` nor \`path\`: add where a reader can check it.`, atField(doc, `${base}.id`)))
    }
    const validUntil = toDay(entry['valid-until'])
    if (validUntil !== null && validUntil < today) {
      out.push(
        finding(
          'sources/expired',
          'error',
          `Source \`${entry.id}\` expired on \`${validUntil}\`: expected a \`valid-until\` of \`${today}\` or later; renew the source or remove the claims that cite it.`,
          atField(doc, `${base}.valid-until`),
        ),
      )
    }
    const registry = ctx.policy.approvedSources
    if (registry !== null) {
      if (entry.url !== undefined && !isApprovedUrl(registry, entry.url)) {
        out.push(finding('sources/unapproved', 'error', `Source \`${entry.id}\` cites \`${hostOf(entry.url)}\`, which is not in the approved sources: expected one of ${quoted(registry.domains)}.`, atField(doc, `${base}.url`)))
      }
      if (entry.path !== undefined && !isApprovedPath(registry, entry.path)) {
        out.push(finding('sources/unapproved', 'error', `Source \`${entry.id}\` cites \`${normalisePath(entry.path)}\`, which is not an approved document.`, atField(doc, `${base}.path`)))
      }
    }
  })
  return out
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}

function quoted(values: string[]): string {
  return values.length === 0 ? 'none (the registry lists no domains)' : values.map((v) => `\`${v}\``).join(', ')
}

function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

/** Links that stand as sources: those in claim sentences (claim paragraphs under paragraph scope), and every link in a footnote definition. */
function citedLinks(ctx: CheckContext): Link[] {
  const paragraph = ctx.policy.config.claims.scope === 'paragraph'
  const claimBlocks = new Set<number>()
  ctx.doc.sentences.forEach((sentence, index) => {
    if ((paragraph || sentence.links.length > 0) && claimsIn(ctx, index).length > 0) claimBlocks.add(paragraph ? sentence.block : index)
  })
  const links: Link[] = []
  ctx.doc.sentences.forEach((sentence, index) => {
    if (claimBlocks.has(paragraph ? sentence.block : index)) links.push(...sentence.links)
  })
  for (const definition of Object.values(ctx.doc.footnotes)) links.push(...definition.links)
  return links.filter((link) => isWebAddress(link.url))
}

function unapprovedLinks(ctx: CheckContext): Finding[] {
  const registry = ctx.policy.approvedSources
  if (registry === null) return []
  return citedLinks(ctx)
    .filter((link) => !isApprovedUrl(registry, link.url))
    .map((link) =>
      finding(
        'sources/unapproved',
        'error',
        `Link \`${link.url}\` cites \`${hostOf(link.url)}\`, which is not in the approved sources: expected one of ${quoted(registry.domains)}.`,
        { ...locate(ctx.doc, link.start, link.end), text: ctx.doc.source.slice(link.start, link.end) },
      ),
    )
}

/** Where each `[^id]` reference of each sentence is written, found in the source around the sentence. */
function referenceLocations(doc: ContentDocument): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = []
  const taken = new Set<number>()
  for (const sentence of doc.sentences) {
    const from = sentence.offsets[0] ?? 0
    const to = (sentence.offsets[sentence.text.length] ?? from) + 1
    for (const id of sentence.footnotes) {
      const needle = `[^${id}]`
      let at = doc.source.indexOf(needle, from)
      while (at >= 0 && taken.has(at)) at = doc.source.indexOf(needle, at + 1)
      if (at < 0 || at > to + needle.length) at = from
      taken.add(at)
      out.push({ id, start: at, end: at + needle.length })
    }
  }
  return out
}

function references(doc: ContentDocument, sourceIds: Set<string>): Finding[] {
  // With frontmatter that could not be read, `[^id]` may well name one of its sources: its reading problem
  // is the one cause to report, not a "no definition" per reference.
  if (frontmatterUnread(doc)) return []
  const ids = [...sourceIds]
  return referenceLocations(doc)
    .filter((ref) => !resolves(doc, ref.id, sourceIds))
    .map((ref) => {
      const where = { ...locate(doc, ref.start, ref.end), text: doc.source.slice(ref.start, ref.end) }
      const named = ids.length > 0 && !/^\d+$/.test(ref.id)
      if (named) {
        const near = closest(ref.id, ids)
        const likely = distance(ref.id, near) <= Math.max(2, Math.floor(near.length / 3))
        return finding(
          'sources/unknown-id',
          'error',
          `\`[^${ref.id}]\` names no frontmatter source and no footnote: expected one of ${quoted(ids)}.`,
          where,
          likely ? `[^${near}]` : null,
        )
      }
      return finding('sources/dangling-footnote', 'error', `Footnote \`[^${ref.id}]\` has no definition: add \`[^${ref.id}]: <source>\` or cite a frontmatter source.`, where)
    })
}

function unused(doc: ContentDocument): Finding[] {
  const cited = new Set(doc.sentences.flatMap((s) => s.footnotes))
  const list = doc.frontmatter['sources']
  if (!Array.isArray(list)) return []
  const out: Finding[] = []
  list.forEach((raw: unknown, i) => {
    const id = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['id'] : undefined
    if ((typeof id === 'string' || typeof id === 'number') && !cited.has(String(id))) {
      out.push(finding('sources/unused', 'warning', `Source \`${String(id)}\` is never cited: cite it as \`[^${String(id)}]\` next to its claim, or remove it.`, atField(doc, `sources.${i}.id`)))
    }
  })
  return out
}

export function sourcesCheck(options: SourcesCheckOptions = {}): Check {
  return {
    id: 'sources',
    description: 'Frontmatter sources are well formed, current, approved and cited; every `[^id]` resolves.',
    run(ctx) {
      const today = todayOf(options.today ?? new Date())
      const sourceIds = frontmatterSourceIds(ctx.doc)
      return [...entryProblems(ctx, today), ...unapprovedLinks(ctx), ...references(ctx.doc, sourceIds), ...unused(ctx.doc)]
    },
  }
}

export const defaultSourcesCheck: Check = sourcesCheck()
