// A Tree is read access to one snapshot of the repository: the working directory, a git commit,
// or (in the Action) a commit read through the GitHub API. The engine never knows which.
import { execFile } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Tree {
  /** A short label for messages: `base`, `head`, a ref or a directory. */
  readonly label: string
  /** The file's bytes, or null when it does not exist in this snapshot. */
  read(path: string): Promise<Uint8Array | null>
  /** Every file path in the snapshot (POSIX separators), when the tree can enumerate itself. */
  list?(): Promise<string[]>
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

export function fsTree(root: string, label = root): Tree {
  return {
    label,
    async read(path) {
      try {
        return new Uint8Array(await readFile(join(root, path)))
      } catch (error) {
        if (isNotFound(error)) return null
        throw error
      }
    },
    async list() {
      const out: string[] = []
      await walk(root, root, out)
      return out.sort()
    },
  }
}

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, join(dir, entry.name), out)
    } else if (entry.isFile()) {
      out.push(relative(root, join(dir, entry.name)).split(sep).join('/'))
    }
  }
}

/** A commit of a local git repository, read with `git show` (the CLI's `--base`/`--head`). */
export function gitTree(repoDir: string, ref: string): Tree {
  return {
    label: ref,
    async read(path) {
      try {
        // LC_ALL=C: the message below is matched in English whatever the user's locale.
        const { stdout } = await run('git', ['-C', repoDir, 'show', `${ref}:${path}`], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } })
        return new Uint8Array(stdout)
      } catch (error) {
        // Only git's own "no such path at this ref" is an absent file; a bad ref or a failed git is an error.
        const stderr = String((error as { stderr?: unknown }).stderr ?? '')
        if (/does not exist in|exists on disk, but not in/.test(stderr)) return null
        throw new Error(`git could not read \`${path}\` at \`${ref}\`: ${stderr.trim().split('\n')[0] || (error as Error).message}`, { cause: error })
      }
    },
    async list() {
      const { stdout } = await run('git', ['-C', repoDir, 'ls-tree', '-r', '--name-only', '-z', ref], { maxBuffer: 64 * 1024 * 1024 })
      return stdout.split('\0').filter(Boolean).sort()
    },
  }
}

/** A tree held in memory: the demo's scenarios and tests. */
export function memoryTree(files: Record<string, string | Uint8Array>, label = 'memory'): Tree {
  const encoder = new TextEncoder()
  return {
    label,
    async read(path) {
      const value = files[path]
      if (value === undefined) return null
      return typeof value === 'string' ? encoder.encode(value) : value
    },
    async list() {
      return Object.keys(files).sort()
    },
  }
}

/** Changed paths between two git refs (or a ref and the working tree), with renames. */
export async function gitChangedPaths(
  repoDir: string,
  base: string,
  head: string | null,
): Promise<{ path: string; previousPath?: string; status: 'added' | 'modified' | 'removed' | 'renamed' }[]> {
  const args = ['-C', repoDir, 'diff', '--name-status', '-z', '-M', base]
  if (head) args.push(head)
  const { stdout } = await run('git', args, { maxBuffer: 64 * 1024 * 1024 })
  const parts = stdout.split('\0').filter((p) => p !== '')
  const out: { path: string; previousPath?: string; status: 'added' | 'modified' | 'removed' | 'renamed' }[] = []
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++] ?? ''
    if (code.startsWith('R') || code.startsWith('C')) {
      const from = parts[i++] ?? ''
      const to = parts[i++] ?? ''
      out.push(code.startsWith('R') ? { path: to, previousPath: from, status: 'renamed' } : { path: to, status: 'added' })
    } else {
      const path = parts[i++] ?? ''
      out.push({ path, status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified' })
    }
  }
  return out
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}
