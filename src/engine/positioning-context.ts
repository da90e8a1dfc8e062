// What the positioning classifier needs for one file, built from the base policy.
import type { ContentDocument } from '../types.js'
import type { PositioningContext } from '../positioning/index.js'
import { contentTypeOf } from './content-files.js'
import type { LoadedPolicy } from './policy.js'

/** `doc` is the side being classified (head, or base for a deletion); `other` the opposite side, if any. */
export function positioningContext(policy: LoadedPolicy, doc: ContentDocument, other: ContentDocument | null): PositioningContext {
  const config = policy.policy.config
  const type = contentTypeOf(doc.path, doc.frontmatter, config).type
  const baseType = other ? contentTypeOf(other.path, other.frontmatter, config).type : type
  return {
    artifact: policy.artifact,
    fields: config.positioning.fields,
    contentType: type,
    baseContentType: baseType,
    similarity: config.positioning.similarity,
    parts: config.positioning.parts,
    types: Object.entries(config.types)
      .filter(([, p]) => p.positioning)
      .map(([name]) => name),
  }
}
