// Reads a CODEOWNERS file the way GitHub does: comments, blank lines and trailing comments are ignored,
// and a line with invalid syntax is skipped with a located problem rather than failing the file.
import { ownerKind } from './owner.js'
import { compilePattern } from './pattern.js'
import type { CodeownersProblem, CodeownersRule, ParsedCodeowners } from './types.js'

export function parseCodeowners(text: string, file = 'CODEOWNERS'): ParsedCodeowners {
  const rules: CodeownersRule[] = []
  const problems: CodeownersProblem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)

  lines.forEach((raw, index) => {
    const line = index + 1
    const problem = (message: string): void => {
      problems.push({ file, line, message })
    }
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    if (trimmed.startsWith('\\#')) {
      // gitignore would read `\#x` as the path `#x`; GitHub documents that this escape does not work.
      problem(`Pattern \`${firstToken(trimmed)}\` escapes a leading \`#\`, which CODEOWNERS does not support; expected a path pattern. The line is skipped.`)
      return
    }

    const tokens = tokenize(trimmed)
    const pattern = tokens[0]
    if (pattern === undefined) return
    const compiled = compilePattern(pattern)
    if (!compiled.ok) {
      problem(compiled.message)
      return
    }

    const owners: string[] = []
    for (const token of tokens.slice(1)) {
      if (token.startsWith('#')) break
      if (ownerKind(token) === null) {
        problem(`Owner \`${token}\` for \`${pattern}\` is not \`@user\`, \`@org/team\` or an email address. The line is skipped.`)
        return
      }
      if (!owners.some((o) => o.toLowerCase() === token.toLowerCase())) owners.push(token)
    }
    rules.push({ pattern, owners, line, regex: compiled.regex })
  })

  return { file, rules, problems }
}

/** Splits on whitespace that is not escaped, so `docs/my\ file.md` stays one pattern. */
function tokenize(line: string): string[] {
  const tokens: string[] = []
  let current = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + (line[i + 1] as string)
      i++
    } else if (/\s/.test(ch)) {
      if (current !== '') tokens.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  if (current !== '') tokens.push(current)
  return tokens
}

function firstToken(line: string): string {
  return tokenize(line)[0] ?? line
}
