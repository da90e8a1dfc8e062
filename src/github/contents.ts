// Reading a commit through the API (one file, or the list of its files), so a `pull_request_target` run
// never checks out PR code.
import { createHash } from 'node:crypto'
import { CopydeskError } from '../errors.js'
import { explained, explainApiError, httpFailure, isNotFound } from './explain.js'
import type { FileAt, RepoContext } from './types.js'

export interface ReadOptions {
  /** Files larger than this are reported with `tooLarge` and not downloaded. */
  maxBytes?: number
}

function fileAt(bytes: Buffer, size: number): FileAt {
  return { text: bytes.toString('utf8'), size, binary: bytes.includes(0), tooLarge: false, bytes: new Uint8Array(bytes) }
}

/** Git's blob id of `bytes`: what GitHub's `sha` for a file is, so a download can be checked against it. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** Entry kinds the contents API returns for a path that exists but holds no text of its own. */
const NOT_A_FILE = new Set(['dir', 'submodule'])

interface FileEntry {
  size: number
  sha: string
  encoding: string
  content: string
}

/**
 * The contents API's description of a path, checked field by field: a body that is not what GitHub documents
 * is an error naming the path, never "no file here". `null`: a directory or submodule; `{ symlink }`: a
 * symbolic link GitHub did not resolve (its target is not a file of the repository).
 */
function fileEntry(data: unknown, what: string): FileEntry | { symlink: string } | null {
  if (Array.isArray(data)) return null
  const entry = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const type = entry['type']
  if (typeof type === 'string' && NOT_A_FILE.has(type)) return null
  if (type === 'symlink') {
    const target = entry['target']
    if (typeof target !== 'string') throw new CopydeskError(`copydesk could not ${what}: GitHub's answer describes a symbolic link without its \`target\`.`)
    return { symlink: target }
  }
  const { size, sha, encoding, content } = entry
  if (type !== 'file' || typeof size !== 'number' || typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
    throw new CopydeskError(`copydesk could not ${what}: GitHub's answer does not describe a file (expected \`type: file\` with \`size\` and \`sha\`).`)
  }
  return { size, sha, encoding: typeof encoding === 'string' ? encoding : 'none', content: typeof content === 'string' ? content : '' }
}

/**
 * Bytes that are exactly the blob GitHub named: right length and right git object id. A base64 string cut
 * short inside otherwise valid JSON decodes without complaint; this is where it is caught.
 */
function verified(bytes: Buffer, entry: { size: number; sha: string }, what: string): Buffer {
  if (bytes.length !== entry.size || gitBlobSha(bytes) !== entry.sha) {
    throw new CopydeskError(
      `copydesk could not ${what}: the ${bytes.length} bytes received are not the ${entry.size}-byte blob \`${entry.sha.slice(0, 7)}\` GitHub named (cut short or altered on the way).`,
    )
  }
  return bytes
}

function decodeContent(content: string, encoding: string, what: string): Buffer {
  if (encoding === 'base64') {
    const compact = content.replace(/\s+/g, '')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
      throw new CopydeskError(`copydesk could not ${what}: GitHub's base64 content is malformed (cut short or altered on the way).`)
    }
    return Buffer.from(compact, 'base64')
  }
  if (encoding === 'utf-8') return Buffer.from(content, 'utf8')
  throw new CopydeskError(`copydesk could not ${what}: GitHub sent the content in an encoding copydesk does not read (\`${encoding}\`).`)
}

/**
 * The file at `ref`, or null when the path does not exist there (or is a directory or submodule). A symbolic
 * link comes back with `symlink` set and no content when GitHub does not resolve it; when its target is a
 * file of the repository, GitHub answers with that file's content instead, which only the tree's mode
 * 120000 tells apart (see `linkTargets`).
 * Null only on GitHub's own "Not Found": any other failure, and any answer that is not a well-formed file,
 * throws, so an unreadable file can never pass for an absent one. The bytes are checked against the blob id.
 * The contents API leaves `content` empty for files over 1 MB; those come from the git blob API instead.
 */
export async function readFileAt(ctx: RepoContext, path: string, ref: string, opts: ReadOptions = {}): Promise<FileAt | null> {
  const what = `read \`${path}\` at \`${ref}\``
  let data: unknown
  try {
    ;({ data } = await ctx.octokit.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref }))
  } catch (err) {
    // "Not Found" is an absent path; "No commit found for the ref" must not pass for one.
    if (isNotFound(err) && /^not found$/i.test(httpFailure(err)?.githubMessage ?? '')) return null
    throw explainApiError(err, 'contents', what)
  }
  const entry = fileEntry(data, what)
  if (entry === null) return null
  if ('symlink' in entry) return { text: '', size: 0, binary: false, tooLarge: false, symlink: entry.symlink }
  const size = entry.size
  if (opts.maxBytes !== undefined && size > opts.maxBytes) return { text: '', size, binary: false, tooLarge: true }
  if (entry.encoding === 'base64' && (entry.content.length > 0 || size === 0)) return fileAt(verified(decodeContent(entry.content, 'base64', what), entry, what), size)
  return fileAt(await readBlob(ctx, entry, what), size)
}

/**
 * The git blob `sha`, checked against its id (and `size`, when known). The contents API leaves files over
 * 1 MB to this; a symbolic link's blob is its target path.
 */
export async function readBlob(ctx: RepoContext, entry: { sha: string; size?: number }, what: string): Promise<Buffer> {
  const viaBlob = `${what} (git blob \`${entry.sha}\`)`
  let blob: unknown
  try {
    ;({ data: blob } = await ctx.octokit.rest.git.getBlob({ owner: ctx.owner, repo: ctx.repo, file_sha: entry.sha }))
  } catch (err) {
    throw explainApiError(err, 'contents', viaBlob)
  }
  const fields = (typeof blob === 'object' && blob !== null ? blob : {}) as Record<string, unknown>
  if (typeof fields['content'] !== 'string' || typeof fields['encoding'] !== 'string') {
    throw new CopydeskError(`copydesk could not ${viaBlob}: GitHub's answer is not a blob (expected \`content\` and \`encoding\`).`)
  }
  const bytes = decodeContent(fields['content'], fields['encoding'], viaBlob)
  return verified(bytes, { sha: entry.sha, size: entry.size ?? bytes.length }, viaBlob)
}

/** GitHub's documented cut-off for one recursive tree listing; beyond it the answer says `truncated`. */
export const MAX_TREE_ENTRIES = 100_000

/** One entry of a recursive git trees listing. */
export interface TreeEntry {
  path: string
  /** git's file mode: `100644`/`100755` a file, `120000` a symbolic link, `160000` a submodule, `040000` a folder. */
  mode: string
  type: string
  sha: string
}

export interface TreeListing {
  sha: string
  entries: TreeEntry[]
  /** GitHub cut the listing: paths beyond the cut are missing from `entries`. */
  truncated: boolean
}

/** The commit `sha`'s entries at every depth, from one recursive git trees call; `truncated` as GitHub says. */
export async function readTreeListing(ctx: RepoContext, sha: string): Promise<TreeListing> {
  const { data } = await explained(
    ctx.octokit.rest.git.getTree({ owner: ctx.owner, repo: ctx.repo, tree_sha: sha, recursive: '1' }),
    'contents',
    `list the files of commit \`${sha}\``,
  )
  if (typeof data !== 'object' || data === null || !Array.isArray(data.tree)) {
    throw new CopydeskError(`copydesk could not list the files of commit \`${sha}\`: GitHub's answer has no \`tree\` list.`)
  }
  const entries: TreeEntry[] = []
  for (const entry of data.tree) {
    if (typeof entry.path === 'string' && typeof entry.mode === 'string' && typeof entry.type === 'string' && typeof entry.sha === 'string') {
      entries.push({ path: entry.path, mode: entry.mode, type: entry.type, sha: entry.sha })
    }
  }
  return { sha, entries, truncated: data.truncated === true }
}

/**
 * Every regular file of the commit, from its recursive listing. Symlinks and submodules are left out: they
 * have no text of their own to check. Fails closed when GitHub cuts the listing, since the files it leaves
 * out would go unchecked without anyone knowing.
 */
export async function listTreePaths(ctx: RepoContext, sha: string, listing?: Promise<TreeListing>): Promise<string[]> {
  const { entries, truncated } = await (listing ?? readTreeListing(ctx, sha))
  if (truncated) {
    throw new CopydeskError(
      `The file listing of commit \`${sha.slice(0, 7)}\` is truncated: GitHub lists at most ${MAX_TREE_ENTRIES.toLocaleString('en-US')} entries (7 MB) of a tree in one answer, ` +
        'so copydesk cannot check every content file under `filter: nofilter` and fails closed.',
      'Use `filter: file` or `filter: added` (they read only the files the pull request changes), or run `copydesk check` on a checkout.',
    )
  }
  return entries
    .filter((entry) => entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755'))
    .map((entry) => entry.path)
    .sort()
}
