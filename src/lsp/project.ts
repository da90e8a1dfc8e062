// Which project an open file belongs to, and that project's policy, loaded once and kept while its
// policy files are unchanged. The project is found as `copydesk check` finds it: the nearest folder
// (from the file's own folder up to the git root) holding a copydesk config, else the git root.
import { execFile } from 'node:child_process'
import { realpath, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { CONFIG_FALLBACKS } from '../config/load.js'
import { configRoot } from '../engine/config-root.js'
import { loadPolicy, type LoadedPolicy } from '../engine/policy.js'
import { fsTree } from '../engine/tree.js'

export interface Project {
  /** Absolute folder the repository paths are relative to. */
  root: string
  /** The file's path inside the project (POSIX separators), as the engine names it. */
  path: string
}

export class Projects {
  private readonly gitRoots = new Map<string, Promise<string | null>>()
  private readonly policies = new Map<string, { signature: Promise<string>; policy: Promise<LoadedPolicy> }>()

  /** `folders`: the editor's workspace folders, the fallback root outside git. */
  constructor(private readonly folders: () => string[]) {}

  async projectOf(file: string): Promise<Project> {
    const dir = await realOrSame(dirname(file))
    const absolute = join(dir, file.slice(dirname(file).length + 1))
    const stop = (await this.gitRoot(dir)) ?? this.folders().find((f) => isInside(dir, f)) ?? dir
    const root = (await configRoot(dir, stop)) ?? stop
    const path = relative(root, absolute).split(sep).join('/')
    // A file outside the root it was matched to (a link, an odd workspace): its own folder is its project.
    if (path.startsWith('..') || isAbsolute(path)) return { root: dir, path: relative(dir, absolute).split(sep).join('/') }
    return { root, path }
  }

  /**
   * The project's policy. Reloaded when a policy file's size or modification time changes (a few `stat`
   * calls per check, far cheaper than re-reading the rule packs); a failed load is never kept, so fixing a
   * broken config takes effect on the next keystroke.
   */
  async policyOf(root: string): Promise<LoadedPolicy> {
    const cached = this.policies.get(root)
    if (cached) {
      const [was, paths] = await Promise.all([cached.signature, cached.policy.then(policyFiles)])
      if ((await signature(root, paths)) === was) return cached.policy
    }
    const policy = loadPolicy(fsTree(root, 'working tree'))
    // Stamped with the files the policy turned out to read, so an edited rule pack is noticed too.
    const entry = { policy, signature: policy.then((loaded) => signature(root, policyFiles(loaded))) }
    this.policies.set(root, entry)
    try {
      await entry.signature
      return await policy
    } catch (error) {
      if (this.policies.get(root) === entry) this.policies.delete(root)
      throw error
    }
  }

  private gitRoot(dir: string): Promise<string | null> {
    let found = this.gitRoots.get(dir)
    if (!found) {
      found = new Promise((done) =>
        execFile('git', ['-C', dir, 'rev-parse', '--show-toplevel'], (error, stdout) => done(error ? null : resolve(stdout.trim()))),
      )
      this.gitRoots.set(dir, found)
    }
    return found
  }
}

function policyFiles(policy: LoadedPolicy): string[] {
  const { paths } = policy
  const all = [...CONFIG_FALLBACKS, ...paths.config, ...paths.rules.filter((p) => p !== 'recommended'), ...paths.codeowners, paths.artifact, paths.approvedSources ?? '']
  return [...new Set(all.filter((p) => p.trim() !== ''))].sort()
}

async function signature(root: string, paths: string[]): Promise<string> {
  const stamps = await Promise.all(
    paths.map(async (path) => {
      try {
        const s = await stat(join(root, path))
        return `${path}:${s.size}:${s.mtimeMs}`
      } catch {
        return `${path}:-`
      }
    }),
  )
  return stamps.join('\n')
}



async function realOrSame(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return resolve(path)
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
