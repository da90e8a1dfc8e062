// Git and diff facts the stand-in needs to answer like GitHub.
import { createHash } from 'node:crypto'

/** A symbolic link in a stand-in tree (git mode 120000): its blob is the target path. */
export interface StandinLink {
  symlink: string
}

export type TreeValue = string | Uint8Array | StandinLink

export function isLink(content: TreeValue | undefined): content is StandinLink {
  return typeof content === 'object' && !(content instanceof Uint8Array)
}

/** The blob git stores: a file's bytes, or a link's target path. */
export function toBytes(content: TreeValue): Buffer {
  if (isLink(content)) return Buffer.from(content.symlink, 'utf8')
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
}

/**
 * The repository path a link at `path` points to, or null when it leads outside the repository (an
 * absolute target, or `..` past the root).
 */
export function linkedPath(path: string, target: string): string | null {
  if (target.startsWith('/')) return null
  const parts = path.split('/').slice(0, -1)
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

/** Git's blob id: sha1 of `blob <size>\0<bytes>`. */
export function blobSha(content: TreeValue): string {
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
