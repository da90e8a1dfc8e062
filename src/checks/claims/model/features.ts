// What the claims model reads of a sentence: its words (names of the publisher and its competitors, prices,
// percentages and other numbers folded into one token each, so "Zapier costs $20" and "Relay costs $9" read
// alike), where it sits (page kind, sentence kind, the heading above it, its table column) and what the
// claim rules already found in it. Features are plain strings, so the trained weights can be read.
import type { ClaimKind, SentenceKind } from '../../../types.js'
import { findAny, replaceNames } from '../kinds/types.js'

export interface ClaimReading {
  text: string
  sentenceKind: SentenceKind
  construct?: string | undefined
  pageKind: string
  /** The headings above the sentence, outermost first. */
  sections?: readonly string[] | undefined
  columnHeader?: string | undefined
  /** The sentence before it in the same block. */
  previous?: string | undefined
  publisher: readonly string[]
  competitors: readonly string[]
  /** The kinds the claim rules found in the sentence (before any source is looked for). */
  kinds: readonly ClaimKind[]
  links: number
}

// Names are found as the claim kinds find them (kinds/types.ts): one search per list of names, compiled once.
/** Whether the text names one of the names (whole words; an everyday-word name only as spelled). */
export function mentions(text: string | undefined, list: readonly string[]): boolean {
  return text !== undefined && findAny(text, list) !== null
}

const WORD = /[a-z']+/g

function words(text: string | undefined): string[] {
  return text === undefined ? [] : (text.toLowerCase().match(WORD) ?? [])
}

/** The sentence's words as the model reads them. */
export function tokens(reading: Pick<ClaimReading, 'text' | 'publisher' | 'competitors'>): string[] {
  const named = replaceNames(replaceNames(reading.text, reading.competitors, 'ccompetitor'), reading.publisher, 'ppublisher').toLowerCase()
  const folded = /\d/.test(named)
    ? named
        .replace(/[$€£]\s?\d[\d,.]*/g, ' mmoney ')
        .replace(/\d[\d,.]*\s?%/g, ' ppercent ')
        .replace(/\d[\d,.]*/g, ' nnumber ')
    : named
  return folded.match(WORD) ?? []
}

// What the headings above say is the same for every sentence under them (they share one array): read once.
interface SectionReading {
  competitorSection: boolean
  features: string[]
}
const bySections = new WeakMap<readonly string[], WeakMap<readonly string[], SectionReading>>()
const NO_SECTIONS: readonly string[] = []

function sectionReading(reading: ClaimReading): SectionReading {
  const sections = reading.sections ?? NO_SECTIONS
  let byCompetitors = bySections.get(sections)
  if (byCompetitors === undefined) bySections.set(sections, (byCompetitors = new WeakMap()))
  let known = byCompetitors.get(reading.competitors)
  if (known === undefined) {
    const heading = sections[sections.length - 1]
    const competitorSection = mentions(heading, reading.competitors)
    known = {
      competitorSection,
      features: [
        `competitor-section:${competitorSection}`,
        `competitor-above:${sections.some((s) => mentions(s, reading.competitors))}`,
        `publisher-section:${mentions(heading, reading.publisher)}`,
        ...words(heading).map((h) => `h:${h}`),
      ],
    }
    byCompetitors.set(reading.competitors, known)
  }
  return known
}

/** Whether the heading just above the sentence names a competitor (worked out once per section). */
export function inCompetitorSection(reading: ClaimReading): boolean {
  return sectionReading(reading).competitorSection
}

/** The features of the sentence's place and of what the rules found: all but its words (`u:`, `b:`). */
export function contextFeatures(reading: ClaimReading, wordCount: number): string[] {
  const f: string[] = ['bias']
  for (const k of new Set(reading.kinds)) f.push(`rule:${k}`)
  f.push(`rules:${reading.kinds.length > 0}`)
  f.push(`kind:${reading.sentenceKind}`, `construct:${reading.construct ?? 'markdown'}`, `page:${reading.pageKind}`)
  const section = sectionReading(reading)
  f.push(...section.features, `competitor-section-${reading.sentenceKind}:${section.competitorSection}`)
  f.push(`competitor-here:${mentions(reading.text, reading.competitors)}`, `publisher-here:${mentions(reading.text, reading.publisher)}`)
  f.push(`competitor-before:${mentions(reading.previous, reading.competitors)}`)
  for (const h of words(reading.columnHeader)) f.push(`col:${h}`)
  f.push(`links:${Math.min(reading.links, 2)}`, `length:${Math.min(6, Math.floor(wordCount / 5))}`)
  return f
}

/** Every feature of the sentence, as strings: `u:` words, `b:` word pairs, the rest its place and the rules' findings. */
export function claimFeatures(reading: ClaimReading, w: readonly string[] = tokens(reading)): string[] {
  const f: string[] = []
  for (let i = 0; i < w.length; i++) {
    f.push(`u:${w[i] ?? ''}`)
    if (i > 0) f.push(`b:${w[i - 1] ?? ''}_${w[i] ?? ''}`)
  }
  return [...f, ...contextFeatures(reading, w.length)]
}
