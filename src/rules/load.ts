// Reads a rule file into a RulePack, or into located problems a writer can fix without reading code:
// `rules/acme.yml:12: `rules[0].kind` is `regex`; allowed: `phrase`, `pattern`, `substitution``.
import { closest, distance } from 'fastest-levenshtein'
import { RE2JS } from 're2js'
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { z } from 'zod'
import { globProblem, MAX_GLOBS } from '../config/globs.js'
import { foldPhrase } from './normalize.js'
import { EMBEDDED_PACKS } from './recommended.generated.js'
import { allowedKeysAt, packSchema, ruleSchema, type RuleInput } from './schema.js'
import type { Rule, RulePack } from './types.js'

export interface RuleFileProblem {
  line: number
  /** `file:line: detail`, ready to print. */
  message: string
  /** The message without its location, for callers that add `file:line` themselves. */
  detail: string
}

export interface ParsedRulePack {
  pack: RulePack | null
  problems: RuleFileProblem[]
}

type Path = readonly PropertyKey[]

/** `rules[2].scope.types`: the key path as a writer would point at it. */
export function formatPath(path: Path): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/**
 * How a message names a key path: in backticks, or `the file` for the top level. Inside a rule, the rule is
 * named by its id (`rule \`no-guarantees\`: \`scope.types\``), which a writer can search for; its index
 * only when it has no usable id.
 */
function subject(path: Path, raw: unknown): string {
  if (path.length === 0) return 'the file'
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const id = valueAt(raw, ['rules', path[1], 'id'])
    // A problem with the id itself (malformed, repeated) is clearer at the index than under that id.
    if (typeof id === 'string' && id.trim() !== '' && path[2] !== 'id') {
      const rest = path.slice(2)
      return rest.length === 0 ? `rule \`${id}\`` : `rule \`${id}\`: \`${formatPath(rest)}\``
    }
  }
  return `\`${formatPath(path)}\``
}

const quote = (values: readonly unknown[]): string => values.map((v) => `\`${String(v)}\``).join(', ')

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text \`${value}\``
  return `the ${typeof value} \`${String(value)}\``
}

const expectedNames: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  boolean: '`true` or `false`',
  number: 'a number',
}

/** Finds where in the file a key path lives: the value's line, else the nearest enclosing node's. */
class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private lineAt(offset: number): number {
    return this.lines.linePos(offset).line
  }

  line(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.node(path.slice(0, depth))
      if (node?.range) return this.lineAt(node.range[0])
    }
    return 1
  }

  /** The line of a key inside the mapping at `path` (an unknown key points at itself). */
  keyLine(path: Path, key: string): number {
    const node = this.node(path)
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return this.lineAt(pair.key.range[0])
      }
    }
    return this.line(path)
  }

  private node(path: Path): Node | null {
    if (path.length === 0) return (this.doc.contents as Node | null) ?? null
    const found = this.doc.getIn(path as unknown[], true) as unknown
    return found !== null && typeof found === 'object' && 'range' in found ? (found as Node) : null
  }
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key as string]
  }
  return value
}

class Problems {
  readonly list: RuleFileProblem[] = []
  /** The file's data once read, so messages can name rules by id. */
  raw: unknown = undefined
  constructor(
    private readonly source: string,
    readonly locator: Locator,
  ) {}

  subject(path: Path): string {
    return subject(path, this.raw)
  }

  /** In file order, so a writer can fix them top to bottom. */
  sorted(): RuleFileProblem[] {
    return [...this.list].sort((a, b) => a.line - b.line)
  }

  at(line: number, message: string): void {
    this.list.push({ line, message: `${this.source}:${line}: ${message}`, detail: message })
  }

  atPath(path: Path, message: string): void {
    this.at(this.locator.line(path), `${this.subject(path)} ${message}`)
  }
}

function reportIssue(problems: Problems, raw: unknown, issue: z.core.$ZodIssue, prefix: Path): void {
  const path = [...prefix, ...issue.path]
  const value = valueAt(raw, path)
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path)
      for (const key of issue.keys) {
        const guess = allowed.length > 0 ? closest(key, allowed) : ''
        // Only a near miss is worth guessing at: `sevrity` → `severity`, not `extra` → `pack`.
        const hint = guess !== '' && distance(key, guess) <= Math.max(2, Math.floor(guess.length / 3)) ? `; did you mean \`${guess}\`?` : '.'
        problems.at(
          problems.locator.keyLine(path, key),
          `${problems.subject(path)} has an unknown key \`${key}\`${hint} Allowed keys: ${quote(allowed)}.`,
        )
      }
      return
    }
    case 'invalid_value':
      problems.atPath(path, `is ${describe(value)}; allowed: ${quote(issue.values)}.`)
      return
    case 'invalid_type': {
      const expected = expectedNames[issue.expected] ?? issue.expected
      if (value === undefined) {
        problems.atPath(path.slice(0, -1), `needs \`${String(path[path.length - 1])}\` (${expected}).`)
      } else {
        const hint = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ': put it in quotes' : ''
        problems.atPath(path, `must be ${expected}, found ${describe(value)}${hint}.`)
      }
      return
    }
    case 'too_small':
      if (issue.origin === 'array') problems.atPath(path, `must list at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'}.`)
      else problems.atPath(path, 'must not be empty.')
      return
    case 'invalid_format':
      problems.atPath(path, `is ${describe(value)}; expected ${issue.message}.`)
      return
    default:
      problems.atPath(path, `is ${describe(value)}: ${issue.message}.`)
  }
}

const KIND_FIELDS = { phrase: 'phrases', substitution: 'swap', pattern: 'pattern' } as const

/** What zod cannot say with a line each: kind-specific fields, phrases that fold to nothing, RE2 syntax. */
function checkRuleSemantics(problems: Problems, rule: RuleInput, path: Path): boolean {
  let ok = true
  const own = KIND_FIELDS[rule.kind]
  if (rule[own] === undefined) {
    problems.atPath(path, `is a \`${rule.kind}\` rule and needs \`${own}\`.`)
    ok = false
  }
  for (const other of Object.values(KIND_FIELDS)) {
    if (other !== own && rule[other] !== undefined) {
      problems.at(
        problems.locator.keyLine(path, other),
        `${problems.subject([...path, other])} does not apply to a \`${rule.kind}\` rule, which takes \`${own}\`.`,
      )
      ok = false
    }
  }
  if (rule.kind === 'phrase' && rule.phrases?.length === 0) {
    problems.atPath([...path, 'phrases'], 'must list at least one phrase.')
    ok = false
  }
  rule.phrases?.forEach((phrase, i) => {
    if (foldPhrase(phrase).folded === '') {
      problems.atPath([...path, 'phrases', i], `is \`${phrase}\`, which has nothing to match once dashes and spaces are ignored.`)
      ok = false
    }
  })
  if (rule.swap) {
    if (Object.keys(rule.swap).length === 0) {
      problems.atPath([...path, 'swap'], 'must map at least one phrase to its replacement.')
      ok = false
    }
    for (const key of Object.keys(rule.swap)) {
      if (foldPhrase(key).folded === '') {
        problems.atPath([...path, 'swap', key], 'has a phrase with nothing to match once dashes and spaces are ignored.')
        ok = false
      }
    }
  }
  if (rule.pattern !== undefined && !checkPattern(problems, rule.pattern, rule['case-sensitive'], [...path, 'pattern'])) ok = false
  rule.scope.paths.forEach((glob, i) => {
    const problem = globProblem(glob)
    if (problem) {
      problems.atPath([...path, 'scope', 'paths', i], `${problem}.`)
      ok = false
    }
  })
  if (rule.scope.paths.length > MAX_GLOBS) {
    problems.atPath([...path, 'scope', 'paths'], `lists ${rule.scope.paths.length} globs; at most ${MAX_GLOBS} are allowed.`)
    ok = false
  }
  return ok
}

function checkPattern(problems: Problems, pattern: string, caseSensitive: boolean, path: Path): boolean {
  try {
    RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE)
    return true
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    problems.atPath(
      path,
      `is not a pattern RE2 accepts (${reason}). Rule patterns use RE2 syntax, which has no backreferences or lookaround, so matching always runs in linear time.`,
    )
    return false
  }
}

function toRule(input: RuleInput, pack: string, line: number): Rule {
  const rule: Rule = {
    id: `${pack}/${input.id}`,
    kind: input.kind,
    message: input.message,
    severity: input.severity,
    claim: input.claim ?? null,
    needsSource: input['needs-source'] ?? (input.claim ?? 'absolute') !== 'absolute',
    phrases: input.phrases ?? [],
    pattern: input.pattern ?? null,
    swap: input.swap ?? {},
    suggestion: input.suggestion ?? null,
    link: input.link ?? null,
    caseSensitive: input['case-sensitive'],
    scope: input.scope,
    pack,
    line,
  }
  if (input.examples) rule.examples = input.examples
  if (input.description) rule.description = input.description
  return rule
}

/**
 * Parses and validates a rule file. Never throws: every problem comes back with its line, and
 * `pack` is null unless the file has none. `source` names the file in messages.
 */
export function parseRulePack(text: string, source: string): ParsedRulePack {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, logLevel: 'error' })
  const problems = new Problems(source, new Locator(doc, lineCounter))
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const first = error.message.split('\n')[0] ?? error.message
      problems.at(error.linePos?.[0].line ?? 1, `the file is not valid YAML: ${first}`)
    }
    return { pack: null, problems: problems.list }
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    problems.at(1, `the file could not be read as YAML: ${error instanceof Error ? error.message : String(error)}`)
    return { pack: null, problems: problems.list }
  }
  if (raw === null || raw === undefined) {
    problems.at(1, 'the file is empty; expected a mapping with `pack`, `version` and `rules`.')
    return { pack: null, problems: problems.list }
  }
  problems.raw = raw

  const head = packSchema.safeParse(raw)
  if (!head.success) for (const issue of head.error.issues) reportIssue(problems, raw, issue, [])
  const items = Array.isArray(valueAt(raw, ['rules'])) ? (valueAt(raw, ['rules']) as unknown[]) : []
  const packName = head.success ? head.data.pack : ''

  const rules: Rule[] = []
  const seen = new Map<string, number>()
  items.forEach((item, index) => {
    const path = ['rules', index]
    const parsed = ruleSchema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportIssue(problems, raw, issue, path)
      // A broken rule's pattern is still worth checking: one round of fixes instead of two.
      const pattern = valueAt(item, ['pattern'])
      const caseSensitive = valueAt(item, ['case-sensitive']) === true
      if (typeof pattern === 'string' && !parsed.error.issues.some((i) => i.path[0] === 'pattern')) {
        checkPattern(problems, pattern, caseSensitive, [...path, 'pattern'])
      }
      return
    }
    if (!checkRuleSemantics(problems, parsed.data, path)) return
    const line = problems.locator.line(path)
    const firstLine = seen.get(parsed.data.id)
    if (firstLine !== undefined) {
      problems.atPath([...path, 'id'], `repeats the id \`${parsed.data.id}\` of the rule on line ${firstLine}; rule ids must be unique in a pack.`)
      return
    }
    seen.set(parsed.data.id, line)
    rules.push(toRule(parsed.data, packName, line))
  })

  if (!head.success || problems.list.length > 0) return { pack: null, problems: problems.sorted() }
  const pack: RulePack = { name: head.data.pack, version: String(head.data.version), source, rules }
  if (head.data.description) pack.description = head.data.description
  return { pack, problems: [] }
}

// ---------------------------------------------------------------------------------------------
// The packs copydesk ships, read from the copy embedded at build time (see embed.ts).

const cache = new Map<string, RulePack>()

/** A shipped pack by name (`recommended`), or null when copydesk ships none by that name. */
export function builtinPack(name: string): RulePack | null {
  const cached = cache.get(name)
  if (cached) return cached
  const text = EMBEDDED_PACKS[name]
  if (text === undefined) return null
  const { pack, problems } = parseRulePack(text, `rules/${name}.yml`)
  // A broken shipped pack is our bug, never the user's config: fail loudly.
  if (!pack) throw new Error(`copydesk's shipped rule pack \`${name}\` is invalid:\n${problems.map((p) => p.message).join('\n')}`)
  pack.source = name
  cache.set(name, pack)
  return pack
}

export function builtinPackNames(): string[] {
  return Object.keys(EMBEDDED_PACKS).sort()
}

/** The shipped `recommended` pack. */
export function loadRecommendedPack(): RulePack {
  return builtinPack('recommended') as RulePack
}
