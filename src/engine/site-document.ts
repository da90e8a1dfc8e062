// A parsed document packed for keeping between the site-context stage and its check (see site-context.ts).
// Kept as parsed sentence objects a page of 8 KB costs ~100 KB (one object, one offsets view and one string
// per sentence); packed, kind and block sit in an Int32Array, the rarer parts (field, construct, table
// place, heading depth, links) only where a sentence has them, and the offsets as runs: prose is mostly the
// source with markup left out, so a sentence's offsets are one or two runs of consecutive positions
// (measured: 1.08 runs per sentence on the bench's pages).
//
// Two packings share that layout: a PackedDocument is the whole document, unpacked for its check as the
// same values a fresh parse gives, so a run that keeps every page packed parses each file once and reports
// the same; a PackedPage is what the site context reads (every sentence's text in one string, no offsets):
// what `--cache` keeps, and what a page past the memory budget keeps.
import { ownValue } from '../content/compact.js'
import { parseDocument, type ParseDocumentOptions } from '../content/index.js'
import { computeLineStarts } from '../content/lines.js'
import type { SiteDocument, SiteSentence } from '../site/index.js'
import type { ContentDocument, Sentence, SentenceKind } from '../types.js'
import { decodeText } from './decode.js'

const KINDS: readonly SentenceKind[] = ['heading', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'frontmatter']
type Extras = Omit<SiteSentence, 'text' | 'kind' | 'block'>

/** A packed page as plain JSON values: what `--cache` stores per page, so a re-audit parses only what changed. */
export interface PackedPageJson {
  path: string
  frontmatter: Record<string, unknown>
  text: string
  packed: number[]
  extras: [number, Extras][]
}

/** A packed page: what the site context reads, and what `--cache` keeps of it (`toJSON`). */
export interface PackedSiteDocument extends SiteDocument {
  toJSON(): PackedPageJson
}

/**
 * The sentence layout both packings share: three numbers per sentence, sparse extras. (A PackedPage keeps
 * the text beside it; a PackedDocument rebuilds it from the source.)
 */
interface SentenceLayout {
  /** Per sentence: where its text ends in all the sentences' text, its kind (index in KINDS) and its block. */
  packed: Int32Array
  extras: Map<number, Extras>
}

function layoutOf(sentences: readonly Sentence[]): SentenceLayout {
  const packed = new Int32Array(sentences.length * 3)
  const extras = new Map<number, Extras>()
  let end = 0
  sentences.forEach((s, i) => {
    end += s.text.length
    packed[i * 3] = end
    packed[i * 3 + 1] = KINDS.indexOf(s.kind)
    packed[i * 3 + 2] = s.block
    const more: Extras = { links: [] }
    if (s.field !== undefined) more.field = s.field
    if (s.construct !== undefined) more.construct = s.construct
    if (s.table !== undefined) more.table = s.table
    if (s.headingDepth !== undefined) more.headingDepth = s.headingDepth
    if (s.links.length > 0) more.links = s.links
    if (Object.keys(more).length > 1 || more.links.length > 0) extras.set(i, more)
  })
  return { packed, extras }
}

class PackedPage implements PackedSiteDocument {
  protected constructor(
    readonly path: string,
    readonly frontmatter: Record<string, unknown>,
    private readonly text: string,
    protected readonly packed: Int32Array,
    private readonly extras: Map<number, Extras>,
  ) {}

  /** The sentences that have extras, by index. */
  protected extrasOf(): Map<number, Extras> {
    return this.extras
  }

  /** Every sentence's text, one after another. */
  protected allText(): string {
    return this.text
  }

  static fromJson(json: PackedPageJson): PackedPage {
    return new PackedPage(json.path, json.frontmatter, json.text, Int32Array.from(json.packed), new Map(json.extras))
  }

  toJSON(): PackedPageJson {
    return { path: this.path, frontmatter: this.frontmatter, text: this.allText(), packed: Array.from(this.packed), extras: [...this.extrasOf()] }
  }

  get sentences(): SiteSentence[] {
    const out: SiteSentence[] = []
    const text = this.allText()
    const extrasOf = this.extrasOf()
    let start = 0
    for (let i = 0; i * 3 < this.packed.length; i++) {
      const end = this.packed[i * 3] as number
      const extras = extrasOf.get(i)
      const sentence: SiteSentence = { text: text.slice(start, end), kind: KINDS[this.packed[i * 3 + 1] as number] as SentenceKind, block: this.packed[i * 3 + 2] as number, links: [] }
      if (extras) Object.assign(sentence, extras, { links: [...extras.links] })
      out.push(sentence)
      start = end
    }
    return out
  }
}

/** What a document keeps besides its sentences and frontmatter: plain JSON values. */
type Rest = Pick<ContentDocument, 'format' | 'fieldLines' | 'footnotes' | 'suppressions' | 'problems'>

/** A PackedDocument's values (see `parts`). */
export interface PackedParts {
  path: string
  frontmatter: Record<string, unknown>
  packed: Int32Array
  bytes: Uint8Array
  runStarts: Int32Array
  runs: Int32Array
  exceptions: Int32Array
  details: string
  size: number
}

interface Details {
  extras: [number, Extras][]
  footnotes: [number, string[]][]
  rest: Rest
}

/**
 * A whole parsed document, packed: the site context reads it as a PackedPage, and its check unpacks it
 * (`unpack`) into the document a fresh parse of the same source gives, without parsing.
 *
 * It keeps the file's bytes, which the check needs anyway, and not the sentences' text: a sentence is the
 * source at its offsets, but for the characters parsing changed (a line break folded to a space, an entity
 * decoded), which are kept as exceptions. That halves what a page keeps (bench/results.md).
 */
export class PackedDocument extends PackedPage {
  private constructor(
    path: string,
    frontmatter: Record<string, unknown>,
    sentences: SentenceLayout,
    /** The file, UTF-8: the document's source is these bytes decoded (decodeText: a BOM left out). */
    readonly bytes: Uint8Array,
    /** Per sentence: where its runs start in `runs` (and the next sentence's start ends them). */
    private readonly runStarts: Int32Array,
    /** Pairs (index in the sentence's offsets, source offset) where the offsets stop counting up by one. */
    private readonly runs: Int32Array,
    /** Pairs (index in all the sentences' text, character code) where a sentence's text is not the source at its offset. */
    private readonly exceptions: Int32Array,
    /**
     * The rest as one JSON string: the sentences' extras, their footnote references and the document's
     * footnotes, suppressions and problems (a few KB of text, against three times that as objects).
     */
    private readonly details: string,
    /** Estimated bytes this packed document holds besides its file (see site-context.ts). */
    readonly size: number,
  ) {
    super(path, frontmatter, '', sentences.packed, new Map())
  }

  /** `bytes` decoded must be `doc.source`: the text is kept as the source at its offsets. */
  static pack(doc: ContentDocument, bytes: Uint8Array): PackedDocument {
    const sentences = layoutOf(doc.sentences)
    const { source } = doc
    const runStarts = new Int32Array(doc.sentences.length + 1)
    const runs: number[] = []
    const exceptions: number[] = []
    const footnotes = new Map<number, string[]>()
    let textStart = 0
    doc.sentences.forEach((s, i) => {
      runStarts[i] = runs.length
      const { offsets, text } = s
      const length = text.length
      let previous = 0
      for (let k = 0; k < offsets.length; k++) {
        const at = offsets[k] as number
        if (k === 0 || at !== previous + 1) runs.push(k, at)
        previous = at
        if (k < length && text.charCodeAt(k) !== source.charCodeAt(at)) exceptions.push(textStart + k, text.charCodeAt(k))
      }
      if (s.footnotes.length > 0) footnotes.set(i, s.footnotes)
      textStart += s.text.length
    })
    runStarts[doc.sentences.length] = runs.length
    const rest: Rest = { format: doc.format, fieldLines: doc.fieldLines, footnotes: doc.footnotes, suppressions: doc.suppressions, problems: doc.problems }
    const details = JSON.stringify({ extras: [...sentences.extras], footnotes: [...footnotes], rest } satisfies Details)
    // Numbers 4 bytes, text up to 2 bytes a character, and the frontmatter as objects.
    const size = (sentences.packed.length + runStarts.length + runs.length + exceptions.length) * 4 + details.length * 2 + 2048
    return new PackedDocument(doc.path, ownValue(doc.frontmatter) as Record<string, unknown>, sentences, bytes, runStarts, Int32Array.from(runs), Int32Array.from(exceptions), details, size)
  }

  /** Its values, for passing between threads (the typed arrays and bytes can be transferred). */
  parts(): PackedParts {
    return { path: this.path, frontmatter: this.frontmatter, packed: this.packed, bytes: this.bytes, runStarts: this.runStarts, runs: this.runs, exceptions: this.exceptions, details: this.details, size: this.size }
  }

  /** A packed document from `parts()` of one made in another thread. */
  static fromParts(parts: PackedParts): PackedDocument {
    const { path, frontmatter, packed, bytes, runStarts, runs, exceptions, details, size } = parts
    return new PackedDocument(path, frontmatter, { packed, extras: new Map() }, bytes, runStarts, runs, exceptions, details, size)
  }

  /** What the site context reads of it, on its own: a page kept past the budget holds neither bytes nor offsets. */
  slim(): PackedSiteDocument {
    return PackedPage.fromJson(this.toJSON())
  }

  private parsedDetails(): { extras: Map<number, Extras>; footnotes: Map<number, string[]>; rest: Rest } {
    const details = JSON.parse(this.details) as Details
    return { extras: new Map(details.extras), footnotes: new Map(details.footnotes), rest: details.rest }
  }

  protected override extrasOf(): Map<number, Extras> {
    return this.parsedDetails().extras
  }

  protected override allText(): string {
    return this.textOf(this.source())
  }

  private source(): string {
    return decodeText(this.bytes) ?? ''
  }

  /** Every sentence's text, rebuilt from the source: its runs, then the exceptions. */
  private textOf(source: string): string {
    const parts: string[] = []
    let textStart = 0
    for (let i = 0; i * 3 < this.packed.length; i++) {
      const length = (this.packed[i * 3] as number) - textStart
      const to = this.runStarts[i + 1] as number
      for (let r = this.runStarts[i] as number; r < to; r += 2) {
        const start = this.runs[r] as number
        if (start >= length) break
        const end = Math.min(r + 2 < to ? (this.runs[r + 2] as number) : length, length)
        const at = this.runs[r + 1] as number
        parts.push(source.slice(at, at + (end - start)))
      }
      textStart += length
    }
    let text = parts.join('')
    if (this.exceptions.length === 0) return text
    const chars: string[] = []
    let from = 0
    for (let e = 0; e < this.exceptions.length; e += 2) {
      const at = this.exceptions[e] as number
      chars.push(text.slice(from, at), String.fromCharCode(this.exceptions[e + 1] as number))
      from = at + 1
    }
    chars.push(text.slice(from))
    text = chars.join('')
    return text
  }

  /** The document as parsing its file gives it; `source`: its bytes decoded, when the caller has them already. */
  unpack(source = this.source()): ContentDocument {
    const text = this.textOf(source)
    const { extras: extrasOf, footnotes, rest } = this.parsedDetails()
    const count = this.packed.length / 3
    // One Int32Array for every offset of the document, each sentence's a view on it (as compact.ts leaves them).
    const all = new Int32Array(text.length + count)
    const sentences: Sentence[] = []
    let textStart = 0
    let at = 0
    for (let i = 0; i < count; i++) {
      const textEnd = this.packed[i * 3] as number
      const length = textEnd - textStart + 1
      const offsets = all.subarray(at, at + length)
      const from = this.runStarts[i] as number
      const to = this.runStarts[i + 1] as number
      for (let r = from; r < to; r += 2) {
        const start = this.runs[r] as number
        const end = r + 2 < to ? (this.runs[r + 2] as number) : length
        const value = this.runs[r + 1] as number
        for (let k = start; k < end; k++) offsets[k] = value + (k - start)
      }
      // (the key order a fresh parse gives: see makeSentence in src/content/sentences.ts)
      const sentence: Sentence = {
        text: text.slice(textStart, textEnd),
        offsets,
        kind: KINDS[this.packed[i * 3 + 1] as number] as SentenceKind,
        block: this.packed[i * 3 + 2] as number,
        links: [],
        footnotes: footnotes.get(i) ?? [],
      }
      const extras = extrasOf.get(i)
      if (extras) {
        if (extras.field !== undefined) sentence.field = extras.field
        if (extras.headingDepth !== undefined) sentence.headingDepth = extras.headingDepth
        if (extras.construct !== undefined) sentence.construct = extras.construct
        if (extras.table !== undefined) sentence.table = extras.table
        sentence.links = extras.links
      }
      sentences.push(sentence)
      textStart = textEnd
      at += length
    }
    return {
      path: this.path,
      source,
      format: rest.format,
      frontmatter: this.frontmatter,
      fieldLines: rest.fieldLines,
      sentences,
      footnotes: rest.footnotes,
      suppressions: rest.suppressions,
      problems: rest.problems,
      lineStarts: computeLineStarts(source),
    }
  }
}

/** A file's bytes decoded, parsed and packed; null when they are not UTF-8 text. */
export function packFile(path: string, bytes: Uint8Array, options: ParseDocumentOptions): PackedDocument | null {
  const text = decodeText(bytes)
  return text === null ? null : PackedDocument.pack(parseDocument(path, text, options), bytes)
}
