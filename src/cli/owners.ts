// `copydesk owners PATH...`: what CODEOWNERS assigns to each path, read as GitHub reads it.
import { findCodeowners, formatOwnersLine, ownersOf, parseCodeowners } from '../codeowners/index.js'
import { decodeText } from '../engine/decode.js'
import type { Tree } from '../engine/tree.js'

/** `exists`: whether a path is in the repository; a path that is not is still answered (CODEOWNERS may cover it), with a warning. */
export async function ownersCommand(tree: Tree, paths: string[], exists?: (path: string) => Promise<boolean>): Promise<{ output: string; warnings: string[] }> {
  const found = await findCodeowners(async (path) => {
    const bytes = await tree.read(path)
    return bytes === null ? null : decodeText(bytes)
  })
  const parsed = found ? parseCodeowners(found.text, found.path) : null
  const warnings = [
    ...(found ? found.notes : ['No CODEOWNERS file in .github/, the root or docs/: every path is unowned.']),
    ...(parsed?.problems.map((p) => `${p.file}:${p.line}: ${p.message} (skipped, as GitHub does)`) ?? []),
  ]
  // A typo in a path would otherwise print a plausible owners line for a file nobody has.
  if (exists) for (const path of paths) if (!(await exists(path))) warnings.push(`\`${path}\` does not exist in the repository; its owners line says who would own it.`)
  const lines = paths.map((path) => formatOwnersLine(path, parsed ? ownersOf(parsed, path) : []))
  return { output: lines.join('\n'), warnings }
}
