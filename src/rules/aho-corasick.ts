// One automaton for every phrase of every rule: a sentence is read once, however many phrases are banned.
// (A loop of regexes costs one pass per phrase; with hundreds of phrases that is the whole budget.)

export interface Automaton {
  /** Transitions per state, keyed by UTF-16 code unit. */
  next: Map<number, number>[]
  fail: Int32Array
  /** Patterns that end in each state, those reached through failure links included. */
  out: number[][]
  lengths: number[]
  /**
   * The transitions on ASCII code units again, as a table (`ascii[state * 128 + code]`, NONE where `next`
   * has none): most of what is scanned is ASCII, and an array read costs far less than a Map lookup. Null
   * when the automaton has too many states for the table to stay small (it is 256 bytes a state).
   */
  ascii: Uint16Array | null
}

/** No transition, in `Automaton.ascii`. */
const NONE = 0xffff
/** The most states that get an ASCII table: 4 MB at most (a rule pack of ~1,500 phrases). */
const MAX_TABLE_STATES = 16384

function asciiTable(next: readonly Map<number, number>[]): Uint16Array | null {
  if (next.length > MAX_TABLE_STATES) return null
  const table = new Uint16Array(next.length * 128).fill(NONE)
  next.forEach((transitions, state) => {
    for (const [code, target] of transitions) if (code < 128) table[state * 128 + code] = target
  })
  return table
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
  return { next, fail, out, lengths: patterns.map((p) => p.length), ascii: asciiTable(next) }
}

/** Every occurrence of every pattern, overlapping ones included, in order of their end. */
export function scan(automaton: Automaton, text: string): AutomatonHit[] {
  const { next, fail, out, lengths, ascii } = automaton
  const hits: AutomatonHit[] = []
  let state = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (ascii !== null && code < 128) {
      // (the same walk as below, each transition read from the table)
      let target = ascii[state * 128 + code] as number
      while (target === NONE && state !== 0) {
        state = fail[state] as number
        target = ascii[state * 128 + code] as number
      }
      state = target === NONE ? 0 : target
    } else {
      let target = (next[state] as Map<number, number>).get(code)
      while (target === undefined && state !== 0) {
        state = fail[state] as number
        target = (next[state] as Map<number, number>).get(code)
      }
      state = target ?? 0
    }
    const ending = out[state] as number[]
    for (const pattern of ending) {
      hits.push({ pattern, start: i + 1 - (lengths[pattern] as number), end: i + 1 })
    }
  }
  return hits
}
