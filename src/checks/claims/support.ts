// Whether a claim has a source close enough for a reader to check it: an inline link, a footnote with a
// definition, or `[^id]` naming a frontmatter `sources` entry — in the sentence, or in its block when
// the config's `claims.scope` is `paragraph`.
import type { ContentDocument, Sentence } from '../../types.js'

export type ClaimScope = 'sentence' | 'paragraph'

/** Ids of the frontmatter `sources` entries, whatever else is wrong with them. */
export function frontmatterSourceIds(doc: ContentDocument): Set<string> {
  const sources = doc.frontmatter['sources']
  const ids = new Set<string>()
  if (!Array.isArray(sources)) return ids
  for (const entry of sources) {
    if (entry !== null && typeof entry === 'object') {
      const id = (entry as Record<string, unknown>)['id']
      if (typeof id === 'string' || typeof id === 'number') ids.add(String(id))
    }
  }
  return ids
}

/** A `[^id]` reference resolves when it has a definition or names a frontmatter source. */
export function resolves(doc: ContentDocument, id: string, sourceIds: Set<string>): boolean {
  return Object.hasOwn(doc.footnotes, id) || sourceIds.has(id)
}

function cites(doc: ContentDocument, sentence: Sentence, sourceIds: Set<string>): boolean {
  return sentence.links.length > 0 || sentence.footnotes.some((id) => resolves(doc, id, sourceIds))
}

/** The sentences whose sources count for `sentence` under the scope. */
export function scopeOf(doc: ContentDocument, sentence: Sentence, scope: ClaimScope): Sentence[] {
  return scope === 'paragraph' ? doc.sentences.filter((s) => s.block === sentence.block) : [sentence]
}

export function isSupported(doc: ContentDocument, sentence: Sentence, scope: ClaimScope, sourceIds = frontmatterSourceIds(doc)): boolean {
  // A footnote is the citation: "Acme survey of 412 customers" says where a claim comes from, it needs no source of its own.
  if (sentence.construct === 'footnote') return true
  if (scopeOf(doc, sentence, scope).some((s) => cites(doc, s, sourceIds))) return true
  // A title or meta description cannot carry a footnote: it summarises the page, so it is supported when
  // the page's body cites one of its frontmatter sources.
  return sentence.kind === 'frontmatter' && sourceIds.size > 0 && doc.sentences.some((s) => s.kind !== 'frontmatter' && s.footnotes.some((id) => sourceIds.has(id)))
}
