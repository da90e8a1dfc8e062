import { parentPort, workerData } from 'node:worker_threads';
import { b as packFile } from './chunks/site-document.js';
import 'fs';
import 'process';
import 'buffer';
import 'node:path';
import 'node:process';
import 'node:url';

// A parsing thread of the site-context stage (see parse-pool.ts): it decodes, parses and packs the files it
// is sent and sends each back packed, its typed arrays and bytes transferred, not copied.
const options = workerData;
/** Whether structured cloning gives the value back as it is: plain data and Dates, no class instances (their prototypes would be lost). */
function clonesAsIs(value) {
    if (value === null || typeof value !== 'object')
        return typeof value !== 'function' && typeof value !== 'symbol';
    const proto = Object.getPrototypeOf(value);
    if (proto === Date.prototype)
        return true;
    if (Array.isArray(value))
        return proto === Array.prototype && value.every(clonesAsIs);
    return (proto === Object.prototype || proto === null) && Object.values(value).every(clonesAsIs);
}
parentPort?.on('message', (job) => {
    let reply;
    const transfer = [];
    try {
        const packed = packFile(job.path, job.bytes, options);
        if (packed === null)
            reply = { id: job.id, outcome: 'undecodable', bytes: job.bytes };
        else {
            const parts = packed.parts();
            if (clonesAsIs(parts.frontmatter)) {
                reply = { id: job.id, outcome: 'packed', parts };
                for (const array of [parts.packed, parts.runStarts, parts.runs, parts.exceptions, parts.bytes])
                    transfer.push(array.buffer);
            }
            else
                reply = { id: job.id, outcome: 'here', bytes: job.bytes };
        }
    }
    catch {
        // Parsed again in the main thread, which reports it exactly as it would without threads.
        reply = { id: job.id, outcome: 'here', bytes: job.bytes };
    }
    if (reply.outcome !== 'packed')
        transfer.push(reply.bytes.buffer);
    parentPort?.postMessage(reply, [...new Set(transfer)]);
});
