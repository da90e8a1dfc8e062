// The claims model: a logistic regression over a sentence's features (./features.ts), trained on the labelled
// design half of the real-copy set (`npm run train:claims`, scripts/train-claims-model.ts). The claim rules
// say what a sentence claims and where; the model weighs the sentence as a whole, the way the labellers read
// it — a price in a competitor's section of a round-up, "some users report …", a sentence about a rival that
// names no rival — and so it drops rule matches a copy editor would not ask about and adds sentences the
// rules cannot see. It is data, not code: retrain it when the rules or the labels change.
import type { ClaimKind } from '../../../types.js'
import { contextFeatures, inCompetitorSection, mentions, tokens, type ClaimReading } from './features.js'
import { VERSION, WEIGHTS } from './weights.js'

export { claimFeatures, tokens, type ClaimReading } from './features.js'

export interface ClaimModel {
  /** Which training produced it: labels file hash and date, shown with findings it adds. */
  version: string
  /** A rule match in a sentence scored below this is dropped. */
  drop: number
  /** A sentence with no rule match scored at or above this is a claim. */
  add: number
  /** …and at or above this when the claim it would make is a statistic. */
  addStatistic: number
  /** The weights of every feature but the words' (its place, what the rules found, and `bias`): see contextFeatures. */
  weights: ReadonlyMap<string, number>
  /** The `u:` weights by word and the `b:` weights by first and second word: scored without building strings. */
  words: ReadonlyMap<string, number>
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>
}

export interface TrainedWeights {
  version: string
  drop: number
  add: number
  addStatistic: number
  weights: Record<string, number>
}

export function modelFrom(trained: TrainedWeights): ClaimModel {
  // (each feature is held once: every parsing or checking thread loads the model, and the peak memory goal counts them all)
  const weights = new Map<string, number>()
  const words = new Map<string, number>()
  const pairs = new Map<string, Map<string, number>>()
  for (const [f, w] of Object.entries(trained.weights)) {
    if (f.startsWith('u:')) words.set(f.slice(2), w)
    else if (f.startsWith('b:')) {
      // (words are letters and apostrophes: the first `_` parts the pair)
      const cut = f.indexOf('_')
      const first = f.slice(2, cut)
      let next = pairs.get(first)
      if (next === undefined) pairs.set(first, (next = new Map()))
      next.set(f.slice(cut + 1), w)
    } else weights.set(f, w)
  }
  return { version: trained.version, drop: trained.drop, add: trained.add, addStatistic: trained.addStatistic, weights, words, pairs }
}

/** Which training the shipped weights come from (without parsing them): part of the rule set version. */
export const CLAIM_MODEL_VERSION: string = VERSION

let shipped: ClaimModel | undefined
/** The model trained for this release (parsed on first use). */
export function claimModel(): ClaimModel {
  return (shipped ??= modelFrom(JSON.parse(WEIGHTS) as TrainedWeights))
}

/** How likely a careful editor is to ask "says who?" of the sentence, 0–1. */
/** `words`: the sentence's tokens, when the caller has them already. */
export function claimScore(model: ClaimModel, reading: ClaimReading, words: readonly string[] = tokens(reading)): number {
  // the same sum as over claimFeatures(reading, words), without a string per word and pair
  let z = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    z += model.words.get(word) ?? 0
    if (i > 0) z += model.pairs.get(words[i - 1] as string)?.get(word) ?? 0
  }
  for (const f of contextFeatures(reading, words.length)) z += model.weights.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

const SUPERLATIVE = /\b(?:best|most|least|top|leading|leader|only|ideal|perfect|\w{3,}est)\b/i

/**
 * The kind of claim a sentence the rules did not match makes, for its message and severity: about a
 * competitor it is a comparison; in a blockquote or quotation marks, a quotation; ranked ("top 5", "the
 * most …"), a superlative; with a figure, a statistic; otherwise a comparison on a comparison page. Null
 * when none fits: the model's score alone does not make a finding it cannot name.
 */
export function kindOf(reading: ClaimReading): Exclude<ClaimKind, 'absolute'> | null {
  // (read from the text, not the model's tokens: most sentences are none of these, and are not tokenised)
  if (mentions(reading.text, reading.competitors) || (reading.pageKind === 'comparison' && inCompetitorSection(reading))) return 'comparison'
  if (reading.sentenceKind === 'blockquote' || /^\s*["“]/.test(reading.text)) return 'quote'
  if (SUPERLATIVE.test(reading.text)) return 'superlative'
  if (/\d/.test(reading.text)) return 'statistic'
  return reading.pageKind === 'comparison' ? 'comparison' : null
}
