// Reads a V8 .cpuprofile (node --cpu-prof) into the few functions that take the most self time,
// so a slow run points at file:function without opening DevTools.
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

export interface HotSpot {
  where: string
  selfMs: number
  share: number
}

export function hotSpots(profilePath: string, root: string, top = 15): HotSpot[] {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let total = 0
  samples.forEach((id, i) => {
    const node = byId.get(id)
    const us = deltas[i] ?? 0
    total += us
    if (!node) return
    const { functionName, url, lineNumber } = node.callFrame
    const file = url.replace(/^file:\/\//, '').replace(`${root}/`, '')
    const where = file ? `${file}:${lineNumber + 1} ${functionName || '(anonymous)'}` : `(${functionName || 'native'})`
    self.set(where, (self.get(where) ?? 0) + us)
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({ where, selfMs: us / 1000, share: total > 0 ? us / total : 0 }))
}
