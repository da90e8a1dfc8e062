// What `copydesk init` learns from the repository's own pages: the publisher and the competitors the site
// context finds across every content file, written into the starter config. A pull request's check derives
// the site context from the files it changes, which may not name the publisher often enough or include a
// comparison page; the config carries what the whole site says, and an admin can correct it.
import { parse as parseYaml } from 'yaml'
import { configSchema } from '../config/schema.js'
import { contentMatcher } from '../engine/content-files.js'
import { runContext } from '../engine/site-context.js'
import type { Tree } from '../engine/tree.js'
import type { Name } from '../site/index.js'

export interface FoundSite {
  /** Content files read. */
  files: number
  publisher: Name | null
  competitors: Name[]
}

/**
 * The site context of the tree's content files, under the starter config's `content.include`; `within`: only
 * the files below that folder (a site kept in a subfolder of a larger repository, `website/`).
 */
export async function findSite(tree: Tree, starterConfig: string, artifactPath: string, within = ''): Promise<FoundSite> {
  const config = configSchema.parse(parseYaml(starterConfig))
  const isContent = contentMatcher(config, artifactPath)
  const paths = ((await tree.list?.()) ?? []).filter((path) => path.startsWith(within) && isContent(path))
  if (paths.length === 0) return { files: 0, publisher: null, competitors: [] }
  const { site } = await runContext(tree, paths, config)
  return { files: paths.length, publisher: site.publisher, competitors: site.competitors }
}

/** A YAML flow list of names: each quoted as JSON (a YAML double-quoted scalar), whatever it holds. */
function flowList(names: readonly string[]): string {
  return `[${names.map((n) => JSON.stringify(n)).join(', ')}]`
}

/** The starter config's `claims:` lines with what the pages say filled in (left commented when nothing was found). */
export function claimsLines(found: FoundSite): string {
  const publisher = found.publisher
    ? `  # The name the site publishes under and its other spellings, as your pages use them (check it).\n  publisher: ${flowList([found.publisher.name, ...found.publisher.aliases])}`
    : `  # The name the site publishes under and its other spellings (found from the pages when unset).\n  # publisher: [Your product]`
  const competitors = `  # Competitor names, added to those found on comparison pages${found.competitors.length > 0 ? ' (these were found on yours)' : ''}.\n  competitors: ${flowList(found.competitors.map((c) => c.name))}`
  return `claims:\n${publisher}\n${competitors}`
}
