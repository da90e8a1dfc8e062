// VitePress pages are Vue templates: `{{ $frontmatter.title }}` renders a value, not words the writer
// typed here, and `<<< @/snippets/x.ts` pulls in a code file. Both are masked out of the markdown.
// (`<script setup>` and `<style>` blocks are HTML blocks; the HTML reader leaves their content out.)
import type { Range } from './templates.js'

/** `{{ expression }}` on one line; `{{<` and `{{%` are Hugo shortcodes, not Vue. */
const INTERPOLATION = /\{\{(?![<%])[^\n\r]*?\}\}/g

/** A VitePress code import: `<<< @/path/file.ts{2,4}` alone on its line. */
const CODE_IMPORT = /^[ \t]*<<<[ \t]+[^\s].*$/gm

export function vueTemplateRanges(text: string): Range[] {
  const ranges: Range[] = []
  if (text.includes('{{')) for (const match of text.matchAll(INTERPOLATION)) ranges.push({ start: match.index, end: match.index + match[0].length })
  if (text.includes('<<<')) for (const match of text.matchAll(CODE_IMPORT)) ranges.push({ start: match.index, end: match.index + match[0].length })
  return ranges
}

/**
 * An open tag that starts a line and spans several (`<EaSection\n  title="…"\n>`): VitePress reads it as one
 * HTML block (mdit-vue's component plugin); CommonMark would start a quote at a line holding only `>`
 * and read the attributes as prose. Attribute names are Vue's (`:data`, `@click`, `#slot`), values may
 * hold line breaks, never a blank line.
 */
const MULTILINE_OPEN_TAG = /^[ \t]{0,3}(<[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>)/gm

/** Offsets of the line breaks inside such tags: replaced by spaces, the tag reads as one line. */
export function multilineTagBreaks(text: string): number[] {
  const breaks: number[] = []
  if (!text.includes('<')) return breaks
  for (const match of text.matchAll(MULTILINE_OPEN_TAG)) {
    const tag = match[1] as string
    if (!tag.includes('\n') || /\n[ \t]*\r?\n/.test(tag)) continue
    const start = match.index + match[0].length - tag.length
    for (let i = 0; i < tag.length; i++) if (tag[i] === '\n' || tag[i] === '\r') breaks.push(start + i)
  }
  return breaks
}
