// The benchmark corpus: unique pages shaped like the public marketing sites copydesk was built on
// (an Astro/MDX blog with components, a Hugo site with TOML frontmatter and shortcodes, a VitePress home
// with hero copy in frontmatter), written from a seeded grammar so no two pages share their prose and
// no real site's text is copied. Banned phrases are planted at known places, so the hit counts of the
// tools can be checked against what is there.
import type { Random } from './random.js'

export interface Page {
  path: string
  text: string
}

/** Where hits were planted; each tool is expected to see a different subset (see `expectedHits`). */
export interface Plants {
  /** Markdown prose: paragraphs, headings, list items, table cells, blockquotes. */
  body: number
  /** Prose frontmatter fields (description, FAQ answers, hero tagline): copydesk reads them, textlint does not. */
  frontmatter: number
  /** Text props of MDX components and shortcode parameters: copydesk reads them, textlint sees HTML. */
  props: number
  /** Inside fenced code: ripgrep counts them; copydesk and textlint skip code. */
  code: number
  /** A phrase inside a longer word or number (`#10`, `unguaranteed`): only a substring search counts them. */
  substring: number
  /** Body plants of phrases that begin or end with a symbol (`#1`): a `\b` boundary never matches there. */
  bodySymbolEdged: number
  /** Props plants in Hugo shortcodes: textlint reads a shortcode line as paragraph text, so it sees these. */
  shortcode: number
}

export interface Corpus {
  pages: Page[]
  plants: Plants
}

// Each contains one banned phrase inside a longer token: whole-word matchers must not count it.
const SUBSTRING_TRAPS = [
  'We ranked #10 in the regional growth list this year.',
  'Delivery stays unguaranteed while the beta runs.',
  'Without routing rules the queue grows infinitely long.',
  'A ratio of 124/7 is not a promise anyone made.',
]

// Sentences that carry a phrase (`{p}`); plain words around it so no template word joins the phrase
// into a longer token. No quotes, braces or angle brackets: carriers also go into JSX props and TOML.
const CARRIERS = [
  'The spring draft called the new routing {p} without a single source.',
  '{P} is how the old sales deck described the shared inbox.',
  'Our agency pitched the line {p} for the launch email.',
  'Reviewers asked us to drop {p} from the comparison page.',
  'The first headline read {p} and nobody could say who measured it.',
  'Customers told us the phrase {p} made them trust the page less.',
]

// The grammar of the filler prose. Word lists avoid every banned word of the benchmark's rule set.
const SUBJECTS = [
  'Our support team', 'The shared inbox', 'Every new workspace', 'A routing rule', 'The onboarding checklist', 'Each agent',
  'The reporting view', 'Each saved reply', 'The mobile app', 'The help center', 'A billing admin', 'The release',
  'The import tool', 'Our field team', 'The chat widget', 'Each customer record', 'The audit log', 'A new hire',
  'The weekly digest', 'The sync service', 'Your content team', 'The review queue', 'The pricing page', 'The status page',
]
const VERBS = [
  'keeps', 'sends', 'tracks', 'groups', 'shows', 'routes', 'flags', 'syncs', 'archives', 'tags', 'summarizes', 'exports',
  'merges', 'assigns', 'highlights', 'collects', 'checks', 'labels', 'schedules', 'records',
]
const OBJECTS = [
  'conversations from email and chat', 'tickets that wait too long', 'the replies your team reuses', 'every refund request',
  'the notes from each call', 'questions about invoices', 'messages from new trials', 'feedback from the last survey',
  'orders that need a second look', 'the handover between shifts', 'drafts before they go out', 'changes to each plan',
  'customers who asked twice', 'the links in every answer', 'screenshots from bug reports', 'contracts waiting for a signature',
]
const TAILS = [
  'before the next shift starts', 'without a spreadsheet', 'so nobody answers twice', 'in a few clicks', 'for teams in {city}',
  'since version {v}', 'when a customer writes back', 'on the first day', 'after each release', 'from one screen',
  'while you are offline', 'in the order they arrived', 'with the context attached', 'for the people on call',
  'every {day} morning', 'across time zones', 'next to the thread', 'until someone replies', 'for the {city} office',
]
const CITIES = ['Lisbon', 'Leeds', 'Austin', 'Lyon', 'Porto', 'Malmo', 'Graz', 'Utrecht', 'Denver', 'Cork', 'Turin', 'Kyoto']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const OPENERS = ['', '', '', '', 'In practice, ', 'Today, ', 'By default, ', 'For small teams, ', 'Since the last update, ', 'On the Pro plan, ']
// About one sentence in twenty-five states a claim copydesk's claim checks look at.
const CLAIMS = [
  'It cuts onboarding time by {pct}% for teams of {n}.',
  '{Name} answers {pct}% of questions within an hour.',
  'Teams that switched to {Name} close tickets twice as fast as with {rival}.',
  '{Name} is the fastest way to answer customers from one inbox.',
  'More than {k},000 teams trust {Name} with their support queue.',
  '{Name} is faster than {rival} on every plan we tested.',
  'Response times dropped by {pct}% in the first quarter.',
]
const RIVALS = ['Zendesk', 'Intercom', 'Freshdesk', 'Help Scout', 'Front', 'Gorgias']
const SYLLABLES = ['ka', 'lo', 'ri', 'mu', 'ten', 'va', 'so', 'dex', 'ly', 'nor', 'qui', 'bel', 'fa', 'zo', 'mi', 'tra']
const HEADINGS = [
  'How {name} handles {obj}', 'Why {obj} matter', 'Setting up {name} in {n} steps', 'What changed in version {v}',
  'Pricing for teams of {n}', 'Questions we hear every week', '{Name} compared with {rival}', 'Getting started',
  'What our customers in {city} asked for', 'A closer look at {obj}',
]

const CODE_SNIPPETS = [
  ['yaml', 'inbox:\n  routing: round-robin\n  business-hours: "08:00-20:00"\n  # copy review: {p}\n  sla-minutes: {n}'],
  ['json', '{\n  "widget": "chat",\n  "position": "bottom-right",\n  "seats": {n},\n  "note": "{p}"\n}'],
  ['bash', 'curl -X POST https://api.example.com/v{n}/webhooks \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -d \'{"event": "conversation.created"}\'  # {p}'],
  ['ts', 'import { createClient } from "@example/sdk"\n\n// {p}\nconst client = createClient({ seats: {n} })\nawait client.inbox.sync()'],
] as const

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch)

/** The site flavour of a page: where real sites put their copy differs by framework. */
const FLAVOURS = [
  { dir: 'blog', ext: 'md', kind: 'astro-blog' },
  { dir: 'landing', ext: 'mdx', kind: 'mdx-landing' },
  { dir: 'compare', ext: 'mdx', kind: 'mdx-compare' },
  { dir: 'hugo', ext: 'md', kind: 'hugo' },
  { dir: 'vitepress', ext: 'md', kind: 'vitepress' },
] as const

/** Builds `count` pages, deterministically from `random`. Every page is different (its own product name and numbers). */
export function buildSite(count: number, phrases: readonly string[], random: Random): Corpus {
  const plants: Plants = { body: 0, frontmatter: 0, props: 0, code: 0, substring: 0, bodySymbolEdged: 0, shortcode: 0 }
  const pages: Page[] = []
  const pick = random.pick
  const phrase = (): string => pick(phrases)

  for (let i = 0; i < count; i++) {
    const flavour = FLAVOURS[i % FLAVOURS.length] as (typeof FLAVOURS)[number]
    const name = capitalize(Array.from({ length: random.int(2, 3) }, () => pick(SYLLABLES)).join('')) + String(i)
    const rival = pick(RIVALS)
    const fill = (template: string): string =>
      template
        .replace(/\{n\}/g, () => String(random.int(2, 90)))
        .replace('{pct}', () => String(random.int(11, 87)))
        .replace('{k}', () => String(random.int(2, 40)))
        .replace('{v}', () => `${random.int(1, 9)}.${random.int(0, 20)}`)
        .replace('{city}', () => pick(CITIES))
        .replace('{day}', () => pick(DAYS))
        .replace(/\{Name\}/g, name)
        .replace(/\{name\}/g, name)
        .replace('{rival}', rival)
        .replace('{obj}', () => pick(OBJECTS))

    const plantBody = (p: string): string => {
      plants.body++
      if (!isWordChar(p.charAt(0)) || !isWordChar(p.charAt(p.length - 1))) plants.bodySymbolEdged++
      return p
    }
    const carrier = (p: string): string => {
      const template = pick(CARRIERS)
      return template.replace('{P}', capitalize(p)).replace('{p}', p)
    }
    const sentence = (): string => {
      if (random.chance(0.04)) return fill(pick(CLAIMS))
      return `${pick(OPENERS)}${fill(`${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`)}.`.replace(/^[a-z]/, (c) => c.toUpperCase())
    }
    const sentences = (n: number): string => Array.from({ length: n }, sentence).join(' ')
    const link = (): string => `[${fill(pick(['how {name} routes {obj}', 'our guide for teams in {city}', 'the version {v} notes']))}](https://www.example.com/${flavour.dir}/${name.toLowerCase()}-${random.int(1, 999)})`
    /** A paragraph; sometimes with a link, a footnote or a planted phrase (always in prose copydesk reads). */
    const paragraph = (hasSource: boolean): string => {
      let text = sentences(random.int(3, 6))
      if (random.chance(0.3)) text += ` Read ${link()} for the details.`
      if (random.chance(0.2)) text += ` ${carrier(plantBody(phrase()))}`
      if (hasSource && random.chance(0.25)) text += `[^src-${i}]`
      return text
    }
    const heading = (): string => (random.chance(0.04) ? `${capitalize(plantBody(phrase()))} for small teams` : fill(pick(HEADINGS)))
    const propText = (inShortcode = false): string => {
      if (random.chance(0.12)) {
        plants.props++
        const p = phrase()
        if (inShortcode && isWordChar(p.charAt(0)) && isWordChar(p.charAt(p.length - 1))) plants.shortcode++
        return carrier(p)
      }
      return sentence()
    }

    // Frontmatter: YAML on most sites, TOML on Hugo. Prose fields carry copy (and sometimes a claim).
    const hasSource = random.chance(0.4)
    let description = sentence()
    if (random.chance(0.15)) {
      plants.frontmatter++
      description = `${carrier(phrase())} ${description}`
    }
    const title = fill(pick(HEADINGS))
    const date = `2026-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
    const lines: string[] = []
    const faqAnswer = (): string => {
      if (random.chance(0.1)) {
        plants.frontmatter++
        return carrier(phrase())
      }
      return sentences(2)
    }
    if (flavour.kind === 'hugo') {
      lines.push('+++', `title = ${JSON.stringify(title)}`, `description = ${JSON.stringify(description)}`, `date = ${date}`, `author = "${pick(['Dana Reyes', 'Priya Natarajan', 'Sam Ortiz', 'Lena Vogel'])}"`, 'type = "alternatives"', `layout = "${name.toLowerCase()}-vs-${rival.toLowerCase().replace(' ', '-')}"`)
      for (let s = 0; s < random.int(1, 2); s++) lines.push('[[softwareApplications]]', `name = "${s === 0 ? name : rival}"`, 'applicationCategory = "businessApplication"', `url = "https://www.example.com/${s}"`)
      for (let f = 0; f < random.int(2, 4); f++) lines.push('[[faq]]', `question = ${JSON.stringify(`${fill('How does {name} handle {obj}')}?`)}`, `answer = ${JSON.stringify(faqAnswer())}`)
      lines.push('+++', '')
    } else {
      lines.push('---', `title: ${JSON.stringify(title)}`, 'description: >-', `  ${description}`, `date: ${date}`, `author: ${pick(['Dana Reyes', 'Priya Natarajan', 'Sam Ortiz', 'Lena Vogel'])}`, `head_image: /images/${name.toLowerCase()}.webp`, `head_image_alt: ${JSON.stringify(`${name} illustration`)}`, `tags: [${pick(['support', 'inbox', 'pricing'])}, ${pick(['guides', 'product', 'comparison'])}]`)
      if (flavour.kind === 'vitepress') {
        lines.push('layout: home', 'hero:', `  name: ${JSON.stringify(name)}`, `  text: ${JSON.stringify(sentence())}`, `  tagline: ${JSON.stringify(propText().replace(/^/, ''))}`, '  actions:', '    - theme: brand', '      text: Get started', '      link: /docs/quickstart', 'features:')
        for (let f = 0; f < random.int(2, 4); f++) lines.push(`  - title: ${JSON.stringify(fill('{Name} for teams in {city}'))}`, `    details: ${JSON.stringify(sentence())}`)
      }
      if (flavour.kind !== 'astro-blog' || random.chance(0.5)) {
        lines.push('faq:')
        for (let f = 0; f < random.int(2, 4); f++) lines.push(`  - question: ${JSON.stringify(`${fill('How does {name} handle {obj}')}?`)}`, `    answer: ${JSON.stringify(faqAnswer())}`)
      }
      if (hasSource) lines.push('sources:', `  - id: src-${i}`, `    title: ${JSON.stringify(`${name} customer survey 2026`)}`, `    url: https://www.example.com/research/${i}`, '    retrieved: 2026-03-02', '    valid-until: 2027-03-02')
      lines.push('---', '')
    }
    if (flavour.ext === 'mdx') lines.push("import { Callout, Feature, FeatureGrid, ComparisonTable } from '../../components'", "import Hero from '../../components/Hero.astro'", '')
    if (flavour.kind === 'vitepress') lines.push('<script setup>', "import HomePage from './components/HomePage.vue'", '</script>', '')
    if (flavour.kind === 'mdx-landing') lines.push(`<Hero title="${fill('{Name} for teams in {city}')}" description="${propText()}" ctaText="Start a free trial" ctaHref="/signup" />`, '')

    const sections = random.int(5, 9)
    for (let s = 0; s < sections; s++) {
      lines.push(`${s === 0 ? '#' : '##'} ${heading()}`, '')
      for (let p = random.int(1, 3); p > 0; p--) lines.push(paragraph(hasSource), '')
      const block = random.int(0, 11)
      if (block <= 2) {
        const items = Array.from({ length: random.int(3, 6) }, () => sentence())
        if (random.chance(0.2)) items.push(`Now with ${plantBody(phrase())} built in`)
        lines.push(...items.map((item) => `- ${item}`), '')
      } else if (block === 3) {
        lines.push(`| Plan | Price | Seats | Includes |`, '| --- | --- | --- | --- |')
        for (const plan of random.sample(['Free', 'Starter', 'Growth', 'Scale', 'Enterprise'], random.int(2, 4))) {
          let includes = fill(pick(OBJECTS))
          if (random.chance(0.15)) includes += `, ${plantBody(phrase())}`
          lines.push(`| ${plan} | $${random.int(0, 99)} per seat | ${random.int(1, 50)} | ${capitalize(includes)} |`)
        }
        lines.push('')
      } else if (block === 4) {
        const [lang, code] = pick(CODE_SNIPPETS)
        let p = 'reviewed'
        if (random.chance(0.5)) {
          plants.code++
          p = phrase()
        }
        lines.push(`\`\`\`${lang}`, fill(code).replace('{p}', p), '```', '')
      } else if (block === 5 && random.chance(0.5)) {
        plants.substring++
        lines.push(pick(SUBSTRING_TRAPS), '')
      } else if (block === 6) {
        // An HTML block, as Astro and Hugo pages embed them (anchors, figures, notes).
        lines.push(`<a id="${name.toLowerCase()}-${s}"></a>`, '', `<div class="note">`, '', paragraph(hasSource), '', '</div>', '')
      } else if (block === 7) {
        lines.push(`> ${sentences(2)}`, `> — ${pick(['Dana', 'Priya', 'Sam', 'Lena'])}, ${pick(['support lead', 'head of operations', 'founder'])} in ${pick(CITIES)}`, '')
      } else if (block >= 8 && flavour.ext === 'mdx') {
        // Copy in component props, as MDX marketing pages carry it.
        if (flavour.kind === 'mdx-compare' && block === 8) {
          const rows = Array.from({ length: random.int(2, 4) }, () => `[${JSON.stringify(fill(pick(OBJECTS)))}, ${JSON.stringify(pick(['Yes', 'No', 'Add-on']))}, ${JSON.stringify(pick(['Yes', 'No', 'Partial']))}]`)
          lines.push(`<ComparisonTable headers={["Feature", "${name}", "${rival}"]} rows={[${rows.join(', ')}]} />`, '')
        } else if (block === 8) {
          lines.push('<FeatureGrid>', ...Array.from({ length: random.int(2, 3) }, () => `  <Feature title="${fill('{Name} for teams in {city}')}" description="${propText()}" icon="inbox" />`), '</FeatureGrid>', '')
        } else {
          lines.push(`<Callout type="info" title="${fill(pick(HEADINGS))}">`, '', paragraph(hasSource), '', '</Callout>', '')
        }
      } else if (block >= 8 && flavour.kind === 'hugo') {
        lines.push(`{{< cta text="${propText(true)}" link="/signup" >}}`, '')
      }
    }
    if (hasSource) lines.push(`[^src-${i}]: ${name} customer survey, March 2026.`, '')
    pages.push({ path: `${flavour.dir}/${name.toLowerCase()}.${flavour.ext}`, text: lines.join('\n') })
  }
  return { pages, plants }
}

/** Hits each tool should report on a corpus, from how each one reads a page. */
export function expectedHits(plants: Plants): { copydesk: number; ripgrep: number; textlint: number } {
  return {
    copydesk: plants.body + plants.frontmatter + plants.props,
    ripgrep: plants.body + plants.frontmatter + plants.props + plants.code + plants.substring,
    textlint: plants.body - plants.bodySymbolEdged + plants.shortcode,
  }
}

/** Banned phrases in `text` as substrings (what ripgrep would count), for the caller to report. */
export function strayPhrases(text: string, phrases: readonly string[]): string[] {
  const lower = text.toLowerCase()
  return phrases.filter((p) => lower.includes(p.toLowerCase()))
}
