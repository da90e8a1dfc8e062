// A parsing thread of the site-context stage (see parse-pool.ts): it decodes, parses and packs the files it
// is sent and sends each back packed, its typed arrays and bytes transferred, not copied.
import { parentPort, workerData } from 'node:worker_threads'
import type { ParseDocumentOptions } from '../content/index.js'
import { packFile } from './site-document.js'
import type { ParseJob, ParseReply } from './parse-pool.js'

const options = workerData as ParseDocumentOptions

/** Whether structured cloning gives the value back as it is: plain data and Dates, no class instances (their prototypes would be lost). */
function clonesAsIs(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol'
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto === Date.prototype) return true
  if (Array.isArray(value)) return proto === Array.prototype && value.every(clonesAsIs)
  return (proto === Object.prototype || proto === null) && Object.values(value).every(clonesAsIs)
}

parentPort?.on('message', (job: ParseJob) => {
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
})
