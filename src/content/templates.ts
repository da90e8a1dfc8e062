// Template syntax a markdown page carries for its site generator (Hugo shortcodes, Vue interpolations)
// is not prose, but it sits inside prose. It is masked out of the text before the markdown parse, so
// the parser never sees it and every offset stays where it was. Multi-line component tags are joined
// onto one line the same way (line breaks become spaces), so they parse as the HTML VitePress sees.
import { attributeTest } from './visible-attributes.js'
import type { Block } from './block.js'
import { readShortcodes } from './shortcodes.js'
import { multilineTagBreaks, vueTemplateRanges } from './vitepress.js'

/** A source range [start, end). */
export interface Range {
  start: number
  end: number
}

export interface TemplateReading {
  /** The body with template syntax masked: same length, same line breaks. */
  text: string
  /** Blocks read from template syntax a reader sees (shortcode parameters). */
  blocks: Block[]
}

/** Only `.md`: in MDX `{{` is an expression holding an object, and Hugo does not render MDX. */
export function readTemplates(body: string, format: 'md' | 'mdx', shortcodeAttributes: readonly string[]): TemplateReading {
  if (format !== 'md' || (!body.includes('{{') && !body.includes('<<<') && !body.includes('<'))) return { text: body, blocks: [] }
  const fences = fencedCode(body)
  const outside = (offset: number): boolean => !fences.some((fence) => offset >= fence.start && offset < fence.end)
  const shortcodes = readShortcodes(body, fences, attributeTest(shortcodeAttributes))
  const vue = vueTemplateRanges(body).filter((range) => outside(range.start))
  const masked = maskRanges(body, [...shortcodes.masked, ...vue])
  return { text: joinLines(masked, multilineTagBreaks(masked).filter(outside)), blocks: shortcodes.blocks }
}

function joinLines(text: string, breaks: readonly number[]): string {
  if (breaks.length === 0) return text
  const chars = text.split('')
  for (const at of breaks) chars[at] = ' '
  return chars.join('')
}

/**
 * Replaces each range with spaces, line breaks kept. When words follow a range on its last line, that
 * line's masked run starts with a no-break space instead: a run of plain spaces there would indent the
 * words into a code block (`{{% note %}}Our guarantee…` must stay a paragraph). A no-break space is
 * content to markdown and whitespace to the sentence splitter.
 */
export function maskRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text
  const chars = text.split('')
  for (const { start, end } of ranges) {
    let lineRunStart = start
    for (let i = start; i < end && i < chars.length; i++) {
      const char = chars[i]
      if (char === '\n' || char === '\r') lineRunStart = i + 1
      else chars[i] = ' '
    }
    if (lineRunStart < end && wordsFollow(text, end)) chars[lineRunStart] = '\u00A0'
  }
  return chars.join('')
}

function wordsFollow(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const char = text[i]
    if (char === '\n' || char === '\r') return false
    if (char !== ' ' && char !== '\t') return true
  }
  return false
}

const FENCE_OPEN = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})/

/**
 * Fenced code blocks, found line by line (containers' markers allowed before the fence). Template
 * syntax inside them is an example, not a tag: it is neither masked nor read. An unclosed fence runs
 * to the end, as in CommonMark.
 */
export function fencedCode(text: string): Range[] {
  const ranges: Range[] = []
  let open: { start: number; marker: string } | null = null
  let at = 0
  while (at <= text.length) {
    const newline = text.indexOf('\n', at)
    const end = newline === -1 ? text.length : newline + 1
    const line = text.slice(at, end)
    // (a fence is three backticks or tildes in a row: a line without them cannot match, and most lines are such)
    const match = line.includes('```') || line.includes('~~~') ? FENCE_OPEN.exec(line) : null
    if (open === null) {
      // A backtick fence's info string may not hold a backtick.
      if (match && !(match[1]?.startsWith('`') && line.slice(match.index + match[0].length).includes('`'))) open = { start: at, marker: match[1] as string }
    } else if (match && (match[1] as string)[0] === open.marker[0] && (match[1] as string).length >= open.marker.length && line.slice(match.index + match[0].length).trim() === '') {
      ranges.push({ start: open.start, end })
      open = null
    }
    if (newline === -1) break
    at = end
  }
  if (open !== null) ranges.push({ start: open.start, end: text.length })
  return ranges
}
