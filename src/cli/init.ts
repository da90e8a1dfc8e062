// `copydesk init`: the two files a repository needs to start, and the CODEOWNERS lines that make
// strategy owners sign off. Existing files are never overwritten unless asked (`--force`).
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pathExists } from '../engine/tree.js'

/** The config schema at the moving `v1` tag, as the README gives it: editors (yaml-language-server) autocomplete from it. */
export const SCHEMA_URL = 'https://github.com/acme/copydesk/raw/v1/schema/copydesk.schema.json'

export const STARTER_CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
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

claims:
  # Competitor names, added to those found on comparison pages.
  competitors: []
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

const FILES: [path: string, text: string][] = [
  ['.github/copydesk.yml', STARTER_CONFIG],
  ['strategy/positioning.md', STARTER_ARTIFACT],
]

export interface InitResult {
  output: string
  /** Files that exist and were left as they are (no \`--force\`). */
  kept: string[]
  written: string[]
}

export async function initCommand(root: string, options: { force: boolean }): Promise<InitResult> {
  const kept: string[] = []
  const written: string[] = []
  for (const [path, text] of FILES) {
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
    ...kept.map((p) => `kept ${p}: it already exists (run \`copydesk init --force\` to overwrite it)`),
    '',
    'Add these lines to .github/CODEOWNERS (with your strategy team) so changes to positioning and policy need its review:',
    '',
    CODEOWNERS_LINES,
  ]
  return { output: lines.join('\n'), kept, written }
}

