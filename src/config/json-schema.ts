// The config's JSON Schema, derived from the one zod schema (never written by hand, so it cannot drift).
import { z } from 'zod'
import { configSchema } from './schema.js'

export function renderConfigJsonSchema(): string {
  // `input`: what a user writes (defaults make keys optional), not what the parser returns.
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  const out = {
    $id: 'https://github.com/acme/copydesk/raw/v1/schema/copydesk.schema.json',
    title: 'copydesk configuration',
    ...schema,
  }
  return `${JSON.stringify(out, null, 2)}\n`
}
