// The rule file format, validated strictly: a typo in a rule file must fail loudly, never
// silently turn a rule off. Kind-specific requirements are checked in load.ts, where each
// problem can point at its own line.
import { z } from 'zod'

const text = z.string().min(1)
const textList = z.array(text)

export const scopeSchema = z.strictObject({
  types: textList.default([]),
  paths: textList.default([]),
  fields: textList.default([]),
})

export const examplesSchema = z.strictObject({
  bad: z.array(z.string()).default([]),
  good: z.array(z.string()).default([]),
})

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens, e.g. `no-guarantees`'),
  kind: z.enum(['phrase', 'pattern', 'substitution']),
  claim: z.enum(['statistic', 'superlative', 'comparison', 'quote', 'absolute']).optional(),
  severity: z.enum(['error', 'warning', 'info']).default('warning'),
  message: text,
  description: text.optional(),
  phrases: textList.optional(),
  swap: z.record(text, text).optional(),
  pattern: text.optional(),
  suggestion: text.optional(),
  link: text.optional(),
  // Whether a source could make the wording acceptable (and a finding says it needs one). Absolutes never can.
  'needs-source': z.boolean().optional(),
  'case-sensitive': z.boolean().default(false),
  scope: scopeSchema.default({ types: [], paths: [], fields: [] }),
  examples: examplesSchema.optional(),
})

export const packSchema = z.strictObject({
  // Accepted for compatibility; the README recommends the `# yaml-language-server: $schema=…` comment instead.
  $schema: z.string().optional(),
  pack: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens, e.g. `acme-legal`'),
  // `version: 2026.11` reads as a number in YAML; either is fine.
  version: z.union([z.string().min(1), z.number()]).default('0'),
  description: text.optional(),
  rules: z.array(z.unknown()).min(1),
})

export type RuleInput = z.output<typeof ruleSchema>

/** Keys a mapping at a key path may have, for "unknown key" messages. */
export function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(packSchema.shape).filter((key) => key !== '$schema')
  if (path.length === 2 && path[0] === 'rules') return Object.keys(ruleSchema.shape)
  if (path.length === 3 && path[2] === 'scope') return Object.keys(scopeSchema.shape)
  if (path.length === 3 && path[2] === 'examples') return Object.keys(examplesSchema.shape)
  return []
}
