// Renders the traceability comment as a reviewer sees it on GitHub, in the ~780 px comment column, and
// screenshots it with headless Chromium: the three example scenarios plus a 15-file rename PR that also
// changes a price. Writes docs/screenshots/*.png (shown in the README). Not part of `npm test`: CI has no
// browser. Needs `chromium` on PATH (Debian: `apt-get install chromium fonts-noto-color-emoji`).
//   npm run screenshots
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { demoCommand } from '../src/cli/demo.js'
import { MARKER } from '../src/contract.js'
import { runCheck, type ChangedFile } from '../src/engine/check.js'
import { loadPolicy } from '../src/engine/policy.js'
import { fsTree, type Tree } from '../src/engine/tree.js'
import { toComment } from '../src/reports/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'docs', 'screenshots')
const NOW = new Date('2026-11-24T12:00:00Z')
const HEAD_SHA = '7d1e5a9c3b2f4e6d8a0c1b3e5f7a9c2d4e6f8a0b'
const BASE_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b'
/** GitHub's conversation column leaves the comment body about this wide. */
const COLUMN = 780

/** A PR that moves 15 files (13 of them content) and, on the way, raises the Growth price. */
const RENAMES: [string, string][] = [
  ...[
    'customer-story-brightdesk.md',
    'five-tips-shared-inbox.md',
    'g2-winter-2026-award.md',
    'how-we-price.md',
    'introducing-suggested-replies.mdx',
    'release-notes-v2-4.md',
    'response-time-benchmark-2026.md',
    'why-small-teams-leave-suites.md',
  ].map((name): [string, string] => [`content/blog/${name}`, `content/blog/2026/${name}`]),
  ['content/email/trial-ending-day-12.md', 'content/email/lifecycle/trial-ending-day-12.md'],
  ['content/email/welcome-day-0.md', 'content/email/lifecycle/welcome-day-0.md'],
  ['content/ads/q4-2026-search-ads.md', 'content/ads/2026-q4/search-ads.md'],
  ['content/pages/for-small-teams.mdx', 'content/pages/for-small-teams-2026.mdx'],
  ['content/pages/acme-vs-hubspot.md', 'content/pages/acme-vs-hubspot-2026.md'],
  ['research/brightdesk-interview-2026.md', 'research/2026/brightdesk-interview.md'],
  ['research/customer-survey-2026.md', 'research/2026/customer-survey.md'],
]

async function renamePr(site: Tree): Promise<string> {
  const moved = new Map(RENAMES.map(([from, to]) => [to, from]))
  const gone = new Set(RENAMES.map(([from]) => from))
  const pricing = 'content/pages/pricing.md'
  const raised = new TextDecoder().decode((await site.read(pricing)) ?? new Uint8Array()).replace('then $29 per seat', 'then $32 per seat').replace('| Growth | $29 per seat per month |', '| Growth | $32 per seat per month |')
  const head: Tree = {
    label: 'rename head',
    async read(path) {
      if (path === pricing) return new TextEncoder().encode(raised)
      if (gone.has(path)) return null
      return site.read(moved.get(path) ?? path)
    },
  }
  const files: ChangedFile[] = [
    ...RENAMES.map(([from, to]): ChangedFile => ({ path: to, previousPath: from, status: 'renamed' })),
    { path: pricing, status: 'modified' },
  ]
  const report = await runCheck({
    base: site,
    head,
    policy: await loadPolicy(site),
    files,
    filter: 'added',
    failOn: 'error',
    now: NOW,
    signoff: { author: 'mia-chen', headSha: HEAD_SHA, reviews: [], teamMembers: null, positioningStableSince: [], labels: [], body: '' },
    meta: { base: BASE_SHA, head: HEAD_SHA, repository: 'acme/website', pullRequest: 433, serverUrl: 'https://github.com' },
  })
  return toComment(report, { marker: MARKER, headSha: HEAD_SHA, baseSha: BASE_SHA, serverUrl: 'https://github.com', repository: 'acme/website' })
}

/** GitHub colours the lines of a `diff` code block; micromark leaves highlighting to the page. */
function colourDiffs(html: string): string {
  return html.replace(/(<code class="language-diff">)([\s\S]*?)(<\/code>)/g, (_, open: string, code: string, close: string) => {
    const lines = code.split('\n').map((line) =>
      line.startsWith('-') ? `<span class="d-del">${line}</span>` : line.startsWith('+') ? `<span class="d-add">${line}</span>` : line,
    )
    return `${open}${lines.join('\n')}${close}`
  })
}

function page(title: string, markdown: string, css: string): string {
  const body = colourDiffs(micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true }))
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>
${css}
html, body { margin: 0; background: #fff; }
.frame { width: ${COLUMN}px; margin: 12px; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.frame > header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; }
.frame > header b { color: #1f2328; }
.markdown-body { box-sizing: border-box; padding: 16px; }
.d-del { color: #82071e; background: #ffebe9; display: inline-block; min-width: 100%; }
.d-add { color: #116329; background: #dafbe1; display: inline-block; min-width: 100%; }
</style></head><body><div class="frame"><header><b>github-actions</b> bot commented</header><article class="markdown-body">${body}</article></div>
<script>document.title = String(document.documentElement.scrollHeight)</script></body></html>`
}

function chromium(args: string[]): string {
  return execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
}

function screenshot(html: string, name: string, work: string): string {
  const file = join(work, `${name}.html`)
  writeFileSync(file, html)
  const width = COLUMN + 24
  // First pass: let the page report its height; second pass: a window exactly that tall.
  const dom = chromium([`--window-size=${width},800`, '--dump-dom', `file://${file}`])
  const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? '2000')
  const png = join(OUT, `${name}.png`)
  chromium([`--window-size=${width},${height}`, `--screenshot=${png}`, `file://${file}`])
  return png
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const work = mkdtempSync(join(tmpdir(), 'copydesk-screens-'))
  const css = readFileSync(join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8')
  const comments: [string, string][] = []
  await demoCommand(join(ROOT, 'examples'), { color: false, outDir: work, now: NOW })
  for (const name of ['01-harmless-edit', '02-positioning-rewrite', '03-loosen-rule']) comments.push([name, readFileSync(join(work, `${name}.comment.md`), 'utf8')])
  comments.push(['04-rename-15-files', await renamePr(fsTree(join(ROOT, 'examples', 'site')))])
  for (const [name, markdown] of comments) {
    writeFileSync(join(OUT, `${name}.md`), markdown)
    console.log(`wrote ${screenshot(page(name, markdown, css), name, work)}`)
  }
}

await main()
