// The check side of a pool thread (parse-worker.ts): set up once per run with the policy and the site
// context (plain data, cloned), it runs a file's checks with the main thread's own function (checkHead)
// and sends the result back. Anything it cannot answer as the main thread would goes back as `here`.
import { registry } from '../checks/index.js'
import { checkHead, type FileCheckRun } from './check-file.js'
import type { CheckJob, CheckReply, CheckSetup } from './check-pool.js'
import { clonesAsIs } from './plain-data.js'
import { PackedDocument } from './site-document.js'

/** The run's setup, rebuilt in the thread: the checks (their rule matchers compile on the first file, once per run). */
let run: FileCheckRun | null = null

export function setUpChecks(setup: CheckSetup): void {
  run = { policy: setup.policy, checks: registry(setup.now ? { today: setup.now } : {}), site: setup.site, filter: setup.filter, reportsSent: true }
}

export async function checkJob(job: CheckJob): Promise<CheckReply> {
  if (run === null) return { id: job.id, outcome: 'here' }
  try {
    const packed = job.parts ? PackedDocument.fromParts(job.parts) : undefined
    const { report, suppressions } = await checkHead(job.file, job.bytes, packed, job.owners, run, null)
    const result = { report, ...(suppressions ? { suppressions } : {}) }
    // A result holding a class instance would arrive as a plain object: the main thread checks that file.
    return clonesAsIs(result) ? { id: job.id, outcome: 'checked', ...result } : { id: job.id, outcome: 'here' }
  } catch {
    // The main thread checks it again and reports the failure exactly as it would without threads.
    return { id: job.id, outcome: 'here' }
  }
}
