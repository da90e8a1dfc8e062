// Walks the markdown tree and keeps what a reader reads: headings, paragraphs, list items, table cells,
// quotes, the children of JSX elements, their text props and `{"…"}` strings (jsx.ts), HTML as rendered
// (html.ts), image alt text, link titles and footnote text. Code, expressions with code and imports are
// left out; comments are kept aside for suppressions; footnote definitions are also recorded as sources.
import type { Definition, FootnoteDefinition as MdFootnoteDefinition, Link as MdLink, Nodes, Parents, Root, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Construct, FootnoteDefinition, Link, SentenceKind, TableCellPlace } from '../types.js'
import { alignValue } from './align.js'
import { BlockBuilder, type Block } from './block.js'
import { HtmlReader, readHtmlBlock, type HtmlReading } from './html.js'
import { addTextExpression, expressionBlock, PropReader } from './jsx.js'
import { positionAt } from './lines.js'
import { altBlock, titleBlock } from './link-parts.js'
import { attributeTest, TEXT_ATTRIBUTES } from './visible-attributes.js'

/** A comment that may hold a suppression: an HTML comment in .md, `{/* … *\/}` in .mdx. */
export interface Comment {
  text: string
  /** Lines of the comment's first and last character. */
  line: number
  endLine: number
  /** Best-known source offset of the comment (exact unless a container prefix like `> ` was stripped). */
  start: number
}

export interface BodyContent {
  blocks: Block[]
  footnotes: Record<string, FootnoteDefinition>
  comments: Comment[]
}

type Container = Extract<SentenceKind, 'paragraph' | 'blockquote' | 'list-item'>

const SKIPPED_FLOW = new Set(['code', 'yaml', 'toml', 'definition', 'thematicBreak', 'mdxjsEsm'])
const HTML_COMMENT = /<!--([\s\S]*?)-->/g
const MDX_COMMENT = /^\s*\/\*([\s\S]*?)\*\/\s*$/

export interface BodyOptions {
  /** HTML and JSX attribute names whose values a reader sees; defaults to TEXT_ATTRIBUTES. */
  textAttributes?: readonly string[]
}

export function readBody(tree: Root, source: string, lineStarts: readonly number[], options: BodyOptions = {}): BodyContent {
  const content: BodyContent = { blocks: [], footnotes: {}, comments: [] }
  const isTextAttribute = attributeTest(options.textAttributes ?? TEXT_ATTRIBUTES)
  /** Set while inside a JSX element: the blocks read there are its children's text. */
  let construct: Construct | undefined
  const props = (node: Nodes & { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }): void => {
    const reader = new PropReader(source, isTextAttribute)
    reader.element(node)
    content.blocks.push(...reader.blocks)
  }
  // Blocks read beside the text (alt text, titles, attributes); quiet while a footnote is only recorded.
  let quiet = false
  const emit = (block: Block | null): void => {
    if (block !== null && !quiet) content.blocks.push(block)
  }
  const html: HtmlReading = { isTextAttribute, emit }
  // Raw tags in a paragraph are read one node at a time; what they leave open (`<code>`) outlives the node.
  const inlineHtml = new WeakMap<BlockBuilder, HtmlReader>()
  const definitions = new Map<string, string>()
  collectDefinitions(tree, definitions)
  const lineOf = (offset: number): number => positionAt(lineStarts, source.length, offset).line

  const startOf = (node: Nodes): number => node.position?.start.offset ?? 0
  const endOf = (node: Nodes): number => node.position?.end.offset ?? startOf(node)

  const addComment = (text: string, node: Nodes, before: string): void => {
    const line = lineOf(startOf(node)) + countLines(before)
    content.comments.push({ text, line, endLine: line + countLines(text), start: startOf(node) + before.length })
  }

  const scanComments = (node: Nodes): void => {
    if (node.type === 'html') {
      if (!node.value.includes('<!--')) return
      // Lines come from where the comment sits in the source: the value may have lost container
      // prefixes (`> `) or had a multi-line tag joined (templates.ts).
      const offsets = alignValue(node.value, source, startOf(node), endOf(node))
      for (const match of node.value.matchAll(HTML_COMMENT)) {
        const start = offsets[match.index] ?? startOf(node)
        const line = lineOf(start)
        content.comments.push({ text: match[1] ?? '', line, endLine: line + countLines(match[1] ?? ''), start })
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const match = MDX_COMMENT.exec(node.value)
      if (match) addComment(match[1] ?? '', node, '')
    }
  }

  const inline = (node: Nodes, builder: BlockBuilder): void => {
    if (node.type !== 'html' && inlineHtml.get(builder)?.hidden === true) return
    switch (node.type) {
      case 'text': {
        const start = startOf(node)
        builder.addMapped(node.value, alignValue(node.value, source, start, endOf(node)))
        return
      }
      case 'break':
        builder.addBreak(startOf(node))
        return
      case 'footnoteReference':
        builder.addFootnote(node.label ?? node.identifier)
        return
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : definitions.get(node.identifier)
        const text = toString(node, { includeHtml: false })
        const at = builder.length
        if (url !== undefined) builder.addLink({ url, text, start: startOf(node), end: endOf(node) }, at)
        if (node.type === 'link') emit(titleBlock(node, source))
        if (node.type === 'link' && isBareUrl(node)) builder.addSeparator(startOf(node))
        else for (const child of node.children) inline(child, builder)
        return
      }
      case 'mdxTextExpression':
        scanComments(node)
        if (!addTextExpression(node, source, builder)) builder.addSeparator(startOf(node))
        return
      case 'mdxJsxTextElement':
        props(node)
        for (const child of node.children) inline(child, builder)
        return
      case 'image':
      case 'imageReference':
        emit(altBlock(node, source))
        if (node.type === 'image') emit(titleBlock(node, source))
        builder.addSeparator(startOf(node))
        return
      case 'html': {
        scanComments(node)
        let reader = inlineHtml.get(builder)
        if (reader === undefined) {
          reader = new HtmlReader(html, { inline: builder })
          inlineHtml.set(builder, reader)
        }
        // An inline tag does not split a word (`guaran<b>teed</b>`); the reader adds breaks for `<br>` and blocks.
        reader.read(node.value, alignValue(node.value, source, startOf(node), endOf(node)))
        return
      }
      case 'inlineCode':
        scanComments(node)
        builder.addSeparator(startOf(node))
        return
      default:
        if ('children' in node) for (const child of node.children) inline(child as Nodes, builder)
    }
  }

  const phrasingBlock = (nodes: readonly Nodes[], kind: SentenceKind, extra: { headingDepth?: number; table?: TableCellPlace } = {}): void => {
    const builder = new BlockBuilder()
    for (const node of nodes) inline(node, builder)
    content.blocks.push(builder.build(kind, construct ? { ...extra, construct } : extra))
  }

  /** Each cell knows its row and column, so a finding or a positioning change can name both ("Pro" · "Price"). */
  const table = (node: Table): void => {
    const cellText = (row: number, column: number): string | undefined => {
      const cell = node.children[row]?.children[column]
      const text = cell ? toString(cell).replace(/\s+/g, ' ').trim() : ''
      return text === '' ? undefined : text
    }
    node.children.forEach((row, rowIndex) => {
      row.children.forEach((cell, column) => {
        const header = rowIndex === 0 ? undefined : cellText(0, column)
        const rowLabel = cellText(rowIndex, 0)
        const place: TableCellPlace = { row: rowIndex, column, ...(header !== undefined ? { header } : {}), ...(rowLabel !== undefined ? { rowLabel } : {}) }
        phrasingBlock(cell.children, 'table-cell', { table: place })
      })
    })
  }

  const footnote = (node: MdFootnoteDefinition): void => {
    const builder = new BlockBuilder()
    const visitFlow = (child: Nodes): void => {
      if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell') {
        for (const part of child.children) inline(part as Nodes, builder)
        builder.addBreak(endOf(child))
      } else if ('children' in child && !SKIPPED_FLOW.has(child.type)) {
        for (const part of child.children) visitFlow(part as Nodes)
      }
    }
    quiet = true
    for (const child of node.children) visitFlow(child)
    quiet = false
    const block = builder.build('paragraph')
    const id = node.label ?? node.identifier
    const links: Link[] = block.links.map(({ at: _at, ...link }) => link)
    content.footnotes[id] ??= { id, line: lineOf(startOf(node)), text: block.text.replace(/\s+/g, ' ').trim(), links }
    // A reader reads the footnote too: its words go through the same checks as the page's.
    const first = content.blocks.length
    children(node, 'paragraph')
    for (const read of content.blocks.slice(first)) read.construct ??= 'footnote'
  }

  const flow = (node: Nodes, container: Container): void => {
    if (SKIPPED_FLOW.has(node.type)) return
    switch (node.type) {
      case 'heading':
        phrasingBlock(node.children, 'heading', { headingDepth: node.depth })
        return
      case 'paragraph':
        phrasingBlock(node.children, container)
        return
      case 'table':
        table(node)
        return
      case 'tableCell':
        phrasingBlock(node.children, 'table-cell')
        return
      case 'footnoteDefinition':
        footnote(node)
        return
      case 'html':
        scanComments(node)
        readHtmlBlock(node.value, alignValue(node.value, source, startOf(node), endOf(node)), container, html)
        return
      case 'mdxFlowExpression': {
        scanComments(node)
        const block = expressionBlock(node, source, container)
        if (block) content.blocks.push(block)
        return
      }
      case 'blockquote':
        children(node, 'blockquote')
        return
      case 'listItem':
        children(node, 'list-item')
        return
      case 'mdxJsxFlowElement': {
        props(node)
        const outer = construct
        construct = 'jsx-text'
        // `<Quote>`, `<Testimonial>`, `<Blockquote>`: a component that renders its children as a quotation.
        children(node, node.name && QUOTE_COMPONENT.test(node.name) ? 'blockquote' : container)
        construct = outer
        return
      }
      default:
        if ('children' in node) children(node as Parents, container)
    }
  }

  /** Flow children; phrasing that sits directly in a container (text inside a JSX flow element) is grouped into a block. */
  const children = (parent: Parents, container: Container): void => {
    let run: Nodes[] = []
    const flush = (): void => {
      if (run.length > 0) phrasingBlock(run, container)
      run = []
    }
    for (const child of parent.children as Nodes[]) {
      if (isPhrasing(child)) run.push(child)
      else {
        flush()
        flow(child, container)
      }
    }
    flush()
  }

  children(tree, 'paragraph')
  return content
}

const QUOTE_COMPONENT = /(?:quote|testimonial)/i

const PHRASING = new Set([
  'text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference',
  'footnoteReference', 'mdxJsxTextElement', 'mdxTextExpression',
])

function isPhrasing(node: Nodes): boolean {
  return PHRASING.has(node.type)
}

/** An autolink or a literal URL: its text is the address itself, which is not prose. */
function isBareUrl(node: MdLink): boolean {
  const text = toString(node)
  return text === node.url || `mailto:${text}` === node.url || `http://${text}` === node.url || `https://${text}` === node.url
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') {
    const definition = node as Definition
    if (!into.has(definition.identifier)) into.set(definition.identifier, definition.url)
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child as Nodes, into)
}

function countLines(text: string): number {
  let lines = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lines++
  }
  return lines
}
