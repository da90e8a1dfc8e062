// The rule file's JSON Schema for editors, from the same zod schemas the loader validates with. The loader
// reads `rules` item by item (so each broken rule gets its own line); the schema shows editors the item shape.
import { z } from 'zod'
import { renderJsonSchema } from '../config/json-schema.js'
import { packSchema, ruleSchema } from './schema.js'

export const RULES_SCHEMA_URL = 'https://github.com/acme/copydesk/raw/v1/schema/copydesk-rules.schema.json'

export function renderRulesJsonSchema(): string {
  const fileSchema = packSchema.extend({ rules: z.array(ruleSchema).min(1) })
  return renderJsonSchema(fileSchema, RULES_SCHEMA_URL, 'copydesk rule file')
}
