// The checked-in subset must stay in step with the operations src/github calls and with the generator.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { buildSubset, OPERATIONS, stripSchema } from '../../scripts/gen-openapi-subset.js'
import { loadSubset } from '../support/standin/openapi.js'

test('the subset holds every operation copydesk calls, and records where it came from', () => {
  const subset = loadSubset()
  const ids = Object.values(subset.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId))
  expect(ids.sort()).toEqual([...OPERATIONS].sort())
  expect(subset['x-copydesk-source']).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+$/)
  expect(subset.info.version).toMatch(/^\d+\.\d+\.\d+$/)
})

test('every octokit method src/github uses has its operation in the subset', () => {
  const sources = ['pulls', 'contents', 'statuses', 'teams', 'comments', 'reviews', 'events']
    .map((name) => readFileSync(new URL(`../../src/github/${name}.ts`, import.meta.url), 'utf8'))
    .join('\n')
  const used = [...sources.matchAll(/octokit\.rest\.(\w+)\.(\w+)/g)].map(([, scope, method]) => {
    const kebab = (method ?? '').replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)
    return `${scope}/${kebab}`
  })
  expect(used.length).toBeGreaterThan(10)
  for (const id of used) expect(OPERATIONS as readonly string[]).toContain(id)
})

test('stripping documentation keeps a body property that happens to be called `description`', () => {
  const schema = {
    type: 'object',
    description: 'docs',
    properties: { description: { type: 'string', description: 'docs', example: 'x' }, state: { type: 'string', enum: ['a'] } },
    required: ['state'],
  }
  expect(stripSchema(schema)).toEqual({
    type: 'object',
    properties: { description: { type: 'string' }, state: { type: 'string', enum: ['a'] } },
    required: ['state'],
  })
})

test('building a subset refuses a description that lacks an operation', () => {
  expect(() => buildSubset({ openapi: '3.0.3', info: { version: '1.0.0' }, paths: {} }, '1.0.0')).toThrow(/pulls\/get/)
})
