// Prose frontmatter values (title, description, hero copy) become blocks whose offsets point at the
// scalar's own characters in the file, so a banned word in `hero.title` is reported where it is written.
import { isMap, isScalar, isSeq, Scalar, type Document, type Node as YamlNode } from 'yaml'
import { alignValue } from './align.js'
import { BlockBuilder, type Block } from './block.js'
import { isProsePath, leadsToProse, looksLikeAddress } from './prose-fields.js'

/** A bare URL inside a frontmatter value: recorded as a link, not read as prose. */
const BARE_URL = /https?:\/\/[^\s<>()[\]"']+[^\s<>()[\]"'.,;:!?]/g

export function frontmatterBlocks(doc: Document.Parsed, source: string, yamlStart: number, fields: readonly string[]): Block[] {
  const blocks: Block[] = []
  const visit = (node: unknown, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue
        const key = String(pair.key.value)
        const child = path ? `${path}.${key}` : key
        if (isProsePath(child, fields) || leadsToProse(child, fields)) visit(pair.value, child)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, `${path}.${index}`))
    } else if (isScalar(node) && typeof node.value === 'string' && isProsePath(path, fields)) {
      if (node.value.trim() === '' || looksLikeAddress(node.value)) return
      blocks.push(scalarBlock(node as Scalar<string>, path, source, yamlStart))
    }
  }
  visit(doc.contents, '')
  return blocks
}

function scalarBlock(node: Scalar<string>, field: string, source: string, yamlStart: number): Block {
  const [start, end] = contentRange(node, source, yamlStart)
  const offsets = alignValue(node.value, source, start, end)
  const builder = new BlockBuilder()
  let from = 0
  for (const match of node.value.matchAll(BARE_URL)) {
    builder.addMapped(node.value.slice(from, match.index), offsets.slice(from, match.index))
    const linkStart = offsets[match.index] ?? start
    const linkEnd = (offsets[match.index + match[0].length - 1] ?? linkStart) + 1
    builder.addLink({ url: match[0], text: match[0], start: linkStart, end: linkEnd }, builder.length)
    builder.addSeparator(linkStart)
    from = match.index + match[0].length
  }
  builder.addMapped(node.value.slice(from), offsets.slice(from))
  return builder.build('frontmatter', { field })
}

/** The source range holding the scalar's characters: inside the quotes, or below a block scalar's `|`/`>` header. */
function contentRange(node: YamlNode, source: string, yamlStart: number): [number, number] {
  const [rangeStart, valueEnd] = node.range ?? [0, 0]
  let start = yamlStart + rangeStart
  let end = yamlStart + valueEnd
  const type = (node as Scalar).type
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    start += 1
    end = Math.max(start, end - 1)
  } else if (type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL) {
    const newline = source.indexOf('\n', start)
    start = newline === -1 || newline >= end ? end : newline + 1
  }
  return [start, end]
}
