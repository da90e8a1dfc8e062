// Parsing threads for the site-context stage. About half of a whole-site run is building syntax trees;
// the pages are independent, so worker threads parse them side by side and the main thread keeps what
// they send back, in path order, exactly as if it had parsed them itself (a page a thread cannot send
// back as it is — a parse that throws, frontmatter holding class instances — is parsed in the main thread).
// The same threads then check files (check-pool.ts): a thread takes messages of three kinds, `parse`, then
// the run's `setup` for the checks and `check`.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { ParseDocumentOptions } from '../content/index.js'
import type { PackedParts } from './site-document.js'

export interface ParseJob {
  kind: 'parse'
  id: number
  path: string
  bytes: Uint8Array
}

/** `here`: parse it in the main thread. Bytes sent to a thread come back with every answer. */
export type ParseReply =
  | { id: number; outcome: 'packed'; parts: PackedParts }
  | { id: number; outcome: 'undecodable' | 'here'; bytes: Uint8Array }

/**
 * A thread's heap: V8 grows a heap well past what it holds (parsing leaves much garbage), and each thread
 * has its own. Bounded, a thread collects sooner; a page too big to parse or check within it ends the
 * thread, and that page and the thread's others are parsed or checked in the main thread, which has no such
 * bound. (Measured: a 1 MB page of claims, 40,000 findings, is checked within it.)
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 }

/**
 * A checking thread's heap, once the pages are parsed: checking a kept page makes far less garbage than
 * parsing one, so a young generation half the size costs it little. The threads that parsed end first (their
 * heaps hold what parsing left behind) and the checks get fresh ones. Measured on 5,000 generated pages, 2
 * cores, two interleaved runs each: peak RSS 496–526 MiB → 440–441 MiB, wall time 46.8–47.3 s → 46.6–48.9 s,
 * the same report byte for byte. (Half the young generation for parsing threads cost 20% more CPU.)
 */
export const CHECK_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }

/** Fewer files than this are parsed in the main thread: starting threads costs more than it saves. */
export const MIN_FILES_PER_THREAD = 100

/** How the site-context stage parses pages, and the checks run: `--concurrency` (`auto` when absent) and `COPYDESK_DEBUG=threads`. */
export interface ParseThreads {
  concurrency?: number | 'auto' | 'off'
  /** Told how many pages threads parsed, and how many files they checked. */
  debug?: (line: string) => void
  /** Tests only: each thread ends with an uncaught error after this many checks, as a thread that dies mid-run (the fallback's test). */
  crashAfter?: number
}

/** What a thread is started with (workerData). */
export interface ThreadData {
  options: ParseDocumentOptions
  crashAfter?: number
}

/** Threads for `files` files at `concurrency` (`auto`: one per core but one, at most 4), 0 when not worth it. */
export function threadsFor(files: number, concurrency: number | 'auto' | 'off'): number {
  if (concurrency === 'off') return 0
  const wanted = concurrency === 'auto' ? Math.min(4, availableParallelism()) : concurrency
  const threads = Math.min(wanted, Math.floor(files / MIN_FILES_PER_THREAD))
  return threads >= 2 ? threads : 0
}

/** How to start a thread: the worker script beside this module (`parse-worker.js` in dist/), or, when
 * running from the TypeScript source (tsx, vitest), a loader that registers tsx in the thread and imports
 * `parse-worker.ts` (a thread does not inherit the main thread's `--import tsx`). */
type Script = { file: URL } | { code: string }

function workerScript(): Script | null {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
    const worker = new URL('./parse-worker.ts', here).href
    return { code: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}) })` }
  }
  for (const candidate of ['./parse-worker.js', '../parse-worker.js']) {
    const file = new URL(candidate, here)
    if (existsSync(fileURLToPath(file))) return { file }
  }
  return null
}

export class ParsePool {
  private readonly workers: Worker[] = []
  private readonly waiting = new Map<number, { resolve: (reply: { id: number } | null) => void; worker: Worker }>()
  private next = 0

  private constructor(threads: number, data: ThreadData, script: Script, limits: ResourceLimits) {
    for (let i = 0; i < threads; i++) {
      const settings = { workerData: data, resourceLimits: limits }
      const worker = 'file' in script ? new Worker(script.file, settings) : new Worker(script.code, { eval: true, ...settings })
      worker.on('message', (reply: { id: number }) => {
        this.waiting.get(reply.id)?.resolve(reply)
        this.waiting.delete(reply.id)
      })
      // A thread that dies leaves its files to the main thread (null: parse or check here).
      const fail = (): void => {
        for (const [id, job] of this.waiting) {
          if (job.worker !== worker) continue
          this.waiting.delete(id)
          job.resolve(null)
        }
        // ('error' is followed by 'exit': the thread leaves the pool once)
        const at = this.workers.indexOf(worker)
        if (at !== -1) this.workers.splice(at, 1)
      }
      worker.on('error', fail)
      worker.on('exit', fail)
      this.workers.push(worker)
    }
  }

  /** A pool of `threads` threads (none: null), or null when the worker script cannot be found. */
  static start(threads: number, options: ParseDocumentOptions, crashAfter?: number, limits: ResourceLimits = RESOURCE_LIMITS): ParsePool | null {
    const script = threads > 0 ? workerScript() : null
    return script ? new ParsePool(threads, { options: { ...options }, ...(crashAfter !== undefined ? { crashAfter } : {}) }, script, limits) : null
  }

  get size(): number {
    return this.workers.length
  }

  /** Parses one file in a thread (a copy of its bytes travels there and back). Null: no thread could take it; parse it here. */
  parse(path: string, bytes: Uint8Array): Promise<ParseReply | null> {
    // A copy of its own to transfer: a file's bytes may be a view on a buffer other bytes share.
    const copy = bytes.slice()
    return this.send<ParseReply>((id) => ({ kind: 'parse', id, path, bytes: copy }) satisfies ParseJob, [copy.buffer])
  }

  /**
   * Sends one job, numbered by `message(id)`, to the next thread, and gives its answer. Null: no thread
   * could take it (none left, or the message cannot be cloned): do it here.
   */
  send<R extends { id: number }>(message: (id: number) => { id: number }, transfer: ArrayBuffer[] = []): Promise<R | null> {
    const worker = this.workers[this.next++ % Math.max(1, this.workers.length)]
    if (!worker) return Promise.resolve(null)
    const id = this.next
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve: resolve as (reply: { id: number } | null) => void, worker })
      try {
        worker.postMessage(message(id), transfer)
      } catch {
        this.waiting.delete(id)
        resolve(null)
      }
    })
  }

  /** Sends every thread the same message, which needs no answer (a thread takes its messages in order). */
  broadcast(message: unknown): void {
    for (const worker of this.workers) worker.postMessage(message)
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
