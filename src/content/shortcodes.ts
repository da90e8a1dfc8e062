// Hugo shortcodes: `{{< figure src="…" caption="…" >}}`, `{{% note %}}…{{% /note %}}`. The tag itself is
// never prose (it is masked out of the markdown before parsing); the string parameters a reader sees
// (`caption`, `alt`, the config's `content.shortcode-attributes`) are read as blocks of their own; the
// content between a paired shortcode's tags stays in the markdown, except for code shortcodes.
import { BlockBuilder, type Block } from './block.js'
import { looksLikeAddress } from './prose-fields.js'
import type { Range } from './templates.js'

export interface ShortcodeParameter {
  /** null for a positional parameter. */
  name: string | null
  value: string
  offsets: number[]
  quoted: boolean
}

export interface Shortcode {
  name: string
  closing: boolean
  /** A commented-out tag (`{{</*` … `*\/>}}`): Hugo's way to show a shortcode as text in documentation; never read. */
  comment: boolean
  start: number
  end: number
  parameters: ShortcodeParameter[]
}

/** Shortcodes whose content is code, not markdown: masked from the opening tag to the closing one. */
const CODE_SHORTCODES = new Set(['highlight'])

/** A positional parameter that reads as words (two or more, with letters), not a token like `linenos=inline`. */
const PROSE_POSITIONAL = /\p{L}[^\s]*\s+\S*\p{L}/u

const NAME_CHAR = /[\p{L}\p{N}_./-]/u

/** Every well-formed shortcode tag starting outside `skip`, in source order. */
export function findShortcodes(text: string, skip: readonly Range[] = []): Shortcode[] {
  const found: Shortcode[] = []
  let from = text.indexOf('{{')
  while (from !== -1) {
    const delimiter = text[from + 2]
    const shortcode = delimiter === '<' || delimiter === '%' ? parseShortcode(text, from, delimiter) : null
    if (shortcode !== null && !inside(skip, from)) {
      found.push(shortcode)
      from = text.indexOf('{{', shortcode.end)
    } else from = text.indexOf('{{', from + 2)
  }
  return found
}

/** What masks the shortcodes out of the markdown, and the blocks their visible parameters make. */
export function readShortcodes(text: string, skip: readonly Range[], isShortcodeAttribute: (name: string) => boolean): { masked: Range[]; blocks: Block[] } {
  const shortcodes = findShortcodes(text, skip)
  const masked: Range[] = []
  const blocks: Block[] = []
  for (let i = 0; i < shortcodes.length; i++) {
    const shortcode = shortcodes[i] as Shortcode
    if (!shortcode.closing && !shortcode.comment && CODE_SHORTCODES.has(shortcode.name.toLowerCase())) {
      const close = shortcodes.findIndex((other, j) => j > i && other.closing && other.name === shortcode.name)
      if (close !== -1) {
        masked.push({ start: shortcode.start, end: (shortcodes[close] as Shortcode).end })
        i = close
        continue
      }
    }
    masked.push({ start: shortcode.start, end: shortcode.end })
    if (!shortcode.closing && !shortcode.comment) blocks.push(...parameterBlocks(shortcode, isShortcodeAttribute))
  }
  return { masked, blocks }
}

function parameterBlocks(shortcode: Shortcode, isShortcodeAttribute: (name: string) => boolean): Block[] {
  const blocks: Block[] = []
  shortcode.parameters.forEach((parameter, index) => {
    const reads = parameter.name === null ? parameter.quoted && PROSE_POSITIONAL.test(parameter.value) : isShortcodeAttribute(parameter.name)
    if (!reads || parameter.value.trim() === '' || looksLikeAddress(parameter.value)) return
    const builder = new BlockBuilder()
    builder.addMapped(parameter.value, parameter.offsets)
    blocks.push(builder.build('paragraph', { construct: 'shortcode', field: `shortcode.${shortcode.name}.${parameter.name ?? index}` }))
  })
  return blocks
}

function inside(ranges: readonly Range[], offset: number): boolean {
  return ranges.some((range) => offset >= range.start && offset < range.end)
}

/**
 * The tag at `start` (`{{<` or `{{%`), or null when it is not one: Hugo's grammar, forgiving of the
 * spaces writers put around `=`. A tag that runs into a blank line or the end of the file is not a tag.
 */
function parseShortcode(text: string, start: number, delimiter: '<' | '%'): Shortcode | null {
  const closer = `${delimiter === '<' ? '>' : '%'}}}`
  let at = skipSpace(text, start + 3)
  if (at === -1) return null
  if (text.startsWith('/*', at)) {
    const end = text.indexOf('*/', at + 2)
    if (end === -1) return null
    const after = skipSpace(text, end + 2)
    if (after === -1 || !text.startsWith(closer, after)) return null
    return { name: '', closing: false, comment: true, start, end: after + closer.length, parameters: [] }
  }
  const closing = text[at] === '/'
  if (closing) at = skipSpace(text, at + 1)
  if (at === -1) return null
  const nameStart = at
  while (at < text.length && NAME_CHAR.test(text[at] as string)) at++
  if (at === nameStart) return null
  const name = text.slice(nameStart, at)
  const parameters: ShortcodeParameter[] = []
  for (;;) {
    at = skipSpace(text, at)
    if (at === -1) return null
    if (text.startsWith(closer, at)) return { name, closing, comment: false, start, end: at + closer.length, parameters }
    if (text.startsWith(`/${closer}`, at)) return { name, closing, comment: false, start, end: at + 1 + closer.length, parameters }
    const parameter = parseParameter(text, at, closer)
    if (parameter === null) return null
    parameters.push(parameter.parameter)
    at = parameter.end
  }
}

function parseParameter(text: string, at: number, closer: string): { parameter: ShortcodeParameter; end: number } | null {
  // `key=value`, `key = "value"`, or a positional value.
  const named = /^([\p{L}\p{N}_-]+)[ \t]*=[ \t]*/u.exec(text.slice(at, at + 200))
  const valueStart = named ? at + named[0].length : at
  const value = parseValue(text, valueStart, closer)
  if (value === null) return null
  return { parameter: { name: named ? (named[1] as string) : null, ...value.value }, end: value.end }
}

function parseValue(text: string, at: number, closer: string): { value: Omit<ShortcodeParameter, 'name'>; end: number } | null {
  const quote = text[at]
  let value = ''
  const offsets: number[] = []
  if (quote === '"' || quote === '`') {
    let i = at + 1
    for (; i < text.length && text[i] !== quote; i++) {
      // Hugo's double-quoted strings escape `"` and `\`; raw (backquoted) strings escape nothing.
      if (quote === '"' && text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) i++
      if (isBlankLineAt(text, i)) return null
      value += text[i]
      offsets.push(i)
    }
    if (i >= text.length) return null
    return { value: { value, offsets, quoted: true }, end: i + 1 }
  }
  let i = at
  while (i < text.length && !/\s/.test(text[i] as string) && !text.startsWith(closer, i) && !text.startsWith(`/${closer}`, i)) {
    value += text[i]
    offsets.push(i)
    i++
  }
  if (i === at) return null
  return { value: { value, offsets, quoted: false }, end: i }
}

/** Skips spaces and single line breaks; -1 at a blank line or the end of the text. */
function skipSpace(text: string, at: number): number {
  let i = at
  while (i < text.length && /\s/.test(text[i] as string)) {
    if (isBlankLineAt(text, i)) return -1
    i++
  }
  return i < text.length ? i : -1
}

function isBlankLineAt(text: string, i: number): boolean {
  if (text[i] !== '\n') return false
  let j = i + 1
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
  return j >= text.length || text[j] === '\n'
}
