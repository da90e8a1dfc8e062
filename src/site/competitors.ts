// Whom the site competes with: the config's `claims.competitors`, names the site's comparison and
// alternatives pages put against it ("Acme vs FunnelHub", "FunnelHub alternatives", the rows of a ranking),
// and, per page, names the page itself compares with the publisher (a comparison table, "alternative to X").
import { acronym, commonWordIn, findName, nameKey, namesIn, productsHeader } from './names.js'
import { titleOf } from './page-kind.js'
import type { Name, SiteDocument, SiteSentence } from './types.js'

function publisherKeys(publisher: Name | null): Set<string> {
  return new Set(publisher ? [publisher.name, ...publisher.aliases].map(nameKey) : [])
}

function isPublisher(name: string, keys: Set<string>): boolean {
  const key = nameKey(name)
  if (key === '') return false
  for (const p of keys) if (key === p || key.startsWith(p) || p.startsWith(key)) return true
  return false
}

/** The shorter spellings a page uses for a vendor's product: `Launchpad` for `Megasoft Launchpad`, `Shipflow` for `Ionix Shipflow`. */
export function shortNames(name: string): string[] {
  const words = name.split(' ')
  const out: string[] = []
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i)
    // a single trailing word only when it is distinctive (camel-cased, with a digit): "Shipflow", not "Center"
    if (rest.length >= 2 || /^[A-Z][a-z0-9]*[A-Z0-9]/.test(rest[0] ?? '')) out.push(rest.join(' '))
  }
  return out
}

// Words a heading adds to a product's name: "Retool Alternatives", "Appian Pricing".
const NAME_TAIL = /\s+(?:Alternatives?|Competitors?|Pricing|Review|Reviews|Comparison|Replacement)$/

/**
 * The text of a page, for telling a product's name from a topic it also writes in lower case. Not cached
 * by page: the pages live until their checks, and so would a copy of every page's text.
 */
export function pageText(doc: SiteDocument): string {
  return doc.sentences.map((s) => s.text).join('\n')
}

/** The name without a possessive or a heading's tail: "Retool Alternatives" → "Retool". */
function cleanName(name: string): string {
  return name.replace(/['’]s$/, '').replace(NAME_TAIL, '').trim()
}

class Collector {
  readonly names = new Map<string, Name>()
  constructor(private readonly publisher: Set<string>) {}
  /** `text`: the page the name was read on; a name it also writes in lower case is a topic ("Automation"). */
  add(name: string, from: string, text?: string): void {
    const clean = cleanName(name)
    const key = nameKey(clean)
    if (key.length < 2 || isPublisher(clean, this.publisher)) return
    if (text !== undefined && commonWordIn(clean, text)) return
    const known = this.names.get(key)
    if (known) {
      if (known.name !== clean && !known.aliases.includes(clean)) known.aliases.push(clean)
    } else this.names.set(key, { name: clean, aliases: shortNames(clean).filter((s) => !isPublisher(s, this.publisher)), from })
  }
}

const VS = /\s(?:vs\.?|versus)\s/i

/** Names on either side of "vs" in a title: "Acme vs FunnelHub: which is right for you". */
function versusNames(title: string, publisher: Set<string> = new Set()): string[] {
  if (!VS.test(title)) return []
  const sides = title
    .split(/[:|—–(]/)[0]!
    .split(VS)
  // Two names neither of which is the publisher make a topic ("WebSockets vs WebHooks"), not a rivalry.
  if (publisher.size > 0 && !sides.some((side) => namesIn(side).some((h) => isPublisher(h.name, publisher)))) return []
  return title
    .split(/[:|—–(]/)[0]!
    .split(VS)
    .map((side) => namesIn(side).map((h) => h.name).pop() ?? '')
    .filter(Boolean)
}

// "FunnelHub alternatives", "alternative to FunnelHub", "Shipflow Alternative": the name the alternative replaces.
const ALTERNATIVE_BEFORE = /([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})(?:['’]s)?\s+(?:alternatives?|replacement|competitors?)\b/g
const ALTERNATIVE_AFTER = /\b(?:alternatives?|replacement|switch(?:ing)?|migrat(?:e|ing|ion)|moving)\s+(?:to|for|from)\s+((?:[\w'’.-]+\s+){0,8}?)([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})/g

const LOWER_ALTERNATIVE = /(?<![\w.-])([a-z]+\d[a-z\d]*)(?:['’]s)?\s+(?:alternatives?|replacement|competitors?)\b/gi

function alternativeNames(text: string): string[] {
  const out: string[] = []
  ALTERNATIVE_BEFORE.lastIndex = 0
  for (let m = ALTERNATIVE_BEFORE.exec(text); m !== null; m = ALTERNATIVE_BEFORE.exec(text)) {
    const hits = namesIn(m[1] ?? '')
    if (hits.length > 0) out.push((hits[hits.length - 1] as { name: string }).name)
  }
  // a product spelled in lower case with a digit: "n8n alternatives"
  LOWER_ALTERNATIVE.lastIndex = 0
  for (let m = LOWER_ALTERNATIVE.exec(text); m !== null; m = LOWER_ALTERNATIVE.exec(text)) out.push(m[1] as string)
  ALTERNATIVE_AFTER.lastIndex = 0
  for (let m = ALTERNATIVE_AFTER.exec(text); m !== null; m = ALTERNATIVE_AFTER.exec(text)) {
    const hits = namesIn(m[2] ?? '')
    if (hits.length > 0) out.push((hits[0] as { name: string }).name)
  }
  return out
}

/** A ranking on an alternatives page: numbered headings ("1. Front", "#2 Help Scout", "3. Make", "4. Node-RED") name the alternatives. */
function rankingNames(doc: SiteDocument, nameOnly = false): string[] {
  // A heading's text may be split into sentences at "1.": read each heading block whole.
  const headings = new Map<number, string>()
  for (const s of doc.sentences) if (s.kind === 'heading') headings.set(s.block, `${headings.get(s.block) ?? ''} ${s.text}`.trim())
  return [...headings.values()]
    .filter((text) => /^\s*#?\d+[.):]?\s+/.test(text))
    .map((text) => {
      const rest = text.replace(/^\s*#?\d+[.):]?\s+/, '')
      // (a short heading that holds no name by the usual reading is the product's name whole: an everyday
      // word or a hyphenated name, "3. Make", "4. Node-RED")
      const whole = /^[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}$/.test(rest.trim()) ? rest.trim() : ''
      const hits = namesIn(rest)
      if (nameOnly) return hits.length === 1 && hits[0]?.name === rest.trim() ? rest.trim() : ''
      return hits[0]?.name ?? whole
    })
    .filter(Boolean)
}

/** Header cells and row labels of a table that lists the publisher among other names: a comparison table. */
export function comparisonTableNames(sentences: readonly SiteSentence[], publisher: Set<string>): Map<number, string[]> {
  // Group the cells of each table by the block of their first header cell: cells carry row and column only,
  // so a table is a run of consecutive table-cell sentences.
  const out = new Map<number, string[]>()
  let run: SiteSentence[] = []
  const flush = (): void => {
    if (run.length === 0) return
    const headers = run.filter((s) => s.table?.row === 0 && (s.table?.column ?? 0) > 0)
    // (rows list products only under a header that says so: see productsHeader)
    const corner = run.find((s) => s.table?.row === 0 && s.table?.column === 0)?.text ?? ''
    const labels = productsHeader(corner) ? run.filter((s) => s.table?.column === 0 && (s.table?.row ?? 0) > 0) : []
    for (const line of [headers, labels]) {
      const named = line.map((s) => s.text.replace(/\*+/g, '').trim()).filter((t) => t !== '')
      if (named.length >= 2 && named.some((t) => isPublisher(firstName(t), publisher))) {
        const others = named.filter((t) => !isPublisher(firstName(t), publisher)).map(firstName).filter(Boolean)
        if (others.length > 0) out.set(run[0]?.block ?? 0, [...(out.get(run[0]?.block ?? 0) ?? []), ...others])
      }
    }
    run = []
  }
  for (const s of sentences) {
    if (s.kind === 'table-cell' && s.table) {
      if (run.length > 0 && s.table.row === 0 && s.table.column === 0) flush()
      run.push(s)
    } else flush()
  }
  flush()
  return out
}

function firstName(cell: string): string {
  return namesIn(cell)[0]?.name ?? ''
}

/** "acme-vs-funnelhub.md", "inksign-alternative.mdx": slug words beside `vs` or `alternative`, spelled as the page spells them. */
function slugNames(doc: SiteDocument, publisher: Set<string> = new Set()): string[] {
  const slug = (doc.path.split('/').pop() ?? '').replace(/\.[a-z]+$/i, '').toLowerCase()
  const words = slug.split(/[-_]+/)
  const picked: string[] = []
  words.forEach((w, i) => {
    // "x-vs-y" sets the publisher against a rival only when one side is the publisher ("rag-vs-fine-tuning" is a topic)
    const sides = [words[i - 1] ?? '', words[i + 1] ?? '']
    if ((w === 'vs' || w === 'versus') && (publisher.size === 0 || sides.some((side) => isPublisher(side, publisher)))) picked.push(...sides)
    if (/^alternatives?$/.test(w)) picked.push(words[i - 1] ?? '')
  })
  const wanted = new Set(picked.filter((w) => w.length >= 3))
  if (wanted.size === 0) return []
  const out: string[] = []
  for (const s of doc.sentences) for (const hit of namesIn(s.text)) if (wanted.has(nameKey(hit.name)) && !acronym(hit.name)) out.push(hit.name)
  return out
}

// Frames that set a named product against the publisher or its kind of product: "Acme's shutdown", "Acme's
// pricing", "platforms like Acme and Relay", "pricier tools such as Acme", "unlike Acme, we…", "compared to Acme".
const POSSESSIVE_FACT = /([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})['’]s\s+(?:shutdown|closure|sunset|deprecation|end[- ]of[- ]life|pricing|price|prices|fees?|plans?\s+(?:start|cost)|\$)/g
const KIND_LIKE = /\b(?:platforms?|tools?|services?|solutions?|providers?|vendors?|competitors?|alternatives?|products?|offerings?)\s+(?:like|such\s+as|including)\s+((?:[\w.'’-]+(?:,\s*|\s+(?:and|or)\s+|\s+)){0,8}[\w.'’-]+)/gi
const AGAINST = /\b(?:unlike|compared\s+(?:to|with)|instead\s+of|than|over)\s+((?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*){0,2})/g
const FIRST_PERSON = /\b(?:we|our|us)\b/i
// "Migrating from App Center to Acme", "switching from Relay to Acme": the product left behind for the publisher's
const MIGRATION = /\b(?:[Mm]igrat\w*|[Mm]ov(?:e|es|ed|ing)|[Ss]witch(?:es|ed|ing)?|[Tt]ransition\w*)\s+(?:[\w-]+\s+){0,3}?from\s+((?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*){0,2})\s+to\s+((?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*){0,2})/g

/** Names a sentence sets against the publisher: a competitor's shutdown or price, "platforms like X", "unlike X, we". */
export function rivalNames(text: string, publisher: Set<string>): string[] {
  const out: string[] = []
  const proper = (s: string): string[] => namesIn(s).filter((h) => !h.initial || !/^[A-Z][a-z0-9]*$/.test(h.name)).map((h) => h.name)
  POSSESSIVE_FACT.lastIndex = 0
  for (let m = POSSESSIVE_FACT.exec(text); m !== null; m = POSSESSIVE_FACT.exec(text)) out.push(...namesIn(m[1] ?? '').slice(-1).map((h) => h.name))
  KIND_LIKE.lastIndex = 0
  for (let m = KIND_LIKE.exec(text); m !== null; m = KIND_LIKE.exec(text)) out.push(...proper(m[1] ?? ''))
  MIGRATION.lastIndex = 0
  for (let m = MIGRATION.exec(text); m !== null; m = MIGRATION.exec(text)) {
    if (namesIn(m[2] ?? '').some((h) => isPublisher(h.name, publisher))) out.push(...namesIn(m[1] ?? '').slice(0, 1).map((h) => h.name))
  }
  // "unlike X", "compared to X", "than X" name a rival only when the other side is the publisher or "we".
  // (the names of the sentence are read only when it has such a phrase: most sentences have none)
  AGAINST.lastIndex = 0
  const against = AGAINST.test(text)
  const publisherHere = against && (FIRST_PERSON.test(text) || namesIn(text).some((h) => isPublisher(h.name, publisher)))
  if (publisherHere) {
    AGAINST.lastIndex = 0
    for (let m = AGAINST.exec(text); m !== null; m = AGAINST.exec(text)) out.push(...namesIn(m[1] ?? '').slice(0, 1).map((h) => h.name))
  }
  return out.filter((n) => !acronym(n) && !isPublisher(n, publisher))
}

/** Competitors a single page names against the publisher: its title, its comparison tables, "alternative to X". `text`: pageText(doc). */
export function pageCompetitors(doc: SiteDocument, publisher: Name | null, text: string): Name[] {
  const keys = publisherKeys(publisher)
  const found = new Collector(keys)
  const title = titleOf(doc)
  for (const name of versusNames(title, keys)) found.add(name, 'the page title', text)
  for (const name of alternativeNames(title)) found.add(name, 'the page title', text)
  for (const name of slugNames(doc, keys)) found.add(name, 'the page path', text)
  for (const names of comparisonTableNames(doc.sentences, keys).values()) for (const name of names) found.add(name, 'a comparison table', text)
  // A round-up's numbered entries ("### 2. osTicket", "### 3. Zammad"): three or more products the page ranks.
  // (entries whose heading is the name alone: "### 4. Agile delivery at scale" ranks ideas, not products)
  const ranked = rankingNames(doc, true)
  if (ranked.length >= 3) for (const name of ranked) found.add(name, 'a ranking', text)
  for (const sentence of doc.sentences) {
    for (const name of alternativeNames(sentence.text)) found.add(name, 'an "alternative to" sentence', text)
    for (const name of rivalNames(sentence.text, keys)) found.add(name, 'a sentence setting it against the publisher', text)
  }
  return [...found.names.values()]
}

/**
 * The names a comparison page puts against the publisher, for the site's competitors: [name, where], in
 * order, leaving out words the page (`text`: pageText(doc)) also writes in lower case (a topic, not a product).
 */
export function comparisonRivals(doc: SiteDocument, publisher: Name | null, text: string): [string, string][] {
  const keys = publisherKeys(publisher)
  const title = titleOf(doc)
  const out: [string, string][] = []
  const add = (name: string, from: string): void => {
    if (!commonWordIn(cleanName(name), text)) out.push([name, from])
  }
  for (const name of versusNames(title, keys)) add(name, `title of ${doc.path}`)
  for (const name of alternativeNames(title)) add(name, `title of ${doc.path}`)
  for (const name of slugNames(doc, keys)) add(name, `path ${doc.path}`)
  // (a numbered heading on an alternatives page names a product even when the page also writes the word in lower case: "3. Make")
  if (/\balternatives\b/i.test(title)) for (const name of rankingNames(doc)) out.push([name, `ranking on ${doc.path}`])
  return out
}

/** Competitors of the site: config, then the names its comparison pages put against the publisher (comparisonRivals). */
export function siteCompetitors(rivals: readonly (readonly [string, string])[], publisher: Name | null, configured: string[] = []): Name[] {
  const found = new Collector(publisherKeys(publisher))
  for (const name of configured) found.add(name, 'config')
  for (const [name, from] of rivals) found.add(name, from)
  // A config competitor is kept even when it looks like the publisher: config wins.
  for (const name of configured) if (!found.names.has(nameKey(name))) found.names.set(nameKey(name), { name, aliases: [], from: 'config' })
  return [...found.names.values()]
}

/** Whether the text names any of the given competitors; the first mention's range. */
export function mentionsAny(text: string, names: readonly Name[]): { start: number; end: number } | null {
  return findName(
    text,
    names.flatMap((n) => [n.name, ...n.aliases]),
  )
}
