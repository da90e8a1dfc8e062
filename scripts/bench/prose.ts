// Real sentences, headings and list items taken from the example site, so the benchmark reads
// prose shaped like a marketing team's (lengths, links, numbers, punctuation), not lorem ipsum.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normalizePhrase } from './ruleset.js'

export interface ProsePool {
  sentences: string[]
  headings: string[]
  items: string[]
  titles: string[]
}

// Used when the example site is missing, so the benchmark still runs on a trimmed checkout.
const FALLBACK: ProsePool = {
  sentences: [
    'Every message lands in one shared inbox, whichever channel the customer picked.',
    'Assign it, reply from the same window, and read the whole history before you type.',
    'Connect your support address, paste the chat snippet and forward your SMS number.',
    'Saved replies keep facts consistent: prices, refund windows, the address for returns.',
    'Pick ten conversations at random and read them as a team for twenty minutes.',
    'Start a 14-day trial without a credit card.',
    'Read [how Brightdesk answers every customer](/blog/customer-story-brightdesk) with a team of seven.',
  ],
  headings: ['Email, chat and SMS, side by side', 'Start this afternoon', 'Questions', 'What changed'],
  items: ['Email, chat and SMS in one shared inbox', 'Data hosted in the EU or the US', 'Invite your team'],
  titles: ['One inbox for every customer conversation', 'How we price Acme Flow'],
}

function markdownFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.mdx?$/.test(entry.name)) out.push(path)
    }
  }
  try {
    walk(dir)
  } catch {
    return []
  }
  return out
}

/** Markdown that copydesk reads as prose, minus what would be noise here: footnote refs, JSX, emphasis. */
function clean(text: string): string {
  return text
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z0-9"“[])/).map((s) => s.trim()).filter((s) => s.length >= 20)
}

/**
 * Sentences from `contentDir`, with every one that contains a banned phrase (even inside a longer
 * word, as ripgrep would see it) left out: the benchmark then knows exactly which hits it planted.
 */
export function readProse(contentDir: string, banned: readonly string[]): ProsePool {
  const lowered = banned.map((p) => p.toLowerCase())
  const normalized = banned.map(normalizePhrase)
  const isClean = (s: string): boolean => {
    const lower = s.toLowerCase()
    const norm = normalizePhrase(s)
    return !lowered.some((p) => lower.includes(p)) && !normalized.some((p) => norm.includes(p))
  }
  const pool: ProsePool = { sentences: [], headings: [], items: [], titles: [] }
  for (const file of markdownFiles(contentDir)) {
    const text = readFileSync(file, 'utf8')
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)
    const title = fm ? /^title:\s*"?(.*?)"?\s*$/m.exec(fm[1] ?? '')?.[1] : undefined
    if (title) pool.titles.push(title)
    const body = fm ? text.slice(fm[0].length) : text
    let inCode = false
    let paragraph: string[] = []
    const flush = (): void => {
      if (paragraph.length) pool.sentences.push(...splitSentences(clean(paragraph.join(' '))))
      paragraph = []
    }
    for (const line of body.split('\n')) {
      if (line.startsWith('```')) {
        inCode = !inCode
        flush()
        continue
      }
      if (inCode) continue
      const trimmed = line.trim()
      if (trimmed === '' || /^(import|export)\s/.test(trimmed) || /^[<{|>]/.test(trimmed) || trimmed.startsWith('[^')) {
        flush()
        continue
      }
      const heading = /^#{1,6}\s+(.*)$/.exec(trimmed)
      const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(trimmed)
      if (heading) {
        flush()
        pool.headings.push(clean((heading[1] ?? '').replace(/^\d+\.\s*/, '')))
      } else if (item) {
        flush()
        pool.items.push(clean(item[1] ?? ''))
      } else paragraph.push(trimmed)
    }
    flush()
  }
  const dedupe = (xs: string[]): string[] => [...new Set(xs)].filter((x) => x !== '' && isClean(x) && !x.includes('"'))
  const result: ProsePool = {
    sentences: dedupe(pool.sentences),
    headings: dedupe(pool.headings),
    items: dedupe(pool.items),
    titles: dedupe(pool.titles),
  }
  for (const key of Object.keys(result) as (keyof ProsePool)[]) if (result[key].length < 3) result[key] = FALLBACK[key]
  return result
}
