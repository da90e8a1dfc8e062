import { describe, expect, it } from 'vitest'
import { isPositioning } from '../../src/positioning/classify.js'
import type { Sentence, SentenceKind } from '../../src/types.js'
import { context, fixture, typeOf } from './helpers.js'

function sentence(text: string, kind: SentenceKind = 'paragraph', field?: string): Sentence {
  return {
    text,
    offsets: Array.from({ length: text.length + 1 }, (_, i) => i),
    kind,
    ...(field !== undefined ? { field } : {}),
    block: 0,
    links: [],
    footnotes: [],
  }
}

describe('isPositioning in a parsed blog post', () => {
  const doc = fixture('inflections.md')
  const ctx = context({ contentType: typeOf(doc) })
  const reasons = Object.fromEntries(doc.sentences.map((s) => [s.text, isPositioning(s, ctx)?.reason ?? null]))

  it.each([
    ['Conversation Hubs compared', 'term:conversation hub'],
    ['Conversation hubs compared', 'term:conversation hub'],
    ['Acme is an all in one inbox.', 'term:all-in-one'],
    ["Acme's customer-engagement platform answers every message.", 'term:customer engagement platform'],
    ["Our conversation hub's inbox is shared.", 'term:conversation hub'],
    ['Every customer conversation lives on one platform.', 'statement:tagline'],
    ["Why the platform's customers stay.", null],
    ['GitHub hosts our docs, and hubbub is not a term.', null],
    ['We started in a garage in 2019.', null],
  ])('%j → %s', (text, reason) => {
    expect(reasons[text]).toBe(reason)
  })
})

describe('isPositioning rules', () => {
  const ctx = context({ contentType: 'blog' })

  it('names the protected field first, nested keys included', () => {
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'hero.title'), ctx)).toEqual({ reason: 'field:hero' })
    expect(isPositioning(sentence('The all-in-one inbox.', 'frontmatter', 'tagline'), ctx)).toEqual({ reason: 'field:tagline' })
  })

  it('adds config positioning fields to the artifact ones', () => {
    const withConfig = context({ contentType: 'blog', fields: ['og_title'] })
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'og_title'), ctx)).toBeNull()
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'og_title'), withConfig)).toEqual({ reason: 'field:og_title' })
  })

  it('protects list entries through `*` and `[]` field paths, and only the named key', () => {
    const withFaq = context({ contentType: 'blog', fields: ['faq[].answer', 'features.*.details'] })
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'faq.1.answer'), withFaq)).toEqual({ reason: 'field:faq[].answer' })
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'features.0.details'), withFaq)).toEqual({ reason: 'field:features.*.details' })
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'faq.1.question'), withFaq)).toBeNull()
  })

  it('does not protect a field that only shares a prefix with a protected one', () => {
    expect(isPositioning(sentence('Answers in minutes.', 'frontmatter', 'heroic'), ctx)).toBeNull()
  })

  it('treats the category name as a protected term', () => {
    const ctxNoTerms = { ...ctx, artifact: { ...ctx.artifact, terms: [] } }
    expect(isPositioning(sentence('The customer engagement platforms market grew.'), ctxNoTerms)).toEqual({
      reason: 'term:customer engagement platform',
    })
  })

  it('treats a money amount from the pricing list as positioning, but not other amounts', () => {
    expect(isPositioning(sentence('Seats cost $29 each.'), ctx)).toEqual({ reason: 'price:$29' })
    expect(isPositioning(sentence('Our swag store sells mugs for $12.'), ctx)).toBeNull()
  })

  it('holds headings to a lower similarity bar than body sentences', () => {
    const text = 'Customer conversations on a platform built for small busy teams'
    expect(isPositioning(sentence(text, 'heading'), ctx)).toEqual({ reason: 'statement:tagline' })
    expect(isPositioning(sentence(text, 'paragraph'), ctx)).toBeNull()
  })

  it('does not count the company name toward resembling a statement', () => {
    expect(isPositioning(sentence('Acme teams met in Lisbon for the Acme summit.'), ctx)).toBeNull()
  })

  it('does not make a sentence positioning because it names a competitor', () => {
    expect(isPositioning(sentence('Teams coming from Intercom or Zendesk can import their history.'), ctx)).toBeNull()
  })

  it('counts every heading, paragraph and table cell of a positioning type, but not list items or button labels', () => {
    const home = context({ contentType: 'homepage' })
    expect(isPositioning(sentence('Talk to every customer.', 'heading'), home)).toEqual({ reason: 'type:homepage' })
    expect(isPositioning(sentence('Small teams answer faster.'), home)).toEqual({ reason: 'type:homepage' })
    expect(isPositioning(sentence('Acme vs Intercom: setup in an hour', 'table-cell'), home)).toEqual({ reason: 'type:homepage' })
    expect(isPositioning(sentence('Talk to every customer.', 'frontmatter', 'description'), home)).toEqual({ reason: 'type:homepage' })
    expect(isPositioning(sentence('Saved replies', 'list-item'), home)).toBeNull()
    expect(isPositioning(sentence('Start free', 'frontmatter', 'cta'), home)).toBeNull()
    // Without `hero` protected, a hero's action buttons are interface copy like `cta`; its tagline is not.
    const unprotected = { ...home, artifact: { ...home.artifact, protectedFields: [] } }
    expect(isPositioning(sentence('Get started', 'frontmatter', 'hero.actions.0.text'), unprotected)).toBeNull()
    expect(isPositioning(sentence('Talk to every customer.', 'frontmatter', 'hero.tagline'), unprotected)).toEqual({ reason: 'type:homepage' })
  })

  it('still counts a list item with a protected term on a positioning type', () => {
    expect(isPositioning(sentence('An all-in-one inbox', 'list-item'), context({ contentType: 'homepage' }))).toEqual({
      reason: 'term:all-in-one',
    })
  })

  it('adds config positioning types to the artifact ones', () => {
    const docs = context({ contentType: 'docs', types: ['docs'] })
    expect(isPositioning(sentence('Install the widget.'), docs)).toEqual({ reason: 'type:docs' })
    expect(isPositioning(sentence('Install the widget.'), context({ contentType: 'docs' }))).toBeNull()
  })
})
