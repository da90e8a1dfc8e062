// `copydesk init`: the two files a repository needs to start, and the CODEOWNERS lines that make
// strategy owners sign off. Existing files are never overwritten unless asked (`--force`).
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fsTree, pathExists } from '../engine/tree.js'
import { claimsLines, findSite, type FoundSite } from './init-site.js'

/** The config schema at the moving `v1` tag, as the README gives it: editors (yaml-language-server) autocomplete from it. */
export const SCHEMA_URL = 'https://github.com/acme/copydesk/raw/v1/schema/copydesk.schema.json'

const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}
# copydesk policy: what counts as content, which rules apply, who signs off positioning.
# copydesk reads this file at the pull request's base commit, so a PR cannot loosen the rules it is checked
# against. Every key is optional; the commented values are the defaults or examples. Reference:
# https://github.com/acme/copydesk#configuration-reference

content:
  include: ["**/*.md", "**/*.mdx"]
  # exclude: ["content/**/_drafts/**"]

# Rule packs: \`recommended\` ships with copydesk; add your own rule files (with \`examples:\`, run them with
# \`copydesk test-rules\`).
rules:
  - recommended
  # - rules/house.yml

# Which findings make \`copydesk check\` exit 1: error, warning or never (the Action has its own \`fail-on\` input).
# fail-on: error

# Frontmatter fields every content file must have.
# required-fields: [owner, type]

@claims@
  # Unsourced claims per kind: error, warning, info or off.
  # severity:
  #   statistic: error
  #   comparison: warning

positioning:
  # The positioning artifact (see strategy/positioning.md) and the fields that carry positioning on every page.
  artifact: strategy/positioning.md
  # fields: [tagline, hero]
  # Strategy owners; empty: the CODEOWNERS owners of the artifact.
  # owners: ["@your-org/strategy"]
`

/** Where the `claims:` block goes in the template. */
const CLAIMS = '@claims@'

/** The starter config, with what the pages say about the publisher and competitors (see init-site.ts). */
export function starterConfig(found: FoundSite = { files: 0, publisher: null, competitors: [] }): string {
  return CONFIG_TEMPLATE.replace(CLAIMS, claimsLines(found))
}

export const STARTER_ARTIFACT = `---
# The company's positioning: what copydesk compares every content change against. Fill in and uncomment;
# a change to a page that touches these statements needs a strategy owner's sign-off.
# Format: https://github.com/acme/copydesk#the-positioning-artifact
company: Your company
# category: the category you claim
# taglines:
#   - "Your approved tagline."
# value-propositions:
#   - "What you do, for whom, and why it matters."
# differentiators:
#   - "What sets you apart."
# pricing:
#   - "$29 per seat per month."
# terms: [protected-term]
# protected-fields: [tagline, hero]
# positioning-types: [homepage, pricing]
---
# Positioning

The narrative for people: who the product is for, what we say and what we never say. copydesk reads only
the frontmatter above.
`

export const CODEOWNERS_LINES = `/strategy/              @your-org/strategy
/.github/copydesk.yml   @your-org/strategy`


export const ARTIFACT_PATH = 'strategy/positioning.md'

function foundLine(found: FoundSite): string {
  const publisher = found.publisher ? `the publisher \`${found.publisher.name}\`` : 'no publisher'
  const competitors = found.competitors.length === 1 ? '1 competitor' : `${found.competitors.length} competitors`
  return `read ${found.files} content files: ${publisher} and ${competitors} written to \`claims\` in .github/copydesk.yml (check them: a pull request's check reads only the files it changes)`
}

export interface InitResult {
  output: string
  /** Files that exist and were left as they are (no \`--force\`). */
  kept: string[]
  written: string[]
}

export async function initCommand(root: string, options: { force: boolean }): Promise<InitResult> {
  const kept: string[] = []
  const written: string[] = []
  const configPath = '.github/copydesk.yml'
  const writesConfig = options.force || !(await pathExists(join(root, configPath)))
  // (the pages are read only when the config is written: a kept config is the admin's own)
  const found = writesConfig ? await findSite(fsTree(root), starterConfig(), ARTIFACT_PATH) : null
  const files: [path: string, text: string][] = [
    [configPath, starterConfig(found ?? undefined)],
    [ARTIFACT_PATH, STARTER_ARTIFACT],
  ]
  for (const [path, text] of files) {
    const absolute = join(root, path)
    if (!options.force && (await pathExists(absolute))) {
      kept.push(path)
      continue
    }
    await mkdir(dirname(absolute), { recursive: true })
    await writeFile(absolute, text)
    written.push(path)
  }
  const lines = [
    ...written.map((p) => `wrote ${p}`),
    ...(found && found.files > 0 ? [foundLine(found)] : []),
    ...kept.map((p) => `kept ${p}: it already exists (run \`copydesk init --force\` to overwrite it)`),
    '',
    'Add these lines to .github/CODEOWNERS (with your strategy team) so changes to positioning and policy need its review:',
    '',
    CODEOWNERS_LINES,
  ]
  return { output: lines.join('\n'), kept, written }
}

