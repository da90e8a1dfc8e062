// Reads the positioning artifact (`strategy/positioning.md`, format in FORMAT.md) from its parsed
// document. Each key is validated on its own and each list entry on its own, so one typo costs that
// entry, not the whole artifact: a half-read artifact still protects what it can.
import { closest, distance } from 'fastest-levenshtein'
import { z } from 'zod'
import type { ContentDocument, Finding, Severity } from '../types.js'
import { priceAmounts } from './terms.js'
import { emptyArtifact, type PositioningArtifact } from './types.js'

export const ARTIFACT_RULE_ID = 'positioning/artifact'

type ListKey =
  | 'taglines' | 'value-propositions' | 'differentiators' | 'competitor-framing' | 'pricing'
  | 'terms' | 'protected-fields' | 'positioning-types' | 'owners'

type ListField = {
  [K in keyof PositioningArtifact]: PositioningArtifact[K] extends string[] ? K : never
}[keyof PositioningArtifact]

const LIST_KEYS: Record<ListKey, ListField> = {
  taglines: 'taglines',
  'value-propositions': 'valuePropositions',
  differentiators: 'differentiators',
  'competitor-framing': 'competitorFraming',
  pricing: 'pricing',
  terms: 'terms',
  'protected-fields': 'protectedFields',
  'positioning-types': 'positioningTypes',
  owners: 'owners',
}
const TEXT_KEYS = ['company', 'product', 'category'] as const
export const ARTIFACT_KEYS: readonly string[] = [...TEXT_KEYS, ...Object.keys(LIST_KEYS)]

// A number is a fine tagline or price ("2026", "29") once YAML has turned it into one.
const text = z.union([z.string(), z.number()]).transform((v) => String(v).replace(/\s+/g, ' ').trim()).pipe(z.string().min(1))
const owner = text.pipe(z.string().regex(/^(@[\w.-]+(\/[\w.-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/))

const EXPECTED = {
  text: { one: 'a non-empty string', list: 'a list of non-empty strings' },
  owner: { one: 'a GitHub `@user`, an `@org/team` or an email address', list: 'a list of `@user`, `@org/team` or email addresses' },
} as const

function lineText(doc: ContentDocument, line: number): string {
  const start = doc.lineStarts[line - 1] ?? 0
  const end = doc.lineStarts[line] ?? doc.source.length
  return doc.source.slice(start, end).replace(/\r?\n$/, '')
}

function problem(
  doc: ContentDocument,
  keyPath: string,
  severity: Severity,
  message: string,
  suggestion: string | null = null,
  /** The words on the line the problem is about; the whole line when absent or not found. */
  needle?: string,
): Finding {
  const top = keyPath.split('.')[0] ?? keyPath
  const line = doc.fieldLines[keyPath] ?? doc.fieldLines[top] ?? 1
  const shown = lineText(doc, line)
  const indent = shown.length - shown.trimStart().length
  const at = needle !== undefined ? shown.indexOf(needle) : -1
  const span = at === -1 ? { start: indent, end: Math.max(shown.length, indent + 1), text: shown.trim() } : { start: at, end: at + (needle?.length ?? 0), text: needle ?? '' }
  return {
    ruleId: ARTIFACT_RULE_ID,
    category: 'positioning',
    claim: null,
    severity,
    message,
    text: span.text,
    line,
    column: span.start + 1,
    endLine: line,
    endColumn: span.end + 1,
    suggestion,
  }
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `\`${String(value)}\``
}

/** A key written with nothing under it protects nothing; usually its entries were lost to indentation. */
function emptyKey(doc: ContentDocument, key: string): Finding {
  return problem(doc, key, 'warning', `\`${key}\` is empty: it protects nothing. List its entries under it or remove the key.`)
}

function readList(doc: ContentDocument, key: ListKey, value: unknown, problems: Finding[]): string[] {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '')) {
    problems.push(emptyKey(doc, key))
    return []
  }
  const kind = key === 'owners' ? 'owner' : 'text'
  const schema = kind === 'owner' ? owner : text
  // A lone string where a list belongs is almost always a one-item list written inline.
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null
  if (items === null) {
    problems.push(problem(doc, key, 'error', `\`${key}\` is ${show(value)}: expected ${EXPECTED[kind].list}.`))
    return []
  }
  const out: string[] = []
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item)
    if (parsed.success) {
      if (!out.some((o) => o.toLowerCase() === parsed.data.toLowerCase())) out.push(parsed.data)
    } else {
      problems.push(
        problem(doc, `${key}.${i}`, 'error', `\`${key}\` entry ${i + 1} is ${show(item)}: expected ${EXPECTED[kind].one}.`),
      )
    }
  })
  return out
}

function readText(doc: ContentDocument, key: string, value: unknown, problems: Finding[]): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    problems.push(emptyKey(doc, key))
    return null
  }
  const parsed = text.safeParse(value)
  if (parsed.success) return parsed.data
  problems.push(problem(doc, key, 'error', `\`${key}\` is ${show(value)}: expected ${EXPECTED.text.one}.`))
  return null
}

function unknownKey(doc: ContentDocument, key: string): Finding {
  const near = closest(key, [...ARTIFACT_KEYS])
  const likely = distance(key, near) <= 3
  return problem(
    doc,
    key,
    'warning',
    `Unknown key \`${key}\` in the positioning artifact: expected one of ${ARTIFACT_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
    likely ? `Rename it to \`${near}\`.` : null,
  )
}

// A currency sign or code next to digits, in any order: what a writer means as a price.
const MONEY_LIKE = /(?<![\p{L}\p{N}])(?:[$€£¥]\s?[\d.,]*\d|\d[\d.,]*\s?[$€£¥]|\d[\d.,]*\s?(?:usd|eur|gbp)\b|(?:usd|eur|gbp)\s?\d[\d.,]*)/giu

/**
 * A price copydesk cannot read the way the writer meant: `29€` (sign after the amount) is not read at
 * all, `€29,90` (decimal comma) reads as €2990. Either way the price stops protecting anything.
 */
function priceProblems(doc: ContentDocument, index: number, item: unknown): Finding[] {
  if (typeof item !== 'string') return []
  const out: Finding[] = []
  for (const m of item.matchAll(MONEY_LIKE)) {
    const raw = m[0]
    const read = priceAmounts(raw)
    const decimalComma = /\d,\d{1,2}(?!\d)/.exec(raw)
    const sign = /[$€£¥]/.exec(raw)?.[0] ?? ''
    const digits = raw.replace(/[^\d.,]/g, '')
    if (read.length === 0) {
      const fixed = sign ? `${sign}${digits}` : `${digits} ${raw.replace(/[\d.,\s]/g, '').toUpperCase()}`
      out.push(problem(doc, `pricing.${index}`, 'warning', `\`pricing\` entry ${index + 1}: \`${raw}\` is not a price copydesk can read, so it protects nothing.`, `Write it as \`${fixed}\`.`, raw))
    } else if (decimalComma) {
      const fixed = raw.replace(/(\d),(\d{1,2})(?!\d)/, '$1.$2')
      out.push(problem(doc, `pricing.${index}`, 'warning', `\`pricing\` entry ${index + 1}: \`${raw}\` reads as ${read[0]}: copydesk takes a comma as a thousands separator.`, `Write it as \`${fixed}\`.`, raw))
    }
  }
  return out
}

/**
 * The artifact's frontmatter, validated. `problems` holds the document's own reading problems (broken
 * YAML) followed by located schema problems; it never throws.
 */
export function parsePositioningArtifact(doc: ContentDocument): { artifact: PositioningArtifact; problems: Finding[] } {
  const artifact = emptyArtifact(doc.path)
  const problems: Finding[] = [...doc.problems]
  const fm = doc.frontmatter
  const keys = Object.keys(fm)
  if (keys.length === 0 && doc.problems.length === 0) {
    problems.push(
      problem(doc, '', 'warning', `The positioning artifact \`${doc.path}\` has no frontmatter: expected keys such as \`category\`, \`taglines\` and \`terms\` between \`---\` lines.`),
    )
  }
  for (const key of keys) {
    const value = fm[key]
    if (key === 'company' || key === 'product' || key === 'category') artifact[key] = readText(doc, key, value, problems)
    else if (key in LIST_KEYS) {
      const listKey = key as ListKey
      artifact[LIST_KEYS[listKey]] = readList(doc, listKey, value, problems)
      if (listKey === 'pricing' && Array.isArray(value)) value.forEach((item, i) => problems.push(...priceProblems(doc, i, item)))
      else if (listKey === 'pricing' && typeof value === 'string') problems.push(...priceProblems(doc, 0, value))
    } else problems.push(unknownKey(doc, key))
  }
  return { artifact, problems }
}
