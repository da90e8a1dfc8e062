// An override is an audited exception, so it needs a written reason in the PR body. Two forms count:
//
//   Override-justification: Legal takedown of the old tagline, LEGAL-201.
//
// or a section (any heading level, any case) whose text runs until the next heading:
//
//   ## Override justification
//   Legal takedown of the old tagline, LEGAL-201.
//
// HTML comments are removed first, so a PR template's placeholder never counts as a reason.

const LINE = /^[ \t]*override[- ]justification[ \t]*:[ \t]*(.*)$/im
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+(.*))?$/

export function overrideJustification(body: string): string | null {
  const text = body.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
  const inline = LINE.exec(text)?.[1]?.trim()
  if (inline) return inline

  const lines = text.split(/\r\n|\n|\r/)
  const start = lines.findIndex((line) => /^override[- ]justification:?$/i.test(headingText(line)))
  if (start === -1) return null
  const section: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (HEADING.test(line)) break
    section.push(line.trim())
  }
  const joined = section.filter((line) => line !== '').join(' ')
  return joined === '' ? null : joined
}

/** Heading text without the closing `#`s ATX headings may carry. */
function headingText(line: string): string {
  let text = (HEADING.exec(line)?.[1] ?? '').trimEnd()
  // Trimmed by hand rather than with a regex: a backtracking pattern over a long line of spaces is quadratic.
  let end = text.length
  while (end > 0 && text[end - 1] === '#') end--
  if (end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end)
  return text.trim()
}
