// The checks of a whole-files audit in threads. After the site-context stage has parsed every page in the
// pool's threads, the same threads check the files: each is sent its bytes and packed document (copies: the
// main thread keeps its own until the result is in, so a thread that dies costs nothing but time), runs the
// main thread's function for a file's check (checkHead in check-file.ts), and sends the file's report back.
// Results are taken in the files' order, so the report is the one the main thread alone gives.
import type { Policy } from '../checks/types.js'
import type { SiteContext } from '../site/index.js'
import type { FileReport, SuppressionUse } from '../types.js'
import type { ChangedFile } from './check.js'
import type { ParsePool } from './parse-pool.js'
import { clonesAsIs } from './plain-data.js'
import type { PackedParts } from './site-document.js'

/** The run, sent to every thread once: plain data only (the rule matchers are compiled again there). */
export interface CheckSetup {
  kind: 'setup'
  policy: Policy
  site: SiteContext
  filter: 'added' | 'file' | 'nofilter'
  now: Date | null
}

/** A file to check in a thread: its head bytes (read, not a link) and, when kept, its packed document. */
export interface CheckJob {
  kind: 'check'
  id: number
  file: ChangedFile
  owners: string[]
  bytes: Uint8Array
  parts: PackedParts | null
}

/** `here`: the thread could not check it as the main thread would; check it in the main thread. */
export type CheckReply = { id: number; outcome: 'checked'; report: FileReport; suppressions?: SuppressionUse[] } | { id: number; outcome: 'here' }

/** What the main thread hands a thread for one file, or null to check the file itself. */
export type CheckInput = Pick<CheckJob, 'file' | 'owners' | 'bytes'> & { parts: PackedParts | null }

export interface ThreadResult {
  report: FileReport
  suppressions?: SuppressionUse[]
}

/**
 * Files checked in threads ahead of the main thread, which takes their results in order (`take`). A file
 * the threads cannot take (not `wanted`, or prepare gives null), or whose thread fails or dies, is left to
 * the main thread.
 */
export class ThreadedChecks {
  private readonly results: (Promise<ThreadResult | null> | undefined)[] = []
  private started = 0
  private inFlight = 0
  /** How many files threads checked. */
  threaded = 0

  private constructor(
    private readonly pool: ParsePool,
    private readonly files: readonly ChangedFile[],
    private readonly wanted: (file: ChangedFile) => boolean,
    private readonly prepare: (file: ChangedFile) => Promise<CheckInput | null>,
    /** Files in threads at once: enough to keep every thread busy, few enough to bound the copies in flight. */
    private readonly ahead: number,
  ) {}

  /**
   * Sets the pool's threads up for the run; null when the policy or the site context cannot travel as they
   * are. `wanted`: the files to send (the rest are the main thread's); `prepare`: what to send for one.
   */
  static start(
    pool: ParsePool,
    setup: Omit<CheckSetup, 'kind'>,
    files: readonly ChangedFile[],
    wanted: (file: ChangedFile) => boolean,
    prepare: (file: ChangedFile) => Promise<CheckInput | null>,
  ): ThreadedChecks | null {
    if (pool.size === 0 || !clonesAsIs(setup.policy) || !clonesAsIs(setup.site)) return null
    pool.broadcast({ kind: 'setup', ...setup } satisfies CheckSetup)
    const checks = new ThreadedChecks(pool, files, wanted, prepare, pool.size * 8)
    checks.fill()
    return checks
  }

  /** The thread's result for `files[i]`, or null: check it in the main thread. */
  async take(i: number): Promise<ThreadResult | null> {
    while (this.started <= i) this.send(this.started++)
    const result = this.results[i]
    delete this.results[i]
    const taken = result ? await result : null
    if (taken) this.threaded++
    return taken
  }

  /** Keeps the threads busy: each answer sends the next file, so they run ahead of the main thread. */
  private fill(): void {
    while (this.inFlight < this.ahead && this.started < this.files.length) this.send(this.started++)
  }

  private send(i: number): void {
    const file = this.files[i]
    if (!file || !this.wanted(file)) return
    this.inFlight++
    this.results[i] = this.prepare(file)
      .then((input) => (input && this.check(input)) ?? null)
      // A file that cannot be prepared (a read that fails) is the main thread's, which reports why.
      .catch(() => null)
      .finally(() => {
        this.inFlight--
        this.fill()
      })
  }

  private async check(input: CheckInput): Promise<ThreadResult | null> {
    // Frontmatter holding class instances would arrive as plain objects: such a page is checked here.
    if (input.parts && !clonesAsIs(input.parts.frontmatter)) return null
    // One copy of the bytes, transferred, serves as the file's and its packed document's: a file's bytes may
    // be a view on a buffer other bytes share, and the main thread's stay its own.
    const bytes = input.bytes.slice()
    const parts = input.parts && { ...input.parts, bytes }
    const reply = await this.pool.send<CheckReply>((id) => ({ kind: 'check', id, file: input.file, owners: input.owners, bytes, parts }) satisfies CheckJob, [bytes.buffer])
    if (reply?.outcome !== 'checked') return null
    return { report: reply.report, ...(reply.suppressions ? { suppressions: reply.suppressions } : {}) }
  }
}
