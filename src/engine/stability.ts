// Which earlier commits already carried the head's positioning text: an approval given on one of them
// still stands, because only non-positioning text changed since (policy-bot invalidates only what changed).
import { documentOptions } from './document-options.js'
import { parseDocument } from '../content/index.js'
import { diffPositioning } from '../positioning/index.js'
import type { ChangedFile } from './check.js'
import { contentMatcher } from './content-files.js'
import { decodeText } from './decode.js'
import type { LoadedPolicy } from './policy.js'
import { positioningContext } from './positioning-context.js'
import type { Tree } from './tree.js'

export async function positioningStableCommits(
  candidates: { sha: string; tree: Tree }[],
  head: Tree,
  files: ChangedFile[],
  policy: LoadedPolicy,
): Promise<string[]> {
  const config = policy.policy.config
  const isContent = contentMatcher(config, policy.artifact.path)
  const policyPaths = new Set([policy.paths.artifact, ...policy.paths.config, ...policy.paths.rules, ...policy.paths.codeowners, ...(policy.paths.approvedSources ? [policy.paths.approvedSources] : [])])
  const stable: string[] = []
  for (const candidate of candidates) {
    let same = true
    for (const file of files) {
      const [before, after] = await Promise.all([candidate.tree.read(file.path), head.read(file.path)])
      if (policyPaths.has(file.path)) {
        if (!sameBytes(before, after)) same = false
      } else if (isContent(file.path)) {
        const beforeText = before ? decodeText(before) : null
        const afterText = after ? decodeText(after) : null
        const beforeDoc = beforeText === null ? null : parseDocument(file.path, beforeText, documentOptions(config))
        const afterDoc = afterText === null ? null : parseDocument(file.path, afterText, documentOptions(config))
        const doc = afterDoc ?? beforeDoc
        if (!doc) continue
        const changes = diffPositioning(beforeDoc, afterDoc, positioningContext(policy, doc, afterDoc === doc ? beforeDoc : afterDoc))
        if (changes.length) same = false
      }
      if (!same) break
    }
    if (same) stable.push(candidate.sha)
  }
  return stable
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i])
}
