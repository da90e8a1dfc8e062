// `copydesk check --fix` / `--fix-dry-run`: applies the findings' exact replacements (`Finding.fix`) to the
// files as stored. Only the replaced ranges change: line endings, a BOM, trailing spaces and every other
// byte stay as they were, so a fix never shows up in a diff as anything but the words it swaps.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { computeLineStarts } from '../content/lines.js'
import type { Finding, Report } from '../types.js'

const BOM = '\uFEFF'
// Keeps a BOM in the text (ignoreBOM), so writing the text back writes the BOM back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export interface FixedText {
  text: string
  applied: number
  /** Fixes left out because an earlier one already covers part of their range, or their range is not in the text. */
  skipped: number
}

/**
 * Applies each finding's `fix` to `source` (the text as copydesk read it, BOM stripped). Fixes are taken in
 * reading order (start, then end, then the order given); one that overlaps a fix already taken is left for
 * the next run, so the outcome never depends on how the findings were listed.
 */
export function applyFixes(source: string, findings: readonly Finding[]): FixedText {
  const starts = computeLineStarts(source)
  const offset = (line: number, column: number): number | null => {
    const lineStart = starts[line - 1]
    if (lineStart === undefined || column < 1) return null
    const lineEnd = line < starts.length ? (starts[line] as number) : source.length
    const at = lineStart + column - 1
    return at <= lineEnd ? at : null
  }
  const edits: { start: number; end: number; text: string; order: number }[] = []
  let skipped = 0
  findings.forEach((finding, order) => {
    if (!finding.fix) return
    const start = offset(finding.fix.line, finding.fix.column)
    const end = offset(finding.fix.endLine, finding.fix.endColumn)
    if (start === null || end === null || end < start) skipped++
    else edits.push({ start, end, text: finding.fix.text, order })
  })
  edits.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order)
  let out = ''
  let at = 0
  let applied = 0
  for (const edit of edits) {
    // Touching ranges are fine; an insertion at the very end of the previous edit is not (its order would be ambiguous).
    if (edit.start < at || (applied > 0 && edit.start === at && edit.start === edit.end)) {
      skipped++
      continue
    }
    out += source.slice(at, edit.start) + edit.text
    at = edit.end
    applied++
  }
  return { text: out + source.slice(at), applied, skipped }
}

export interface FileFix {
  path: string
  before: string
  after: string
  applied: number
  skipped: number
}

/**
 * The fixes a report offers, per file under `root` (the folder report paths are relative to). Suppressed
 * findings are never fixed: the writer chose to keep those words. Files that cannot be read as UTF-8 are left alone.
 * `read` gives a file's bytes (standard input stands in for the file with `--stdin`).
 */
export async function planFixes(report: Report, root: string, read: (path: string) => Promise<Uint8Array> = (path) => readFile(join(root, path))): Promise<FileFix[]> {
  const out: FileFix[] = []
  for (const file of report.files) {
    const findings = [...file.findings, ...file.preExisting].filter((f) => f.fix && !f.suppressed)
    if (!findings.length) continue
    let before: string
    try {
      before = decoder.decode(await read(file.path))
    } catch {
      continue
    }
    const bom = before.startsWith(BOM) ? BOM : ''
    const fixed = applyFixes(before.slice(bom.length), findings)
    const after = bom + fixed.text
    if (after !== before) out.push({ path: file.path, before, after, applied: fixed.applied, skipped: fixed.skipped })
  }
  return out
}

export async function writeFixes(fixes: readonly FileFix[], root: string): Promise<void> {
  for (const fix of fixes) await writeFile(join(root, fix.path), fix.after)
}

/** A unified diff of what `--fix` would write (`a/PATH` → `b/PATH`, as git prints it). */
export function fixesDiff(fixes: readonly FileFix[]): string {
  return fixes.map((fix) => createTwoFilesPatch(`a/${fix.path}`, `b/${fix.path}`, fix.before, fix.after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '')).join('')
}
