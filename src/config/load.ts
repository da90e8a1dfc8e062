// Reads the config file into a validated Config, or explains exactly which key is wrong, on which line,
// and what is allowed. "Your config is wrong" is always a PolicyProblems listing every problem, never a crash.
import { isMap, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { PolicyProblems } from '../errors.js'
import { configSchema, type Config } from './schema.js'

export const CONFIG_FALLBACKS = ['.github/copydesk.yml', 'copydesk.yml'] as const

export function defaultConfig(): Config {
  return configSchema.parse({})
}

const HINT = 'See the config reference in the README, or add `$schema` for editor autocomplete.'

/** The config, validated; or every problem in the file at once, each with its line (a PolicyProblems). */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  if (doc.errors.length > 0) {
    throw new PolicyProblems(
      doc.errors.map((error) => ({ file, line: lineCounter.linePos(error.pos[0]).line, message: `invalid YAML: ${firstLine(error.message)}` })),
    )
  }
  let data: unknown
  try {
    // Aliases are capped so a few lines of anchors cannot expand into gigabytes ("billion laughs").
    data = doc.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    throw new PolicyProblems([{ file, line: 1, message: `the file could not be read as YAML: ${error instanceof Error ? error.message : String(error)}` }])
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new PolicyProblems([{ file, line: 1, message: 'expected a mapping of settings (key: value) at the top level' }])
  }
  const result = configSchema.safeParse(data)
  if (result.success) return result.data
  // One problem per unknown key, each on its own line, then all of them in file order.
  const issues = result.error.issues.flatMap((issue): z.core.$ZodIssue[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]))
  const problems = issues
    .map((issue) => {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] as string] : issue.path
      return { file, line: lineOf(doc, lineCounter, path), message: describeIssue(issue) }
    })
    .sort((a, b) => a.line - b.line)
  throw new PolicyProblems(problems, HINT)
}

/** `types.blog.paths[0]`: a key path as a writer points at it. */
function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  return out
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length ? `\`${formatKeyPath(issue.path)}\`` : 'the top level'
  switch (issue.code) {
    case 'unrecognized_keys': {
      const where = issue.path.length ? `under ${at}` : 'at the top level'
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} ${where}${allowedKeysHint(issue.path)}`
    }
    case 'invalid_value':
      return `${at}: expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`
    case 'invalid_type':
      return `${at}: expected ${issue.expected}`
    default:
      return `${at}: ${issue.message}`
  }
}

function allowedKeysHint(path: PropertyKey[]): string {
  // Walk the schema to list the keys that would have been accepted at this path.
  let schema: unknown = configSchema
  for (const key of path) {
    schema = unwrap(schema)
    const shape = (schema as { shape?: Record<string, unknown> }).shape
    const record = (schema as { _zod?: { def?: { type?: string; valueType?: unknown } } })._zod?.def
    if (shape && typeof key === 'string' && key in shape) schema = shape[key]
    else if (record?.type === 'record') schema = record.valueType
    else return ''
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> }).shape
  return shape ? `; allowed: ${Object.keys(shape).filter((k) => k !== '$schema').join(', ')}` : ''
}

function unwrap(schema: unknown): unknown {
  let current = schema as { _zod?: { def?: { type?: string; innerType?: unknown } } }
  while (current?._zod?.def && ['default', 'optional', 'nullable', 'prefault'].includes(current._zod.def.type ?? '')) {
    current = current._zod.def.innerType as typeof current
  }
  return current
}

/** The line of a key path in a YAML file's text (its nearest existing ancestor's when the path is absent). */
export function yamlLineLocator(text: string): (path: PropertyKey[]) => number {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, logLevel: 'silent' })
  return (path) => lineOf(doc, lineCounter, path)
}

function lineOf(doc: Document, lineCounter: LineCounter, path: PropertyKey[]): number {
  // The deepest node of the path that exists in the file: a missing key reports its parent's line.
  let node: unknown = doc.contents
  let line = 1
  for (const key of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break
    const collection = node as { items: { key?: { value?: unknown; range?: [number, number, number] }; value?: unknown; range?: [number, number, number] }[] }
    const pair = isMap(node)
      ? collection.items.find((item) => item.key && String((item.key as { value?: unknown }).value) === String(key))
      : undefined
    if (pair) {
      const range = pair.key?.range
      if (range) line = lineCounter.linePos(range[0]).line
      node = pair.value
      continue
    }
    const item = typeof key === 'number' ? (collection.items[key] as { range?: [number, number, number] } | undefined) : undefined
    if (item?.range) {
      line = lineCounter.linePos(item.range[0]).line
      node = item
      continue
    }
    break
  }
  return line
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
