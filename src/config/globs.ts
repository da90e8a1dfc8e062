// Globs from policy files (config `content.include`, `types.*.paths`, rule `scope.paths`) are written by
// people and read on every run: each is checked when the file is loaded, so a bad one is a located
// problem, never a crash in the matcher (picomatch throws past 65,536 characters) or a slow match.
import picomatch from 'picomatch'

/** Longer globs are refused: real path patterns are a few dozen characters; this leaves ample room. */
export const MAX_GLOB_LENGTH = 1000
/** More globs than this in one list are refused. */
export const MAX_GLOBS = 500

/**
 * Why `glob` is not accepted, or null. Nested extglobs (`*(a|+(b))`) are refused: they compile to nested
 * quantifiers, whose matching time can grow exponentially with the path.
 */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_GLOB_LENGTH) return `is ${glob.length.toLocaleString('en-US')} characters long; a glob may have at most ${MAX_GLOB_LENGTH}`
  if (nestedExtglob(glob)) return `nests an extglob inside another (\`${glob.slice(0, 60)}\`), which can make matching take exponential time; write it as separate globs`
  try {
    picomatch.makeRe(glob, { dot: true })
  } catch (error) {
    return `is not a glob picomatch accepts: ${error instanceof Error ? error.message : String(error)}`
  }
  return null
}

function nestedExtglob(glob: string): boolean {
  const stack: boolean[] = []
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '\\') {
      i++
      continue
    }
    if (char === '(') {
      const extglob = i > 0 && '@*+?!'.includes(glob[i - 1] ?? '')
      if (extglob && stack.includes(true)) return true
      stack.push(extglob)
    } else if (char === ')') {
      stack.pop()
    }
  }
  return false
}
