// A strategy owner approving a policy edit needs to see the edit as the file reads: each hunk of a policy
// file is one change, added, removed or modified as it is, with its lines' indentation and the keys that
// enclose it (so a nested severity override never reads as a top-level key), the rule it belongs to, and
// what it relaxes for later pull requests. The artifact is diffed entry by entry instead.
import { structuredPatch } from 'diff'
import { parse } from 'yaml'
import { parseDocument } from '../content/index.js'
import { diffArtifact } from '../positioning/index.js'
import type { PositioningChange } from '../types.js'
import { decodeText } from './decode.js'
import { configLoosening, ruleFileLoosening, type Loosening } from './policy-loosening.js'
import type { Tree } from './tree.js'
import { enclosingLines, keyPathAt, valueAt } from './yaml-outline.js'

const MAX_LINES = 12

export async function describePolicyChanges(changes: PositioningChange[], base: Tree, head: Tree, artifactPath: string): Promise<PositioningChange[]> {
  const out: PositioningChange[] = []
  for (const change of changes) {
    const [before, after] = await Promise.all([readText(base, change.path), readText(head, change.path)])
    if (change.path === artifactPath) {
      const entries = diffArtifact(before === null ? null : parseDocument(change.path, before), after === null ? null : parseDocument(change.path, after))
      if (entries.length) {
        out.push(...entries.map(withArtifactLoosening))
        continue
      }
    }
    if (before === null || after === null) {
      // A policy file added or deleted whole: the file is the change.
      out.push(change)
      continue
    }
    const hunks = hunkChanges(change, before, after)
    attach(hunks, loosening(change.field, before, after))
    out.push(...(hunks.length ? hunks.map((h) => h.change) : [change]))
  }
  return out
}

const isYaml = (path: string): boolean => /\.ya?ml$/i.test(path)

interface Hunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
}

interface HunkChange {
  change: PositioningChange
  hunk: Hunk
}

/** One change per hunk of the line diff, with indentation, enclosing keys and the rule it belongs to. */
function hunkChanges(change: PositioningChange, before: string, after: string): HunkChange[] {
  const yaml = isYaml(change.path)
  const patch = structuredPatch(change.path, change.path, normalizeEol(before), normalizeEol(after), '', '', { context: 0 })
  return patch.hunks.flatMap((hunk) => {
    const removed = hunk.lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1))
    const added = hunk.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1))
    if (removed.every(blank) && added.every(blank)) return []
    const kind: PositioningChange['kind'] = removed.length === 0 ? 'added' : added.length === 0 ? 'removed' : 'modified'
    // Where the hunk sits: its first line in head, or in base when it only removes lines.
    const inBase = kind === 'removed'
    const line = inBase ? hunk.oldStart : hunk.newStart
    const text = inBase ? before : after
    const context = yaml ? enclosingLines(text, line) : []
    const rule = yaml ? ruleOf(change.field, before, after, hunk) : undefined
    return [
      {
        hunk,
        change: {
          ...change,
          kind,
          before: clip(removed),
          after: clip(added),
          line: Math.max(1, line),
          ...(context.length ? { context: context.join('\n') } : {}),
          ...(rule !== undefined ? { rule } : {}),
        },
      },
    ]
  })
}

/** The rule any changed line of the hunk belongs to: a config severity key, or a rule file's list item. */
function ruleOf(role: string | undefined, before: string, after: string, hunk: Hunk): string | undefined {
  const lines: [string, number][] = [
    ...Array.from({ length: hunk.newLines }, (_, i): [string, number] => [after, hunk.newStart + i]),
    ...Array.from({ length: hunk.oldLines }, (_, i): [string, number] => [before, hunk.oldStart + i]),
  ]
  for (const [text, line] of lines) {
    const path = keyPathAt(text, line)
    const rule = role === 'rule file' ? ruleInPack(text, path) : ruleInConfig(path)
    if (rule !== undefined) return rule
  }
  return undefined
}

function ruleInConfig(path: (string | number)[]): string | undefined {
  const [a, b, c, d] = path
  if (a === 'severity' && typeof b === 'string') return b
  if (a === 'types' && c === 'severity' && typeof d === 'string') return d
  if (a === 'claims' && b === 'severity' && typeof c === 'string') return `claims/${c}`
  if (a === 'types' && c === 'claims' && typeof d === 'string') return `claims/${d}`
  return undefined
}

function ruleInPack(text: string, path: (string | number)[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined
  try {
    const parsed: unknown = parse(text)
    const id = valueAt(parsed, ['rules', path[1], 'id'])
    const pack = valueAt(parsed, ['pack'])
    if (typeof id !== 'string') return undefined
    return typeof pack === 'string' ? `${pack}/${id}` : id
  } catch {
    return undefined
  }
}

function loosening(role: string | undefined, before: string, after: string): Loosening[] {
  if (role === 'copydesk config') return configLoosening(before, after)
  if (role === 'rule file') return ruleFileLoosening(before, after)
  return []
}

/** Each loosening goes to the hunk that touches its line; one no hunk covers goes to its rule's hunk, or the first. */
function attach(hunks: HunkChange[], found: Loosening[]): void {
  const covers = ({ hunk }: HunkChange, l: Loosening): boolean => {
    if (l.line === null) return false
    const [start, count] = l.inBase ? [hunk.oldStart, hunk.oldLines] : [hunk.newStart, hunk.newLines]
    return l.line >= start && l.line < start + Math.max(1, count)
  }
  for (const l of found) {
    const target = hunks.find((h) => covers(h, l)) ?? hunks.find((h) => l.rule !== undefined && h.change.rule === l.rule) ?? hunks[0]
    if (!target) continue
    target.change.loosens = [...(target.change.loosens ?? []), l.text]
    if (target.change.rule === undefined && l.rule !== undefined) target.change.rule = l.rule
  }
}

/** Artifact entries that relax protection: a term, field, page type or owner taken off the list. */
function withArtifactLoosening(change: PositioningChange): PositioningChange {
  if (change.kind !== 'removed' || change.before === null) return change
  const what: Record<string, string> = {
    terms: 'protected term',
    category: 'category (a protected term)',
    'protected-fields': 'protected field',
    'positioning-types': 'positioning page type',
    owners: 'strategy owner',
  }
  const label = change.field !== undefined ? what[change.field] : undefined
  return label ? { ...change, loosens: [`${label} \`${change.before}\` removed`] } : change
}

const blank = (line: string): boolean => line.trim() === ''

function clip(lines: string[]): string | null {
  let start = 0
  let end = lines.length
  while (start < end && blank(lines[start] ?? '')) start++
  while (end > start && blank(lines[end - 1] ?? '')) end--
  const kept = lines.slice(start, end)
  if (!kept.length) return null
  return kept.length > MAX_LINES ? [...kept.slice(0, MAX_LINES), `… ${kept.length - MAX_LINES} more lines`].join('\n') : kept.join('\n')
}

function normalizeEol(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

async function readText(tree: Tree, path: string): Promise<string | null> {
  const bytes = await tree.read(path)
  return bytes === null ? null : decodeText(bytes)
}
