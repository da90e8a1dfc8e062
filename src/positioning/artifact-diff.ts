// What changed inside the positioning artifact, entry by entry, so the sign-off request can show
// "tagline: `old` → `new`" instead of "strategy/positioning.md changed".
import type { ContentDocument, PositioningChange } from '../types.js'
import { parsePositioningArtifact } from './artifact.js'
import { sentenceSimilarity } from './text.js'
import { POLICY_REASON } from './policy.js'
import { emptyArtifact, type PositioningArtifact } from './types.js'

/** Artifact keys in the order a reviewer reads them, with the field each maps to. */
const ENTRIES: [string, keyof PositioningArtifact][] = [
  ['company', 'company'],
  ['product', 'product'],
  ['category', 'category'],
  ['taglines', 'taglines'],
  ['value-propositions', 'valuePropositions'],
  ['differentiators', 'differentiators'],
  ['competitor-framing', 'competitorFraming'],
  ['pricing', 'pricing'],
  ['terms', 'terms'],
  ['protected-fields', 'protectedFields'],
  ['positioning-types', 'positioningTypes'],
  ['owners', 'owners'],
]

// Entries as alike as this are one edited entry ("$29 per seat" → "$35 per seat"); below it, the old
// entry went and a new one came.
const ENTRY_SIMILARITY = 0.5

interface Item {
  text: string
  index: number
}

function values(artifact: PositioningArtifact, field: keyof PositioningArtifact): Item[] {
  const value = artifact[field]
  const list = Array.isArray(value) ? value : typeof value === 'string' && field !== 'path' ? [value] : []
  return list.map((text, index) => ({ text, index }))
}

function lineFor(doc: ContentDocument | null, key: string, item: Item, scalar: boolean): number {
  if (doc === null) return 1
  return (scalar ? undefined : doc.fieldLines[`${key}.${item.index}`]) ?? doc.fieldLines[key] ?? 1
}

/** Entry-level changes between two versions of the artifact (null = the artifact does not exist there). */
export function diffArtifact(baseDoc: ContentDocument | null, headDoc: ContentDocument | null): PositioningChange[] {
  const path = headDoc?.path ?? baseDoc?.path
  if (path === undefined) return []
  const base = baseDoc ? parsePositioningArtifact(baseDoc).artifact : emptyArtifact(path)
  const head = headDoc ? parsePositioningArtifact(headDoc).artifact : emptyArtifact(path)
  const out: PositioningChange[] = []
  for (const [key, field] of ENTRIES) {
    const scalar = key === 'company' || key === 'product' || key === 'category'
    const headItems = values(head, field)
    const identical = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
    let removed = values(base, field).filter((b) => !headItems.some((h) => identical(h.text, b.text)))
    let added = headItems.filter((h) => !values(base, field).some((b) => identical(h.text, b.text)))
    // Scalars are one slot: any new value replaces the old. List entries pair by how alike they read.
    const pairs: [Item, Item][] = []
    const scored = removed
      .flatMap((b) => added.map((h) => ({ b, h, score: scalar ? 1 : sentenceSimilarity(b.text, h.text) })))
      .filter((c) => c.score >= ENTRY_SIMILARITY)
      .sort((x, y) => y.score - x.score)
    for (const c of scored) {
      if (pairs.some(([b, h]) => b === c.b || h === c.h)) continue
      pairs.push([c.b, c.h])
    }
    removed = removed.filter((b) => !pairs.some(([pb]) => pb === b))
    added = added.filter((h) => !pairs.some(([, ph]) => ph === h))
    const change = (kind: PositioningChange['kind'], b: Item | null, h: Item | null): PositioningChange => ({
      path,
      kind,
      before: b?.text ?? null,
      after: h?.text ?? null,
      line: h ? lineFor(headDoc, key, h, scalar) : b ? lineFor(baseDoc, key, b, scalar) : 1,
      reason: POLICY_REASON,
      field: key,
    })
    out.push(
      ...pairs.map(([b, h]) => change('modified', b, h)),
      ...removed.map((b) => change('removed', b, null)),
      ...added.map((h) => change('added', null, h)),
    )
  }
  return out
}
