// A thread of the parse pool (see parse-pool.ts). In the site-context stage it decodes, parses and packs the
// files it is sent and sends each back packed, its typed arrays and bytes transferred, not copied; then,
// once set up with the run's policy and site context, it checks files (check-worker.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { packFile } from './site-document.js'
import type { ParseJob, ParseReply, ThreadData } from './parse-pool.js'
import type { CheckJob, CheckSetup } from './check-pool.js'
import { checkJob, setUpChecks } from './check-worker.js'
import { clonesAsIs } from './plain-data.js'

const { options, crashAfter } = workerData as ThreadData
let checks = 0

function parse(job: ParseJob): void {
  let reply: ParseReply
  const transfer: ArrayBuffer[] = []
  try {
    const packed = packFile(job.path, job.bytes, options)
    if (packed === null) reply = { id: job.id, outcome: 'undecodable', bytes: job.bytes }
    else {
      const parts = packed.parts()
      if (clonesAsIs(parts.frontmatter)) {
        reply = { id: job.id, outcome: 'packed', parts }
        for (const array of [parts.packed, parts.runStarts, parts.runs, parts.exceptions, parts.bytes]) transfer.push(array.buffer as ArrayBuffer)
      } else reply = { id: job.id, outcome: 'here', bytes: job.bytes }
    }
  } catch {
    // Parsed again in the main thread, which reports it exactly as it would without threads.
    reply = { id: job.id, outcome: 'here', bytes: job.bytes }
  }
  if (reply.outcome !== 'packed') transfer.push(reply.bytes.buffer as ArrayBuffer)
  parentPort?.postMessage(reply, [...new Set(transfer)])
}

parentPort?.on('message', (message: ParseJob | CheckSetup | CheckJob) => {
  if (message.kind === 'parse') parse(message)
  else if (message.kind === 'setup') setUpChecks(message)
  else {
    // (tests only: a thread that dies mid-run; its files are checked in the main thread)
    if (crashAfter !== undefined && ++checks > crashAfter) throw new Error(`check thread ended after ${crashAfter} checks (crashAfter)`)
    void checkJob(message).then((reply) => {
      try {
        parentPort?.postMessage(reply)
      } catch {
        // A report that cannot be sent as it is: the main thread checks the file.
        parentPort?.postMessage({ id: reply.id, outcome: 'here' })
      }
    })
  }
})
