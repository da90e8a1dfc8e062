// One automaton for every phrase of every rule: a sentence is read once, however many phrases are banned.
// (A loop of regexes costs one pass per phrase; with hundreds of phrases that is the whole budget.)

export interface Automaton {
  /** Transitions per state, keyed by UTF-16 code unit. */
  next: Map<number, number>[]
  fail: Int32Array
  /** Patterns that end in each state, those reached through failure links included. */
  out: number[][]
  lengths: number[]
}

export interface AutomatonHit {
  pattern: number
  start: number
  end: number
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()]
  const own: number[][] = [[]]
  patterns.forEach((pattern, index) => {
    let state = 0
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i)
      const transitions = next[state] as Map<number, number>
      let target = transitions.get(code)
      if (target === undefined) {
        target = next.length
        next.push(new Map())
        own.push([])
        transitions.set(code, target)
      }
      state = target
    }
    ;(own[state] as number[]).push(index)
  })

  const fail = new Int32Array(next.length)
  const out: number[][] = own.map((list) => [...list])
  // Breadth-first, so a state's failure target is complete before the state itself is visited.
  const queue: number[] = []
  for (const child of (next[0] as Map<number, number>).values()) queue.push(child)
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number
    for (const [code, child] of next[state] as Map<number, number>) {
      let f = fail[state] as number
      while (f !== 0 && !(next[f] as Map<number, number>).has(code)) f = fail[f] as number
      const viaFail = (next[f] as Map<number, number>).get(code)
      const target = viaFail !== undefined && viaFail !== child ? viaFail : 0
      fail[child] = target
      if ((out[target] as number[]).length > 0) (out[child] as number[]).push(...(out[target] as number[]))
      queue.push(child)
    }
  }
  return { next, fail, out, lengths: patterns.map((p) => p.length) }
}

/** Every occurrence of every pattern, overlapping ones included, in order of their end. */
export function scan(automaton: Automaton, text: string): AutomatonHit[] {
  const { next, fail, out, lengths } = automaton
  const hits: AutomatonHit[] = []
  let state = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let target = (next[state] as Map<number, number>).get(code)
    while (target === undefined && state !== 0) {
      state = fail[state] as number
      target = (next[state] as Map<number, number>).get(code)
    }
    state = target ?? 0
    const ending = out[state] as number[]
    for (const pattern of ending) {
      hits.push({ pattern, start: i + 1 - (lengths[pattern] as number), end: i + 1 })
    }
  }
  return hits
}
