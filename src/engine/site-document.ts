// What a page past the retention budget keeps until the site context is derived (see site-context.ts):
// its path, frontmatter and sentences without offsets, packed so 5,000 of them fit in tens of megabytes.
// Kept as parsed sentence objects they cost ~50 KB a page; packed, every sentence's text sits in one string
// per page, kind and block in an Int32Array, and the rarer parts (field, construct, table place, heading
// depth, links) only where a sentence has them. The sentences are unpacked each time the site context
// reads them, as the same values, so the context derived is the same.
import type { SiteDocument, SiteSentence } from '../site/index.js'
import type { ContentDocument, SentenceKind } from '../types.js'

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

class PackedPage implements PackedSiteDocument {
  private constructor(
    readonly path: string,
    readonly frontmatter: Record<string, unknown>,
    /** Every sentence's text, one after another. */
    private readonly text: string,
    /** Per sentence: where its text ends in `text`, its kind (index in KINDS) and its block. */
    private readonly packed: Int32Array,
    private readonly extras: Map<number, Extras>,
  ) {}

  static of(doc: ContentDocument): PackedPage {
    const { sentences } = doc
    const packed = new Int32Array(sentences.length * 3)
    const extrasOf = new Map<number, Extras>()
    let end = 0
    sentences.forEach((s, i) => {
      end += s.text.length
      packed[i * 3] = end
      packed[i * 3 + 1] = KINDS.indexOf(s.kind)
      packed[i * 3 + 2] = s.block
      const extras: Extras = { links: [] }
      if (s.field !== undefined) extras.field = s.field
      if (s.construct !== undefined) extras.construct = s.construct
      if (s.table !== undefined) extras.table = ownValue(s.table) as NonNullable<Extras['table']>
      if (s.headingDepth !== undefined) extras.headingDepth = s.headingDepth
      if (s.links.length > 0) extras.links = ownValue(s.links) as Extras['links']
      if (Object.keys(extras).length > 1 || extras.links.length > 0) extrasOf.set(i, extras)
    })
    // One flat string (join copies), not slices that would keep each block's text alive.
    const text = sentences.map((s) => s.text).join('')
    return new PackedPage(doc.path, ownValue(doc.frontmatter) as Record<string, unknown>, text, packed, extrasOf)
  }

  static fromJson(json: PackedPageJson): PackedPage {
    return new PackedPage(json.path, json.frontmatter, json.text, Int32Array.from(json.packed), new Map(json.extras))
  }

  toJSON(): PackedPageJson {
    return { path: this.path, frontmatter: this.frontmatter, text: this.text, packed: Array.from(this.packed), extras: [...this.extras] }
  }

  get sentences(): SiteSentence[] {
    const out: SiteSentence[] = []
    let start = 0
    for (let i = 0; i * 3 < this.packed.length; i++) {
      const end = this.packed[i * 3] as number
      const extras = this.extras.get(i)
      const sentence: SiteSentence = { text: this.text.slice(start, end), kind: KINDS[this.packed[i * 3 + 1] as number] as SentenceKind, block: this.packed[i * 3 + 2] as number, links: [] }
      if (extras) Object.assign(sentence, extras, { links: [...extras.links] })
      out.push(sentence)
      start = end
    }
    return out
  }
}

/** The part of a parsed document the site context reads, packed; the offsets (most of a document's memory) are left behind. */
export function siteDocument(doc: ContentDocument): PackedSiteDocument {
  return PackedPage.of(doc)
}

/**
 * A copy whose strings are strings of their own: a parser's values are often slices of the file, and a
 * slice keeps the whole file alive. Arrays and plain objects are copied; anything else is kept as it is.
 */
function ownValue(value: unknown): unknown {
  if (typeof value === 'string') return ` ${value}`.slice(1)
  if (Array.isArray(value)) return value.map(ownValue)
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    // (defined, not assigned: a `__proto__` key is data here)
    for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: ownValue(v), enumerable: true, writable: true, configurable: true })
    return out
  }
  return value
}

/** A page from the cache, as the site context reads it; null when the value is not a packed page. */
export function pageFromJson(value: unknown): SiteDocument | null {
  if (value === null || typeof value !== 'object') return null
  const json = value as Partial<PackedPageJson>
  const ok =
    typeof json.path === 'string' &&
    typeof json.text === 'string' &&
    json.frontmatter !== null &&
    typeof json.frontmatter === 'object' &&
    Array.isArray(json.packed) &&
    json.packed.length % 3 === 0 &&
    json.packed.every((n) => Number.isInteger(n)) &&
    Array.isArray(json.extras)
  return ok ? PackedPage.fromJson(json as PackedPageJson) : null
}
