// The benchmark corpus: marketing pages shaped like a real site's (frontmatter, headings, paragraphs,
// lists, a pricing table, a config snippet) with banned phrases planted at known places, so the
// match counts of the tools can be checked against what is actually there.
import type { ProsePool } from './prose.js'
import type { Random } from './random.js'

export interface Page {
  path: string
  text: string
}

/** Where hits were planted; each tool is expected to see a different subset (see `expectedHits`). */
export interface Plants {
  /** Body prose: paragraphs, headings, list items, table cells. */
  body: number
  /** Prose frontmatter fields (`title`, `description`): copydesk reads them, textlint-rule-prh does not. */
  frontmatter: number
  /** Inside fenced code: ripgrep counts them; copydesk and textlint skip code. */
  code: number
  /** A phrase inside a longer word or number (`#10`, `unguaranteed`): only a substring search counts them. */
  substring: number
  /** Body plants of phrases that begin or end with a symbol (`#1`): a `\b` boundary never matches there. */
  bodySymbolEdged: number
}

export interface Corpus {
  pages: Page[]
  plants: Plants
}

const SECTIONS = [
  { dir: 'blog', type: 'blog' },
  { dir: 'landing', type: 'landing' },
  { dir: 'product', type: 'product' },
  { dir: 'compare', type: 'comparison' },
  { dir: 'email', type: 'email' },
  { dir: 'ads', type: 'ad' },
] as const

const OWNERS = ['@dana', '@priya', '@sam', '@jonas', '@lena', '@marketing/web']

// Each contains one banned phrase inside a longer token: whole-word matchers must not count it.
const SUBSTRING_TRAPS = [
  'We ranked #10 in the Inc. 5000 list this year.',
  'Delivery stays unguaranteed while the beta runs.',
  'Without routing rules the queue grows infinitely long.',
  'A ratio of 124/7 is not a promise anyone made.',
]

// Sentences that carry a phrase; `{p}` is the phrase. Plain words around it so no template
// word joins the phrase into a longer token.
const CARRIERS = [
  'The spring draft called the new routing {p} without a single source.',
  '{P} is how the old sales deck described the shared inbox.',
  'Our agency pitched the line {p} for the launch email.',
  'Reviewers asked us to drop {p} from the comparison page.',
  'The first headline read {p} and nobody could say who measured it.',
  'Customers told us the phrase {p} made them trust the page less.',
]

const CODE_SNIPPETS = [
  ['yaml', 'inbox:\n  routing: round-robin\n  business-hours: "08:00-20:00"\n  # copy review: {p}\n  sla-minutes: 45'],
  ['json', '{\n  "widget": "chat",\n  "position": "bottom-right",\n  "note": "{p}"\n}'],
  ['bash', 'curl -X POST https://api.acmeflow.com/v2/webhooks \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -d \'{"event": "conversation.created"}\'  # {p}'],
] as const

const PLAN_ROWS = [
  ['Free', '$0', 'Up to 3', 'Shared inbox, live chat, 1 SMS number'],
  ['Growth', '$29 per seat per month', '4 to 50', 'Automations, suggested replies, reporting'],
  ['Growth, billed yearly', '$24 per seat per month', '4 to 50', 'Everything in Growth, two months free'],
  ['Non-profit', '$12 per seat per month', '4 to 50', 'Everything in Growth'],
] as const

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch)

/** Builds `count` pages, deterministically from `random`. */
export function buildCorpus(count: number, pool: ProsePool, phrases: readonly string[], random: Random): Corpus {
  const plants: Plants = { body: 0, frontmatter: 0, code: 0, substring: 0, bodySymbolEdged: 0 }
  const pages: Page[] = []

  const plantBody = (phrase: string): string => {
    plants.body++
    if (!isWordChar(phrase.charAt(0)) || !isWordChar(phrase.charAt(phrase.length - 1))) plants.bodySymbolEdged++
    return phrase
  }
  const carrier = (phrase: string): string => {
    const template = random.pick(CARRIERS)
    const p = plantBody(phrase)
    return template.replace('{P}', capitalize(p)).replace('{p}', p)
  }
  const sentences = (n: number): string => Array.from({ length: n }, () => random.pick(pool.sentences)).join(' ')

  for (let i = 0; i < count; i++) {
    const section = SECTIONS[i % SECTIONS.length] as (typeof SECTIONS)[number]
    const slug = `${section.type}-${String(i).padStart(3, '0')}`
    const lines: string[] = []

    // Frontmatter: sometimes the claim sits in the meta description, as it does on real sites.
    let description = random.pick(pool.sentences)
    if (random.chance(0.15)) {
      const phrase = random.pick(phrases)
      plants.frontmatter++
      description = `${capitalize(phrase)} for teams of 5 to 50. ${description}`
    }
    const hasSource = random.chance(0.4)
    lines.push(
      '---',
      `title: ${JSON.stringify(random.pick(pool.titles))}`,
      `description: ${JSON.stringify(description)}`,
      `type: ${section.type}`,
      `owner: ${JSON.stringify(random.pick(OWNERS))}`,
      `status: ${random.pick(['draft', 'review', 'published', 'published'])}`,
      `date: 2026-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    )
    if (hasSource) {
      lines.push(
        'sources:',
        `  - id: survey-${i}`,
        '    title: "Acme customer survey 2026"',
        `    url: https://www.acmeflow.com/research/survey-${i}`,
        '    retrieved: 2026-03-02',
        '    valid-until: 2027-03-02',
      )
    }
    lines.push('---', '', `# ${random.pick(pool.headings)}`, '')

    const sectionCount = random.int(3, 6)
    for (let s = 0; s < sectionCount; s++) {
      if (s > 0) {
        const heading = random.chance(0.05) ? `${capitalize(plantBody(random.pick(phrases)))} for small teams` : random.pick(pool.headings)
        lines.push(`## ${heading}`, '')
      }
      const paragraphs = random.int(1, 3)
      for (let p = 0; p < paragraphs; p++) {
        let text = sentences(random.int(2, 5))
        if (random.chance(0.25)) text += ` ${carrier(random.pick(phrases))}`
        if (hasSource && random.chance(0.3)) text += `[^survey-${i}]`
        lines.push(text, '')
      }
      const block = random.int(0, 9)
      if (block <= 3) {
        const items = Array.from({ length: random.int(3, 6) }, () => random.pick(pool.items))
        if (random.chance(0.2)) items.push(`Now with ${plantBody(random.pick(phrases))} built in`)
        lines.push(...items.map((item) => `- ${item}`), '')
      } else if (block === 4) {
        lines.push('| Plan | Price | Seats | Includes |', '| --- | --- | --- | --- |')
        for (const row of random.sample(PLAN_ROWS, random.int(2, 4))) {
          const cells: string[] = [...row]
          if (random.chance(0.15)) cells[3] = `${cells[3] ?? ''}, ${plantBody(random.pick(phrases))}`
          lines.push(`| ${cells.join(' | ')} |`)
        }
        lines.push('')
      } else if (block === 5) {
        const [lang, code] = random.pick(CODE_SNIPPETS)
        let snippet: string = code
        if (random.chance(0.5)) {
          plants.code++
          snippet = snippet.replace('{p}', random.pick(phrases))
        } else snippet = snippet.replace('{p}', 'reviewed')
        lines.push(`\`\`\`${lang}`, snippet, '```', '')
      } else if (block === 6 && random.chance(0.5)) {
        plants.substring++
        lines.push(random.pick(SUBSTRING_TRAPS), '')
      }
    }
    lines.push(`Read more on [our blog](https://www.acmeflow.com/blog/${slug}).`, '')
    pages.push({ path: `${section.dir}/${slug}.md`, text: lines.join('\n') })
  }
  return { pages, plants }
}

/** Hits each tool should report on a corpus, from how each one reads a page. */
export function expectedHits(plants: Plants): { copydesk: number; ripgrep: number; textlint: number } {
  return {
    copydesk: plants.body + plants.frontmatter,
    ripgrep: plants.body + plants.frontmatter + plants.code + plants.substring,
    textlint: plants.body - plants.bodySymbolEdged,
  }
}

/**
 * The text of a page with no phrase planted must contain no banned phrase, even as a substring:
 * otherwise the expected counts are wrong. Returns the phrases found, for the caller to report.
 */
export function strayPhrases(text: string, phrases: readonly string[]): string[] {
  const lower = text.toLowerCase()
  return phrases.filter((p) => lower.includes(p.toLowerCase()))
}
