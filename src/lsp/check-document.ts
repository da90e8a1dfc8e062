// One open document checked as `copydesk check FILE` would check it, but on the editor's current text:
// the project's tree from disk with this one file's bytes taken from the editor instead.
import { checkAsIs } from '../engine/as-is.js'
import { loadPolicy } from '../engine/policy.js'
import { fsTree, type Tree } from '../engine/tree.js'
import type { Finding } from '../types.js'
import type { Projects } from './project.js'

export interface OpenDocument {
  /** Absolute file path, or null for a document that is not a file (an unsaved, untitled buffer). */
  file: string | null
  /** The name to check an untitled buffer under; its extension decides markdown or MDX. */
  name: string
  text: string
}

/**
 * The document's findings, or an empty list when the project's content globs leave the file out (as
 * `copydesk check` would). Throws when the policy cannot be loaded; the server turns that into a diagnostic.
 */
export async function checkDocument(doc: OpenDocument, projects: Projects): Promise<Finding[]> {
  const bytes = new TextEncoder().encode(doc.text)
  if (doc.file === null) {
    // No folder to find a config from: the shipped defaults, on a tree holding only this buffer.
    const tree = overlay(emptyTree(), doc.name, bytes)
    const policy = await loadPolicy(tree)
    return findingsOf(await checkAsIs(tree, policy, [doc.name], { failOn: 'never' }), doc.name)
  }
  const project = await projects.projectOf(doc.file)
  const policy = await projects.policyOf(project.root)
  const tree = overlay(fsTree(project.root, 'editor'), project.path, bytes)
  return findingsOf(await checkAsIs(tree, policy, [project.path], { failOn: 'never' }), project.path)
}

function findingsOf(report: Awaited<ReturnType<typeof checkAsIs>>, path: string): Finding[] {
  // Suppressed findings stay out of the editor, as they stay out of the CLI's count.
  return report.files.find((f) => f.path === path)?.findings ?? []
}

/** The tree with one file's bytes replaced by the editor's, and that file never taken for a link. */
function overlay(tree: Tree, path: string, bytes: Uint8Array): Tree {
  return {
    label: tree.label,
    read: (p) => (p === path ? Promise.resolve(bytes) : tree.read(p)),
    ...(tree.list ? { list: tree.list.bind(tree) } : {}),
    linkTarget: (p) => (p === path ? Promise.resolve(null) : (tree.linkTarget?.(p) ?? Promise.resolve(null))),
  }
}

function emptyTree(): Tree {
  return { label: 'editor', read: () => Promise.resolve(null), list: () => Promise.resolve([]) }
}
