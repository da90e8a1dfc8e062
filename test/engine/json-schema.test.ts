import { readFileSync } from 'node:fs'
// Draft-07, the draft the VS Code YAML extension documents: ajv's default class validates exactly that.
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { renderConfigJsonSchema } from '../../src/config/json-schema.js'
import { renderRulesJsonSchema } from '../../src/rules/json-schema.js'

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const configSchema = read('schema/copydesk.schema.json')
const rulesSchema = read('schema/copydesk-rules.schema.json')

function validator(text: string) {
  const schema = JSON.parse(text) as Record<string, unknown>
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
  return new Ajv.default({ strict: false }).compile(schema)
}

describe('config JSON Schema for editors', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing it)', () => {
    expect(configSchema).toBe(renderConfigJsonSchema())
  })

  it('validates the example config with a draft-07 validator and rejects typos', () => {
    const validate = validator(configSchema)
    for (const path of ['examples/site/.github/copydesk.yml', '.github/copydesk.yml']) {
      expect(validate(parse(read(path))), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
    expect(validate({ $schema: 'https://example.com/x.json' })).toBe(true)
    expect(validate({ claims: { scope: 'page' } })).toBe(false)
    expect(validate({ rulez: [] })).toBe(false)
  })
})

describe('rule file JSON Schema for editors', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing it)', () => {
    expect(rulesSchema).toBe(renderRulesJsonSchema())
  })

  it('validates the shipped pack and the example pack with a draft-07 validator and rejects typos', () => {
    const validate = validator(rulesSchema)
    for (const path of ['rules/recommended.yml', 'examples/site/rules/acme.yml']) {
      expect(validate(parse(read(path))), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
    const rule = { id: 'no-x', kind: 'phrase', message: 'm', phrases: ['x'] }
    expect(validate({ pack: 'acme', rules: [rule] })).toBe(true)
    expect(validate({ pack: 'acme', rules: [{ ...rule, kind: 'regex' }] })).toBe(false)
    expect(validate({ pack: 'acme', rules: [{ ...rule, sevrity: 'error' }] })).toBe(false)
    expect(validate({ pack: 'Acme Legal', rules: [rule] })).toBe(false)
    expect(validate({ pack: 'acme', rules: [] })).toBe(false)
  })
})
