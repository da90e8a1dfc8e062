import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { renderConfigJsonSchema } from '../../src/config/json-schema.js'

const committed = readFileSync(new URL('../../schema/copydesk.schema.json', import.meta.url), 'utf8')

describe('config JSON Schema for editors', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(renderConfigJsonSchema())
  })

  it('accepts the example config and rejects an unknown key', () => {
    const ajv = new Ajv2020.default({ strict: false })
    const validate = ajv.compile(JSON.parse(committed))
    const example = parse(readFileSync(new URL('../../examples/site/.github/copydesk.yml', import.meta.url), 'utf8'))
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ claims: { scope: 'page' } })).toBe(false)
    expect(validate({ rulez: [] })).toBe(false)
  })
})
