// What `/\s/` matches, as a check on one UTF-16 code unit: hot loops over every character of a page
// call this instead of running a regular expression per character.

/** True when the code unit is whitespace in the sense of JavaScript's `\s`. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 160) return false
  return (
    code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279
  )
}
