// Reading a commit through the API (one file, or the list of its files), so a `pull_request_target` run
// never checks out PR code.
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

/**
 * The file at `ref`, or null when the path does not exist there (or is a directory or submodule).
 * The contents API leaves `content` empty for files over 1 MB; those come from the git blob API instead.
 */
export async function readFileAt(ctx: RepoContext, path: string, ref: string, opts: ReadOptions = {}): Promise<FileAt | null> {
  let data
  try {
    ;({ data } = await ctx.octokit.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref }))
  } catch (err) {
    // "Not Found" is an absent path; "No commit found for the ref" must not pass for one.
    if (isNotFound(err) && /^not found$/i.test(httpFailure(err)?.githubMessage ?? '')) return null
    throw explainApiError(err, 'contents', `read \`${path}\` at \`${ref}\``)
  }
  if (Array.isArray(data) || data.type !== 'file') return null
  const size = data.size
  if (opts.maxBytes !== undefined && size > opts.maxBytes) return { text: '', size, binary: false, tooLarge: true }
  const inline = 'content' in data && typeof data.content === 'string' ? data.content : ''
  if (data.encoding === 'base64' && (inline.length > 0 || size === 0)) return fileAt(Buffer.from(inline, 'base64'), size)
  try {
    const { data: blob } = await ctx.octokit.rest.git.getBlob({ owner: ctx.owner, repo: ctx.repo, file_sha: data.sha })
    const bytes = blob.encoding === 'base64' ? Buffer.from(blob.content, 'base64') : Buffer.from(blob.content, 'utf8')
    return fileAt(bytes, blob.size ?? bytes.length)
  } catch (err) {
    throw explainApiError(err, 'contents', `read \`${path}\` at \`${ref}\` (git blob \`${data.sha}\`)`)
  }
}

/** GitHub's documented cut-off for one recursive tree listing; beyond it the answer says `truncated`. */
export const MAX_TREE_ENTRIES = 100_000

/**
 * Every regular file of the commit `sha`, from one recursive git trees call. Symlinks and submodules are
 * left out: they have no text of their own to check. Fails closed when GitHub cuts the listing, since
 * the files it leaves out would go unchecked without anyone knowing.
 */
export async function listTreePaths(ctx: RepoContext, sha: string): Promise<string[]> {
  const { data } = await explained(
    ctx.octokit.rest.git.getTree({ owner: ctx.owner, repo: ctx.repo, tree_sha: sha, recursive: '1' }),
    'contents',
    `list the files of commit \`${sha}\``,
  )
  if (data.truncated) {
    throw new CopydeskError(
      `The file listing of commit \`${sha.slice(0, 7)}\` is truncated: GitHub lists at most ${MAX_TREE_ENTRIES.toLocaleString('en-US')} entries (7 MB) of a tree in one answer, ` +
        'so copydesk cannot check every content file under `filter: nofilter` and fails closed.',
      'Use `filter: file` or `filter: added` (they read only the files the pull request changes), or run `copydesk check` on a checkout.',
    )
  }
  return data.tree
    .filter((entry) => entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755') && typeof entry.path === 'string')
    .map((entry) => entry.path as string)
    .sort()
}
