// The config `copydesk init` would write for a site (its publisher and competitors, found across every content
// file at the labelled commit), for `npm run eval:real -- --init`: copydesk as an admin who ran init would run it,
// rather than zero config, where each page is read on its own. Names only; nothing of the pages is kept.
import { configSchema } from '../../src/config/schema.js'
import { contentMatcher } from '../../src/engine/content-files.js'
import { runContext } from '../../src/engine/site-context.js'
import { gitTree } from '../../src/engine/tree.js'

/** The `claims:` block of the site's init config, as YAML text. */
export async function initConfigText(gitDir: string, commit: string, prefix: string): Promise<string> {
  const config = configSchema.parse({})
  const tree = gitTree(gitDir, commit)
  const isContent = contentMatcher(config, config.positioning.artifact)
  const paths = ((await tree.list?.()) ?? []).filter((p) => p.startsWith(prefix) && isContent(p))
  const { site } = await runContext(tree, paths, config)
  const publisher = site.publisher ? [site.publisher.name, ...site.publisher.aliases] : []
  const competitors = site.competitors.map((c) => c.name)
  return `claims:\n  publisher: ${JSON.stringify(publisher)}\n  competitors: ${JSON.stringify(competitors)}\n`
}
