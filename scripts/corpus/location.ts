// Where a corpus site lives: a folder, or a git directory (bare repo) read at a revision without a
// checkout. Both list every entry (symlinks and submodules included, so the survey can say it skipped
// them) and read file bytes; the survey never knows which it has.
import { execFile, spawn } from 'node:child_process'
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const BIG = 256 * 1024 * 1024

export interface Entry {
  /** POSIX path relative to the location (the sub-path for a git location). */
  path: string
  /** `missing`: listed in the tree, but the object is not in this clone (a partial mirror leaves big blobs out). */
  kind: 'file' | 'symlink' | 'submodule' | 'special' | 'missing'
  /** Bytes, when the listing knows it without reading the file. */
  size: number | null
}

export interface Site {
  /** Short name for tables: the folder, or the repository folder (`owner+name` for a `…/repo` mirror) and sub-path. */
  name: string
  /** The location as given, for the summary. */
  location: string
  /** What is read, for people: `folder /x`, or `git DIR at SHA12, under SUB/`. */
  describe: string
  kind: 'folder' | 'git'
  /** Git only: the commit read (full SHA) and the sub-path ('' for the whole tree). */
  commit?: string
  subPath?: string
  list(): Promise<Entry[]>
  /** Makes `read` of these paths fast (git: one `cat-file --batch` for all of them). Optional to call. */
  prefetch(paths: string[]): Promise<void>
  read(path: string): Promise<Uint8Array | null>
}

/** Resolves `DIR`, `GITDIR`, `GITDIR@REV`, `GITDIR:SUBPATH` or `GITDIR@REV:SUBPATH`; throws a readable error. */
export async function openLocation(spec: string, cwd = process.cwd()): Promise<Site> {
  const whole = resolve(cwd, spec)
  if (await isDir(whole)) return (await isGitDir(whole)) ? openGit(spec, whole, 'HEAD', '') : openFolder(spec, whole)
  const m = /^(.*?)(?:@([^:/]+))?(?::([^:]*))?$/.exec(spec)
  const dir = m?.[1] ? resolve(cwd, m[1]) : null
  if (!m || !dir || (m[2] === undefined && m[3] === undefined) || !(await isDir(dir))) {
    throw new Error(`\`${spec}\` is neither a folder nor GITDIR[@REV][:SUBPATH] with an existing git directory`)
  }
  if (!(await isGitDir(dir))) throw new Error(`\`${m[1]}\` is not a git directory (a bare repository or a .git folder), so \`@REV\`/\`:SUBPATH\` cannot be read from it`)
  return openGit(spec, dir, m[2] ?? 'HEAD', (m[3] ?? '').replace(/^\/+|\/+$/g, ''))
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

async function isGitDir(dir: string): Promise<boolean> {
  try {
    // With an explicit --git-dir, a plain folder inside some work tree is not mistaken for a repository.
    // (A mirror without a config file is bare in fact though git calls it `--is-bare-repository` false.)
    await run('git', ['--git-dir', dir, 'rev-parse', '--git-dir'])
    return true
  } catch {
    return false
  }
}

/** `…/owner+name/repo` → `owner+name`; `…/site` → `site`. */
function repoName(dir: string): string {
  const base = basename(dir)
  return base === 'repo' || base === '.git' ? basename(dirname(dir)) : base.replace(/\.git$/, '')
}

// ---------------------------------------------------------------------------------------------

const SKIP_DIRS = new Set(['.git', 'node_modules'])

function openFolder(spec: string, root: string): Site {
  return {
    name: basename(root),
    location: spec,
    describe: `folder ${root}`,
    kind: 'folder',
    async list() {
      const out: Entry[] = []
      await walk(root, root, out)
      return out.sort((a, b) => compare(a.path, b.path))
    },
    async prefetch() {},
    async read(path) {
      try {
        return new Uint8Array(await readFile(join(root, path)))
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return null
        throw error
      }
    },
  }
}

async function walk(root: string, dir: string, out: Entry[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    const path = relative(root, full).split(sep).join('/')
    // Skipped as the CLI's file walk skips them: never content, and node_modules can be enormous.
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, full, out)
    } else if (entry.isSymbolicLink()) {
      out.push({ path, kind: 'symlink', size: null })
    } else if (entry.isFile()) {
      out.push({ path, kind: 'file', size: (await lstat(full)).size })
    } else {
      out.push({ path, kind: 'special', size: null })
    }
  }
}

// ---------------------------------------------------------------------------------------------

async function openGit(spec: string, gitDir: string, rev: string, subPath: string): Promise<Site> {
  const git = (args: string[]) => run('git', ['--git-dir', gitDir, ...args], { maxBuffer: BIG })
  let commit: string
  try {
    commit = (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).stdout.trim()
  } catch {
    throw new Error(`\`${rev}\` is not a commit in ${gitDir}`)
  }
  const treeish = subPath ? `${commit}:${subPath}` : commit
  const type = await git(['cat-file', '-t', `${commit}:${subPath}`]).then(
    (r) => r.stdout.trim(),
    () => 'missing',
  )
  if (type !== 'tree') throw new Error(`\`${subPath}\` is not a folder at ${commit.slice(0, 12)} in ${gitDir}`)

  const oids = new Map<string, string>()
  const blobs = new Map<string, Uint8Array>()
  return {
    name: subPath ? `${repoName(gitDir)}:${subPath}` : repoName(gitDir),
    location: spec,
    describe: `git ${gitDir} at ${commit.slice(0, 12)}${rev !== 'HEAD' && !commit.startsWith(rev) ? ` (${rev})` : ''}${subPath ? `, under ${subPath}/` : ''}`,
    kind: 'git',
    commit,
    subPath,
    async list() {
      const { stdout } = await git(['ls-tree', '-r', '-z', '-l', treeish])
      const out: Entry[] = []
      for (const record of stdout.split('\0')) {
        if (!record) continue
        // The size column is `-` for a submodule and `BAD` for an object this clone does not hold.
        const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(\S+)\t([\s\S]*)$/.exec(record)
        if (!m) throw new Error(`unexpected \`git ls-tree\` line: ${record.slice(0, 120)}`)
        const [, mode, kind, oid, size, path] = m as unknown as [string, string, string, string, string, string]
        if (kind === 'commit') out.push({ path, kind: 'submodule', size: null })
        else if (mode === '120000') out.push({ path, kind: 'symlink', size: null })
        else if (!/^\d+$/.test(size)) out.push({ path, kind: 'missing', size: null })
        else {
          oids.set(path, oid)
          out.push({ path, kind: 'file', size: Number(size) })
        }
      }
      return out.sort((a, b) => compare(a.path, b.path))
    },
    async prefetch(paths) {
      const wanted = [...new Set(paths.map((p) => oids.get(p)).filter((o): o is string => o !== undefined))]
      const read = await catFileBatch(gitDir, wanted)
      for (const path of paths) {
        const oid = oids.get(path)
        const bytes = oid ? read.get(oid) : undefined
        if (bytes) blobs.set(path, bytes)
      }
    },
    async read(path) {
      const cached = blobs.get(path)
      if (cached) return cached
      const oid = oids.get(path)
      if (!oid) return null
      return (await catFileBatch(gitDir, [oid])).get(oid) ?? null
    },
  }
}

/** Blob bytes by object id, from one `git cat-file --batch` process. */
export function catFileBatch(gitDir: string, oids: string[]): Promise<Map<string, Uint8Array>> {
  return new Promise((resolvePromise, reject) => {
    if (!oids.length) return resolvePromise(new Map())
    const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => chunks.push(c))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch exited ${String(code)}: ${stderr.trim()}`))
      try {
        resolvePromise(parseBatch(Buffer.concat(chunks)))
      } catch (error) {
        reject(error as Error)
      }
    })
    child.stdin.end(`${oids.join('\n')}\n`)
  })
}

/** `<oid> <type> <size>\n<bytes>\n` per object; `<oid> missing\n` for an unknown one. */
export function parseBatch(out: Buffer): Map<string, Uint8Array> {
  const result = new Map<string, Uint8Array>()
  let at = 0
  while (at < out.length) {
    const eol = out.indexOf(10, at)
    if (eol < 0) throw new Error('truncated `git cat-file --batch` output')
    const header = out.subarray(at, eol).toString('utf8').split(' ')
    at = eol + 1
    if (header[1] === 'missing' || header.length < 3) continue
    const size = Number(header[2])
    result.set(header[0] ?? '', new Uint8Array(out.subarray(at, at + size)))
    at += size + 1
  }
  return result
}

/** Byte order, as git and `sort` in the C locale list paths, so summaries are stable across machines. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
