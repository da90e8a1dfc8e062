// The positioning section of the markdown report: each change says what changed, in words, and where;
// its before/after reads at GitHub's ~780 px comment column: the diff block wraps, a word-level line
// strikes the removed words and bolds the added ones, a table row is a small table under its headers,
// and a policy edit keeps the file's indentation and the keys that enclose it.
import { keptShare, MAX_DIFF_CHARS, tokens, wordDiff, type WordPart } from '../positioning/words.js'
import type { PositioningChange, Report } from '../types.js'
import { code, fencedBlock, link, literal, oneLine, preformatted, safeText, table, wrap } from './md.js'
import { blobUrl, more, trimBlank, type RenderContext } from './render-context.js'
import { plural } from './shared.js'

/** Diff lines wrap here: two marker columns plus this fit a 780 px column in GitHub's code font. */
const DIFF_WIDTH = 76
/** Below this share of words kept, a highlighted line is noise: the diff block says it better. */
const HIGHLIGHT_MIN_KEPT = 0.35
/** Unchanged runs longer than this are cut to their ends in the highlighted line. */
const LONG_RUN = 14
const RUN_END = 6

/** `term-removed:open-source` → `term removed: open-source`: the reason in words a strategy owner reads. */
export function describeReason(reason: string): string {
  const at = reason.indexOf(':')
  const kind = at === -1 ? reason : reason.slice(0, at)
  const value = at === -1 ? '' : oneLine(reason.slice(at + 1))
  if (!value) return reason === 'policy-file' ? 'policy file' : oneLine(reason)
  switch (kind) {
    case 'term':
      return `protected term "${value}"`
    case 'term-removed':
      return `term removed: ${value}`
    case 'term-added':
      return `term added: ${value}`
    case 'price':
      return `quotes the price ${value}`
    case 'price-changed':
      return `price ${value}`
    case 'price-added':
      return `price added: ${value}`
    case 'price-removed':
      return `price removed: ${value}`
    case 'figure-changed':
      return `figure ${value}`
    case 'figure-added':
      return `figure added: ${value}`
    case 'figure-removed':
      return `figure removed: ${value}`
    case 'statement':
      return `restates the ${value.replace(/-/g, ' ')}`
    case 'statement-removed':
      return `approved ${value.replace(/-/g, ' ')} dropped`
    case 'field':
      return `positioning field ${value}`
    case 'type':
      return `content type ${value}`
    default:
      return oneLine(reason)
  }
}

export function positioningSection(report: Report, ctx: RenderContext): string[] {
  const { changes, policyFiles } = report.positioning
  if (changes.length === 0 && policyFiles.length === 0) return []
  const lines = ['### 🧭 Positioning changes', '', "What changed in the company's positioning, for the strategy owners to decide on before merge.", '']
  const byFile = new Map<string, PositioningChange[]>()
  for (const change of changes) byFile.set(change.path, [...(byFile.get(change.path) ?? []), change])
  const files = [...byFile].slice(0, ctx.detail.maxPositioningFiles)
  for (const [path, list] of files) {
    const sorted = [...list].sort((a, b) => a.line - b.line)
    const shown = sorted.slice(0, ctx.detail.maxChangesPerFile)
    const target = ctx.links ? link(code(path), blobUrl(ctx.links, path)) : code(path)
    lines.push(`#### ${target} — ${plural(list.length, 'change')}`, '')
    const drift = report.positioning.drift?.find((d) => d.path === path)
    // The model's reading against the artifact: advice for the strategy owner, marked as the model's.
    if (drift) lines.push(`> 🤖 **The LLM's note (advisory, ${drift.assessment}):** ${safeText(drift.note)}`, '')
    for (const change of shown) lines.push(...changeItem(change, ctx), '')
    if (shown.length < sorted.length) lines.push(`…and ${plural(sorted.length - shown.length, 'more change')}${more(ctx)}.`, '')
  }
  if (files.length < byFile.size) {
    const hidden = [...byFile].slice(files.length).reduce((n, [, list]) => n + list.length, 0)
    lines.push(`…and ${plural(hidden, 'more change')} in ${plural(byFile.size - files.length, 'more file')}${more(ctx)}.`, '')
  }
  return trimBlank(lines)
}

function changeItem(change: PositioningChange, ctx: RenderContext): string[] {
  const line = Math.max(1, change.line)
  const label = `L${line}`
  const at = ctx.links ? link(label, blobUrl(ctx.links, change.path, line, change.kind === 'removed' && ctx.links.baseSha ? ctx.links.baseSha : ctx.links.headSha)) : label
  const head = `${at} · **${change.kind}** · ${headline(change)}`
  if (change.reason === 'policy-file') {
    // Hard line breaks keep the header and each "loosens" on a line of its own.
    const loosens = (change.loosens ?? []).map((l) => `⚠️ loosens: ${safeText(l)}`)
    return [[head, ...loosens].join('  \n'), '', ...policyBlock(change)]
  }
  if (change.table) return [head, '', ...rowTable(change.table)]
  const highlighted = change.kind === 'modified' && change.before !== null && change.after !== null ? highlight(change.before, change.after) : null
  return [head, '', ...sentenceBlock(change), ...(highlighted ? ['', `> ${highlighted}`] : [])]
}

/** `price $49 → $79 in Pricing › SSO add-on`: what changed, then where. */
function headline(change: PositioningChange): string {
  if (change.reason === 'policy-file') {
    const rule = change.rule !== undefined ? `rule ${code(change.rule)} in ` : ''
    return `${rule}${literal(change.field ?? 'policy file')}`
  }
  const field = change.field
  if (field !== undefined && change.reason.startsWith('field:') && (field === change.reason.slice(6) || field.startsWith(`${change.reason.slice(6)}.`))) {
    return `protected field ${code(field)}`
  }
  return `${literal(describeReason(change.reason))}${field !== undefined ? ` ${place(field)}` : ''}`
}

/** A table row reads as a path (`in Pricing › SSO add-on`), a frontmatter key or prop as code, a heading in quotes. */
function place(field: string): string {
  if (field.includes(' › ')) return `in ${literal(field)}`
  if (/^[\w.-]+$/.test(field)) return `in ${code(field)}`
  return `under “${literal(field)}”`
}

function sentenceBlock(change: PositioningChange): string[] {
  const lines: string[] = []
  for (const [marker, text] of [['-', change.before], ['+', change.after]] as const) {
    if (text === null) continue
    for (const part of text.split('\n')) for (const piece of wrap(part, DIFF_WIDTH)) lines.push(`${marker} ${piece}`)
  }
  return fencedBlock(lines, 'diff')
}

/** A policy hunk as the file reads: enclosing keys as context, then the removed and added lines, indentation kept. */
function policyBlock(change: PositioningChange): string[] {
  const lines: string[] = []
  for (const line of change.context?.split('\n') ?? []) lines.push(`  ${preformatted(line)}`)
  if (change.before !== null) for (const line of change.before.split('\n')) lines.push(`- ${preformatted(line)}`)
  if (change.after !== null) for (const line of change.after.split('\n')) lines.push(`+ ${preformatted(line)}`)
  return fencedBlock(lines, 'diff')
}

/** A changed table row as a small table: the column headers, then the row before and after, changed words marked. */
function rowTable(t: NonNullable<PositioningChange['table']>): string[] {
  const columns = t.columns.map((c) => literal(c) || ' ')
  const rows: string[][] = []
  const width = columns.length
  const cells = (list: string[] | null): string[] => Array.from({ length: width }, (_, i) => list?.[i] ?? '')
  const before = cells(t.before)
  const after = cells(t.after)
  if (t.before && t.after) {
    const marked = before.map((b, i) => markCell(b, after[i] ?? ''))
    rows.push(['before', ...marked.map((m) => m.before)], ['after', ...marked.map((m) => m.after)])
  } else if (t.after) rows.push(['added', ...after.map((c) => literal(c))])
  else rows.push(['removed', ...before.map((c) => literal(c))])
  return table([' ', ...columns], rows.map((r) => r.map((c) => c || ' ')))
}

function markCell(before: string, after: string): { before: string; after: string } {
  if (oneLine(before) === oneLine(after) || before.length > MAX_DIFF_CHARS || after.length > MAX_DIFF_CHARS) return { before: literal(before), after: literal(after) }
  const parts = wordDiff(before, after)
  return { before: render(parts.filter((p) => p.kind !== 'added'), false), after: render(parts.filter((p) => p.kind !== 'removed'), false) }
}

/**
 * The new wording with the removed words struck through and the added words bold, in one line that wraps:
 * a three-word edit in a long sentence reads as three words. Null when too little stayed to show it so.
 */
export function highlight(before: string, after: string): string | null {
  if (before.length > MAX_DIFF_CHARS || after.length > MAX_DIFF_CHARS) return null
  const parts = wordDiff(before, after)
  if (!parts.some((p) => p.kind !== 'same') || keptShare(parts) < HIGHLIGHT_MIN_KEPT) return null
  return render(parts, true)
}

interface Piece {
  text: string
  raw: string
}

const PUNCT_ONLY = /^[^\p{L}\p{N}]+$/u
const NO_SPACE_BEFORE = /^[,.;:!?)\]}%…]/
const NO_SPACE_AFTER = /[([{$€£¥]$/

function render(parts: readonly WordPart[], elide: boolean): string {
  const pieces: Piece[] = []
  parts.forEach((part, index) => {
    let words = tokens(part.text).map((t) => t.trim())
    if (part.kind === 'same') {
      if (elide && words.length > LONG_RUN) {
        const first = index === 0
        const last = index === parts.length - 1
        // Cut at words, not at a comma: "… and rolls them back", not "…, and rolls them back".
        const tail = words.slice(-RUN_END)
        while (tail.length > 0 && PUNCT_ONLY.test(tail[0] ?? '')) tail.shift()
        words = [...(first ? [] : words.slice(0, RUN_END)), '…', ...(last ? [] : tail)]
      }
      for (const w of words) pieces.push({ text: w === '…' ? '…' : literal(w), raw: w })
      return
    }
    // Punctuation at the edges of a run stays outside the markers (GitHub would not render `**, web**`);
    // a removed comma is not worth a strike.
    let start = 0
    let end = words.length
    const lead: string[] = []
    const trail: string[] = []
    while (start < end && PUNCT_ONLY.test(words[start] ?? '')) lead.push(words[start++] ?? '')
    while (end > start && PUNCT_ONLY.test(words[end - 1] ?? '')) trail.unshift(words[--end] ?? '')
    const core = words.slice(start, end)
    const keepPunct = part.kind === 'added'
    if (keepPunct) for (const w of lead) pieces.push({ text: literal(w), raw: w })
    if (core.length > 0) {
      const marker = part.kind === 'removed' ? '~~' : '**'
      pieces.push({ text: `${marker}${join(core.map((w) => ({ text: literal(w), raw: w })))}${marker}`, raw: `${core[0]}\u0000${core[core.length - 1]}` })
    }
    if (keepPunct) for (const w of trail) pieces.push({ text: literal(w), raw: w })
  })
  return join(pieces)
}

/** Joins words the way they read: no space before a comma or after an opening bracket or currency sign. */
function join(pieces: readonly Piece[]): string {
  let out = ''
  let previous = ''
  for (const piece of pieces) {
    const [first = piece.raw, last = piece.raw] = piece.raw.split('\u0000')
    if (out !== '' && !NO_SPACE_BEFORE.test(first) && !NO_SPACE_AFTER.test(previous)) out += ' '
    out += piece.text
    previous = last
  }
  return out
}
