import { workerData, parentPort } from 'node:worker_threads';
import { h as registry, P as PackedDocument, i as checkHead, j as clonesAsIs, k as packFile } from './chunks/plain-data.js';
import 'fs';
import 'process';
import 'buffer';
import 'node:path';
import 'node:process';
import 'node:url';

// The check side of a pool thread (parse-worker.ts): set up once per run with the policy and the site
// context (plain data, cloned), it runs a file's checks with the main thread's own function (checkHead)
// and sends the result back. Anything it cannot answer as the main thread would goes back as `here`.
/** The run's setup, rebuilt in the thread: the checks (their rule matchers compile on the first file, once per run). */
let run = null;
function setUpChecks(setup) {
    run = { policy: setup.policy, checks: registry(setup.now ? { today: setup.now } : {}), site: setup.site, filter: setup.filter, reportsSent: true };
}
async function checkJob(job) {
    if (run === null)
        return { id: job.id, outcome: 'here' };
    try {
        const packed = job.parts ? PackedDocument.fromParts(job.parts) : undefined;
        const { report, suppressions } = await checkHead(job.file, job.bytes, packed, job.owners, run, null);
        const result = { report, ...(suppressions ? { suppressions } : {}) };
        // A result holding a class instance would arrive as a plain object: the main thread checks that file.
        return clonesAsIs(result) ? { id: job.id, outcome: 'checked', ...result } : { id: job.id, outcome: 'here' };
    }
    catch {
        // The main thread checks it again and reports the failure exactly as it would without threads.
        return { id: job.id, outcome: 'here' };
    }
}

// A thread of the parse pool (see parse-pool.ts). In the site-context stage it decodes, parses and packs the
// files it is sent and sends each back packed, its typed arrays and bytes transferred, not copied; then,
// once set up with the run's policy and site context, it checks files (check-worker.ts).
const { options, crashAfter } = workerData;
let checks = 0;
function parse(job) {
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
}
parentPort?.on('message', (message) => {
    if (message.kind === 'parse')
        parse(message);
    else if (message.kind === 'setup')
        setUpChecks(message);
    else {
        // (tests only: a thread that dies mid-run; its files are checked in the main thread)
        if (crashAfter !== undefined && ++checks > crashAfter)
            throw new Error(`check thread ended after ${crashAfter} checks (crashAfter)`);
        void checkJob(message).then((reply) => {
            try {
                parentPort?.postMessage(reply);
            }
            catch {
                // A report that cannot be sent as it is: the main thread checks the file.
                parentPort?.postMessage({ id: reply.id, outcome: 'here' });
            }
        });
    }
});
