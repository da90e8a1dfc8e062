// Markdown primitives that keep user-supplied text from breaking the comment or pinging people.
// Content is written by anyone who can open a PR, so every value from it goes through one of these.

const ZWJ = '\u200d'

/** Whitespace folded to single spaces: a value never starts a new markdown block. */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * Text that renders as written: no HTML (so no fake marker, no unclosed `<details>`), no `@mention`
 * pings, no `#123` cross-references. Code spans inside are left alone: GitHub neither links nor
 * parses inside them, and escaping there would show the escapes.
 */
export function safeText(s: string): string {
  return splitCodeSpans(oneLine(s))
    .map((part) => (part.code ? part.text : neutraliseProse(part.text)))
    .join('')
}

function neutraliseProse(s: string): string {
  return s
    .replace(/</g, '&lt;')
    .replace(/(^|[^\w`/])@(?=[A-Za-z0-9])/g, `$1@${ZWJ}`)
    .replace(/(^|[^\w&])#(?=\d)/g, `$1#${ZWJ}`)
}

interface Part {
  text: string
  code: boolean
}

function splitCodeSpans(s: string): Part[] {
  const parts: Part[] = []
  const re = /(`+)([\s\S]*?[^`])\1(?!`)/g
  let last = 0
  for (const m of s.matchAll(re)) {
    const start = m.index ?? 0
    if (start > last) parts.push({ text: s.slice(last, start), code: false })
    parts.push({ text: m[0], code: true })
    last = start + m[0].length
  }
  if (last < s.length) parts.push({ text: s.slice(last), code: false })
  return parts
}

/** A code span that survives any backticks inside the value. */
export function code(s: string): string {
  const text = oneLine(s)
  if (text === '') return '` `'
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A fenced block whose fence is longer than any backtick run in the content. */
export function fencedBlock(lines: string[], lang = ''): string[] {
  const longest = Math.max(2, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length)))
  const fence = '`'.repeat(longest + 1)
  return [`${fence}${lang}`, ...lines, fence]
}

/** In a GFM table a `|` ends the cell even inside a code span, so it is escaped after formatting. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|')
}

export function link(text: string, url: string): string {
  return `[${text}](${encodeUrl(url)})`
}

/** Only web links are linked: a `javascript:` or relative value from frontmatter is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url)
}

function encodeUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => encodeURIComponent(ch))
}

/** Repository paths in URLs: each segment encoded, slashes kept. */
export function encodePath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

export function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((value) => cell(value)).join(' | ')} |`),
  ]
}

export function details(summary: string, body: string[], open = false): string[] {
  return [`<details${open ? ' open' : ''}>`, `<summary>${summary}</summary>`, '', ...body, '', '</details>']
}

/**
 * Content shown as plain prose, character for character: markdown syntax escaped (so `*`, `_`, `~`, `|`
 * and brackets never start emphasis, links or cells), no HTML, no pings, no cross-references.
 */
export function literal(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_~[\]|<>]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/(^|[^\w`/])@(?=[A-Za-z0-9])/g, `$1@${ZWJ}`)
    .replace(/(^|[^\w&])#(?=\d)/g, `$1#${ZWJ}`)
}

/** A line shown in a code block as the file has it: indentation kept, tabs as two spaces, no control characters. */
export function preformatted(line: string): string {
  return line.replace(/\t/g, '  ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trimEnd()
}

/** Lines of at most `width` characters, broken at spaces (a longer word stays whole). */
export function wrap(text: string, width: number): string[] {
  const words = oneLine(text).split(' ')
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  if (current !== '' || lines.length === 0) lines.push(current)
  return lines
}
