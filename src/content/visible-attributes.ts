// Which attributes of a JSX component or an HTML element hold words a reader sees. A prop that styles
// or wires (`variant`, `className`, `href`, `id`) is not copy; a `title` or a `caption` is.

/** Default attribute names read as prose, compared case-insensitively; config adds to them. */
export const TEXT_ATTRIBUTES: readonly string[] = Object.freeze([
  'title',
  'subtitle',
  'heading',
  'subheading',
  'headline',
  'tagline',
  'description',
  'summary',
  'label',
  'caption',
  'alt',
  'text',
  'content',
  'body',
  'cta',
  'ctaText',
  'buttonText',
  'question',
  'answer',
  'quote',
  'author',
  'role',
  'placeholder',
  'aria-label',
  // Astro/React spelling of aria-label (`<MermaidGraph ariaLabel="…">` on the RelayHQ docs).
  'ariaLabel',
  'name',
  'price',
  'features',
  'items',
  // `<PluginOverview cards={[{ title, body }]}>` on the RelayHQ docs.
  'cards',
  'plans',
  'testimonials',
  'data',
  'rows',
  // Column headings of a JSX table (`<Table headers={["Plan", "Price"]} rows={…}>`).
  'headers',
  'columns',
])

/** Hugo shortcode parameters read as prose by default (`{{< figure caption="…" >}}`). */
export const SHORTCODE_ATTRIBUTES: readonly string[] = Object.freeze(['title', 'caption', 'alt', 'text', 'description', 'label', 'quote', 'author'])

/** Builds the case-insensitive test for one run from the defaults plus a config's additions. */
export function attributeTest(names: readonly string[]): (name: string) => boolean {
  const set = new Set(names.map((name) => name.toLowerCase()))
  return (name) => set.has(name.toLowerCase())
}
