// Git and diff facts the stand-in needs to answer like GitHub.
import { createHash } from 'node:crypto'

export function toBytes(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
}

/** Git's blob id: sha1 of `blob <size>\0<bytes>`. */
export function blobSha(content: string | Uint8Array): string {
  const bytes = toBytes(content)
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** Base64 wrapped at 60 characters, as GitHub's contents and blob APIs send it. */
export function githubBase64(bytes: Buffer): string {
  const flat = bytes.toString('base64')
  const lines: string[] = []
  for (let i = 0; i < flat.length; i += 60) lines.push(flat.slice(i, i + 60))
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** Head-side line numbers a unified diff shows (added and context lines): where review comments may go. */
export function rightSideLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  let inHunk = false
  for (const line of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (header !== null) {
      next = Number(header[1])
      inHunk = true
    } else if (inHunk && (line.startsWith('+') || line.startsWith(' '))) {
      lines.add(next++)
    }
  }
  return lines
}

export function countPatch(patch: string): { additions: number; deletions: number } {
  let additions = 0
  let deletions = 0
  for (const line of patch.split('\n')) {
    if (line.startsWith('+')) additions++
    else if (line.startsWith('-')) deletions++
  }
  return { additions, deletions }
}
