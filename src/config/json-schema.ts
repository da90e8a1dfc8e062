// The config's JSON Schema, derived from the one zod schema (never written by hand, so it cannot drift).
// Draft-07: the VS Code YAML extension (yaml-language-server) documents draft-07 and earlier.
import { z } from 'zod'
import { configSchema } from './schema.js'

export const CONFIG_SCHEMA_URL = 'https://github.com/acme/copydesk/raw/v1/schema/copydesk.schema.json'

export function renderConfigJsonSchema(): string {
  return renderJsonSchema(configSchema, CONFIG_SCHEMA_URL, 'copydesk configuration')
}

/** A zod schema as draft-07 JSON text, `$id` and `title` first. */
export function renderJsonSchema(schema: z.ZodType, id: string, title: string): string {
  // `input`: what a user writes (defaults make keys optional), not what the parser returns.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>
  return `${JSON.stringify({ $id: id, title, ...json }, null, 2)}\n`
}
