// `copydesk owners PATH...`: what CODEOWNERS assigns to each path, read as GitHub reads it.
import { findCodeowners, formatOwnersLine, ownersOf, parseCodeowners } from '../codeowners/index.js'
import { decodeText } from '../engine/decode.js'
import type { Tree } from '../engine/tree.js'

export async function ownersCommand(tree: Tree, paths: string[]): Promise<{ output: string; warnings: string[] }> {
  const found = await findCodeowners(async (path) => {
    const bytes = await tree.read(path)
    return bytes === null ? null : decodeText(bytes)
  })
  const parsed = found ? parseCodeowners(found.text, found.path) : null
  const warnings = [
    ...(found ? found.notes : ['No CODEOWNERS file in .github/, the root or docs/: every path is unowned.']),
    ...(parsed?.problems.map((p) => `${p.file}:${p.line}: ${p.message} (skipped, as GitHub does)`) ?? []),
  ]
  const lines = paths.map((path) => formatOwnersLine(path, parsed ? ownersOf(parsed, path) : []))
  return { output: lines.join('\n'), warnings }
}
