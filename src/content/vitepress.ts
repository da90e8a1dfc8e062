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
