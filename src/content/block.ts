// A block is one unit of prose (paragraph, heading, list item, table cell, frontmatter value) as the
// text a reader sees plus the source offset of each character. Sentences are cut from blocks.
import type { Construct, SentenceKind, TableCellPlace } from '../types.js'

export interface PendingLink {
  url: string
  text: string
  start: number
  end: number
  /** Index into the block text where the link begins, to find its sentence. */
  at: number
}

export interface PendingFootnote {
  id: string
  at: number
}

export interface Block {
  kind: SentenceKind
  headingDepth?: number
  field?: string
  construct?: Construct
  table?: TableCellPlace
  text: string
  offsets: number[]
  links: PendingLink[]
  footnotes: PendingFootnote[]
}

/** `[^id]` written in prose: a footnote, or a frontmatter `sources` id that needs no definition. */
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\]/g

const WORD = /[\p{L}\p{N}]/u

export class BlockBuilder {
  // The text grows by slices, not by characters: one string append per run instead of one array
  // entry per character keeps a page's worth of blocks from feeding the garbage collector.
  private text = ''
  private offsets: number[] = []
  private pendingSeparator: number | null = null
  readonly links: PendingLink[] = []
  readonly footnotes: PendingFootnote[] = []

  get length(): number {
    return this.text.length
  }

  /** Adds prose whose characters sit at `offsets`; `[^id]` references are recorded, not kept as text. */
  addMapped(value: string, offsets: readonly number[]): void {
    let from = 0
    if (value.includes('[^')) {
      for (const match of value.matchAll(FOOTNOTE_REFERENCE)) {
        this.addRange(value, offsets, from, match.index)
        this.footnotes.push({ id: match[1] as string, at: this.text.length })
        // Keeps words on either side apart in the text (`40%[^a]and` stays two words).
        this.addSeparator(offsets[match.index] ?? 0)
        from = match.index + match[0].length
      }
    }
    this.addRange(value, offsets, from, value.length)
  }

  /**
   * Something left out of the text (inline code, a tag, a reference) sat here. If it stood between two
   * words, a space keeps them apart (`the`x`y` reads `the y`); next to a space or punctuation it leaves no trace.
   */
  addSeparator(offset: number): void {
    this.pendingSeparator ??= offset
  }

  /** A line break: always whitespace. */
  addBreak(offset: number): void {
    this.pendingSeparator = null
    this.text += ' '
    this.offsets.push(offset)
  }

  addFootnote(id: string): void {
    this.footnotes.push({ id, at: this.text.length })
  }

  addLink(link: Omit<PendingLink, 'at'>, at: number): void {
    this.links.push({ ...link, at })
  }

  build(kind: SentenceKind, extra: { headingDepth?: number; field?: string; construct?: Construct; table?: TableCellPlace } = {}): Block {
    return { kind, ...extra, text: this.text, offsets: this.offsets, links: this.links, footnotes: this.footnotes }
  }

  private addRange(value: string, offsets: readonly number[], from: number, to: number): void {
    if (from < to && this.pendingSeparator !== null) {
      const previous = this.text[this.text.length - 1]
      if (previous !== undefined && WORD.test(previous) && WORD.test(value[from] as string)) {
        this.text += ' '
        this.offsets.push(this.pendingSeparator)
      }
      this.pendingSeparator = null
    }
    if (from >= to) return
    this.text += from === 0 && to === value.length ? value : value.slice(from, to)
    const fallback = offsets[offsets.length - 1] ?? 0
    for (let i = from; i < to; i++) this.offsets.push(offsets[i] ?? fallback)
  }
}
