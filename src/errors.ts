// Two kinds of failure, kept apart as Vale does: the user's input is wrong (exit 2, fix your config)
// versus copydesk itself failed (a bug to report). Only the first carries a location.

/** A problem the user can fix: bad config, bad rule file, missing permission, a PR too large to check. */
export class CopydeskError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message)
    this.name = 'CopydeskError'
  }
}

/** A CopydeskError anchored to a file and line, printed as `file:line: message`. */
export class LocatedError extends CopydeskError {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    hint?: string,
  ) {
    super(`${file}:${line}: ${message}`, hint)
    this.name = 'LocatedError'
  }
}

/** One located problem in a policy file. */
export interface FileProblem {
  file: string
  line: number
  message: string
}

/**
 * Every problem found in the policy files at once, each on its own `file:line: message` line, so a writer
 * fixes them in one round instead of one per run. A LocatedError at the first problem, for callers that
 * only want one location.
 */
export class PolicyProblems extends LocatedError {
  constructor(
    readonly problems: readonly FileProblem[],
    hint?: string,
  ) {
    const first = problems[0] ?? { file: 'config', line: 1, message: 'invalid policy' }
    super(first.file, first.line, first.message, hint)
    this.name = 'PolicyProblems'
    this.message = problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n') || this.message
  }
}
