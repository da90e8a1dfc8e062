// The positioning artifact's own format problems (unknown keys, empty keys, prices copydesk cannot read)
// as findings on the artifact, at their lines: a typo there silently stops protecting a term or a price,
// so it is shown where the writer can fix it. When the pull request leaves the artifact alone, its
// problems are one notice instead: nothing in the PR caused them.
import { ownersOf } from '../codeowners/index.js'
import { parseDocument } from '../content/index.js'
import { normalizePath, parsePositioningArtifact } from '../positioning/index.js'
import type { FileReport } from '../types.js'
import { changedLines } from './changed-lines.js'
import type { ChangedFile } from './check.js'
import { decodeText } from './decode.js'
import { partition } from './filters.js'
import type { LoadedPolicy } from './policy.js'
import type { Tree } from './tree.js'

export function isArtifact(file: ChangedFile, policy: LoadedPolicy): boolean {
  return normalizePath(file.path) === normalizePath(policy.artifact.path)
}

/** The artifact's findings as a file report, or null when the head has no readable artifact. */
export async function artifactReport(file: ChangedFile, base: Tree | null, head: Tree, policy: LoadedPolicy, filter: 'added' | 'file' | 'nofilter'): Promise<FileReport | null> {
  const bytes = await head.read(file.path)
  const text = bytes === null ? null : decodeText(bytes)
  if (text === null) return null
  const doc = parseDocument(file.path, text)
  const { problems } = parsePositioningArtifact(doc)
  const baseBytes = base && file.status !== 'added' ? await base.read(file.previousPath ?? file.path) : null
  const baseText = baseBytes === null ? null : decodeText(baseBytes)
  const touched = filter === 'added' && base && file.status !== 'unchanged' ? changedLines(baseText, text) : null
  return {
    path: file.path,
    status: file.status,
    ...(file.previousPath ? { previousPath: file.previousPath } : {}),
    contentType: null,
    owners: policy.codeowners ? ownersOf(policy.codeowners, file.path) : [],
    ...partition(problems, doc, touched),
    sources: [],
    provenance: null,
  }
}

/** One notice for the problems of an artifact the pull request does not touch. */
export function artifactNotice(policy: LoadedPolicy): string | null {
  const problems = policy.artifactProblems
  const first = problems[0]
  if (first === undefined) return null
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
  return `The positioning artifact \`${policy.artifact.path}\` has ${problems.length} format problem${problems.length === 1 ? '' : 's'}: line ${first.line}: ${first.message}${more} Run \`copydesk check ${policy.artifact.path}\` to list them.`
}
