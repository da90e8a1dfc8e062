// The positioning artifact as the rest of copydesk sees it, and what classifying a sentence needs.
// Kept here rather than in src/types.ts because only positioning and sign-off consult it.
import type { PagePart } from './parts.js'

/** Parsed, validated `strategy/positioning.md` frontmatter (see FORMAT.md). Lists are never null: absent = empty. */
export interface PositioningArtifact {
  /** Repository path the artifact was read from. */
  path: string
  company: string | null
  /** The product's name: like the company's, it appears everywhere and never makes a restatement. */
  product: string | null
  /** The category name: a protected term like those in `terms`. */
  category: string | null
  taglines: string[]
  valuePropositions: string[]
  differentiators: string[]
  competitorFraming: string[]
  pricing: string[]
  /** Protected words and phrases: any sentence using one (in any inflection) is positioning. */
  terms: string[]
  /** Frontmatter fields that are positioning in every content file. */
  protectedFields: string[]
  /** Content types whose every sentence is positioning. */
  positioningTypes: string[]
  /** Strategy owners named by the artifact; empty = the CODEOWNERS owners of the artifact. */
  owners: string[]
}

export interface PositioningContext {
  artifact: PositioningArtifact
  /** Config `positioning.fields`: protected fields on top of the artifact's. */
  fields: string[]
  /** Content type of the document being classified (head side in a diff). */
  contentType: string | null
  /** Config `positioning.similarity`: how alike two sentences must be to pair as one reworded sentence. */
  similarity: number
  /** Content type of the base side when it differs from `contentType`; defaults to `contentType`. */
  baseContentType?: string | null
  /** Config types with `positioning: true`, added to the artifact's `positioning-types`. */
  types?: string[]
  /** Config `positioning.parts`: the parts of a positioning-type page that count (default DEFAULT_PARTS). */
  parts?: readonly PagePart[]
}

/** An artifact that makes nothing positioning: used when the repository has none. */
export function emptyArtifact(path = 'strategy/positioning.md'): PositioningArtifact {
  return {
    path,
    company: null,
    product: null,
    category: null,
    taglines: [],
    valuePropositions: [],
    differentiators: [],
    competitorFraming: [],
    pricing: [],
    terms: [],
    protectedFields: [],
    positioningTypes: [],
    owners: [],
  }
}
