// Builds the context a check receives from a file's text, the way the engine would.
import { findBannedClaims } from '../../src/checks/banned-claims.js'
import type { CheckContext } from '../../src/checks/types.js'
import { configSchema, type ConfigInput } from '../../src/config/schema.js'
import { parseDocument } from '../../src/content/index.js'
import { loadRecommendedPack, parseRulePack } from '../../src/rules/load.js'
import type { RulePack } from '../../src/rules/types.js'
import type { Finding } from '../../src/types.js'

export function packFrom(yaml: string): RulePack {
  const { pack, problems } = parseRulePack(yaml, 'rules/test.yml')
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'))
  return pack
}

export interface RunOptions {
  path?: string
  config?: ConfigInput
  packs?: RulePack[]
}

export function contextFor(source: string, options: RunOptions = {}): CheckContext {
  const config = configSchema.parse(options.config ?? {})
  const doc = parseDocument(options.path ?? 'content/page.md', source)
  const field = doc.frontmatter[config['type-field']]
  const contentType = typeof field === 'string' ? field : null
  return {
    doc,
    policy: { config, packs: options.packs ?? [loadRecommendedPack()], approvedSources: null },
    contentType,
    typePolicy: contentType === null ? null : (config.types[contentType] ?? null),
  }
}

export function bannedClaims(source: string, options: RunOptions = {}): Finding[] {
  return findBannedClaims(contextFor(source, options))
}
