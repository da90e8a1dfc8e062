// The config `copydesk init` would write for a site (its publisher and competitors, found across every content
// file at the labelled commit), for `npm run eval:real -- --init`: copydesk as an admin who ran init would run it,
// rather than zero config, where each page is read on its own. Names only; nothing of the pages is kept.
import { ARTIFACT_PATH, starterConfig } from '../../src/cli/init.js'
import { claimsLines, findSite } from '../../src/cli/init-site.js'
import { gitTree } from '../../src/engine/tree.js'

/** The `claims:` block `copydesk init` writes for the site below `within` at `commit`, as YAML text. */
export async function initConfigText(gitDir: string, commit: string, within: string): Promise<string> {
  return `${claimsLines(await findSite(gitTree(gitDir, commit), starterConfig(), ARTIFACT_PATH, within))}\n`
}
