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
