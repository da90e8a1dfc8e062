// Turns one CODEOWNERS pattern into an RE2 expression. Patterns come from users, so they are compiled
// for re2js (linear time) rather than a backtracking RegExp: no pattern can hang a run.
//
// gitignore rules as GitHub applies them ("About code owners"):
// - `*` and `?` never cross `/`; a `**` segment spans any number of directories.
// - A pattern with a `/` at the start or in the middle is anchored at the root; otherwise it matches at any depth.
// - A trailing `/` matches directories only, so it owns everything beneath them.
// - A pattern that names a file or a directory owns it and everything beneath it (`apps` owns `apps/x`)...
// - ...except when the last segment is exactly `*`: `docs/*` owns `docs/a.md` but not `docs/b/c.md`, and
//   `/*` owns root-level files only. This is where GitHub departs from gitignore.
// - `foo/**` owns what is inside `foo`, never `foo` itself.
// - No `!` negation and no `[ ]` ranges: such lines are invalid.
import { RE2JS } from 're2js'

export type CompiledPattern = { ok: true; regex: string } | { ok: false; message: string }

type Segment = { kind: 'globstar' } | { kind: 'glob'; regex: string; isStar: boolean }

export function compilePattern(pattern: string): CompiledPattern {
  if (pattern.startsWith('!')) {
    return { ok: false, message: `Pattern \`${pattern}\` negates with \`!\`, which CODEOWNERS does not support; expected a path pattern. The line is skipped.` }
  }
  let body = pattern
  const dirOnly = endsWithUnescapedSlash(body)
  if (dirOnly) body = body.slice(0, -1)
  const anchored = hasUnescapedSlash(body)
  if (body.startsWith('/')) body = body.slice(1)
  if (body === '') {
    return { ok: false, message: `Pattern \`${pattern}\` names no path; expected a file or directory pattern. The line is skipped.` }
  }

  const segments: Segment[] = []
  for (const raw of splitSegments(body)) {
    if (raw === '') continue // `a//b` reads as `a/b`, as git does
    if (raw === '**') {
      if (segments.at(-1)?.kind !== 'globstar') segments.push({ kind: 'globstar' })
      continue
    }
    const translated = translateSegment(raw, pattern)
    if (!translated.ok) return translated
    segments.push({ kind: 'glob', regex: translated.regex, isStar: raw === '*' })
  }

  let regex = anchored ? '' : '(?:.*/)?'
  segments.forEach((segment, i) => {
    const first = i === 0
    const last = i === segments.length - 1
    const previousWasGlobstar = segments[i - 1]?.kind === 'globstar'
    if (segment.kind === 'globstar') {
      if (first && last) regex = '.*'
      else if (last) regex += '/.+'
      else regex += first ? '(?:.*/)?' : '/(?:.*/)?'
      return
    }
    if (!first && !previousWasGlobstar) regex += '/'
    regex += segment.regex
  })

  const lastSegment = segments.at(-1)
  if (lastSegment?.kind === 'glob') {
    if (dirOnly) regex += '/.+'
    else if (!lastSegment.isStar) regex += '(?:/.*)?'
  }
  // Guard: the translation only emits RE2 syntax, but a compile failure must stay a located problem.
  try {
    RE2JS.compile(regex)
  } catch {
    return { ok: false, message: `Pattern \`${pattern}\` could not be compiled; expected a gitignore-style path pattern. The line is skipped.` }
  }
  return { ok: true, regex }
}

const cache = new Map<string, RE2JS>()

/** Full-path match of a compiled pattern against a repository path such as `docs/a.md`. */
export function regexMatches(regex: string, path: string): boolean {
  let compiled = cache.get(regex)
  if (!compiled) {
    compiled = RE2JS.compile(regex, RE2JS.DOTALL)
    cache.set(regex, compiled)
  }
  return compiled.testExact(path)
}

/** `./a/b`, `/a/b` and `a\b` all name `a/b`: callers pass paths from git, the CLI, or Windows shells. */
export function normalizePath(path: string): string {
  let p = path.replace(/\\/g, '/')
  while (p.startsWith('./')) p = p.slice(2)
  p = p.replace(/^\/+/, '')
  return p.replace(/\/+$/, '')
}

function translateSegment(raw: string, pattern: string): CompiledPattern {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string
    if (ch === '\\') {
      const next = raw[i + 1]
      if (next === undefined) {
        return { ok: false, message: `Pattern \`${pattern}\` ends with a lone \`\\\`; expected an escaped character after it. The line is skipped.` }
      }
      out += RE2JS.quote(next)
      i++
    } else if (ch === '[' || ch === ']') {
      return { ok: false, message: `Pattern \`${pattern}\` uses \`[ ]\`, but CODEOWNERS does not support character ranges; expected a plain path, \`*\`, \`?\` or \`**\`. The line is skipped.` }
    } else if (ch === '*') {
      out += '[^/]*'
      while (raw[i + 1] === '*') i++
    } else if (ch === '?') {
      out += '[^/]'
    } else {
      out += RE2JS.quote(ch)
    }
  }
  return { ok: true, regex: out }
}

/** Splits on `/` that are not escaped; escapes stay in place for translateSegment. */
function splitSegments(body: string): string[] {
  const segments: string[] = []
  let current = ''
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    if (ch === '\\' && i + 1 < body.length) {
      current += ch + (body[i + 1] as string)
      i++
    } else if (ch === '/') {
      segments.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  segments.push(current)
  return segments
}

function endsWithUnescapedSlash(s: string): boolean {
  if (!s.endsWith('/')) return false
  let backslashes = 0
  for (let i = s.length - 2; i >= 0 && s[i] === '\\'; i--) backslashes++
  return backslashes % 2 === 0
}

function hasUnescapedSlash(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === '/') return true
  }
  return false
}
