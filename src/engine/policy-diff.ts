// A strategy owner approving "rule file edited" needs to see the edit: each policy-file change gets the
// lines it removed and added (the artifact, entry by entry), read from the two snapshots.
import { diffLines } from 'diff'
import { parseDocument } from '../content/index.js'
import { diffArtifact } from '../positioning/index.js'
import type { PositioningChange } from '../types.js'
import { decodeText } from './decode.js'
import type { Tree } from './tree.js'

const MAX_LINES = 12

export async function describePolicyChanges(changes: PositioningChange[], base: Tree, head: Tree, artifactPath: string): Promise<PositioningChange[]> {
  const out: PositioningChange[] = []
  for (const change of changes) {
    const [before, after] = await Promise.all([readText(base, change.path), readText(head, change.path)])
    if (change.path === artifactPath) {
      const entries = diffArtifact(before === null ? null : parseDocument(change.path, before), after === null ? null : parseDocument(change.path, after))
      if (entries.length) {
        out.push(...entries)
        continue
      }
    }
    if (before === null && after === null) {
      out.push(change)
      continue
    }
    const removed: string[] = []
    const added: string[] = []
    let line = 0
    let firstLine = 0
    for (const part of diffLines(before ?? '', after ?? '')) {
      const lines = part.value.replace(/\n$/, '').split('\n')
      if (part.removed) {
        removed.push(...lines)
        if (!firstLine) firstLine = line + 1
      }
      else {
        if (part.added) {
          added.push(...lines)
          if (!firstLine) firstLine = line + 1
        }
        line += lines.length
      }
    }
    // Both sides exist: show exactly the lines removed and added (null = none), not a placeholder.
    const bothSides = before !== null && after !== null
    out.push({
      ...change,
      before: clip(removed) ?? (bothSides ? null : change.before),
      after: clip(added) ?? (bothSides ? null : change.after),
      line: firstLine || 1,
    })
  }
  return out
}

function clip(lines: string[]): string | null {
  const kept = lines.filter((l) => l.trim() !== '')
  if (!kept.length) return null
  return kept.length > MAX_LINES ? [...kept.slice(0, MAX_LINES), `… ${kept.length - MAX_LINES} more lines`].join('\n') : kept.join('\n')
}

async function readText(tree: Tree, path: string): Promise<string | null> {
  const bytes = await tree.read(path)
  return bytes === null ? null : decodeText(bytes)
}
