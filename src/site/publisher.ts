// Who publishes the site: the config's `claims.publisher`, else a frontmatter field naming it, else the
// product name the pages use most. A name linked to the site's own address, or said in the first person
// ("At Signwell, we…"), counts extra: those are how a site names itself.
import { nameKey, namesIn } from './names.js'
import type { Name, SiteDocument } from './types.js'

const FRONTMATTER_FIELDS = ['publisher', 'brand', 'company', 'organization', 'organisation', 'site_name', 'siteName', 'product']

interface Tally {
  spellings: Map<string, number>
  score: number
  pages: Set<string>
  /** Votes from how a site names itself (its own address, its own links, "we"), not just repetition. */
  signals: number
}

function bump(tallies: Map<string, Tally>, name: string, score: number, page: string, signal = false): void {
  const key = nameKey(name)
  if (key.length < 2) return
  let t = tallies.get(key)
  if (!t) tallies.set(key, (t = { spellings: new Map(), score: 0, pages: new Set(), signals: 0 }))
  t.spellings.set(name, (t.spellings.get(name) ?? 0) + 1)
  t.score += score
  t.pages.add(page)
  if (signal) t.signals++
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

const FIRST_PERSON = /\b(?:at|from|the)\s+$|\b(?:we|our|us)\b/i

/** The publisher named by config or frontmatter, else derived from how the pages name things. */
export function findPublisher(docs: readonly SiteDocument[], configured: string[] = []): Name | null {
  if (configured.length > 0) return { name: configured[0] as string, aliases: configured.slice(1), from: 'config' }
  for (const doc of docs) {
    for (const field of FRONTMATTER_FIELDS) {
      const value = doc.frontmatter[field]
      if (typeof value === 'string' && value.trim() !== '') return { name: value.trim(), aliases: [], from: `frontmatter ${field} of ${doc.path}` }
    }
  }
  const tallies = new Map<string, Tally>()
  // The addresses the pages link to most name the site: every link to a host that spells a name is a vote.
  const hosts = new Map<string, number>()
  for (const doc of docs) for (const s of doc.sentences) for (const link of s.links) for (const w of hostWords(link.url).slice(0, 1)) hosts.set(w, (hosts.get(w) ?? 0) + 1)
  for (const doc of docs) {
    // A site's own comparison page puts itself first: "Acme vs FunnelHub".
    const title = typeof doc.frontmatter['title'] === 'string' ? (doc.frontmatter['title'] as string) : ''
    const first = /^(.{2,40}?)\s(?:vs\.?|versus)\s/i.exec(title)?.[1]
    const own = first !== undefined ? namesIn(first).pop() : undefined
    if (own) bump(tallies, own.name, 3, doc.path, true)
    for (const sentence of doc.sentences) {
      const weight = sentence.kind === 'heading' || sentence.field === 'title' ? 2 : 1
      for (const hit of namesIn(sentence.text)) {
        // A capitalised first word ("Rollout", "Teams") is weak evidence of a name; a camel-cased or
        // multi-word one is not.
        const plainWord = hit.initial && /^[A-Z][a-z0-9]*$/.test(hit.name)
        // A short all-capitals word is usually a standard or a body (ISO, EU, MIT), rarely the publisher.
        const acronym = /^[A-Z]{2,4}s?$/.test(hit.name)
        const before = sentence.text.slice(Math.max(0, hit.start - 12), hit.start)
        const after = sentence.text.slice(hit.end, hit.end + 12)
        const firstPerson = FIRST_PERSON.test(before) && /^\s*[,']?\s*(?:we|our)\b/i.test(after) ? 4 : 0
        bump(tallies, hit.name, (plainWord ? 0.5 : acronym ? 0.3 : 1) * weight + firstPerson, doc.path, firstPerson > 0)
      }
      // A name linked to an address that spells it (`[RelayHQ](https://relayhq.app/)`) is the site naming itself
      // or a vendor naming its own product; either way a strong vote.
      for (const link of sentence.links) {
        const word = hostWord(link.url)
        // (once is how a page cites someone else: "[Forrester](https://forrester.com/…)")
        if (word !== null && nameKey(link.text) === word && (hosts.get(word) ?? 0) >= 2) bump(tallies, link.text, 3, doc.path, true)
        // The site linking to one of its own pages by name (`[Syncbase Cloud](/cloud/)`).
        else if (/^\/(?!\/)/.test(link.url) && /^[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}$/.test(link.text)) bump(tallies, link.text, 2, doc.path, true)
      }
    }
  }
  for (const [key, t] of tallies) {
    for (const [word, count] of hosts) {
      if (count >= 2 && sameBrand(key, word)) {
        t.score += 2 * Math.min(count, 10)
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
  let best: [string, Tally] | null = null
  for (const entry of tallies) {
    const [, t] = entry
    // Across a site the publisher is on most pages; on one page, the name it repeats most.
    const rank = t.score * Math.sqrt(t.pages.size)
    if (best === null || rank > best[1].score * Math.sqrt(best[1].pages.size)) best = entry
  }
  // Repetition alone names what a page is about, not who publishes it: on fewer than three pages, the
  // publisher must also be named the way a site names itself (its address, its own links, "we").
  if (best === null || best[1].score < 3 || (docs.length < 3 && best[1].signals === 0)) return null
  const [key, t] = best
  const spellings = [...t.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s.replace(/['’]s$/, ''))
  const name = spellings[0] as string
  // Longer names built on the same word are the same publisher: `SyncbaseDB`, `Syncbase Cloud`.
  const aliases = new Set<string>()
  for (const [otherKey, other] of tallies) {
    // …and so is a shorter one it is built on (`Acme` for `Acme Flow`).
    if (otherKey !== key && (otherKey.startsWith(key) || (key.startsWith(otherKey) && otherKey.length >= 4)) && other.score >= 2) {
      for (const s of other.spellings.keys()) aliases.add(s.replace(/['’]s$/, ''))
    }
  }
  for (const s of spellings) if (s !== name) aliases.add(s)
  return { name, aliases: [...aliases], from: 'the name the pages use most' }
}
