// Changes to the files that define the policy are positioning changes in their own right: whoever can
// edit the artifact, the config, a rule pack or CODEOWNERS can change what every later PR is held to.
import type { PositioningChange } from '../types.js'

export interface ChangedPath {
  path: string
  /** Where a renamed file came from. */
  previousPath?: string
  /** Defaults to `modified` (or `renamed` when `previousPath` is set). */
  status?: 'added' | 'removed' | 'modified' | 'renamed'
}

export interface PolicyPaths {
  artifact: string
  config: string[]
  /** Config `rules:` entries; the shipped `recommended` pack is not a repository file and is skipped. */
  rules: string[]
  codeowners: string[]
  approvedSources?: string
}

export const POLICY_REASON = 'policy-file'

/** Repository paths compare without a leading `./` or `/`, the way users write them in config. */
export const normalizePath = (path: string): string => path.trim().replace(/^(\.\/|\/)+/, '')

/** Each policy path with the role a reviewer knows it by. */
function roles(paths: PolicyPaths): Map<string, string> {
  const map = new Map<string, string>()
  const add = (path: string | undefined, role: string): void => {
    if (path === undefined || path.trim() === '') return
    const key = normalizePath(path)
    if (!map.has(key)) map.set(key, role)
  }
  add(paths.artifact, 'positioning artifact')
  for (const p of paths.config) add(p, 'copydesk config')
  for (const p of paths.rules) if (p !== 'recommended') add(p, 'rule file')
  for (const p of paths.codeowners) add(p, 'CODEOWNERS')
  add(paths.approvedSources, 'approved sources')
  return map
}

function policyChange(
  path: string,
  kind: PositioningChange['kind'],
  role: string,
  before: string | null,
  after: string | null,
): PositioningChange {
  return { path, kind, before, after, line: 1, reason: POLICY_REASON, field: role }
}

/** One change per touched policy file; a rename in or out of a policy path is an addition or removal. */
export function policyChanges(changedPaths: readonly ChangedPath[], policyPaths: PolicyPaths): PositioningChange[] {
  const known = roles(policyPaths)
  const out: PositioningChange[] = []
  for (const changed of changedPaths) {
    const path = normalizePath(changed.path)
    const previous = changed.previousPath !== undefined ? normalizePath(changed.previousPath) : undefined
    const role = known.get(path)
    const previousRole = previous !== undefined && previous !== path ? known.get(previous) : undefined
    const status = changed.status ?? (previous !== undefined && previous !== path ? 'renamed' : 'modified')

    if (status === 'renamed' && previous !== undefined) {
      if (role !== undefined && previousRole !== undefined) {
        out.push(policyChange(path, 'modified', role, `${previousRole} \`${previous}\``, `${role} \`${path}\``))
      } else if (previousRole !== undefined) {
        out.push(policyChange(previous, 'removed', previousRole, `${previousRole} \`${previous}\``, `moved to \`${path}\`, where copydesk no longer reads it`))
      } else if (role !== undefined) {
        out.push(policyChange(path, 'added', role, `\`${previous}\`, not read by copydesk`, `${role} \`${path}\``))
      }
      continue
    }
    if (role === undefined) continue
    if (status === 'added') out.push(policyChange(path, 'added', role, null, `${role} \`${path}\` added`))
    else if (status === 'removed') out.push(policyChange(path, 'removed', role, `${role} \`${path}\` deleted`, null))
    else out.push(policyChange(path, 'modified', role, null, `${role} \`${path}\` edited`))
  }
  return out
}
