// Finds the words in one sentence that make a claim a reader could ask "says who?" about, by running
// every claim-kind module (kinds/) over the sentence in its context. Works on the prose text of a
// sentence (markdown removed, code left out) and returns offsets into it.
import { exampleItem, quotedExample } from './kinds/filters.js'
import { BANNED_KINDS, SOURCE_KINDS, claimContext, type ClaimContext, type ClaimMatch, type ContextInput, type DetectedKind } from './kinds/index.js'

export type { ClaimMatch, DetectedKind }

/** The context a sentence is read in; every field is optional. */
export type DetectOptions = ContextInput

function sorted(out: ClaimMatch[]): ClaimMatch[] {
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Every claim that needs a source, sorted by position; several matches of one kind may overlap. */
export function detectClaims(text: string, opts: DetectOptions = {}): ClaimMatch[] {
  return claimsInContext(claimContext(text, opts))
}

/** As detectClaims, for a sentence already read into its context (the claims check reads each sentence once for both detectors). */
export function claimsInContext(ctx: ClaimContext): ClaimMatch[] {
  const { text } = ctx
  // Words quoted as an example of what (not) to write are no claim of the writer's, whatever their kind.
  return sorted(
    SOURCE_KINDS.flatMap((kind) => (kind.gate && !kind.gate(ctx) ? [] : kind.detect(ctx))).filter((m) => !quotedExample(text, m.start, m.end) && !exampleItem(text, m.start, m.end, ctx)),
  )
}

/** Every unconditional promise in the sentence (banned outright, whatever the source). */
export function detectAbsolutes(text: string, opts: DetectOptions = {}): ClaimMatch[] {
  return absolutesInContext(claimContext(text, opts))
}

/** As detectAbsolutes, for a sentence already read into its context. */
export function absolutesInContext(ctx: ClaimContext): ClaimMatch[] {
  return sorted(BANNED_KINDS.flatMap((kind) => (kind.gate && !kind.gate(ctx) ? [] : kind.detect(ctx))))
}

/** The first match of each kind: one finding per sentence per kind. */
export function firstOfEachKind(matches: ClaimMatch[]): ClaimMatch[] {
  const seen = new Set<string>()
  return matches.filter((m) => (seen.has(m.kind) ? false : (seen.add(m.kind), true)))
}

/** The kinds a sentence's matches make, in the order they first appear. */
export function kindsOf(matches: readonly ClaimMatch[]): DetectedKind[] {
  const kinds: DetectedKind[] = []
  for (const m of [...matches].sort((a, b) => a.start - b.start)) if (m.kind !== 'absolute' && !kinds.includes(m.kind)) kinds.push(m.kind)
  return kinds
}
