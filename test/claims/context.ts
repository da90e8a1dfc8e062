// Builds the context a check receives from markdown text, through the real document parser and config schema.
import { configSchema, type ConfigInput } from '../../src/config/schema.js'
import { parseDocument } from '../../src/content/index.js'
import type { CheckContext } from '../../src/checks/types.js'
import type { ApprovedSources } from '../../src/rules/types.js'

export function contextFor(
  markdown: string,
  options: { config?: ConfigInput; approvedSources?: ApprovedSources | null; path?: string } = {},
): CheckContext {
  const doc = parseDocument(options.path ?? 'content/page.md', markdown)
  const config = configSchema.parse(options.config ?? {})
  const type = doc.frontmatter[config['type-field']]
  const contentType = typeof type === 'string' ? type : null
  return {
    doc,
    policy: { config, packs: [], approvedSources: options.approvedSources ?? null },
    contentType,
    typePolicy: contentType === null ? null : (config.types[contentType] ?? null),
  }
}

/** Frontmatter and body joined the way a writer lays a file out. */
export function page(frontmatter: string[], body: string[] = []): string {
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n')
}
