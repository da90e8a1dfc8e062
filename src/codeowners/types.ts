// Plain values for a parsed CODEOWNERS file, so matching and explaining stay pure.

/** One valid pattern line. `owners` empty means the line deliberately leaves matching paths unowned. */
export interface CodeownersRule {
  pattern: string
  owners: string[]
  /** 1-based line in the CODEOWNERS file. */
  line: number
  /** The RE2 expression (full-match) the pattern compiles to: linear time whatever the pattern. */
  regex: string
}

/** A line GitHub would skip. Never fatal: the rest of the file still applies. */
export interface CodeownersProblem {
  file: string
  line: number
  message: string
}

export interface ParsedCodeowners {
  file: string
  rules: CodeownersRule[]
  problems: CodeownersProblem[]
}
