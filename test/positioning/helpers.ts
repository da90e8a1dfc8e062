// Reads fixtures through the real content parser, so these tests exercise what the pipeline sees.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseDocument } from '../../src/content/index.js'
import { parsePositioningArtifact } from '../../src/positioning/artifact.js'
import type { PositioningContext } from '../../src/positioning/types.js'
import type { ContentDocument } from '../../src/types.js'

const root = fileURLToPath(new URL('../fixtures/positioning/', import.meta.url))

export function fixture(name: string, as = `content/${name}`): ContentDocument {
  return parseDocument(as, readFileSync(root + name, 'utf8'))
}

export function context(overrides: Partial<PositioningContext> = {}): PositioningContext {
  const { artifact } = parsePositioningArtifact(fixture('positioning.md', 'strategy/positioning.md'))
  return { artifact, fields: [], contentType: null, similarity: 0.5, ...overrides }
}

/** Content type as the pipeline would read it from the `type` field. */
export function typeOf(doc: ContentDocument): string | null {
  const type = doc.frontmatter.type
  return typeof type === 'string' ? type : null
}

/** The second company of the fixtures: Relay, a live update platform (shaped like a real one). */
export function relayContext(overrides: Partial<PositioningContext> = {}): PositioningContext {
  const { artifact } = parsePositioningArtifact(fixture('relay/positioning.md', 'strategy/positioning.md'))
  return { artifact, fields: [], contentType: null, similarity: 0.5, ...overrides }
}
