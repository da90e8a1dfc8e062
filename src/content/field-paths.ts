// Frontmatter key paths as users write them in config: dotted (`hero.title`), `*` for any one key or
// list index (`faq.*.answer`), `[]` as a synonym for `.*` (`faq[].answer`), `[2]` for `.2`. A `*` inside
// a key (`*Description`) stands for any run of characters. Keys compare case-insensitively: Hugo
// lowercases frontmatter keys, and writers capitalise them freely.

/** One compiled key of a path pattern. */
type KeyMatcher = (key: string) => boolean

interface Pattern {
  written: string
  keys: KeyMatcher[]
}

/** `faq[].answer` → `['faq', '*', 'answer']`; empty keys (`a..b`, a trailing dot) are dropped. */
export function pathKeys(path: string): string[] {
  return path
    .trim()
    .replace(/\[(\*|\d*)\]/g, (_, inside: string) => `.${inside === '' ? '*' : inside}`)
    .split('.')
    .filter((key) => key !== '')
}

function keyMatcher(key: string): KeyMatcher {
  if (key === '*') return () => true
  const lower = key.toLowerCase()
  if (!key.includes('*')) return (candidate) => candidate.toLowerCase() === lower
  const pattern = new RegExp(`^${lower.split('*').map(escapeRegExp).join('.*')}$`, 's')
  return (candidate) => pattern.test(candidate.toLowerCase())
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Patterns come from the config and the defaults: a handful, compiled once each and shared by every
// document and sentence of a run. The cap only guards against a caller feeding in unbounded input.
const compiled = new Map<string, Pattern>()
const CACHE_LIMIT = 2_000

function compile(written: string): Pattern {
  let pattern = compiled.get(written)
  if (pattern === undefined) {
    if (compiled.size >= CACHE_LIMIT) compiled.clear()
    pattern = { written, keys: pathKeys(written).map(keyMatcher) }
    compiled.set(written, pattern)
  }
  return pattern
}

export interface FieldCover {
  /** The pattern as written in the config or defaults (`faq[].answer`). */
  pattern: string
  /** True when the pattern names the path itself, not one of its parents. */
  exact: boolean
}

/**
 * The pattern that covers `path`: one naming the path itself, else one naming a parent of it (`hero`
 * covers `hero.actions.0.text`). Null when no pattern reaches it.
 */
export function coveringField(path: readonly string[], patterns: readonly string[]): FieldCover | null {
  let parent: FieldCover | null = null
  for (const written of patterns) {
    const { keys } = compile(written)
    if (keys.length === 0 || keys.length > path.length) continue
    if (!keys.every((matches, index) => matches(path[index] as string))) continue
    if (keys.length === path.length) return { pattern: written, exact: true }
    parent ??= { pattern: written, exact: false }
  }
  return parent
}

/** True when some pattern names a key below `path`, so a walk must descend into it (`seo` for `seo.title`). */
export function leadsToField(path: readonly string[], patterns: readonly string[]): boolean {
  return patterns.some((written) => {
    const { keys } = compile(written)
    return keys.length > path.length && path.every((key, index) => (keys[index] as KeyMatcher)(key))
  })
}
