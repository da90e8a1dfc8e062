// Which frontmatter values hold prose a reader sees (page title, meta description, hero copy, FAQ
// answers, feature cards, how-to steps), and which are addresses, images, dates or layout switches.
import { coveringField, leadsToField } from './field-paths.js'

/**
 * Default prose fields, as field paths (see field-paths.ts). A value nested under one is prose too
 * (`hero` covers `hero.tagline` and `hero.actions.0.text`) unless its key names an address, an image,
 * a date or styling. Drawn from what marketing sites put in frontmatter: VitePress's `hero` and
 * `features`, Starlight's `hero`, Astro blogs' SEO and image alt fields, Hugo's `summary` and its
 * schema.org `howto` and FAQ tables.
 */
export const PROSE_FIELDS: readonly string[] = Object.freeze([
  // Page-level copy and what search results and link previews show.
  'title',
  'description',
  'summary',
  'excerpt',
  'subtitle',
  'headline',
  'subheadline',
  'tagline',
  'value_prop',
  'lead',
  'intro',
  'page_title',
  'meta_title',
  'meta_description',
  'og_title',
  'og_description',
  'twitter_title',
  'twitter_description',
  'seo.title',
  'seo.description',
  'head_image_alt',
  'image_alt',
  // Hero blocks and calls to action (VitePress and Starlight `hero`: name, text, tagline, action labels).
  'hero',
  'cta',
  // Feature cards (VitePress `features`: title, details, linkText) and benefit lists.
  'features[].title',
  'features[].details',
  'features[].description',
  'features[].linkText',
  'benefits[].title',
  'benefits[].description',
  // FAQ entries, as FAQPage structured data and FAQ sections read them.
  'faq[].question',
  'faq[].answer',
  'faqs[].question',
  'faqs[].answer',
  // How-to guides: a list of steps, or Hugo's `[[howto]]` tables with `[[howto.steps]]` inside.
  'howto[].name',
  'howto[].description',
  'howto[].text',
  'howto[].steps[].name',
  'howto[].steps[].text',
  'steps[].name',
  'steps[].text',
  'testimonials[].quote',
])

/**
 * Last words of keys whose values are addresses, media, identifiers, dates or styling rather than
 * words (`url`, `head_image`, `thumbnailColor`, `deployed_url`). Only consulted for values reached
 * through a parent field: a pattern naming a key exactly always reads it.
 */
const NON_PROSE_WORDS = new Set([
  'url', 'uri', 'href', 'link', 'links', 'src', 'srcset', 'path', 'file', 'target', 'rel',
  'image', 'images', 'img', 'icon', 'logo', 'avatar', 'pic', 'thumbnail', 'cover', 'preview', 'video', 'light', 'dark',
  'id', 'slug', 'key', 'uuid', 'ref',
  'class', 'classname', 'style', 'variant', 'color', 'colour', 'theme', 'layout', 'template', 'type', 'kind',
  'date', 'at', 'lang', 'locale', 'order', 'weight', 'width', 'height', 'size', 'draft',
  'tag', 'tags', 'category', 'categories', 'keywords',
])

/** The words of a key: `thumbnailColor`, `head_image`, `og:image` → their last word decides. */
function lastWord(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_:-]+/).filter(Boolean)
  return words[words.length - 1] ?? ''
}

/** True when the value at `path` (its keys and list indexes) is prose under `fields`. */
export function isProsePath(path: readonly string[], fields: readonly string[]): boolean {
  const cover = coveringField(path, fields)
  if (cover === null) return false
  return cover.exact || !NON_PROSE_WORDS.has(lastWord(path[path.length - 1] ?? ''))
}

/** True when some prose field lies below `path`, so a walk must descend into it (`faq` for `faq[].answer`). */
export function leadsToProse(path: readonly string[], fields: readonly string[]): boolean {
  return leadsToField(path, fields)
}

const MEDIA_FILE = /^[\w@%+~./-]+\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp|tiff?|mp4|webm|mov|mp3|pdf)$/i
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i

/**
 * A value that is only an address: a URL (`https://…`, `www.…`), a site path, an anchor (`#pricing`, not
 * `#1`), an email or phone link. Writers put addresses in titles, alt text, props and frontmatter, and an
 * address is not prose however its slug reads.
 */
export function looksLikeAddress(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|tel:|\/|\.\.?\/|#(?=[a-z_-]))\S*$/i.test(value.trim())
}

/** Values no reader takes as a sentence even under a prose field: addresses, media file names, dates. */
export function looksLikeData(value: string): boolean {
  const trimmed = value.trim()
  return looksLikeAddress(trimmed) || MEDIA_FILE.test(trimmed) || DATE.test(trimmed)
}
