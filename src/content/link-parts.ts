// The words of a link or an image that sit outside the paragraph's text: an image's alt text (read by
// screen readers, shown when the image fails) and the title a link or image shows on hover. Each is a
// block of its own, positioned on the characters typed between `![` and `]`, or between the quotes.
import type { Image, ImageReference, Link } from 'mdast'
import { alignValue } from './align.js'
import { BlockBuilder, type Block } from './block.js'
import { looksLikeAddress } from './prose-fields.js'

export function altBlock(node: Image | ImageReference, source: string): Block | null {
  const alt = node.alt ?? ''
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (alt.trim() === '' || looksLikeAddress(alt) || start === undefined || end === undefined) return null
  // The label starts after `![`; alignValue walks forward, so the URL after the label is never reached first.
  const builder = new BlockBuilder()
  builder.addMapped(alt, alignValue(alt, source, start + 2, end))
  return builder.build('paragraph', { construct: 'alt', field: 'image.alt' })
}

/** `[text](url "title")`, `![alt](src 'title')`, `[text](url (title))`: the title is the last part before `)`. */
export function titleBlock(node: Link | Image, source: string): Block | null {
  const title = node.title ?? ''
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (title.trim() === '' || looksLikeAddress(title) || start === undefined || end === undefined) return null
  const range = titleRange(source, start, end)
  if (range === null) return null
  const builder = new BlockBuilder()
  builder.addMapped(title, alignValue(title, source, range[0], range[1]))
  return builder.build('paragraph', { construct: 'link-title', field: `${node.type}.title` })
}

/** Source range of the title's characters, between its delimiters; null when the node does not end in one. */
function titleRange(source: string, start: number, end: number): [number, number] | null {
  let close = end - 1
  if (source[close] !== ')') return null
  close--
  while (close > start && /\s/.test(source[close] as string)) close--
  const delimiter = source[close]
  const opener = delimiter === ')' ? '(' : delimiter
  if (opener !== '"' && opener !== "'" && opener !== '(') return null
  let open = close - 1
  while (open > start && !(source[open] === opener && source[open - 1] !== '\\')) open--
  return open > start ? [open + 1, close] : null
}
