// What a policy edit relaxes for every later pull request, in the words a strategy owner decides on:
// "`acme/no-price-promises` turned off", "`acme/no-price-promises` no longer flags `never raise your price`",
// "protected term `open-source` removed". Read from the parsed YAML of both versions, so a reformatted
// file relaxes nothing and a nested override is read where it sits.
import { parse } from 'yaml'
import { lineOfKey, type KeyPath } from './yaml-outline.js'

export interface Loosening {
  /** In words, with code spans: "`acme/no-price-promises` turned off for `product` pages". */
  text: string
  /** The rule it concerns, when it concerns one. */
  rule?: string
  /** 1-based line of what it is about: in head, or in base when the thing was removed (`inBase`). */
  line: number | null
  inBase: boolean
}

const RANK: Record<string, number> = { off: 0, info: 1, warning: 2, error: 3 }

function read(text: string | null): Record<string, unknown> | null {
  if (text === null) return null
  try {
    const value: unknown = parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {})
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [])
const code = (s: string): string => `\`${s}\``

/** Severity maps (`severity:`, `types.X.severity:`, `claims.severity:`): a rule turned off or lowered. */
function severities(base: unknown, head: unknown, where: string, naming: (key: string) => string, headText: string, path: KeyPath): Loosening[] {
  const out: Loosening[] = []
  const b = record(base)
  for (const [key, value] of Object.entries(record(head))) {
    const to = String(value)
    const from = b[key] === undefined ? null : String(b[key])
    if (from === to || RANK[to] === undefined) continue
    const rule = naming(key)
    const line = lineOfKey(headText, [...path, key])
    if (to === 'off') out.push({ text: `${code(rule)} turned off${where}`, rule, line, inBase: false })
    else if (from !== null && RANK[from] !== undefined && (RANK[to] ?? 0) < (RANK[from] ?? 0)) {
      out.push({ text: `${code(rule)} lowered from ${from} to ${to}${where}`, rule, line, inBase: false })
    }
  }
  return out
}

function removedItems(base: unknown, head: unknown, describe: (item: string) => string, baseText: string, path: KeyPath): Loosening[] {
  const kept = new Set(strings(head).map((s) => s.toLowerCase()))
  return strings(base)
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => !kept.has(item.toLowerCase()))
    .map(({ item, i }) => ({ text: describe(item), line: lineOfKey(baseText, [...path, i]) ?? lineOfKey(baseText, path), inBase: true }))
}

function addedItems(base: unknown, head: unknown, describe: (item: string) => string, headText: string, path: KeyPath): Loosening[] {
  const had = new Set(strings(base).map((s) => s.toLowerCase()))
  return strings(head)
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => !had.has(item.toLowerCase()))
    .map(({ item, i }) => ({ text: describe(item), line: lineOfKey(headText, [...path, i]) ?? lineOfKey(headText, path), inBase: false }))
}

/** The copydesk config: severities, rule packs, override, scope of what is checked, what is positioning. */
export function configLoosening(baseText: string | null, headText: string | null): Loosening[] {
  const base = read(baseText) ?? {}
  const head = read(headText)
  if (head === null || headText === null) return []
  const bt = baseText ?? ''
  const out: Loosening[] = [...severities(base['severity'], head['severity'], '', (k) => k, headText, ['severity'])]
  const bClaims = record(base['claims'])
  const hClaims = record(head['claims'])
  out.push(...severities(bClaims['severity'], hClaims['severity'], '', (k) => `claims/${k}`, headText, ['claims', 'severity']))
  const bTypes = record(base['types'])
  for (const [type, value] of Object.entries(record(head['types']))) {
    const h = record(value)
    const b = record(bTypes[type])
    const pages = ` for ${code(type)} pages`
    out.push(...severities(b['severity'], h['severity'], pages, (k) => k, headText, ['types', type, 'severity']))
    out.push(...severities(b['claims'], h['claims'], pages, (k) => `claims/${k}`, headText, ['types', type, 'claims']))
    if (b['positioning'] === true && h['positioning'] !== true) {
      out.push({ text: `${code(type)} pages no longer positioning`, line: lineOfKey(headText, ['types', type]), inBase: false })
    }
  }
  out.push(...removedItems(base['rules'], head['rules'], (p) => `rule pack ${code(p)} no longer loaded`, bt, ['rules']))
  const bContent = record(base['content'])
  const hContent = record(head['content'])
  out.push(...addedItems(bContent['exclude'], hContent['exclude'], (g) => `${code(g)} excluded from checks`, headText, ['content', 'exclude']))
  if (hContent['include'] !== undefined) out.push(...removedItems(bContent['include'], hContent['include'], (g) => `${code(g)} no longer checked`, bt, ['content', 'include']))
  const bOverride = record(record(base['signoff'])['override'])
  const hOverride = record(record(head['signoff'])['override'])
  if (hOverride['allowed'] === true && bOverride['allowed'] !== true) {
    out.push({ text: `sign-off can be overridden with a label`, line: lineOfKey(headText, ['signoff', 'override', 'allowed']), inBase: false })
  }
  const bPos = record(base['positioning'])
  const hPos = record(head['positioning'])
  out.push(...removedItems(bPos['fields'], hPos['fields'], (f) => `protected field ${code(f)} removed`, bt, ['positioning', 'fields']))
  out.push(...removedItems(bPos['owners'], hPos['owners'], (o) => `strategy owner ${code(o)} removed`, bt, ['positioning', 'owners']))
  if (hPos['parts'] !== undefined) out.push(...removedItems(bPos['parts'], hPos['parts'], (p) => `page part ${code(p)} no longer positioning`, bt, ['positioning', 'parts']))
  return out
}

interface RuleEntry {
  id: string
  index: number
  severity: string
  /** Phrases and swap keys, each with the key path of where it is written. */
  phrases: { text: string; path: KeyPath }[]
}

function rulesOf(pack: Record<string, unknown>): RuleEntry[] {
  const list = Array.isArray(pack['rules']) ? pack['rules'] : []
  return list.flatMap((value, index) => {
    const r = record(value)
    const id = r['id']
    if (typeof id !== 'string') return []
    const phrases = [
      ...(Array.isArray(r['phrases']) ? r['phrases'] : []).flatMap((p, i) => (typeof p === 'string' ? [{ text: p, path: ['rules', index, 'phrases', i] }] : [])),
      ...Object.keys(record(r['swap'])).map((k) => ({ text: k, path: ['rules', index, 'swap', k] })),
    ]
    return [{ id, index, severity: typeof r['severity'] === 'string' ? r['severity'] : 'warning', phrases }]
  })
}

/** A rule file: a rule removed, lowered, or no longer flagging a phrase. */
export function ruleFileLoosening(baseText: string | null, headText: string | null): Loosening[] {
  const base = read(baseText)
  const head = read(headText) ?? {}
  if (base === null || baseText === null) return []
  const pack = typeof head['pack'] === 'string' ? head['pack'] : typeof base['pack'] === 'string' ? base['pack'] : ''
  const name = (id: string): string => (pack ? `${pack}/${id}` : id)
  const headRules = rulesOf(head)
  const out: Loosening[] = []
  for (const b of rulesOf(base)) {
    const h = headRules.find((r) => r.id === b.id)
    const rule = name(b.id)
    if (!h) {
      out.push({ text: `${code(rule)} removed`, rule, line: lineOfKey(baseText, ['rules', b.index]), inBase: true })
      continue
    }
    if ((RANK[h.severity] ?? 0) < (RANK[b.severity] ?? 0)) {
      out.push({ text: `${code(rule)} lowered from ${b.severity} to ${h.severity}`, rule, line: headText ? lineOfKey(headText, ['rules', h.index, 'severity']) : null, inBase: false })
    }
    const kept = new Set(h.phrases.map((p) => p.text.toLowerCase()))
    const dropped = b.phrases.filter((p) => !kept.has(p.text.toLowerCase()))
    const first = dropped[0]
    if (first !== undefined) {
      out.push({ text: `${code(rule)} no longer flags ${dropped.map((p) => code(p.text)).join(', ')}`, rule, line: lineOfKey(baseText, first.path), inBase: true })
    }
  }
  return out
}
