// frontmatter: the fields a team requires, the well-known fields' shapes, and AI provenance — every
// AI-assisted asset records the model, the prompt and the reviewer that produced it.
import { z } from 'zod'
import type { Check, CheckContext } from '../types.js'
import type { ContentDocument, Finding, Location } from '../../types.js'
import { toDay } from '../../sources/dates.js'
import { fieldLine, lineLocation } from './location.js'

const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const person = z.string().refine((v) => HANDLE.test(v.trim()) || EMAIL.test(v.trim()), 'expected a GitHub `@handle` or an email address')
const nonEmpty = z.string().refine((v) => v.trim() !== '', 'expected text, found an empty value')

/** Well-known fields; any other field is the team's business. */
const WELL_KNOWN: Record<string, z.ZodType> = {
  title: nonEmpty,
  description: nonEmpty,
  status: z.enum(['draft', 'review', 'published']),
  owner: person,
}

const PROVENANCE_FIELDS = {
  assisted: z.boolean({ message: 'expected `true` or `false`' }),
  model: nonEmpty,
  // A prompt is a repository path or a prompt id: either way one token, no spaces.
  prompt: nonEmpty.refine((v) => /^[\w./@:-]+$/.test(v.trim()), 'expected a prompt path (`prompts/launch-post.md`) or a prompt id'),
  reviewer: person,
  reviewed_at: z.custom((v) => toDay(v) !== null, { message: 'expected a date written `YYYY-MM-DD`' }),
} as const

type ProvenanceField = keyof typeof PROVENANCE_FIELDS

function finding(ruleId: string, message: string, where: Location & { text: string }): Finding {
  return { ruleId, category: 'frontmatter', claim: null, severity: 'error', message, suggestion: null, ...where }
}

function valueAt(frontmatter: Record<string, unknown>, path: string): unknown {
  let value: unknown = frontmatter
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

function shown(value: unknown): string {
  if (value instanceof Date) return toDay(value) ?? String(value)
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'a list' : 'a mapping'
  return String(value)
}

function at(doc: ContentDocument, path: string): Location & { text: string } {
  return lineLocation(doc, fieldLine(doc, path))
}

function requiredFields(ctx: CheckContext): string[] {
  return [...new Set([...ctx.policy.config['required-fields'], ...(ctx.typePolicy?.['required-fields'] ?? [])])]
}

function required(ctx: CheckContext): Finding[] {
  const { doc, typePolicy, contentType } = ctx
  const fields = requiredFields(ctx)
  const forType = (field: string): string =>
    typePolicy?.['required-fields'].includes(field) && contentType !== null ? ` for content type \`${contentType}\`` : ''
  return fields
    .filter((field) => isBlank(valueAt(doc.frontmatter, field)))
    .map((field) => finding('frontmatter/required-field', `Missing required field \`${field}\`${forType(field)}: add it to the frontmatter.`, at(doc, field)))
}

function wellKnown(ctx: CheckContext): Finding[] {
  const { doc } = ctx
  const schemas: Record<string, z.ZodType> = { ...WELL_KNOWN, [ctx.policy.config['type-field']]: nonEmpty }
  const out: Finding[] = []
  for (const [field, schema] of Object.entries(schemas)) {
    const value = valueAt(doc.frontmatter, field)
    // Absence, and emptiness of a required field, are `required-field`'s business: one finding per problem.
    if (value === undefined || value === null || (isBlank(value) && requiredFields(ctx).includes(field))) continue
    const result = schema.safeParse(value)
    if (!result.success) {
      const reason = field === 'status' ? 'expected `draft`, `review` or `published`' : (result.error.issues[0]?.message ?? 'unexpected value')
      out.push(finding('frontmatter/invalid-field', `Field \`${field}\` has \`${shown(value)}\`: ${reason.replace(/^Invalid input: /, '')}.`, at(doc, field)))
    }
  }
  return out
}

function provenance(ctx: CheckContext): Finding[] {
  const { doc } = ctx
  const mode = ctx.policy.config.provenance.required
  if (mode === 'never') return []
  const ai = doc.frontmatter['ai']
  if (ai === undefined || ai === null) {
    return mode === 'always'
      ? [finding('frontmatter/provenance', 'Missing `ai:` provenance block: every asset records `assisted`, and when AI-assisted its `model`, `prompt`, `reviewer` and `reviewed_at`.', at(doc, 'ai'))]
      : []
  }
  if (typeof ai !== 'object' || Array.isArray(ai)) {
    return [finding('frontmatter/provenance', `Field \`ai\` has \`${shown(ai)}\`: expected a block with \`assisted\`, \`model\`, \`prompt\`, \`reviewer\` and \`reviewed_at\`.`, at(doc, 'ai'))]
  }
  const block = ai as Record<string, unknown>
  // `assisted: false` declares a human-written asset: nothing more to record.
  const needed: ProvenanceField[] = block['assisted'] === false ? ['assisted'] : ['assisted', 'model', 'prompt', 'reviewer', 'reviewed_at']
  const out: Finding[] = []
  const missing = needed.filter((field) => isBlank(block[field]))
  if (missing.length > 0) {
    const list = missing.map((f) => `\`${f}\``).join(', ')
    out.push(finding('frontmatter/provenance', `AI provenance is missing ${list}: an AI-assisted asset records the model, the prompt and the reviewer who approved it.`, at(doc, 'ai')))
  }
  for (const field of Object.keys(PROVENANCE_FIELDS) as ProvenanceField[]) {
    const value = block[field]
    if (isBlank(value)) continue
    const result = PROVENANCE_FIELDS[field].safeParse(value)
    if (!result.success) {
      const reason = (result.error.issues[0]?.message ?? 'unexpected value').replace(/^Invalid input: /, '')
      out.push(finding('frontmatter/provenance', `Field \`ai.${field}\` has \`${shown(value)}\`: ${reason}.`, at(doc, `ai.${field}`)))
    }
  }
  return out
}

/** Reading problems after which the frontmatter holds nothing trustworthy (it reads as empty). */
const UNREAD = new Set(['frontmatter/yaml-syntax', 'frontmatter/toml-syntax', 'frontmatter/json-syntax', 'frontmatter/unsupported-language', 'frontmatter/not-a-mapping'])

/**
 * Frontmatter that could not be read is one problem with one cause: its reading problem says which. Every
 * field would otherwise also be "missing" at 1:1, burying the real cause under findings that vanish once it
 * is fixed.
 */
export function frontmatterUnread(doc: ContentDocument): boolean {
  return doc.problems.some((problem) => UNREAD.has(problem.ruleId))
}

export const frontmatterCheck: Check = {
  id: 'frontmatter',
  description: 'Required frontmatter fields are present, well-known fields are well formed, and AI-assisted assets record their provenance.',
  run: (ctx) => (frontmatterUnread(ctx.doc) ? [] : [...required(ctx), ...wellKnown(ctx), ...provenance(ctx)]),
}
