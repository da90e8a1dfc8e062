// Writes test/support/openapi/github-subset.json: the few operations of GitHub's REST description that
// copydesk calls, so the API stand-in can validate every request without the project depending on the
// ~385 MB @octokit/openapi package. Install that package somewhere else and point this script at it:
//
//   mkdir -p /tmp/openapi && cd /tmp/openapi && npm init -y && npm install @octokit/openapi
//   node --import tsx scripts/gen-openapi-subset.ts [/tmp/openapi/node_modules/@octokit/openapi]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The operations copydesk calls. Adding a call to src/github means adding its operationId here and re-running. */
export const OPERATIONS = [
  'pulls/get',
  'pulls/list-files',
  'pulls/list-reviews',
  'pulls/create-review',
  'pulls/list-review-comments',
  'pulls/delete-review-comment',
  'repos/get-content',
  'git/get-blob',
  'git/get-tree',
  'repos/create-commit-status',
  'repos/list-commit-statuses-for-ref',
  'repos/get-combined-status-for-ref',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/list-events',
  'teams/get-membership-for-user-in-org',
  'teams/list-members-in-org',
] as const

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Documentation keywords make up most of the description's size and validate nothing.
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated', 'readOnly'])

/** Removes annotations from a JSON Schema, walking only schema positions (so a property named `description` stays). */
export function stripSchema(schema: Json): Json {
  if (!isObject(schema)) return schema
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue
    if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchema(sub)]))
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map(stripSchema)
    } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
      out[key] = stripSchema(value)
    } else {
      out[key] = value
    }
  }
  return out
}

function stripOperation(operation: JsonObject): JsonObject {
  const out: JsonObject = { operationId: operation['operationId'] ?? null }
  if (typeof operation['summary'] === 'string') out['summary'] = operation['summary']
  const parameters = Array.isArray(operation['parameters']) ? operation['parameters'] : []
  out['parameters'] = parameters.filter(isObject).map((parameter) => {
    const kept: JsonObject = { name: parameter['name'] ?? null, in: parameter['in'] ?? null }
    if (parameter['required'] === true) kept['required'] = true
    if (parameter['schema'] !== undefined) kept['schema'] = stripSchema(parameter['schema'])
    return kept
  })
  const body = operation['requestBody']
  if (isObject(body)) {
    const content = isObject(body['content']) ? body['content'] : {}
    const json = content['application/json']
    out['requestBody'] = {
      required: body['required'] === true,
      content: { 'application/json': { schema: isObject(json) ? stripSchema(json['schema'] ?? {}) : {} } },
    }
  }
  // Response bodies are left out: the stand-in builds its own, and their schemas are most of the file.
  const responses = isObject(operation['responses']) ? operation['responses'] : {}
  out['responses'] = Object.fromEntries(Object.keys(responses).map((status) => [status, { description: '' }]))
  return out
}

export function buildSubset(description: JsonObject, packageVersion: string): JsonObject {
  const wanted = new Set<string>(OPERATIONS)
  const found = new Set<string>()
  const paths: JsonObject = {}
  const sourcePaths = isObject(description['paths']) ? description['paths'] : {}
  for (const template of Object.keys(sourcePaths).sort()) {
    const item = sourcePaths[template]
    if (!isObject(item)) continue
    for (const method of METHODS) {
      const operation = item[method]
      if (!isObject(operation) || typeof operation['operationId'] !== 'string') continue
      if (!wanted.has(operation['operationId'])) continue
      found.add(operation['operationId'])
      const kept = isObject(paths[template]) ? paths[template] : {}
      kept[method] = stripOperation(operation)
      paths[template] = kept
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id))
  if (missing.length > 0) throw new Error(`Operations not found in the description: ${missing.map((id) => `\`${id}\``).join(', ')}`)
  const info = isObject(description['info']) ? description['info'] : {}
  return {
    openapi: description['openapi'] ?? '3.0.3',
    info: { title: 'GitHub REST API: the operations copydesk calls', version: info['version'] ?? packageVersion },
    'x-copydesk-source': `@octokit/openapi@${packageVersion}`,
    paths,
  }
}

function main(): void {
  const packageDir = resolve(process.argv[2] ?? '/tmp/openapi/node_modules/@octokit/openapi')
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: string }
  const version = manifest.version ?? 'unknown'
  // The dereferenced file has no $ref left, so each operation is self-contained once cut out.
  const candidates = ['generated/api.github.com.deref.json', 'generated/api.github.com.json']
  const file = candidates.map((name) => join(packageDir, name)).find((path) => existsSync(path))
  if (file === undefined) throw new Error(`No api.github.com description under \`${packageDir}/generated\``)
  const description = JSON.parse(readFileSync(file, 'utf8')) as JsonObject
  const subset = buildSubset(description, version)
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const out = join(root, 'test/support/openapi/github-subset.json')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(subset, null, 2)}\n`)
  console.log(`Wrote ${out} (${OPERATIONS.length} operations from @octokit/openapi@${version})`)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
