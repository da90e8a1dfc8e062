// Which frontmatter keys hold prose a reader sees (page title, meta description, hero copy).

/** Default prose frontmatter keys; a value nested under one (e.g. `hero.title`, `tagline.0`) is prose too. */
export const PROSE_FIELDS: readonly string[] = Object.freeze([
  'title',
  'description',
  'summary',
  'excerpt',
  'subtitle',
  'headline',
  'tagline',
  'value_prop',
  'hero',
  'cta',
  'meta_description',
  'og_title',
  'og_description',
  'seo.title',
  'seo.description',
])

/** Keys under a prose field whose values are addresses or styling, not words (e.g. `hero.cta.url`). */
const NON_PROSE_KEYS = new Set(['url', 'href', 'link', 'src', 'image', 'img', 'icon', 'path', 'id', 'slug', 'class', 'classname', 'style', 'variant', 'color', 'theme', 'alt-url'])

export function isProsePath(path: string, fields: readonly string[]): boolean {
  const covered = fields.some((field) => path === field || path.startsWith(field + '.'))
  if (!covered) return false
  const last = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  return fields.includes(path) || !NON_PROSE_KEYS.has(last)
}

/** True when some prose field lies below `path`, so a walk must descend into it (`seo` for `seo.title`). */
export function leadsToProse(path: string, fields: readonly string[]): boolean {
  return fields.some((field) => field.startsWith(path + '.'))
}

export function looksLikeAddress(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tel:|\/|\.\.?\/|#)\S*$/i.test(value.trim())
}
