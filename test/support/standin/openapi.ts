// Matches requests to the operations of the checked-in OpenAPI subset and validates them, so the stand-in
// refuses any request GitHub's published description would not accept (and the typos GitHub would ignore).
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import * as formatsModule from 'ajv-formats'

type FormatsPlugin = (ajv: Ajv) => Ajv
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ?? formatsModule) as unknown as FormatsPlugin

type JsonSchema = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonSchema
}

interface OperationDoc {
  operationId: string
  parameters: Parameter[]
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } }
}

export interface Subset {
  info: { version: string }
  'x-copydesk-source': string
  paths: Record<string, Record<string, OperationDoc>>
}

export interface Operation {
  id: string
  method: string
  template: string
  segments: string[]
  validatePath: ValidateFunction
  validateQuery: ValidateFunction
  validateBody: ValidateFunction | null
  bodyRequired: boolean
}

export interface Match {
  operation: Operation
  params: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
}

export type Validation = { ok: true; match: Match } | { ok: false; operationId: string | null; problems: string[] }

export const SUBSET_URL = new URL('../openapi/github-subset.json', import.meta.url)

export function loadSubset(): Subset {
  return JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as Subset
}

/** Object schema over the parameters found `where`; unknown names are refused. */
function paramsSchema(parameters: Parameter[], where: 'path' | 'query'): JsonSchema {
  const own = parameters.filter((parameter) => parameter.in === where)
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((parameter) => [parameter.name, parameter.schema ?? {}])),
    required: own.filter((parameter) => parameter.required === true).map((parameter) => parameter.name),
    additionalProperties: false,
  }
}

// GitHub ignores body fields it does not know, which hides typos (`commitId` for `commit_id`): refuse them.
function closeTopLevel(schema: JsonSchema): JsonSchema {
  if (schema['type'] === 'object' && schema['properties'] !== undefined && schema['additionalProperties'] === undefined) {
    return { ...schema, additionalProperties: false }
  }
  return schema
}

function describe(errors: ValidateFunction['errors'], where: string): string[] {
  return (errors ?? []).map((error) => {
    const at = error.instancePath === '' ? where : `${where}${error.instancePath.replaceAll('/', '.')}`
    const extra =
      error.keyword === 'additionalProperties'
        ? ` \`${String((error.params as { additionalProperty?: string }).additionalProperty)}\``
        : error.keyword === 'enum'
          ? ` (${(error.params as { allowedValues?: unknown[] }).allowedValues?.map((value) => `\`${String(value)}\``).join(', ')})`
          : ''
    return `${at} ${error.message ?? error.keyword}${extra}`
  })
}

export class Router {
  readonly operations: Operation[] = []

  constructor(subset: Subset = loadSubset()) {
    // Parameters arrive as strings: coerce them as GitHub's routing does. Bodies are JSON: no coercion.
    const params = addFormats(new Ajv({ strict: false, allErrors: true, coerceTypes: true }))
    const bodies = addFormats(new Ajv({ strict: false, allErrors: true }))
    for (const [template, item] of Object.entries(subset.paths)) {
      for (const [method, doc] of Object.entries(item)) {
        const schema = doc.requestBody?.content['application/json'].schema
        this.operations.push({
          id: doc.operationId,
          method: method.toUpperCase(),
          template,
          segments: template.split('/').slice(1),
          validatePath: params.compile(paramsSchema(doc.parameters, 'path')),
          validateQuery: params.compile(paramsSchema(doc.parameters, 'query')),
          validateBody: schema !== undefined ? bodies.compile(closeTopLevel(schema)) : null,
          bodyRequired: doc.requestBody?.required === true,
        })
      }
    }
  }

  /** Path parameters when `segments` (already decoded) fit the template, else null. */
  private static fit(template: string[], segments: string[]): Record<string, string> | null {
    const params: Record<string, string> = {}
    for (let i = 0; i < template.length; i++) {
      const part = template[i] as string
      const name = /^\{(.+)\}$/.exec(part)?.[1]
      const isLast = i === template.length - 1
      if (name !== undefined && name === 'path' && isLast) {
        // A repository path may arrive with raw or encoded slashes.
        const rest = segments.slice(i)
        if (rest.length === 0 || rest.some((segment) => segment === '')) return null
        params[name] = rest.join('/')
        return params
      }
      const segment = segments[i]
      if (segment === undefined || segment === '') return null
      if (name !== undefined) params[name] = segment
      else if (part !== segment) return null
    }
    return segments.length === template.length ? params : null
  }

  validate(method: string, pathname: string, searchParams: URLSearchParams, rawBody: string): Validation {
    let segments: string[]
    try {
      segments = pathname.split('/').slice(1).map((segment) => decodeURIComponent(segment))
    } catch {
      return { ok: false, operationId: null, problems: [`path \`${pathname}\` is not valid percent-encoding`] }
    }
    const candidates = this.operations
      .map((operation) => ({ operation, params: Router.fit(operation.segments, segments) }))
      .filter((candidate): candidate is { operation: Operation; params: Record<string, string> } => candidate.params !== null)
    const hit = candidates.find((candidate) => candidate.operation.method === method)
    if (hit === undefined) {
      const problem =
        candidates.length > 0
          ? `\`${method} ${pathname}\` matches no operation; the subset allows ${candidates.map((c) => `\`${c.operation.method}\``).join(', ')} there`
          : `\`${method} ${pathname}\` matches no operation in the OpenAPI subset`
      return { ok: false, operationId: null, problems: [problem] }
    }
    const { operation } = hit
    const problems: string[] = []
    const params: Record<string, unknown> = { ...hit.params }
    if (!operation.validatePath(params)) problems.push(...describe(operation.validatePath.errors, 'path'))
    const query: Record<string, unknown> = {}
    for (const key of new Set(searchParams.keys())) {
      const values = searchParams.getAll(key)
      query[key] = values.length === 1 ? values[0] : values
    }
    if (!operation.validateQuery(query)) problems.push(...describe(operation.validateQuery.errors, 'query'))
    let body: unknown
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody)
      } catch {
        problems.push('body is not JSON')
      }
    }
    if (body === undefined && operation.bodyRequired && !problems.includes('body is not JSON')) {
      problems.push('body is required')
    } else if (body !== undefined && operation.validateBody === null) {
      problems.push('body is not accepted by this operation')
    } else if (body !== undefined && operation.validateBody !== null && !operation.validateBody(body)) {
      problems.push(...describe(operation.validateBody.errors, 'body'))
    }
    if (problems.length > 0) return { ok: false, operationId: operation.id, problems }
    return { ok: true, match: { operation, params, query, body } }
  }
}
