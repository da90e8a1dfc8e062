// Which files are content, and what type each one is. Globs are matched with picomatch.
import picomatch from 'picomatch'
import type { Config, ContentTypePolicy } from '../config/schema.js'

/** Never content, whatever the config says: tooling and the policy files themselves. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '.github/**']

export type ContentMatcher = (path: string) => boolean

export function contentMatcher(config: Config, artifactPath: string): ContentMatcher {
  const include = picomatch(config.content.include, { dot: true })
  const exclude = picomatch([...ALWAYS_EXCLUDED, ...config.content.exclude], { dot: true })
  return (path) => path !== artifactPath && include(path) && !exclude(path)
}

/** The frontmatter `type-field` wins; else the first type whose `paths` globs match; else none. */
export function contentTypeOf(
  path: string,
  frontmatter: Record<string, unknown>,
  config: Config,
): { type: string | null; policy: ContentTypePolicy | null } {
  const declared = frontmatter[config['type-field']]
  if (typeof declared === 'string' && declared.trim() !== '') {
    const type = declared.trim()
    return { type, policy: config.types[type] ?? null }
  }
  for (const [type, policy] of Object.entries(config.types)) {
    if (policy.paths.length && picomatch(policy.paths, { dot: true })(path)) return { type, policy }
  }
  return { type: null, policy: null }
}
