// A Tree is read access to one snapshot of the repository: the working directory, a git commit,
// or (in the Action) a commit read through the GitHub API. The engine never knows which.
import { execFile } from 'node:child_process'
import { lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Tree {
  /** A short label for messages: `base`, `head`, a ref or a directory. */
  readonly label: string
  /** The file's bytes, or null when it does not exist in this snapshot. */
  read(path: string): Promise<Uint8Array | null>
  /** Every file path in the snapshot (POSIX separators), symbolic links included, when the tree can enumerate itself. */
  list?(): Promise<string[]>
  /**
   * The target of `path` when it is a symbolic link (git mode 120000), else null. Content behind a link
   * is never read through it: the engine reports the link as skipped instead.
   */
  linkTarget?(path: string): Promise<string | null>
}

const SKIP_DIRS = new Set(['.git', 'node_modules'])

export function fsTree(root: string, label = root): Tree {
  let realRoot: string | null = null
  // Synchronous reads, on purpose: content files are small, and each asynchronous call is a round trip to
  // libuv's pool (realpath, open, stat, read, close), which left a re-audit of 5,000 cached pages idle
  // for a second and a half waiting on reads.
  return {
    label,
    async read(path) {
      try {
        const absolute = join(root, path)
        // A link (the file's own, or a folder's on the way) is followed only while it stays inside the root.
        realRoot ??= realpathSync(root)
        const inside = realRoot
        const real = realpathSync(absolute)
        if (real !== inside && !real.startsWith(inside.endsWith(sep) ? inside : `${inside}${sep}`)) return null
        return new Uint8Array(readFileSync(real))
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
    async linkTarget(path) {
      try {
        const absolute = join(root, path)
        return lstatSync(absolute).isSymbolicLink() ? readlinkSync(absolute) : null
      } catch (error) {
        if (isNotFound(error)) return null
        throw error
      }
    },
  }
}

/** Regular files and symbolic links (listed, never descended into: a linked folder may lead out of the root). */
async function walk(root: string, dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, join(dir, entry.name), out)
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      out.push(relative(root, join(dir, entry.name)).split(sep).join('/'))
    }
  }
}

/** A commit of a local git repository, read with `git show` (the CLI's `--base`/`--head`). */
export function gitTree(repoDir: string, ref: string): Tree {
  // Path → mode for every entry of the commit, read once when first asked.
  let modes: Promise<Map<string, string>> | null = null
  const readModes = async (): Promise<Map<string, string>> => {
    const { stdout } = await run('git', ['-C', repoDir, 'ls-tree', '-r', '-z', ref], { maxBuffer: 64 * 1024 * 1024 })
    const out = new Map<string, string>()
    for (const line of stdout.split('\0')) {
      // `<mode> <type> <object>\t<path>`
      const tab = line.indexOf('\t')
      if (tab !== -1) out.set(line.slice(tab + 1), line.slice(0, line.indexOf(' ')))
    }
    return out
  }
  const read = async (path: string): Promise<Uint8Array | null> => {
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
  }
  return {
    label: ref,
    read,
    async list() {
      const { stdout } = await run('git', ['-C', repoDir, 'ls-tree', '-r', '--name-only', '-z', ref], { maxBuffer: 64 * 1024 * 1024 })
      return stdout.split('\0').filter(Boolean).sort()
    },
    async linkTarget(path) {
      modes ??= readModes()
      if ((await modes).get(path) !== SYMLINK_MODE) return null
      // A link's blob is its target path.
      const bytes = await read(path)
      return bytes === null ? '' : new TextDecoder().decode(bytes)
    },
  }
}

/** git's mode for a symbolic link. */
const SYMLINK_MODE = '120000'

/** A symbolic link in a memory tree. */
export interface MemoryLink {
  symlink: string
}

/** A tree held in memory: the demo's scenarios and tests. */
export function memoryTree(files: Record<string, string | Uint8Array | MemoryLink>, label = 'memory'): Tree {
  const encoder = new TextEncoder()
  return {
    label,
    async read(path) {
      const value = files[path]
      if (value === undefined) return null
      if (typeof value === 'string') return encoder.encode(value)
      // Like git, a link's content is its target path.
      return value instanceof Uint8Array ? value : encoder.encode(value.symlink)
    },
    async list() {
      return Object.keys(files).sort()
    },
    async linkTarget(path) {
      const value = files[path]
      return value !== undefined && typeof value !== 'string' && !(value instanceof Uint8Array) ? value.symlink : null
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

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** Anything at `path` (a file, a folder, a link that resolves). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}
