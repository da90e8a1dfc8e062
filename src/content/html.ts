// HTML in a markdown page as a reader sees it rendered: the text of its elements, the attributes that
// show words (`alt`, `title`, `aria-label`…), block-level elements as separate blocks, table cells with
// their row and column. Code, scripts, styles, templates and drawings are not read; URLs, classes, ids
// and other wiring never are. One reader works in two places:
//   - an HTML block (`html` flow node): its own blocks, construct `html`;
//   - the raw tags inside a paragraph (`guaran<b>teed</b>`): the paragraph's builder, one tag at a time,
//     remembering which elements are open, so markdown text inside `<code>…</code>` is left out too.
import type { SentenceKind, TableCellPlace } from '../types.js'
import { BlockBuilder, type Block } from './block.js'
import { tokenizeHtml, type CloseTag, type HtmlAttribute, type MappedText, type OpenTag } from './html-tokens.js'
import { looksLikeAddress } from './prose-fields.js'

export interface HtmlReading {
  /** Whether an attribute of that name holds words a reader sees (the run's text attributes). */
  isTextAttribute: (name: string) => boolean
  /** Receives every block read: attributes always, text too for an HTML block. */
  emit: (block: Block) => void
}

/** Elements whose content a reader does not read as prose: code, scripts, styles, templates, drawings. */
const HIDDEN = new Set(['script', 'style', 'code', 'pre', 'template', 'svg', 'math', 'textarea', 'noscript'])

/** Elements that start a new line of text when rendered: they end a block and never join two words. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'search', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Elements that never have content or a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** Elements that stand in the line as a box of their own (an image, a video): words on either side stay apart. */
const REPLACED = new Set(['img', 'input', 'video', 'audio', 'iframe', 'embed', 'object', 'canvas', 'picture', 'select', 'button'])

/**
 * Text attribute names that mean wiring on a native HTML element: a form field's `name`, an ARIA
 * `role` token, `<meta content>`, `<object data>`, `<textarea rows>`, `<body text>`. On a component
 * (`<Card name="…">`) the same names are props that may well be copy.
 */
const WIRING_ON_HTML = new Set(['name', 'role', 'content', 'data', 'rows', 'text'])

/** How text in an element reads: its sentences' kind, and the cell it sits in. */
interface Frame {
  kind: SentenceKind
  headingDepth?: number
  table?: TableCellPlace
}

interface TableState {
  row: number
  column: number
  inHead: boolean
  headers: string[]
  rowLabel?: string
}

interface OpenElement {
  /** Lower-cased for matching end tags; `written` keeps the writer's spelling for fields. */
  name: string
  hides: boolean
  block: boolean
  /** A component (`<Card>`, `<my-widget>`): a box of its own, neither block nor inline HTML. */
  component: boolean
  link?: { url: string; at: number; start: number; builder: BlockBuilder }
  table?: TableState
  /** For `td`/`th`: the text read in the cell so far, to name its column or row for the cells that follow. */
  cell?: { text: string; column: number; header: boolean }
}

export type HtmlPlace = { inline: BlockBuilder } | { container: SentenceKind }

export class HtmlReader {
  private readonly stack: OpenElement[] = []
  private hiddenDepth = 0
  private builder: BlockBuilder
  /** Block frames for an HTML block; null inside a paragraph, where blocks are only breaks. */
  private readonly frames: Frame[] | null

  constructor(
    private readonly reading: HtmlReading,
    place: HtmlPlace,
  ) {
    if ('inline' in place) {
      this.builder = place.inline
      this.frames = null
    } else {
      this.builder = new BlockBuilder()
      this.frames = [{ kind: place.container }]
    }
  }

  /** Inside an element whose content is not prose (`<code>`, `<script>`…): markdown text there is left out too. */
  get hidden(): boolean {
    return this.hiddenDepth > 0
  }

  /** Reads `value`, whose character i sits at source offset `offsets[i]`. */
  read(value: string, offsets: readonly number[]): void {
    tokenizeHtml(value, offsets, {
      text: (text) => this.text(text),
      openTag: (tag) => this.open(tag),
      closeTag: (tag) => this.close(tag),
    })
  }

  /** Ends an HTML block: what is still open is read up to here. */
  finish(): void {
    if (this.frames !== null) this.flush()
  }

  private text(text: MappedText): void {
    if (!this.hidden) this.builder.addMapped(text.value, text.offsets)
  }

  private open(tag: OpenTag): void {
    const name = tag.name.toLowerCase()
    const closes = VOID.has(name) || tag.selfClosing
    if (this.hidden) {
      if (!closes) this.push({ name, hides: false, block: false, component: false })
      return
    }
    const component = isComponent(tag.name)
    const slot = isVueSlot(name, tag)
    if (HIDDEN.has(name) && !component && !slot) {
      this.builder.addSeparator(tag.start)
      if (!closes) this.push({ name, hides: true, block: false, component: false })
      return
    }
    this.attributes(tag, component)
    if (component) {
      this.builder.addSeparator(tag.start)
      if (!closes) this.push({ name, hides: false, block: false, component: true })
      return
    }
    this.impliedCloses(name, tag.start)
    if (name === 'br') {
      this.builder.addBreak(tag.start)
      return
    }
    if (REPLACED.has(name)) this.builder.addSeparator(tag.start)
    const element: OpenElement = { name, hides: false, block: BLOCK.has(name) || slot, component: false }
    if (name === 'a') {
      const href = tag.attributes.find((attribute) => attribute.name.toLowerCase() === 'href')
      if (href !== undefined && href.value.trim() !== '') element.link = { url: href.value.trim(), at: this.builder.length, start: tag.start, builder: this.builder }
    }
    if (element.block) this.openBlock(element, tag.start)
    if (closes) {
      if (element.block) this.closeElement(element, tag.end)
      return
    }
    this.push(element)
  }

  private close(tag: CloseTag): void {
    const name = tag.name.toLowerCase()
    const index = this.stack.findLastIndex((element) => element.name === name)
    if (index === -1) {
      // `</p>` with no `<p>`: still the end of a line.
      if (!this.hidden && BLOCK.has(name)) this.boundary(tag.start)
      return
    }
    while (this.stack.length > index) this.pop(this.stack.length - 1 === index ? tag.end : tag.start)
  }

  private push(element: OpenElement): void {
    this.stack.push(element)
    if (element.hides) this.hiddenDepth++
  }

  private pop(offset: number): void {
    const element = this.stack.pop()
    if (element === undefined) return
    if (element.hides) {
      this.hiddenDepth--
      if (!this.hidden) this.builder.addSeparator(offset)
      return
    }
    if (this.hidden) return
    this.closeElement(element, offset)
  }

  private closeElement(element: OpenElement, offset: number): void {
    if (element.component) {
      this.builder.addSeparator(offset)
      return
    }
    if (REPLACED.has(element.name)) this.builder.addSeparator(offset)
    const link = element.link
    if (link !== undefined && link.builder === this.builder) {
      const text = this.builder.build('paragraph').text.slice(link.at).replace(/\s+/g, ' ').trim()
      this.builder.addLink({ url: link.url, text, start: link.start, end: offset }, link.at)
    }
    if (element.block) this.closeBlock(element, offset)
  }

  /** An attribute that shows words becomes a block of its own: `img.alt`, `a.title`, `Card.title`. */
  private attributes(tag: OpenTag, component: boolean): void {
    for (const attribute of tag.attributes) {
      if (!this.reads(attribute, component)) continue
      const builder = new BlockBuilder()
      builder.addMapped(attribute.value, attribute.offsets)
      this.reading.emit(builder.build('paragraph', { construct: 'html', field: `${tag.name}.${attribute.name}` }))
    }
  }

  private reads(attribute: HtmlAttribute, component: boolean): boolean {
    if (attribute.value.trim() === '' || looksLikeAddress(attribute.value) || !this.reading.isTextAttribute(attribute.name)) return false
    return component || !WIRING_ON_HTML.has(attribute.name.toLowerCase())
  }

  /** The end tags HTML implies: a new `<li>` ends the open one, a block ends an open `<p>`, a row ends its cells. */
  private impliedCloses(name: string, offset: number): void {
    if (name === 'li') this.closeOpen(['li'], ['ul', 'ol', 'menu'], offset)
    else if (name === 'dt' || name === 'dd') this.closeOpen(['dt', 'dd'], ['dl'], offset)
    else if (name === 'option') this.closeOpen(['option'], ['select', 'datalist'], offset)
    else if (name === 'td' || name === 'th') this.closeOpen(['td', 'th'], ['tr', 'table'], offset)
    else if (name === 'tr') this.closeOpen(['td', 'th', 'tr'], ['table'], offset)
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') this.closeOpen(['td', 'th', 'tr', 'thead', 'tbody', 'tfoot'], ['table'], offset)
    if (BLOCK.has(name)) this.closeOpen(['p'], ['td', 'th', 'table', 'button', 'li'], offset)
  }

  private closeOpen(names: readonly string[], boundaries: readonly string[], offset: number): void {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const element = this.stack[i] as OpenElement
      if (boundaries.includes(element.name)) return
      if (names.includes(element.name)) {
        while (this.stack.length > i) this.pop(offset)
        return
      }
    }
  }

  // Blocks ------------------------------------------------------------------------------------------

  private openBlock(element: OpenElement, offset: number): void {
    if (this.frames === null) {
      this.builder.addBreak(offset)
      return
    }
    const table = this.openTable()
    if (element.name === 'table') element.table = { row: -1, column: -1, inHead: false, headers: [] }
    else if (table !== undefined && element.name === 'thead') table.inHead = true
    else if (table !== undefined && element.name === 'tr') {
      table.row++
      table.column = -1
      delete table.rowLabel
    }
    this.flush()
    const outer = this.frames[this.frames.length - 1] as Frame
    const frame: Frame = { ...outer }
    const heading = /^h([1-6])$/.exec(element.name)
    if (heading) {
      frame.kind = 'heading'
      frame.headingDepth = Number(heading[1])
    } else if (element.name === 'blockquote') {
      frame.kind = 'blockquote'
      delete frame.headingDepth
    } else if ((element.name === 'td' || element.name === 'th') && table !== undefined) {
      if (table.row === -1) table.row = 0
      table.column++
      const header = table.inHead || (element.name === 'th' && table.row === 0)
      const place: TableCellPlace = { row: table.row, column: table.column }
      const headerText = table.headers[table.column]
      if (!header && headerText !== undefined && headerText !== '') place.header = headerText
      if (!header && table.column > 0 && table.rowLabel !== undefined && table.rowLabel !== '') place.rowLabel = table.rowLabel
      frame.kind = 'table-cell'
      frame.table = place
      delete frame.headingDepth
      element.cell = { text: '', column: table.column, header }
    }
    this.frames.push(frame)
  }

  private closeBlock(element: OpenElement, offset: number): void {
    if (this.frames === null) {
      this.builder.addBreak(offset)
      return
    }
    const last = this.flush()
    this.frames.pop()
    const table = this.openTable()
    if (element.cell !== undefined && table !== undefined) {
      element.cell.text += last
      const text = element.cell.text.replace(/\s+/g, ' ').trim()
      if (element.cell.header) table.headers[element.cell.column] = text
      if (element.cell.column === 0) table.rowLabel = text
    } else if (element.name === 'thead' && table !== undefined) table.inHead = false
  }

  /** A line break between blocks that were not opened here (a stray `</p>`). */
  private boundary(offset: number): void {
    if (this.frames === null) this.builder.addBreak(offset)
    else this.flush()
  }

  /** The innermost table still open. */
  private openTable(): TableState | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const table = this.stack[i]?.table
      if (table !== undefined) return table
    }
    return undefined
  }

  /** Emits what the builder holds as a block of the current frame, starts a new one, and returns the text. */
  private flush(): string {
    if (this.frames === null) return ''
    const frame = this.frames[this.frames.length - 1] as Frame
    const block = this.builder.build(frame.kind, {
      construct: 'html',
      ...(frame.headingDepth !== undefined ? { headingDepth: frame.headingDepth } : {}),
      ...(frame.table !== undefined ? { table: frame.table } : {}),
    })
    this.builder = new BlockBuilder()
    if (block.text.trim() === '') return ''
    this.reading.emit(block)
    // A cell's text names its column (a header) or its row (the first cell) for the cells after it.
    const cell = this.stack.findLast((element) => element.cell !== undefined)?.cell
    if (cell !== undefined) cell.text += ` ${block.text}`
    return ` ${block.text}`
  }
}

/**
 * In a VitePress page `<template #title>Get in touch</template>` fills a component's slot, and
 * `<template v-if="…">` wraps content that renders: Vue shows what a bare HTML `<template>` hides.
 */
function isVueSlot(name: string, tag: OpenTag): boolean {
  return name === 'template' && tag.attributes.some((attribute) => /^(?:#|v-slot|v-if|v-else|v-for|v-show)/.test(attribute.name))
}

/** `<Card>`, `<VPButton>`, `<my-widget>`: a component or custom element, not an HTML element. */
function isComponent(name: string): boolean {
  return name.includes('-') || (/[A-Z]/.test(name) && /[a-z]/.test(name))
}

/** Reads an HTML block, emitting its blocks. */
export function readHtmlBlock(value: string, offsets: readonly number[], container: SentenceKind, reading: HtmlReading): void {
  const reader = new HtmlReader(reading, { container })
  reader.read(value, offsets)
  reader.finish()
}
