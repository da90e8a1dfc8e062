// The approved-sources registry: a YAML file of domains whose pages may be cited and repository
// documents that may be cited. Bad input gives located problems, never an exception.
import { isMap, isSeq, isScalar, parseDocument, LineCounter, type Node } from 'yaml'
import type { ApprovedSources } from '../rules/types.js'

export interface RegistryProblem {
  line: number
  message: string
}

function lineOf(counter: LineCounter, node: Node | null | undefined): number {
  const at = node?.range?.[0]
  return at === undefined ? 1 : counter.linePos(at).line
}

function normaliseDomain(value: string): string {
  return value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^\*\./, '').replace(/\.$/, '')
}

export function normalisePath(value: string): string {
  return value.trim().replace(/^\.\//, '').replace(/^\/+/, '')
}

/** Reads the registry; `path` names the file in problem messages. */
export function parseApprovedSources(text: string, path: string): { registry: ApprovedSources | null; problems: RegistryProblem[] } {
  const counter = new LineCounter()
  const problems: RegistryProblem[] = []
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, logLevel: 'error' })
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? 1
    problems.push({ line, message: `${path}: the YAML does not parse: ${error.message.split('\n')[0]}` })
  }
  if (problems.length > 0) return { registry: null, problems }
  const root = doc.contents
  if (root === null) return { registry: { domains: [], documents: [] }, problems }
  if (!isMap(root)) return { registry: null, problems: [{ line: lineOf(counter, root), message: `${path}: expected a mapping with \`domains\` and \`documents\` lists.` }] }

  const registry: ApprovedSources = { domains: [], documents: [] }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value as Node | null
    if (key !== 'domains' && key !== 'documents') {
      problems.push({ line: lineOf(counter, pair.key as Node), message: `${path}: unknown key \`${key}\`; expected \`domains\` or \`documents\`.` })
      continue
    }
    if (value === null || (isScalar(value) && value.value === null)) continue
    if (!isSeq(value)) {
      problems.push({ line: lineOf(counter, value), message: `${path}: \`${key}\` must be a list.` })
      continue
    }
    for (const item of value.items as Node[]) {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        problems.push({ line: lineOf(counter, item), message: `${path}: each entry of \`${key}\` must be text.` })
        continue
      }
      if (key === 'domains') {
        const domain = normaliseDomain(item.value)
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) problems.push({ line: lineOf(counter, item), message: `${path}: \`${item.value}\` is not a domain such as \`forrester.com\`.` })
        else registry.domains.push(domain)
      } else registry.documents.push(normalisePath(item.value))
    }
  }
  return { registry, problems }
}

/** A web address is approved when its host is a listed domain or a subdomain of one. */
export function isApprovedUrl(registry: ApprovedSources, url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '')
  } catch {
    return false
  }
  return registry.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

export function isApprovedPath(registry: ApprovedSources, path: string): boolean {
  return registry.documents.includes(normalisePath(path))
}
