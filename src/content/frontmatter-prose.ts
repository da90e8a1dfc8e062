// Prose frontmatter values (title, description, hero copy, FAQ answers, feature cards) become blocks
// whose offsets point at the value's own characters in the file, so a banned word in `faq.2.answer` is
// reported where it is written, whatever format the frontmatter is in.
import { alignValue } from './align.js'
import { characterReferenceAt } from './character-reference.js'
import { BlockBuilder, type Block } from './block.js'
import type { FrontNode, FrontString } from './frontmatter-tree.js'
import { isProsePath, leadsToProse, looksLikeData } from './prose-fields.js'

/**
 * What a value may hold besides words. Site generators render hero and feature copy as HTML (VitePress
 * `v-html`s `hero.tagline` and `features[].details`), so an inline tag is markup a reader never sees and
 * `&nbsp;` is a space; a bare URL is recorded as a link, not read as prose.
 */
const INLINE = /(?<tag><\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>)|(?<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)|(?<url>https?:\/\/[^\s<>()[\]"']+[^\s<>()[\]"'.,;:!?&])/g

/** One block per prose value, in document order; `fields` are field paths (see field-paths.ts). */
export function frontmatterBlocks(tree: FrontNode, source: string, fields: readonly string[]): Block[] {
  const blocks: Block[] = []
  const visit = (node: FrontNode, path: string[]): void => {
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        const child = [...path, entry.key]
        if (isProsePath(child, fields) || leadsToProse(child, fields)) visit(entry.value, child)
      }
    } else if (node.kind === 'list') {
      node.items.forEach((item, index) => {
        const child = [...path, String(index)]
        if (isProsePath(child, fields) || leadsToProse(child, fields)) visit(item, child)
      })
    } else if (node.kind === 'string' && path.length > 0 && isProsePath(path, fields)) {
      if (node.value.trim() === '' || looksLikeData(node.value)) return
      blocks.push(valueBlock(node, path.join('.'), source))
    }
  }
  visit(tree, [])
  return blocks
}

function valueBlock(node: FrontString, field: string, source: string): Block {
  const [start, end] = node.content
  const { value } = node
  const offsets = alignValue(value, source, start, end)
  const builder = new BlockBuilder()
  let from = 0
  for (const match of value.matchAll(INLINE)) {
    builder.addMapped(value.slice(from, match.index), offsets.slice(from, match.index))
    const at = offsets[match.index] ?? start
    const { entity, url } = match.groups ?? {}
    const decoded = entity === undefined ? null : (characterReferenceAt(value, match.index)?.value ?? null)
    if (decoded !== null) {
      builder.addMapped(decoded, Array.from(decoded, () => at))
    } else if (entity !== undefined) {
      // Not a character reference a browser knows: the reader sees it as typed.
      builder.addMapped(entity, offsets.slice(match.index, match.index + entity.length))
    } else {
      if (url !== undefined) builder.addLink({ url, text: url, start: at, end: (offsets[match.index + url.length - 1] ?? at) + 1 }, builder.length)
      builder.addSeparator(at)
    }
    from = match.index + match[0].length
  }
  builder.addMapped(value.slice(from), offsets.slice(from))
  return builder.build('frontmatter', { field, construct: 'frontmatter' })
}
