// Who publishes the site: the config's `claims.publisher`, else a frontmatter field naming it, else the
// product name the pages use most. A name linked to the site's own address, or said in the first person
// ("At Signwell, we…"), counts extra: those are how a site names itself.
import { COMMON, nameKey, namesIn, plainInitial } from './names.js'
import type { Name, SiteDocument } from './types.js'

const FRONTMATTER_FIELDS = ['publisher', 'brand', 'company', 'organization', 'organisation', 'site_name', 'siteName', 'product']

interface Tally {
  spellings: Map<string, number>
  /** In tenths of a vote. */
  score: number
  pages: Set<string>
  /** Votes from how a site names itself (its own address, its own links, "we"), not just repetition. */
  signals: number
}

function bump(tallies: Map<string, Tally>, name: string, tenths: number, count: number, signals: number, page: string): void {
  const key = nameKey(name)
  if (key.length < 2) return
  let t = tallies.get(key)
  if (!t) tallies.set(key, (t = { spellings: new Map(), score: 0, pages: new Set(), signals: 0 }))
  t.spellings.set(name, (t.spellings.get(name) ?? 0) + count)
  t.score += tenths
  t.pages.add(page)
  t.signals += signals
}

const GENERIC_HOST = new Set(['www', 'app', 'docs', 'doc', 'blog', 'api', 'dashboard', 'console', 'help', 'support', 'status', 'cdn', 'static', 'assets', 'images', 'img', 'book', 'go', 'get', 'account', 'accounts', 'legacy', 'dev', 'test', 'staging', 'community', 'forum'])
const PLATFORM_HOST = /(?:^|\.)(?:github|gitlab|twitter|x|youtube|youtu|linkedin|facebook|discord|medium|npmjs|google|apple|microsoft|wikipedia|producthunt|reddit|cloudinary|imgix)\.[a-z.]+$/i

// The words of a URL's host a site would name itself by: `relayhq` for https://relayhq.app/, `syncbasedb`
// for https://dashboard.syncbase-db.cloud; for a GitHub or GitLab link, the owner (`Buildkit`).
function hostWords(url: string): string[] {
  const m = /^https?:\/\/([^/?#:]+)(\/[^/?#]+)?/i.exec(url)
  if (!m) return []
  const host = (m[1] ?? '').toLowerCase()
  if (/^(?:www\.)?git(?:hub|lab)\.com$/.test(host)) return m[2] ? [m[2].slice(1).toLowerCase().replace(/[^a-z0-9]/g, '')] : []
  if (PLATFORM_HOST.test(host)) return []
  const labels = host.split('.').slice(0, -1)
  return labels.filter((l) => !GENERIC_HOST.has(l)).map((l) => l.replace(/[^a-z0-9]/g, ''))
}

function hostWord(url: string): string | null {
  return hostWords(url)[0] ?? null
}

/** Whether a name and a host word are one brand: `signwell` and `signwe` (signwell.so), `syncbase` and `syncbasedb`. */
function sameBrand(key: string, word: string): boolean {
  if (key.length < 3 || word.length < 3) return false
  return key === word || (Math.min(key.length, word.length) >= 5 && (key.startsWith(word) || word.startsWith(key)))
}

/** A link to a page of the site's own (`/cloud/`), not to another site (`//cdn…`). */
const OWN_PAGE = /^\/(?!\/)/

const FIRST_PERSON = /\b(?:at|from|the)\s+$|\b(?:we|our|us)\b/i

/**
 * What one page says about who publishes the site, before the other pages are read: the first frontmatter
 * field naming a publisher, the hosts its links point at, and its votes for names. A run derives the
 * publisher from every page's votes (publisherFrom); `--cache` keeps each page's votes, so a re-audit
 * counts them again without parsing the pages that did not change.
 */
export interface PublisherVotes {
  /** The page's first `publisher`/`brand`/… frontmatter field that names someone. */
  frontmatter: { field: string; value: string } | null
  /** The first word of each link's host, in order (`relayhq` for https://relayhq.app/). */
  hosts: string[]
  /**
   * Votes for a spelling, summed per spelling in the order each first appears on the page:
   * [spelling, score in tenths, how many, of which how a site names itself, host word the vote needs].
   * A vote with a host word counts only when the site links to that host twice or more.
   */
  votes: NameVote[]
}

export type NameVote = [spelling: string, tenths: number, count: number, signals: number, host?: string]

/** A page's votes (see PublisherVotes); scores in tenths so that summing them in any grouping is exact. */
export function publisherVotes(doc: SiteDocument): PublisherVotes {
  let frontmatter: PublisherVotes['frontmatter'] = null
  for (const field of FRONTMATTER_FIELDS) {
    const value = doc.frontmatter[field]
    if (typeof value === 'string' && value.trim() !== '') {
      frontmatter = { field, value: value.trim() }
      break
    }
  }
  const hosts: string[] = []
  const votes = new Map<string, NameVote>()
  const vote = (name: string, tenths: number, signal: boolean, host?: string): void => {
    const id = host === undefined ? name : `${name}\u0000${host}`
    const known = votes.get(id)
    if (known) {
      known[1] += tenths
      known[2]++
      if (signal) known[3]++
    } else votes.set(id, host === undefined ? [name, tenths, 1, signal ? 1 : 0] : [name, tenths, 1, signal ? 1 : 0, host])
  }
  // Words the page also writes in lowercase are everyday words: "Getting Started", "Devices", "Update Behavior"
  // (links to a docs section, Title Case headings) are not names, however often the page links to them.
  // (only names of plain capitalised words can be; the page's lowercase words are gathered once, when first asked)
  let lowercase: Set<string> | undefined
  const judged = new Map<string, boolean>()
  const everyday = (name: string): boolean => {
    let known = judged.get(name)
    if (known !== undefined) return known
    const words = name.split(' ')
    if (words.every((w) => /^[A-Z][a-z]+$/.test(w))) {
      if (lowercase === undefined) {
        lowercase = new Set<string>()
        for (const sentence of doc.sentences) for (const w of sentence.text.match(/(?<![\w@/.-])[a-z][a-z'’-]*/g) ?? []) lowercase.add(w)
      }
      const seen = lowercase
      known = words.every((w) => seen.has(w.toLowerCase()) || COMMON.has(w.toLowerCase()))
    } else known = false
    judged.set(name, known)
    return known
  }
  // A site's own comparison page puts itself first: "Acme vs FunnelHub".
  const title = typeof doc.frontmatter['title'] === 'string' ? (doc.frontmatter['title'] as string) : ''
  const first = /^(.{2,40}?)\s(?:vs\.?|versus)\s/i.exec(title)?.[1]
  const own = first !== undefined ? namesIn(first).pop() : undefined
  if (own) vote(own.name, 30, true)
  // A link to one of the site's own pages by name is the site naming a product only when the page also says
  // that name in its prose twice, or links its own pages by it twice: docs and blog footers link sections by
  // their titles ("[Getting Started](/docs/getting-started/)", "[Beta Testing Solution](/solutions/…)") and
  // never write those titles in a sentence of their own.
  // (each sentence's names are found once and kept for the votes below)
  const namesOf = doc.sentences.map((sentence) => namesIn(sentence.text))
  const said = new Map<string, number>()
  const ownLinks = new Map<string, number>()
  const count = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1)
  }
  doc.sentences.forEach((sentence, i) => {
    // (a link's start and end are offsets in the source, not in the sentence: its text is what is compared)
    for (const hit of namesOf[i] ?? []) if (!sentence.links.some((l) => l.text.includes(hit.name))) count(said, nameKey(hit.name))
    for (const link of sentence.links) if (OWN_PAGE.test(link.url)) count(ownLinks, nameKey(link.text))
  })
  // (linked twice is enough for a name of more than one plain word: "Channels", "Devices" linked from every
  // footer to three docs pages are sections, "Tidewell Cloud" is a product)
  const namesProduct = (text: string): boolean =>
    (said.get(nameKey(text)) ?? 0) >= 2 ||
    (!/^[A-Z][a-z]+$/.test(text) && (ownLinks.get(nameKey(text)) ?? 0) >= 2)
  doc.sentences.forEach((sentence, i) => {
    const weight = sentence.kind === 'heading' || sentence.field === 'title' ? 2 : 1
    for (const hit of namesOf[i] ?? []) {
      // A capitalised first word ("Rollout", "Teams") is weak evidence of a name; a camel-cased or
      // multi-word one is not.
      const plainWord = plainInitial(hit)
      // A short all-capitals word is usually a standard or a body (ISO, EU, MIT), rarely the publisher.
      const acronym = /^[A-Z]{2,4}s?$/.test(hit.name)
      const before = sentence.text.slice(Math.max(0, hit.start - 12), hit.start)
      const after = sentence.text.slice(hit.end, hit.end + 12)
      const firstPerson = FIRST_PERSON.test(before) && /^\s*[,']?\s*(?:we|our)\b/i.test(after) && !everyday(hit.name) ? 40 : 0
      vote(hit.name, (plainWord || everyday(hit.name) ? 5 : acronym ? 3 : 10) * weight + firstPerson, firstPerson > 0)
    }
    for (const link of sentence.links) {
      const word = hostWord(link.url)
      if (word !== null) hosts.push(word)
      // A name linked to an address that spells it (`[RelayHQ](https://relayhq.app/)`) is the site naming itself
      // or a vendor naming its own product; either way a strong vote.
      // (only when the site links there twice: once is how a page cites someone else, "[Forrester](https://forrester.com/…)")
      if (word !== null && nameKey(link.text) === word) vote(link.text, 30, true, word)
      // The site linking to one of its own pages by name (`[Syncbase Cloud](/cloud/)`).
      else if (OWN_PAGE.test(link.url) && /^[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}$/.test(link.text) && !everyday(link.text) && namesProduct(link.text)) vote(link.text, 20, true)
    }
  })
  return { frontmatter, hosts, votes: [...votes.values()] }
}

/** The publisher named by config or frontmatter, else derived from how the pages name things. */
export function findPublisher(docs: readonly SiteDocument[], configured: string[] = []): Name | null {
  if (configured.length > 0) return publisherFrom([], configured)
  return publisherFrom(
    docs.map((doc) => ({ path: doc.path, votes: publisherVotes(doc) })),
    configured,
  )
}

/** The publisher from every page's votes, in the pages' order (the same answer as findPublisher). */
export function publisherFrom(pages: readonly { path: string; votes: PublisherVotes }[], configured: string[] = []): Name | null {
  if (configured.length > 0) return { name: configured[0] as string, aliases: configured.slice(1), from: 'config' }
  for (const { path, votes } of pages) {
    if (votes.frontmatter) return { name: votes.frontmatter.value, aliases: [], from: `frontmatter ${votes.frontmatter.field} of ${path}` }
  }
  // The addresses the pages link to most name the site: every link to a host that spells a name is a vote.
  const hosts = new Map<string, number>()
  for (const { votes } of pages) for (const w of votes.hosts) hosts.set(w, (hosts.get(w) ?? 0) + 1)
  const tallies = new Map<string, Tally>()
  for (const { path, votes } of pages) {
    for (const [name, tenths, count, signals, host] of votes.votes) {
      if (host === undefined || (hosts.get(host) ?? 0) >= 2) bump(tallies, name, tenths, count, signals, path)
    }
  }
  for (const [key, t] of tallies) {
    for (const [word, count] of hosts) {
      if (count >= 2 && sameBrand(key, word)) {
        t.score += 20 * Math.min(count, 10)
        t.signals += count
      }
    }
  }
  // Names built on a shorter name add to it (`Syncbase Cloud` is a vote for `Syncbase`).
  // (each longer key looks up its own prefixes: linear in the number of names, not quadratic)
  for (const [otherKey, other] of tallies) {
    for (let len = 4; len < otherKey.length; len++) {
      const shorter = tallies.get(otherKey.slice(0, len))
      if (shorter) shorter.score += other.score / 2
    }
  }
  // Repetition alone names what a page is about, not who publishes it: on fewer than three pages, only a
  // name the pages also name the way a site names itself (its address, its own links, "we") can win, so a
  // round-up of JotForm alternatives published by Acme names Acme, not JotForm.
  const few = pages.length < 3
  let best: [string, Tally] | null = null
  for (const entry of tallies) {
    const [, t] = entry
    if (few && t.signals === 0) continue
    // Across a site the publisher is on most pages; on one page, the name it repeats most.
    const rank = t.score * Math.sqrt(t.pages.size)
    if (best === null || rank > best[1].score * Math.sqrt(best[1].pages.size)) best = entry
  }
  if (best === null || best[1].score < 30) return null
  const [key, t] = best
  const spellings = [...t.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s.replace(/['’]s$/, ''))
  const name = spellings[0] as string
  // Longer names built on the same word are the same publisher: `SyncbaseDB`, `Syncbase Cloud`.
  const aliases = new Set<string>()
  for (const [otherKey, other] of tallies) {
    // …and so is a shorter one it is built on (`Acme` for `Acme Flow`).
    if (otherKey !== key && (otherKey.startsWith(key) || (key.startsWith(otherKey) && otherKey.length >= 4)) && other.score >= 20) {
      // (not an environment variable or constant the docs mention: `ELECTRIC_CONSUMER_PARTITIONS`)
      for (const s of other.spellings.keys()) if (!/^[A-Z0-9]+_[A-Z0-9_]+$/.test(s)) aliases.add(s.replace(/['’]s$/, ''))
    }
  }
  for (const s of spellings) if (s !== name) aliases.add(s)
  return { name, aliases: [...aliases], from: 'the name the pages use most' }
}
