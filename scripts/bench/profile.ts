// Reads a V8 .cpuprofile (node --cpu-prof) into where the time goes, so a slow run points at
// file:function without opening DevTools: self time per file or package, and total (inclusive)
// time per function of our own code — the pipeline stages.
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

export interface HotSpot {
  where: string
  ms: number
  share: number
}

export interface ProfileSummary {
  totalMs: number
  /** Self time per source file of ours, or per package under node_modules, or a V8 bucket. */
  selfByArea: HotSpot[]
  /** Inclusive time per function in `src/` (a stage and everything it calls). */
  inclusiveOwn: HotSpot[]
}

function fileOf(url: string, root: string): string {
  return url.replace(/^file:\/\//, '').replace(`${root}/`, '')
}

function areaOf(node: ProfileNode, root: string): string {
  const file = fileOf(node.callFrame.url, root)
  if (!file) return `(${node.callFrame.functionName || 'native'})`
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  if (pkg) return `node_modules/${pkg[1] ?? ''}`
  return file
}

export function summarizeProfile(profilePath: string, root: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let total = 0
  samples.forEach((id, i) => {
    const us = Math.max(0, deltas[i] ?? 0)
    total += us
    const node = byId.get(id)
    if (!node) return
    const area = areaOf(node, root)
    self.set(area, (self.get(area) ?? 0) + us)
    // Walk up the stack once; count each of our functions once per sample, even when recursive.
    const seen = new Set<string>()
    for (let at: ProfileNode | undefined = node; at; at = byId.get(parent.get(at.id) ?? -1)) {
      const file = fileOf(at.callFrame.url, root)
      if (!file.startsWith('src/')) continue
      const key = `${file} ${at.callFrame.functionName || '(anonymous)'}`
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + us)
    }
  })
  const rank = (map: Map<string, number>): HotSpot[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, us]) => ({ where, ms: us / 1000, share: total > 0 ? us / total : 0 }))
  return { totalMs: total / 1000, selfByArea: rank(self), inclusiveOwn: rank(inclusive) }
}
