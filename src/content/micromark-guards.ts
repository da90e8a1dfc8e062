// GFM's autolink literals and tables cost more than the rest of markdown put together on prose: an
// email autolink is attempted at the start of every word (and fails unless an `@` follows), a
// `www.`/`http://` one at every word starting with w or h, a table at the start of every block (and
// fails unless a delimiter row follows). A guard asks the raw source first and lets micromark skip an
// attempt that cannot succeed. A guard says "cannot" only where the construct itself would fail, so
// the tree is exactly the one unguarded micromark builds; when in doubt it says "may".
import type { Data, Processor } from 'unified'

/** The parts of a micromark construct a guard touches (structural: micromark's types package is not a dependency). */
interface Construct {
  name?: string
  tokenize: (this: TokenizeContext, effects: unknown, ok: State, nok: State) => State
  previous?: (this: TokenizeContext, code: number | null) => boolean
}
type State = (code: number | null) => unknown
interface TokenizeContext {
  now: () => { line: number; offset: number }
}
type ConstructRecord = Record<string, Construct | Construct[] | undefined>
type Extension = Record<string, unknown>

/** What the source being parsed allows, computed once per parse. */
export interface SourceHints {
  source: string
  /** emailAt[i] === 1 when an `@` follows offset i after email characters only; null when the source has no `@`. */
  emailAt: Uint8Array | null
  /** tableLine[n] === 1 when line n (1-based) may be a table's head or row; null when no line looks like a delimiter row. */
  tableLine: Uint8Array | null
}

let active: SourceHints | null = null

/** Runs `parse` with guards reading hints about `source`; outside such a call every guard lets micromark try. */
export function withSourceHints<T>(source: string, parse: () => T): T {
  const outer = active
  active = sourceHints(source)
  try {
    return parse()
  } finally {
    active = outer
  }
}

export function sourceHints(source: string): SourceHints {
  return { source, emailAt: emailReach(source), tableLine: tableLines(source) }
}

/** GFM's email atext: ASCII letters and digits, `+`, `-`, `.`, `_`. */
function isEmailChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 43 || code === 45 || code === 46 || code === 95
}

function emailReach(source: string): Uint8Array | null {
  let at = source.indexOf('@')
  if (at === -1) return null
  const reach = new Uint8Array(source.length + 1)
  while (at !== -1) {
    reach[at] = 1
    for (let i = at - 1; i >= 0 && reach[i] === 0 && isEmailChar(source.charCodeAt(i)); i--) reach[i] = 1
    at = source.indexOf('@', at + 1)
  }
  return reach
}

/**
 * A delimiter row holds `-` and a `|` or `:`, and nothing else but `|:-`, spaces and tabs. Container
 * markers (`>`, list bullets and numbers) may stand before it, so those characters pass too: a line
 * that merely looks like a delimiter row costs some of the saving, never the result.
 */
function isDelimiterChar(code: number): boolean {
  // \t space ) * + - . 0-9 : > |
  return code === 9 || code === 32 || code === 41 || code === 42 || code === 43 || code === 45 || code === 46 || (code >= 48 && code <= 58) || code === 62 || code === 124
}

const LineKind = { Other: 0, Blank: 1, Delimiter: 2 } as const
type LineKind = (typeof LineKind)[keyof typeof LineKind]

/** Kind of every line, index 0 for line 1; `\r\n`, `\n` and a lone `\r` end a line, as micromark counts them. */
function lineKinds(source: string): LineKind[] | null {
  const kinds: LineKind[] = []
  let delimiters = 0
  let blank = true
  let allowed = true
  let dash = false
  let bar = false
  const end = (): void => {
    const delimiter = allowed && dash && bar
    if (delimiter) delimiters++
    kinds.push(delimiter ? LineKind.Delimiter : blank ? LineKind.Blank : LineKind.Other)
    blank = true
    allowed = true
    dash = false
    bar = false
  }
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 10 || code === 13) {
      if (code === 13 && source.charCodeAt(i + 1) === 10) i++
      end()
      continue
    }
    if (code !== 9 && code !== 32) blank = false
    if (!allowed) continue
    if (!isDelimiterChar(code)) allowed = false
    else if (code === 45) dash = true
    else if (code === 124 || code === 58) bar = true
  }
  end()
  return delimiters === 0 ? null : kinds
}

function tableLines(source: string): Uint8Array | null {
  if (source.indexOf('-') === -1) return null
  const kinds = lineKinds(source)
  if (kinds === null) return null
  // 1-based line numbers: a delimiter on line n has its head on line n - 1 and body rows on every
  // following line up to the first blank one, which ends a table in any container.
  const marks = new Uint8Array(kinds.length + 2)
  let inTable = false
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index]
    const line = index + 1
    if (kind === LineKind.Delimiter) {
      marks[line - 1] = 1
      inTable = true
    } else if (kind === LineKind.Blank) {
      inTable = false
    }
    if (inTable) marks[line] = 1
  }
  return marks
}

function startsAt(pattern: RegExp, source: string, offset: number): boolean {
  pattern.lastIndex = offset
  return pattern.test(source)
}

const WWW = /www\./iy
const PROTOCOL = /https?:\/\//iy

type Gate = (hints: SourceHints, context: TokenizeContext) => boolean

/** Wraps `previous`, the check micromark makes before it attempts a construct inside text. */
function gatePrevious(gate: Gate): (construct: Construct) => Construct {
  return (construct) => {
    const { previous } = construct
    return {
      ...construct,
      previous(code) {
        if (previous && !previous.call(this, code)) return false
        return active === null || gate(active, this)
      },
    }
  }
}

/** Wraps `tokenize`: a construct at the start of a block has no `previous` check to hook. */
function gateTokenize(gate: Gate): (construct: Construct) => Construct {
  return (construct) => {
    const { tokenize } = construct
    return {
      ...construct,
      tokenize(effects, ok, nok) {
        if (active !== null && !gate(active, this)) return nok
        return tokenize.call(this, effects, ok, nok)
      },
    }
  }
}

const GUARDS: Record<string, (construct: Construct) => Construct> = {
  emailAutolink: gatePrevious((hints, context) => hints.emailAt !== null && hints.emailAt[context.now().offset] === 1),
  wwwAutolink: gatePrevious((hints, context) => startsAt(WWW, hints.source, context.now().offset)),
  protocolAutolink: gatePrevious((hints, context) => startsAt(PROTOCOL, hints.source, context.now().offset)),
  table: gateTokenize((hints, context) => hints.tableLine !== null && hints.tableLine[context.now().line] === 1),
}

const guarded = new WeakSet<object>()

function guard(construct: Construct): Construct {
  const wrap = construct.name === undefined ? undefined : GUARDS[construct.name]
  if (!wrap) return construct
  const wrapped = wrap(construct)
  guarded.add(wrapped)
  return wrapped
}

/** A copy of `extension` with every guarded construct wrapped; the original (shared by every processor) is untouched. */
export function guardExtension(extension: Extension): Extension {
  const copy: Extension = { ...extension }
  for (const [hook, value] of Object.entries(extension)) {
    if (hook === 'disable' || value === null || typeof value !== 'object' || Array.isArray(value)) continue
    const record: ConstructRecord = {}
    for (const [code, constructs] of Object.entries(value as ConstructRecord)) {
      record[code] = Array.isArray(constructs) ? constructs.map(guard) : constructs === undefined ? undefined : guard(constructs)
    }
    copy[hook] = record
  }
  return copy
}

/** Names of the guarded constructs a processor parses with; lets a test notice when an upgrade renames one. */
export function guardedConstructNames(processor: { data(): Data }): string[] {
  const names = new Set<string>()
  for (const extension of (processor.data().micromarkExtensions ?? []) as unknown as Extension[]) {
    for (const value of Object.values(extension)) {
      if (value === null || typeof value !== 'object') continue
      for (const constructs of Object.values(value as ConstructRecord)) {
        for (const construct of Array.isArray(constructs) ? constructs : constructs ? [constructs] : []) {
          if (guarded.has(construct) && construct.name !== undefined) names.add(construct.name)
        }
      }
    }
  }
  return [...names].sort()
}

/** unified plugin: use it after remark-gfm so the constructs remark-gfm added are guarded. */
export function remarkMicromarkGuards(this: Processor): undefined {
  const data = this.data()
  const list = data.micromarkExtensions
  if (list) data.micromarkExtensions = list.map((extension) => guardExtension(extension as unknown as Extension)) as unknown as typeof list
  return undefined
}
