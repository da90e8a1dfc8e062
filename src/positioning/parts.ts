// The parts of a page a reader takes as its claim. On a positioning page type (a product page, a comparison
// page) the title, description, hero, headings, opening paragraphs, tables and "why choose us" sections
// say what the company stands for; a how-to step in "Switching from X", an FAQ answer or a list of related
// links does not, and rewriting one is not a strategy decision. Config `positioning.parts` picks the parts.
import type { Sentence } from '../types.js'

export const PAGE_PARTS = [
  'title',
  'description',
  'hero',
  'headings',
  'intro',
  'tables',
  'why-sections',
  'body',
  'lists',
  'how-to',
  'faq',
  'related-links',
  'interface',
] as const

export type PagePart = (typeof PAGE_PARTS)[number]

/** What every sentence of a positioning page type means by default. */
export const DEFAULT_PARTS: readonly PagePart[] = Object.freeze(['title', 'description', 'hero', 'headings', 'intro', 'tables', 'why-sections'])

type SectionKind = 'why-sections' | 'how-to' | 'faq' | 'related-links'

const FAQ = /\b(faqs?|frequently asked|questions)\b/i
const RELATED = /\b(related|further reading|see also|read more|learn more|keep (going|reading|exploring)|more (articles|posts|resources)|resources|next steps)\b/i
/** A heading that opens with the instruction itself ("How to…", "Step 2", "3. Export") is a step, whatever follows. */
const STEP = /^\s*(how to|step\s*\d|\d+\s*[.):]\s)/i
const WHY = /\b(why|when to (choose|use|pick)|reasons? to|what makes|benefits|advantages)\b/i
const HOW_TO = /\b(how to|steps?|switch(ing)? (from|to)|making the switch|migrat(e|ing|ion)|getting started|get started|install(ation|ing)?|tutorial|walkthrough|guide)\b/i

/** The kind of section a heading opens, or null for an ordinary section. */
export function sectionKind(heading: string): SectionKind | null {
  if (FAQ.test(heading)) return 'faq'
  if (RELATED.test(heading)) return 'related-links'
  if (STEP.test(heading)) return 'how-to'
  if (WHY.test(heading)) return 'why-sections'
  if (HOW_TO.test(heading)) return 'how-to'
  return null
}

const FIELD_PARTS: [RegExp, PagePart][] = [
  [/^(title|og_title|headline|seo\.title|meta_title)$/i, 'title'],
  [/^(description|meta_description|og_description|seo\.description|summary|excerpt|subtitle|lede|lead)$/i, 'description'],
  [/^(hero|tagline|value_prop|banner)$/i, 'hero'],
  [/^(cta|ctas|button|buttons|action|actions)$/i, 'interface'],
  [/^(faq|faqs|questions)$/i, 'faq'],
  [/^(related|related_links|links|see_also|further_reading)$/i, 'related-links'],
  [/^(steps|howto|how_to)$/i, 'how-to'],
  [/^(features|benefits|items|list)$/i, 'lists'],
]

/** Button and field labels, wherever they sit (`hero.actions.0.text`, `Hero.cta`, `Pricing.plans.0.buttonText`). */
const INTERFACE_KEY = /^(cta|ctas|ctatext|button|buttons|buttontext|buttonlabel|action|actions|label|placeholder|aria-label|arialabel)$/i

function isInterface(field: string | undefined, from: number): boolean {
  return field !== undefined && field.split('.').slice(from).some((key) => INTERFACE_KEY.test(key))
}

function frontmatterPart(field: string | undefined): PagePart {
  if (field === undefined) return 'body'
  if (isInterface(field, 0)) return 'interface'
  const top = field.split('.')[0] ?? field
  for (const [pattern, part] of FIELD_PARTS) if (pattern.test(field) || pattern.test(top)) return part
  return 'body'
}

/** A component names its part when its name says it: `<Hero title=…>`, `<FAQ>`, `<CTA label=…>`. */
function componentPart(field: string | undefined): PagePart | null {
  const component = field?.split('.')[0]
  if (component === undefined) return null
  if (/hero|banner/i.test(component)) return 'hero'
  if (/faq/i.test(component)) return 'faq'
  if (/^(cta|button)/i.test(component)) return 'interface'
  return null
}

/** The part of a sentence read on its own, as if it opened the page (the fallback when no page is known). */
export function partOfSentence(sentence: Sentence): PagePart {
  return partIn(sentence, null, false)
}

function partIn(sentence: Sentence, section: SectionKind | null, pastIntro: boolean): PagePart {
  if (sentence.kind === 'frontmatter') return frontmatterPart(sentence.field)
  if (sentence.construct === 'jsx-attribute' && isInterface(sentence.field, 1)) return 'interface'
  const component = sentence.construct === 'jsx-attribute' || sentence.construct === 'jsx-text' ? componentPart(sentence.field) : null
  if (component !== null) return component
  // What a section is for outweighs how a sentence reads in it: a table of install steps is still how-to.
  if (section === 'faq' || section === 'related-links' || section === 'how-to') return section
  if (sentence.kind === 'heading') return sentence.headingDepth === 1 ? 'title' : 'headings'
  if (sentence.table !== undefined || sentence.kind === 'table-cell') return 'tables'
  if (section === 'why-sections') return section
  if (sentence.kind === 'list-item') return 'lists'
  return pastIntro ? 'body' : 'intro'
}

/**
 * The part of the page each sentence sits in, in document order. The innermost heading that opens a
 * known kind of section decides: `## Why teams choose Acme` > `### Step 1: export` is a how-to step.
 */
export function pageParts(sentences: readonly Sentence[]): PagePart[] {
  const stack: { depth: number; kind: SectionKind | null; block: number; text: string }[] = []
  let pastIntro = false
  return sentences.map((sentence) => {
    if (sentence.kind === 'heading') {
      const depth = sentence.headingDepth ?? 2
      const top = stack[stack.length - 1]
      // A heading split into sentences is one heading: classify its whole text.
      if (top && top.block === sentence.block) {
        top.text = `${top.text} ${sentence.text}`
        top.kind = sectionKind(top.text)
      } else {
        while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop()
        stack.push({ depth, kind: sectionKind(sentence.text), block: sentence.block, text: sentence.text })
      }
      if (depth >= 2) pastIntro = true
    }
    let section: SectionKind | null = null
    for (let i = stack.length - 1; i >= 0 && section === null; i--) section = stack[i]?.kind ?? null
    return partIn(sentence, section, pastIntro)
  })
}
