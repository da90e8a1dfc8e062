import { once } from 'node:events';
import { join, sep, relative, resolve, dirname } from 'node:path';
import { promisify, isDeepStrictEqual, parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { lstatSync, readlinkSync, realpathSync, readFileSync } from 'node:fs';
import { stat, readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { r as runCheck, C as CONFIG_FALLBACKS, a as renderSections, f as fullDetailContext, c as compareByPosition, b as blockingFindings, s as safePosition, d as shortSha, e as formatUtc, g as countReport, p as plural, h as describeReason, i as CopydeskError, l as loadPolicy, V as VERSION, t as toJsonParts, j as toSarif, k as toJson, m as cacheLocation, n as llmSetup, o as openResultStore, q as finishRun, u as isArtifact, v as toComment, w as createTwoFilesPatch, x as configSchema, y as runContext, z as decideVerdict, A as findCodeowners, B as parseCodeowners, D as formatOwnersLine, E as ownersOf, F as builtinPackNames, G as parseRulePack, H as secrets } from './sarif.js';
import { createHash } from 'node:crypto';
import { c as contentMatcher, o as object, _ as _enum, a as array, r as record, s as string, n as number, d as distExports, M as MARKER, b as reachesFailOn, e as computeLineStarts, f as decodeText, p as parseDocument, g as findBannedClaims } from './plain-data.js';

// Writes the CLI's output to stdout. A whole-site report is tens of megabytes of JSON: handed to a pipe in
// one write, Node converts all of it to bytes at once and keeps them queued until the reader has taken
// them (measured: +130 MB peak RSS on 5,000 pages). Written a slice at a time, waiting for the pipe to
// drain, only about one slice is ever held as bytes.
/** Characters per write. */
const SLICE = 1 << 20;
/** The text in slices of at most `size` characters (a surrogate pair, an emoji, is never split). */
function* slices(text, size = SLICE) {
    let from = 0;
    while (from < text.length) {
        let to = Math.min(from + size, text.length);
        // Each slice is encoded on its own, so the two halves of a pair stay together
        // (a one-character slice that would split one takes the pair).
        const last = text.charCodeAt(to - 1);
        if (to < text.length && last >= 0xd800 && last <= 0xdbff)
            to = to - 1 > from ? to - 1 : to + 1;
        yield text.slice(from, to);
        from = to;
    }
}
/** A write function for `stream` that writes each text in slices, in order, waiting for `drain` when the stream asks. */
function slicedWriter(stream) {
    let queue = Promise.resolve();
    const write = async (text) => {
        for (const slice of slices(text))
            if (!stream.write(slice))
                await once(stream, 'drain');
    };
    return (text) => {
        queue = queue.then(() => write(text));
    };
}

// A Tree is read access to one snapshot of the repository: the working directory, a git commit,
// or (in the Action) a commit read through the GitHub API. The engine never knows which.
const run$1 = promisify(execFile);
const SKIP_DIRS = new Set(['.git', 'node_modules']);
function fsTree(root, label = root) {
    let realRoot = null;
    // Synchronous reads, on purpose: content files are small, and each asynchronous call is a round trip to
    // libuv's pool (realpath, open, stat, read, close), which left a re-audit of 5,000 cached pages idle
    // for a second and a half waiting on reads.
    return {
        label,
        async read(path) {
            try {
                const absolute = join(root, path);
                // A link (the file's own, or a folder's on the way) is followed only while it stays inside the root.
                realRoot ??= realpathSync(root);
                const inside = realRoot;
                const real = realpathSync(absolute);
                if (real !== inside && !real.startsWith(inside.endsWith(sep) ? inside : `${inside}${sep}`))
                    return null;
                return new Uint8Array(readFileSync(real));
            }
            catch (error) {
                if (isNotFound(error))
                    return null;
                throw error;
            }
        },
        async list() {
            const out = [];
            await walk(root, root, out);
            return out.sort();
        },
        async linkTarget(path) {
            try {
                const absolute = join(root, path);
                return lstatSync(absolute).isSymbolicLink() ? readlinkSync(absolute) : null;
            }
            catch (error) {
                if (isNotFound(error))
                    return null;
                throw error;
            }
        },
    };
}
/** Regular files and symbolic links (listed, never descended into: a linked folder may lead out of the root). */
async function walk(root, dir, out) {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                await walk(root, join(dir, entry.name), out);
        }
        else if (entry.isFile() || entry.isSymbolicLink()) {
            out.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
        }
    }
}
/** A commit of a local git repository, read with `git show` (the CLI's `--base`/`--head`). */
function gitTree(repoDir, ref) {
    // Path → mode for every entry of the commit, read once when first asked.
    let modes = null;
    const readModes = async () => {
        const { stdout } = await run$1('git', ['-C', repoDir, 'ls-tree', '-r', '-z', ref], { maxBuffer: 64 * 1024 * 1024 });
        const out = new Map();
        for (const line of stdout.split('\0')) {
            // `<mode> <type> <object>\t<path>`
            const tab = line.indexOf('\t');
            if (tab !== -1)
                out.set(line.slice(tab + 1), line.slice(0, line.indexOf(' ')));
        }
        return out;
    };
    const read = async (path) => {
        try {
            // LC_ALL=C: the message below is matched in English whatever the user's locale.
            const { stdout } = await run$1('git', ['-C', repoDir, 'show', `${ref}:${path}`], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } });
            return new Uint8Array(stdout);
        }
        catch (error) {
            // Only git's own "no such path at this ref" is an absent file; a bad ref or a failed git is an error.
            const stderr = String(error.stderr ?? '');
            if (/does not exist in|exists on disk, but not in/.test(stderr))
                return null;
            throw new Error(`git could not read \`${path}\` at \`${ref}\`: ${stderr.trim().split('\n')[0] || error.message}`, { cause: error });
        }
    };
    return {
        label: ref,
        read,
        async list() {
            const { stdout } = await run$1('git', ['-C', repoDir, 'ls-tree', '-r', '--name-only', '-z', ref], { maxBuffer: 64 * 1024 * 1024 });
            return stdout.split('\0').filter(Boolean).sort();
        },
        async linkTarget(path) {
            modes ??= readModes();
            if ((await modes).get(path) !== SYMLINK_MODE)
                return null;
            // A link's blob is its target path.
            const bytes = await read(path);
            return bytes === null ? '' : new TextDecoder().decode(bytes);
        },
    };
}
/** git's mode for a symbolic link. */
const SYMLINK_MODE = '120000';
/** Changed paths between two git refs (or a ref and the working tree), with renames. */
async function gitChangedPaths(repoDir, base, head) {
    const args = ['-C', repoDir, 'diff', '--name-status', '-z', '-M', base];
    if (head)
        args.push(head);
    const { stdout } = await run$1('git', args, { maxBuffer: 64 * 1024 * 1024 });
    const parts = stdout.split('\0').filter((p) => p !== '');
    const out = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++] ?? '';
        if (code.startsWith('R') || code.startsWith('C')) {
            const from = parts[i++] ?? '';
            const to = parts[i++] ?? '';
            out.push(code.startsWith('R') ? { path: to, previousPath: from, status: 'renamed' } : { path: to, status: 'added' });
        }
        else {
            const path = parts[i++] ?? '';
            out.push({ path, status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified' });
        }
    }
    return out;
}
async function isDirectory(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch {
        return false;
    }
}
async function isFile(path) {
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
/** Anything at `path` (a file, a folder, a link that resolves). */
async function pathExists(path) {
    try {
        await stat(path);
        return true;
    }
    catch {
        return false;
    }
}
function isNotFound(error) {
    const code = error.code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

// `--shard K/N`: which content files one of N parallel jobs checks. A file's shard comes from a hash of its
// path alone, so every machine, file order and listing agrees on it, and a file stays in its shard as
// others are added or removed.
/** The most shards a run may be split into: more jobs than this would each start up for a handful of files. */
const MAX_SHARDS = 256;
/** `K/N` with 1 ≤ K ≤ N ≤ MAX_SHARDS, or a sentence saying what is wrong with it. */
function parseShard(value) {
    const match = /^(\d+)\/(\d+)$/.exec(value.trim());
    if (!match)
        return `--shard takes K/N (this job's shard K of N, counting from 1), e.g. --shard 2/3; got \`${value}\``;
    const index = Number(match[1]);
    const total = Number(match[2]);
    if (total < 1 || total > MAX_SHARDS)
        return `--shard ${value}: N must be between 1 and ${MAX_SHARDS}`;
    if (index < 1 || index > total)
        return `--shard ${value}: K counts from 1 to N (${total}); got ${index}`;
    return { index, total };
}
/** The 1-based shard of `path` among `total`. */
function shardOf(path, total) {
    return (createHash('sha256').update(path).digest().readUInt32BE(0) % total) + 1;
}
function inShard(path, shard) {
    return shardOf(path, shard.total) === shard.index;
}

/** `paths` null: every content file the tree lists. */
async function checkAsIs(head, policy, paths, options) {
    const files = paths ?? ((await head.list?.()) ?? []).filter(contentMatcher(policy.policy.config, policy.artifact.path));
    return runCheck({
        base: null,
        head,
        policy,
        files: files.map((path) => ({ path, status: 'unchanged' })),
        filter: 'nofilter',
        failOn: options.failOn,
        ...(options.now ? { now: options.now } : {}),
        ...(options.runPaths ? { runPaths: options.runPaths } : {}),
        ...(options.cache ? { cache: options.cache } : {}),
        ...(options.review ? { review: options.review } : {}),
        ...(options.threads ? { threads: options.threads } : {}),
    });
}

// Where a checked file's project begins: the nearest folder holding a copydesk config, as Vale finds
// `.vale.ini`. The CLI and the language server both start from a file and walk up to the repository root.
/** The nearest folder from `from` up to `stop` (inclusive) that holds a config file, or null. */
async function configRoot(from, stop) {
    for (let dir = resolve(from);; dir = dirname(dir)) {
        for (const candidate of CONFIG_FALLBACKS)
            if (await isFile(join(dir, candidate)))
                return dir;
        if (dir === resolve(stop) || dir === dirname(dir))
            return null;
    }
}

function toMarkdown(report) {
    return `${renderSections(report, fullDetailContext(report))}\n`;
}

const ansi = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLORS = {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    blue: ansi(34, 39),
    green: ansi(32, 39),
    cyan: ansi(36, 39),
};
const identity = (s) => s;
const PLAIN = { bold: identity, dim: identity, red: identity, yellow: identity, blue: identity, green: identity, cyan: identity };
function toText(report, opts) {
    const c = opts.color ? COLORS : PLAIN;
    const out = [];
    for (const notice of report.notices)
        out.push(c.blue(`notice  ${oneLine(notice)}`));
    if (report.notices.length > 0)
        out.push('');
    for (const file of report.files) {
        const block = fileBlock(file, c);
        if (block.length > 0)
            out.push(...block, '');
    }
    const preExisting = report.files.filter((f) => f.preExisting.length > 0);
    if (preExisting.length > 0) {
        out.push(c.bold('Pre-existing (not blocking)'));
        for (const file of preExisting) {
            out.push(...rows(file.path, [...file.preExisting].sort(compareByPosition), c, 'dimmed'));
        }
        out.push('');
    }
    if (report.positioning.changed || report.positioning.changes.length > 0) {
        out.push(...positioningBlock(report, c), '');
    }
    out.push(signoffLine(report, c));
    out.push(summaryLine(report, c));
    return `${out.join('\n')}\n`;
}
function fileBlock(file, c) {
    const findings = [...blockingFindings(file)].sort(compareByPosition);
    const suppressed = [...file.suppressed].sort(compareByPosition);
    if (findings.length === 0 && suppressed.length === 0 && file.skipped === undefined)
        return [];
    const lines = [c.bold(c.cyan(file.path))];
    if (file.skipped !== undefined)
        lines.push(c.dim(`${file.path}  skipped  ${oneLine(file.skipped)}`));
    lines.push(...rows(file.path, findings, c, 'normal'));
    lines.push(...rows(file.path, suppressed, c, 'suppressed'));
    return lines;
}
// Columns are padded per group so rule ids line up, the way ESLint's stylish output reads.
function rows(path, findings, c, mode) {
    const cells = findings.map((f) => {
        const pos = safePosition(f);
        return {
            finding: f,
            where: `${path}:${pos.line}:${pos.column}`,
            severity: mode === 'suppressed' ? 'suppressed' : f.severity,
        };
    });
    const whereWidth = Math.max(0, ...cells.map((x) => x.where.length));
    const sevWidth = Math.max(0, ...cells.map((x) => x.severity.length));
    const lines = [];
    for (const { finding, where, severity } of cells) {
        const sev = severity.padEnd(sevWidth);
        const paint = mode === 'normal' ? severityStyle(finding.severity, c) : c.dim;
        const place = finding.where !== undefined ? ` (in ${oneLine(finding.where)})` : '';
        const origin = finding.origin === 'rule+llm' ? ' [rule+llm]' : finding.origin === 'llm' && finding.category !== 'input' ? ' [llm]' : '';
        const row = `${where.padEnd(whereWidth)}  ${paint(sev)}  ${oneLine(finding.message)}${place}  ${c.dim(`${finding.ruleId}${origin}`)}`;
        lines.push(mode === 'normal' ? row : c.dim(stripStyles(row)));
        if (mode === 'suppressed' && finding.suppressed) {
            lines.push(c.dim(`    reason: ${oneLine(finding.suppressed.reason)} (line ${finding.suppressed.line})`));
        }
        else if (finding.veto) {
            lines.push(c.dim(`    overruled by the LLM: ${oneLine(finding.veto.note)} (the rule said ${finding.veto.severity})`));
        }
        else if (finding.suggestion) {
            const arrow = `    → ${oneLine(finding.suggestion)}`;
            lines.push(mode === 'normal' ? c.green(arrow) : c.dim(arrow));
        }
    }
    return lines;
}
function severityStyle(severity, c) {
    if (severity === 'error')
        return c.red;
    if (severity === 'warning')
        return c.yellow;
    return c.blue;
}
function positioningBlock(report, c) {
    const { changes, policyFiles } = report.positioning;
    const lines = [c.bold(`Positioning changes (${changes.length})`)];
    for (const change of changes)
        lines.push(...changeLines(change, c));
    if (policyFiles.length > 0)
        lines.push(`  policy files changed: ${policyFiles.join(', ')}`);
    return lines;
}
function changeLines(change, c) {
    const field = change.field ? ` (${oneLine(change.field)})` : '';
    const rule = change.rule ? ` rule ${change.rule}` : '';
    const lines = [`  ${change.path}:${Math.max(1, change.line)}  ${change.kind}  ${oneLine(describeReason(change.reason))}${rule}${field}`];
    for (const loosens of change.loosens ?? [])
        lines.push(c.yellow(`    loosens: ${oneLine(loosens)}`));
    // Policy lines keep their indentation: a nested YAML key must not read as a top-level one.
    const keep = (line) => (change.reason === 'policy-file' ? line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trimEnd() : oneLine(line));
    for (const line of change.context?.split('\n') ?? [])
        lines.push(c.dim(`      ${keep(line)}`));
    if (change.before !== null)
        for (const line of change.before.split('\n'))
            lines.push(c.red(`    - ${keep(line)}`));
    if (change.after !== null)
        for (const line of change.after.split('\n'))
            lines.push(c.green(`    + ${keep(line)}`));
    return lines;
}
function signoffLine(report, c) {
    const s = report.signoff;
    const paint = s.state === 'approved' ? c.green : s.state === 'rejected' ? c.red : s.state === 'pending' ? c.yellow : c.dim;
    const owners = s.owners.length > 0 ? ` (owners: ${s.owners.join(', ')})` : '';
    const lines = [`Sign-off: ${paint(s.state)}${owners} — ${oneLine(s.reason)}`];
    for (const a of s.approvedBy)
        lines.push(`  @${a.login.replace(/^@/, '')} approved ${shortSha(a.commit)} on ${formatUtc(a.at)}`);
    for (const note of s.notes)
        lines.push(c.dim(`  ${oneLine(note)}`));
    if (s.override)
        lines.push(c.yellow(`  override by ${s.override.by}: ${oneLine(s.override.justification)}`));
    return lines.join('\n');
}
function summaryLine(report, c) {
    const n = countReport(report);
    const parts = [plural(n.errors, 'error'), plural(n.warnings, 'warning')];
    if (n.infos > 0)
        parts.push(plural(n.infos, 'info', 'infos'));
    const extra = [];
    if (n.suppressed > 0)
        extra.push(`${n.suppressed} suppressed`);
    if (n.preExisting > 0)
        extra.push(`${n.preExisting} pre-existing`);
    const tail = extra.length > 0 ? ` (${extra.join(', ')})` : '';
    const symbol = n.errors > 0 || report.verdict === 'fail' ? c.red('✖') : n.warnings > 0 ? c.yellow('⚠') : c.green('✔');
    return `${symbol} ${parts.join(', ')} in ${plural(n.files, 'file')}${tail} · verdict: ${c.bold(report.verdict)}`;
}
/** Keeps one finding on one row even when a message or a quoted sentence spans lines. */
function oneLine(s) {
    // Control characters in content could move the cursor or recolour the terminal.
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
}
function stripStyles(s) {
    return s.replace(/\u001b\[\d+m/g, '');
}

// `copydesk check`: files as they are, or what changed between two git refs.
const run = promisify(execFile);
async function checkCommand(options) {
    const root = await repoRoot(options.cwd);
    const policyOptions = await configOption(options, root);
    let report;
    let reportRoot = root;
    let failOn;
    let store;
    // A run the model reviews never uses the result cache (see runCheck): its store is not even opened.
    const cache = async (policy, llm) => {
        if (!options.cacheLocation || llm?.secondOpinion)
            return {};
        store = await openResultStore(options.cacheLocation, { version: options.version ?? VERSION, policy: policy.version }, options.debug);
        return { cache: store };
    };
    if (options.stdin) {
        // Config is found from the named file's folder, exactly as if the content were on disk there.
        const absolute = resolve(options.cwd, options.stdin.path);
        const project = (await configRoot(dirname(absolute), root)) ?? root;
        const path = relative(project, absolute).split(sep).join('/');
        if (path.startsWith('..') || path === '')
            throw new CopydeskError(`--stdin-filename \`${options.stdin.path}\` is outside the repository at ${project}`);
        const disk = fsTree(project, 'working tree');
        const bytes = options.stdin.bytes;
        const head = { ...disk, label: 'working tree', read: async (p) => (p === path ? bytes : disk.read(p)), linkTarget: async (p) => (p === path ? null : (disk.linkTarget?.(p) ?? null)) };
        const policy = await loadPolicy(head, policyOptions);
        failOn = options.failOn ?? policy.policy.config['fail-on'] ?? 'error';
        const llm = secondOpinionFor(options, policy);
        report = await checkAsIs(head, policy, [path], { failOn, ...(options.now ? { now: options.now } : {}), ...(await cache(policy, llm)), ...reviewOf(llm) });
        report = await finishLlm(report, llm, policy);
        reportRoot = project;
    }
    else if (options.base) {
        const base = gitTree(root, options.base);
        const head = options.head ? gitTree(root, options.head) : fsTree(root, 'working tree');
        await assertRef(root, options.base);
        if (options.head)
            await assertRef(root, options.head);
        const policy = await loadPolicy(base, policyOptions);
        failOn = options.failOn ?? policy.policy.config['fail-on'] ?? 'error';
        let files = await gitChangedPaths(root, options.base, options.head ?? null);
        if (!options.head)
            files = [...files, ...(await untracked(root))];
        if (options.paths.length) {
            const wanted = options.paths.map((p) => toRepoPath(root, options.cwd, p));
            files = files.filter((f) => wanted.some((w) => f.path === w || f.path.startsWith(`${w}/`)));
        }
        const llm = secondOpinionFor(options, policy);
        report = await runCheck({
            ...(options.threads ? { threads: options.threads } : {}),
            base,
            head: counted(head, files.map((f) => f.path), options.onFiles),
            policy,
            files,
            filter: options.filter ?? 'added',
            failOn,
            ...(options.now ? { now: options.now } : {}),
            ...reviewOf(llm),
            meta: { base: options.base, head: options.head ?? 'working tree' },
            ...(await cache(policy, llm)),
        });
        report = await finishLlm(report, llm, policy);
    }
    else {
        // Checking files as they are: the project is the nearest folder with a copydesk config, as Vale finds
        // its .vale.ini, so a content repo nested in another (like examples/site) uses its own policy.
        const project = (await configRoot(options.cwd, root)) ?? root;
        const head = fsTree(project, 'working tree');
        const policy = await loadPolicy(head, policyOptions);
        failOn = options.failOn ?? policy.policy.config['fail-on'] ?? 'error';
        const isContent = contentMatcher(policy.policy.config, policy.artifact.path);
        const paths = options.paths.length ? await expand(project, options.cwd, options.paths, isContent) : ((await head.list?.()) ?? []).filter(isContent);
        const llm = secondOpinionFor(options, policy);
        const shard = options.shard;
        const mine = shard ? paths.filter((path) => inShard(path, shard)) : paths;
        report = await checkAsIs(counted(head, mine, options.onFiles), policy, mine, {
            failOn,
            ...(options.now ? { now: options.now } : {}),
            // Every shard derives the site context from the whole run, as the unsharded run does.
            ...(shard ? { runPaths: paths } : {}),
            ...(await cache(policy, llm)),
            ...reviewOf(llm),
            ...(options.threads ? { threads: options.threads } : {}),
        });
        report = await finishLlm(report, llm, policy);
        if (shard) {
            // The order the unsharded report lists files in: the positioning artifact (when named) first.
            const artifact = (path) => isArtifact({ path}, policy);
            report.shard = { index: shard.index, total: shard.total, copydesk: VERSION, paths: [...paths.filter(artifact), ...paths.filter((p) => !artifact(p))] };
        }
        reportRoot = project;
    }
    await store?.save();
    if (store && options.debug)
        options.debug(`${store.stats.hits} hits, ${store.stats.misses} misses (${store.file})`);
    const parts = options.format === 'json' ? toJsonParts(report) : [render(report, options.format, options.color)];
    let output;
    return {
        // (joined only when asked for: the CLI writes the parts)
        get output() {
            return (output ??= parts.join(''));
        },
        outputParts: parts,
        report,
        failOn,
        root: reportRoot,
        notices: store?.notices ?? [],
    };
}
function secondOpinionFor(options, policy) {
    if (!options.llm)
        return null;
    const { apiKey, baseURL, model } = options.llm;
    // The LLM keeps its answers under `<cache-location>/llm/`: a re-run on unchanged content asks nothing.
    const cacheLocation$1 = options.llm.cacheLocation ?? cacheLocation(options.cwd);
    return llmSetup({
        config: policy.policy.config.llm,
        apiKey,
        keyName: '`OPENAI_API_KEY`',
        ...(baseURL ? { baseURL } : {}),
        ...(model ? { model } : {}),
        cacheLocation: cacheLocation$1,
    });
}
function reviewOf(llm) {
    return llm?.secondOpinion ? { review: llm.secondOpinion.review } : {};
}
async function finishLlm(report, llm, policy) {
    if (!llm)
        return report;
    report.notices.push(...llm.notices);
    if (!llm.secondOpinion)
        return report;
    const artifact = policy.artifactDoc ? { path: policy.artifactDoc.path, text: policy.artifactDoc.source } : null;
    return finishRun(report, llm.secondOpinion, artifact);
}
/** The head tree, telling `onFiles` the first time each of `paths` is read: the engine reads each content file once. */
function counted(tree, paths, onFiles) {
    if (!onFiles)
        return tree;
    const pending = new Set(paths);
    const tick = onFiles(pending.size);
    return {
        ...tree,
        read: async (path) => {
            const bytes = await tree.read(path);
            if (pending.delete(path))
                tick(path);
            return bytes;
        },
    };
}
function render(report, format, color) {
    switch (format) {
        case 'json':
            return toJson(report);
        case 'sarif':
            return JSON.stringify(toSarif(report, { toolVersion: VERSION, informationUri: 'https://github.com/acme/copydesk' }), null, 2);
        case 'markdown':
            return toMarkdown(report);
        default:
            return toText(report, { color });
    }
}
async function configOption(options, root) {
    if (!options.config)
        return {};
    const absolute = resolve(options.cwd, options.config);
    const inRepo = relative(root, absolute);
    // With --base, a config inside the repo is still read at the base ref: policy never comes from the change.
    if (options.base && !inRepo.startsWith('..'))
        return { configPath: inRepo.split(sep).join('/') };
    try {
        return { configText: { path: options.config, text: await readFile(absolute, 'utf8') } };
    }
    catch {
        throw new CopydeskError(`config file \`${options.config}\` cannot be read`);
    }
}
async function repoRoot(cwd) {
    try {
        const { stdout } = await run('git', ['-C', cwd, 'rev-parse', '--show-toplevel']);
        return stdout.trim();
    }
    catch {
        return cwd;
    }
}
async function assertRef(root, ref) {
    try {
        await run('git', ['-C', root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new CopydeskError(`\`${ref}\` is not a commit in ${root}`);
    }
}
async function untracked(root) {
    const { stdout } = await run('git', ['-C', root, 'ls-files', '--others', '--exclude-standard', '-z']);
    return stdout
        .split('\0')
        .filter(Boolean)
        .map((path) => ({ path, status: 'added' }));
}
function toRepoPath(root, cwd, path) {
    const rel = relative(root, resolve(cwd, path)).split(sep).join('/');
    if (rel.startsWith('..'))
        throw new CopydeskError(`\`${path}\` is outside the repository at ${root}`);
    return rel === '' ? '.' : rel;
}
async function expand(root, cwd, paths, isContent) {
    const out = new Set();
    const all = await fsTree(root).list();
    for (const path of paths) {
        const rel = toRepoPath(root, cwd, path);
        const listed = all.includes(rel);
        if (await isDirectory(resolve(cwd, path))) {
            // The walk lists a link but never goes through one: a linked folder would be checked as empty.
            if (listed)
                throw new CopydeskError(`\`${path}\` is a symbolic link to a folder: links are not followed, so name the folder it points to`);
            for (const file of all)
                if ((rel === '.' || file.startsWith(`${rel}/`)) && isContent(file))
                    out.add(file);
        }
        else {
            // An explicitly named file is checked even when the content globs would not pick it (a link is reported as skipped).
            if (!listed)
                throw new CopydeskError(`\`${path}\` does not exist`);
            out.add(rel);
        }
    }
    return [...out].sort();
}

// `copydesk demo [DIR]`: the main job on the bundled example — the whole site checked as it is, then each
// PR scenario (base = site, head = site with the scenario's files laid over it) run through the same engine
// the Action uses, with its traceability comment rendered to .copydesk-out/.
const scenarioSchema = object({
    title: string(),
    description: string().default(''),
    pull_request: object({
        number: number().int(),
        author: string(),
        title: string().default(''),
        body: string().default(''),
        labels: array(string()).default([]),
    }),
    reviews: array(object({ login: string(), state: _enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED']), on: _enum(['head', 'base']).default('head') }))
        .default([]),
    teams: record(string(), array(string())).optional(),
    deleted: array(string()).default([]),
    expect: object({ verdict: _enum(['pass', 'fail', 'needs-signoff']), signoff: _enum(['not-required', 'pending', 'approved', 'rejected']) }),
});
const HEAD_SHA = '4f2c9e1b7d3a8c6e5f0a1b2c3d4e5f6a7b8c9d0e';
const BASE_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
async function demoCommand(dir, options) {
    const siteDir = join(dir, 'site');
    const site = fsTree(siteDir, 'examples/site');
    const lines = [];
    const now = options.now ? { now: options.now } : {};
    lines.push(heading('copydesk demo · the whole example site, checked as it is', options.color));
    const sitePolicy = await loadPolicy(site);
    const whole = await checkAsIs(site, sitePolicy, null, { failOn: 'error', ...now });
    lines.push(toText(whole, { color: options.color }));
    const outDir = options.outDir ?? '.copydesk-out';
    await mkdir(outDir, { recursive: true });
    const reports = [];
    let ok = true;
    const scenariosDir = join(dir, 'scenarios');
    for (const name of (await readdir(scenariosDir)).sort()) {
        const scenario = scenarioSchema.parse(distExports.parse(await readFile(join(scenariosDir, name, 'scenario.yml'), 'utf8')));
        const headDir = join(scenariosDir, name, 'head');
        const overlay = fsTree(headDir);
        const changedPaths = (await overlay.list?.()) ?? [];
        const head = overlayTree(site, overlay, scenario.deleted);
        const files = [
            ...(await Promise.all(changedPaths.map(async (path) => ({ path, status: ((await site.read(path)) ? 'modified' : 'added') })))),
            ...scenario.deleted.map((path) => ({ path, status: 'removed' })),
        ];
        const report = await runCheck({
            base: site,
            head,
            policy: sitePolicy,
            files,
            filter: 'added',
            failOn: 'error',
            ...now,
            signoff: {
                author: scenario.pull_request.author,
                headSha: HEAD_SHA,
                reviews: scenario.reviews.map((r, i) => ({
                    login: r.login,
                    state: r.state,
                    commitId: r.on === 'head' ? HEAD_SHA : BASE_SHA,
                    submittedAt: new Date(Date.UTC(2026, 10, 24, 9, i)).toISOString(),
                })),
                teamMembers: scenario.teams ?? null,
                positioningStableSince: [],
                labels: scenario.pull_request.labels,
                body: scenario.pull_request.body,
            },
            meta: { base: BASE_SHA, head: HEAD_SHA, repository: 'acme/website', pullRequest: scenario.pull_request.number, serverUrl: 'https://github.com' },
        });
        const met = report.verdict === scenario.expect.verdict && report.signoff.state === scenario.expect.signoff;
        ok &&= met;
        reports.push({ name, report, expected: scenario.expect });
        const comment = toComment(report, { marker: MARKER, headSha: HEAD_SHA, serverUrl: 'https://github.com', repository: 'acme/website' });
        const commentPath = join(outDir, `${name}.comment.md`);
        await writeFile(commentPath, comment);
        lines.push('');
        lines.push(heading(`scenario ${name} · ${scenario.title}`, options.color));
        lines.push(toText(report, { color: options.color }));
        lines.push(`${met ? '✔' : '✖'} expected verdict \`${scenario.expect.verdict}\`, sign-off \`${scenario.expect.signoff}\`; got \`${report.verdict}\`, \`${report.signoff.state}\` · comment: ${commentPath}`);
    }
    if (!reports.length)
        throw new CopydeskError(`no scenarios found in ${scenariosDir}`);
    lines.push('');
    lines.push(ok ? 'All scenarios behaved as expected.' : 'Some scenarios did not behave as expected (see ✖ above).');
    return { output: lines.join('\n'), ok, reports };
}
/** The head of a scenario: its own files first, then the site's, minus what the scenario deletes. */
function overlayTree(base, overlay, deleted) {
    const gone = new Set(deleted);
    return {
        label: 'scenario head',
        async read(path) {
            if (gone.has(path))
                return null;
            return (await overlay.read(path)) ?? base.read(path);
        },
    };
}
function heading(text, color) {
    const line = `── ${text} ${'─'.repeat(Math.max(0, 78 - text.length))}`;
    return color ? `\u001b[1m${line}\u001b[22m` : line;
}

// The exit code of `copydesk check`, as the Action decides its verdict: 1 when a finding reaches `fail-on`,
// else 0; 2 when copydesk could not do its job (usage, config, or a file it could not read).
/**
 * Files copydesk could not read (binary, not UTF-8, too large, a read that failed): an input error, whatever
 * `fail-on` says, because nobody has checked what they say. One `path: why` line each.
 */
function inputErrors(report) {
    const out = [];
    for (const file of report.files) {
        if (file.error !== undefined) {
            out.push(`${file.path}: ${file.error}`);
            continue;
        }
        const unread = [...file.findings, ...file.preExisting].find((f) => f.category === 'input' && f.severity === 'error');
        if (unread)
            out.push(`${file.path}:${unread.line}:${unread.column}: ${unread.message}`);
    }
    return out;
}
function exitCode(report, failOn) {
    if (inputErrors(report).length)
        return 2;
    return report.files.some((file) => file.findings.some((f) => reachesFailOn(f.severity, failOn))) ? 1 : 0;
}

// `copydesk check --fix` / `--fix-dry-run`: applies the findings' exact replacements (`Finding.fix`) to the
// files as stored. Only the replaced ranges change: line endings, a BOM, trailing spaces and every other
// byte stay as they were, so a fix never shows up in a diff as anything but the words it swaps.
const BOM = '\uFEFF';
// Keeps a BOM in the text (ignoreBOM), so writing the text back writes the BOM back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Applies each finding's `fix` to `source` (the text as copydesk read it, BOM stripped). Fixes are taken in
 * reading order (start, then end, then the order given); one that overlaps a fix already taken is left for
 * the next run, so the outcome never depends on how the findings were listed.
 */
function applyFixes(source, findings) {
    const starts = computeLineStarts(source);
    const offset = (line, column) => {
        const lineStart = starts[line - 1];
        if (lineStart === undefined || column < 1)
            return null;
        const lineEnd = line < starts.length ? starts[line] : source.length;
        const at = lineStart + column - 1;
        return at <= lineEnd ? at : null;
    };
    const edits = [];
    let skipped = 0;
    findings.forEach((finding, order) => {
        if (!finding.fix)
            return;
        const start = offset(finding.fix.line, finding.fix.column);
        const end = offset(finding.fix.endLine, finding.fix.endColumn);
        if (start === null || end === null || end < start)
            skipped++;
        else
            edits.push({ start, end, text: finding.fix.text, order });
    });
    edits.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    let out = '';
    let at = 0;
    let applied = 0;
    for (const edit of edits) {
        // Touching ranges are fine; an insertion at the very end of the previous edit is not (its order would be ambiguous).
        if (edit.start < at || (applied > 0 && edit.start === at && edit.start === edit.end)) {
            skipped++;
            continue;
        }
        out += source.slice(at, edit.start) + edit.text;
        at = edit.end;
        applied++;
    }
    return { text: out + source.slice(at), applied, skipped };
}
/**
 * The fixes a report offers, per file under `root` (the folder report paths are relative to). Suppressed
 * findings are never fixed: the writer chose to keep those words. Files that cannot be read as UTF-8 are left alone.
 * `read` gives a file's bytes (standard input stands in for the file with `--stdin`).
 */
async function planFixes(report, root, read = (path) => readFile(join(root, path))) {
    const out = [];
    for (const file of report.files) {
        const findings = [...file.findings, ...file.preExisting].filter((f) => f.fix && !f.suppressed);
        if (!findings.length)
            continue;
        let before;
        try {
            before = decoder.decode(await read(file.path));
        }
        catch {
            continue;
        }
        const bom = before.startsWith(BOM) ? BOM : '';
        const fixed = applyFixes(before.slice(bom.length), findings);
        const after = bom + fixed.text;
        if (after !== before)
            out.push({ path: file.path, before, after, applied: fixed.applied, skipped: fixed.skipped });
    }
    return out;
}
async function writeFixes(fixes, root) {
    for (const fix of fixes)
        await writeFile(join(root, fix.path), fix.after);
}
/** A unified diff of what `--fix` would write (`a/PATH` → `b/PATH`, as git prints it). */
function fixesDiff(fixes) {
    return fixes.map((fix) => createTwoFilesPatch(`a/${fix.path}`, `b/${fix.path}`, fix.before, fix.after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '')).join('');
}

// What `copydesk --help` and `copydesk COMMAND --help` print: every flag in one line. The README's CLI
// section says the same (test/cli/help.test.ts keeps them from drifting).
const COMMANDS = {
    check: {
        usage: 'copydesk check [PATH...] [options]',
        summary: 'Checks content files as they are (PATH... or every content file), or what changed between two git refs (--base).',
        flags: [
            ['--base REF', 'check what changed since REF (policy is read at REF), positioning changes and sign-off included'],
            ['--head REF', 'the other end of the change (needs --base; default: the working tree, untracked files included)'],
            ['--config FILE', 'config file to use instead of .github/copydesk.yml (or copydesk.yml) found from the checked folder'],
            ['--format text|json|sarif|markdown', 'report format on stdout (default text)'],
            ['--fail-on error|warning|never', 'exit 1 when a finding reaches this severity (default: config `fail-on`, else error)'],
            ['--filter added|file|nofilter', 'with --base: which findings count: on changed lines (default), whole changed files, or every content file'],
            ['--fix', 'apply the exact replacements findings offer, in place; then report what is left'],
            ['--fix-dry-run', 'print the replacements --fix would make as a unified diff; write nothing'],
            ['--stdin', 'read the content to check from standard input (needs --stdin-filename)'],
            ['--stdin-filename PATH', 'check the standard input as if it were the file PATH (config, content type, report path)'],
            ['--explain-context', 'print the site context the checks read (publisher, competitors, page kinds) instead of findings'],
            ['--cache', 'reuse the results of files that did not change since the last run (same policy, same copydesk version)'],
            ['--cache-location PATH', 'the cache folder (with --cache or --llm; default .copydeskcache/ in the working folder; the LLM\'s answers in PATH/llm/)'],
            ['--concurrency N', 'threads parsing (and, without --base, checking) pages side by side: `auto` (default; one per core, at most 4, from 200 files), `off`, or a number'],
            ['--shard K/N', 'check only shard K of N (1-based) of the content files, for parallel CI jobs; join the JSON reports with `copydesk merge`'],
            ['--llm', 'add the LLM second opinion (OPENAI_API_KEY, OPENAI_BASE_URL from the environment; no request without a key)'],
            ['--llm-model NAME', 'the model for --llm (default: config `llm.model`, else gpt-4.1-mini)'],
            ['-h, --help', 'show this help'],
        ],
    },
    merge: {
        usage: 'copydesk merge REPORT.json... [options]',
        summary: 'Joins the JSON reports of `check --shard K/N --format json` (all N of them) into the report the unsharded run gives.',
        flags: [
            ['--format text|json|sarif|markdown', 'report format on stdout (default text)'],
            ['--fail-on error|warning|never', 'exit 1 when a finding reaches this severity (default: the shards\' fail-on)'],
            ['-h, --help', 'show this help'],
        ],
    },
    owners: {
        usage: 'copydesk owners PATH...',
        summary: 'Prints the owners CODEOWNERS assigns to each path (`PATH<TAB>@owner @owner`), as GitHub reads it; warns about paths that do not exist.',
        flags: [['-h, --help', 'show this help']],
    },
    demo: {
        usage: 'copydesk demo [DIR]',
        summary: 'Runs the bundled example (DIR, default `examples`): the whole site, then each pull request scenario; comments go to .copydesk-out/.',
        flags: [['-h, --help', 'show this help']],
    },
    lsp: {
        usage: 'copydesk lsp',
        summary: 'Runs a language server over stdio: diagnostics on open and change, quick fixes for exact replacements (for VS Code, Neovim and other LSP clients).',
        flags: [['-h, --help', 'show this help']],
    },
    init: {
        usage: 'copydesk init [--force]',
        summary: 'Writes a starter .github/copydesk.yml and strategy/positioning.md, and prints the CODEOWNERS lines to add.',
        flags: [
            ['--force', 'overwrite files that already exist'],
            ['-h, --help', 'show this help'],
        ],
    },
    'test-rules': {
        usage: 'copydesk test-rules [RULE_FILE...]',
        summary: "Runs the `examples:` of the repository's rule files (default: those the config lists) and reports each failing example at file:line.",
        flags: [
            ['--config FILE', 'config file that lists the rule files (default: .github/copydesk.yml or copydesk.yml)'],
            ['-h, --help', 'show this help'],
        ],
    },
};
const EXIT = 'Exit codes: 0 nothing reaches fail-on · 1 a finding reaches fail-on (a failing example for test-rules) · 2 usage, config or input error.';
const USAGE = `copydesk ${VERSION} — the copy desk for marketing content in git

Usage:
${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}
  copydesk --version

Run \`copydesk COMMAND --help\` for a command's options.

${EXIT}`;
function commandHelp(name) {
    const command = COMMANDS[name];
    if (!command)
        return USAGE;
    const width = Math.max(...command.flags.map(([flag]) => flag.length));
    return [`Usage: ${command.usage}`, '', command.summary, '', 'Options:', ...command.flags.map(([flag, meaning]) => `  ${flag.padEnd(width)}  ${meaning}`), '', EXIT].join('\n');
}

// What `copydesk init` learns from the repository's own pages: the publisher and the competitors the site
// context finds across every content file, written into the starter config. A pull request's check derives
// the site context from the files it changes, which may not name the publisher often enough or include a
// comparison page; the config carries what the whole site says, and an admin can correct it.
/**
 * The site context of the tree's content files, under the starter config's `content.include`; `within`: only
 * the files below that folder (a site kept in a subfolder of a larger repository, `website/`).
 */
async function findSite(tree, starterConfig, artifactPath, within = '') {
    const config = configSchema.parse(distExports.parse(starterConfig));
    const isContent = contentMatcher(config, artifactPath);
    const paths = ((await tree.list?.()) ?? []).filter((path) => path.startsWith(within) && isContent(path));
    if (paths.length === 0)
        return { files: 0, publisher: null, competitors: [] };
    const { site } = await runContext(tree, paths, config);
    return { files: paths.length, publisher: site.publisher, competitors: site.competitors };
}
/** A YAML flow list of names: each quoted as JSON (a YAML double-quoted scalar), whatever it holds. */
function flowList(names) {
    return `[${names.map((n) => JSON.stringify(n)).join(', ')}]`;
}
/** The starter config's `claims:` lines with what the pages say filled in (left commented when nothing was found). */
function claimsLines(found) {
    const publisher = found.publisher
        ? `  # The name the site publishes under and its other spellings, as your pages use them (check it).\n  publisher: ${flowList([found.publisher.name, ...found.publisher.aliases])}`
        : `  # The name the site publishes under and its other spellings (found from the pages when unset).\n  # publisher: [Your product]`;
    const competitors = `  # Competitor names, added to those found on comparison pages${found.competitors.length > 0 ? ' (these were found on yours)' : ''}.\n  competitors: ${flowList(found.competitors.map((c) => c.name))}`;
    return `claims:\n${publisher}\n${competitors}`;
}

// `copydesk init`: the two files a repository needs to start, and the CODEOWNERS lines that make
// strategy owners sign off. Existing files are never overwritten unless asked (`--force`).
/** The config schema at the moving `v1` tag, as the README gives it: editors (yaml-language-server) autocomplete from it. */
const SCHEMA_URL = 'https://github.com/acme/copydesk/raw/v1/schema/copydesk.schema.json';
const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}
# copydesk policy: what counts as content, which rules apply, who signs off positioning.
# copydesk reads this file at the pull request's base commit, so a PR cannot loosen the rules it is checked
# against. Every key is optional; the commented values are the defaults or examples. Reference:
# https://github.com/acme/copydesk#configuration-reference

content:
  include: ["**/*.md", "**/*.mdx"]
  # exclude: ["content/**/_drafts/**"]

# Rule packs: \`recommended\` ships with copydesk; add your own rule files (with \`examples:\`, run them with
# \`copydesk test-rules\`).
rules:
  - recommended
  # - rules/house.yml

# Which findings make \`copydesk check\` exit 1: error, warning or never (the Action has its own \`fail-on\` input).
# fail-on: error

# Frontmatter fields every content file must have.
# required-fields: [owner, type]

@claims@
  # Unsourced claims per kind: error, warning, info or off.
  # severity:
  #   statistic: error
  #   comparison: warning

positioning:
  # The positioning artifact (see strategy/positioning.md) and the fields that carry positioning on every page.
  artifact: strategy/positioning.md
  # fields: [tagline, hero]
  # Strategy owners; empty: the CODEOWNERS owners of the artifact.
  # owners: ["@your-org/strategy"]
`;
/** Where the `claims:` block goes in the template. */
const CLAIMS = '@claims@';
/** The starter config, with what the pages say about the publisher and competitors (see init-site.ts). */
function starterConfig(found = { files: 0, publisher: null, competitors: [] }) {
    return CONFIG_TEMPLATE.replace(CLAIMS, claimsLines(found));
}
const STARTER_ARTIFACT = `---
# The company's positioning: what copydesk compares every content change against. Fill in and uncomment;
# a change to a page that touches these statements needs a strategy owner's sign-off.
# Format: https://github.com/acme/copydesk#the-positioning-artifact
company: Your company
# category: the category you claim
# taglines:
#   - "Your approved tagline."
# value-propositions:
#   - "What you do, for whom, and why it matters."
# differentiators:
#   - "What sets you apart."
# pricing:
#   - "$29 per seat per month."
# terms: [protected-term]
# protected-fields: [tagline, hero]
# positioning-types: [homepage, pricing]
---
# Positioning

The narrative for people: who the product is for, what we say and what we never say. copydesk reads only
the frontmatter above.
`;
const CODEOWNERS_LINES = `/strategy/              @your-org/strategy
/.github/copydesk.yml   @your-org/strategy`;
const ARTIFACT_PATH = 'strategy/positioning.md';
function foundLine(found) {
    const publisher = found.publisher ? `the publisher \`${found.publisher.name}\`` : 'no publisher';
    const competitors = found.competitors.length === 1 ? '1 competitor' : `${found.competitors.length} competitors`;
    return `read ${found.files} content files: ${publisher} and ${competitors} written to \`claims\` in .github/copydesk.yml (check them: a pull request's check reads only the files it changes)`;
}
async function initCommand(root, options) {
    const kept = [];
    const written = [];
    const configPath = '.github/copydesk.yml';
    const writesConfig = options.force || !(await pathExists(join(root, configPath)));
    // (the pages are read only when the config is written: a kept config is the admin's own)
    const found = writesConfig ? await findSite(fsTree(root), starterConfig(), ARTIFACT_PATH) : null;
    const files = [
        [configPath, starterConfig(found ?? undefined)],
        [ARTIFACT_PATH, STARTER_ARTIFACT],
    ];
    for (const [path, text] of files) {
        const absolute = join(root, path);
        if (!options.force && (await pathExists(absolute))) {
            kept.push(path);
            continue;
        }
        await mkdir(dirname(absolute), { recursive: true });
        await writeFile(absolute, text);
        written.push(path);
    }
    const lines = [
        ...written.map((p) => `wrote ${p}`),
        ...(found && found.files > 0 ? [foundLine(found)] : []),
        ...kept.map((p) => `kept ${p}: it already exists (run \`copydesk init --force\` to overwrite it)`),
        '',
        'Add these lines to .github/CODEOWNERS (with your strategy team) so changes to positioning and policy need its review:',
        '',
        CODEOWNERS_LINES,
    ];
    return { output: lines.join('\n'), kept, written };
}

// `copydesk merge`: the JSON reports of `check --shard K/N` joined into the report the unsharded run gives —
// the same JSON byte for byte, so the same text, markdown and SARIF. Every shard derived the site context
// from the whole run and loaded the same policy, so the run-wide parts must agree; the file reports are
// put back in the unsharded run's order. A set that cannot give that report is refused, never guessed at.
const shardSchema = object({
    index: number().int().min(1),
    total: number().int().min(1),
    copydesk: string(),
    paths: array(string()),
});
/** Run-wide parts every shard computes alike; a difference means the reports are not from one run. */
const SHARED = ['version', 'ruleset', 'failOn', 'positioning', 'signoff', 'site', 'llm', 'meta'];
const HINT = 'Merge the N reports of one run: `copydesk check --shard K/N --format json` for K = 1..N, same commit, same config, same copydesk.';
function mergeShardReports(inputs, options) {
    const shards = inputs.map(parse);
    const first = shards[0];
    if (!first)
        throw new CopydeskError('merge needs the shard reports', HINT);
    const { total, paths } = first.info;
    for (const shard of shards) {
        if (shard.info.copydesk !== options.version) {
            throw new CopydeskError(`${shard.name} was written by copydesk ${shard.info.copydesk}; this is copydesk ${options.version}`, 'Merge with the copydesk version that checked the shards.');
        }
        if (shard.info.total !== total)
            throw new CopydeskError(`${shard.name} is shard ${shard.info.index}/${shard.info.total}, but ${first.name} is one of ${total}`, HINT);
        if (!isDeepStrictEqual(shard.report.ruleset, first.report.ruleset)) {
            throw new CopydeskError(`${shard.name} was checked under policy ${shard.report.ruleset.version}, ${first.name} under ${first.report.ruleset.version}`, HINT);
        }
        if (!isDeepStrictEqual(shard.info.paths, paths))
            throw new CopydeskError(`${shard.name} and ${first.name} list different files for the run`, HINT);
    }
    const seen = new Map();
    for (const shard of shards) {
        const other = seen.get(shard.info.index);
        if (other !== undefined)
            throw new CopydeskError(`shard ${shard.info.index}/${total} is given twice (${other} and ${shard.name})`, HINT);
        seen.set(shard.info.index, shard.name);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((k) => !seen.has(k));
    if (missing.length)
        throw new CopydeskError(`missing shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${total}`).join(', ')}`, HINT);
    for (const key of SHARED) {
        for (const shard of shards) {
            if (key === 'failOn' && options.failOn)
                continue;
            if (!isDeepStrictEqual(shard.report[key], first.report[key]))
                throw new CopydeskError(`${shard.name} and ${first.name} differ in \`${key}\`: they are not shards of one run`, HINT);
        }
    }
    const order = new Map(paths.map((path, i) => [path, i]));
    const owner = new Map();
    const files = [];
    for (const shard of shards) {
        for (const file of shard.report.files) {
            const position = order.get(file.path);
            if (position === undefined)
                throw new CopydeskError(`${shard.name} reports \`${file.path}\`, which is not among the run's files`, HINT);
            const other = owner.get(file.path);
            if (other !== undefined)
                throw new CopydeskError(`\`${file.path}\` is in two shards (${other} and ${shard.name})`, HINT);
            if (shardOf(file.path, total) !== shard.info.index)
                throw new CopydeskError(`\`${file.path}\` belongs to shard ${shardOf(file.path, total)}/${total}, not ${shard.name}'s ${shard.info.index}/${total}`, HINT);
            owner.set(file.path, shard.name);
            files.push(file);
        }
    }
    files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    // Notices: the run's own (alike in every shard), then one per skipped file in file order, as the engine writes them.
    const skipNotice = (file) => (file.skipped === undefined ? null : `\`${file.path}\`: ${file.skipped}`);
    const runNotices = (shard) => {
        const own = new Set(shard.report.files.map(skipNotice).filter((n) => n !== null));
        return shard.report.notices.filter((n) => !own.has(n));
    };
    const notices = runNotices(first);
    for (const shard of shards) {
        if (!isDeepStrictEqual(runNotices(shard), notices))
            throw new CopydeskError(`${shard.name} and ${first.name} differ in their notices: they are not shards of one run`, HINT);
    }
    notices.push(...files.map(skipNotice).filter((n) => n !== null));
    const suppressions = shards
        .flatMap((shard) => shard.report.suppressions ?? [])
        .sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    const failOn = options.failOn ?? first.report.failOn;
    const { shard: _shard, ...rest } = first.report;
    return {
        ...rest,
        verdict: decideVerdict(files, first.report.signoff, failOn),
        files,
        failOn,
        notices,
        ...(suppressions.length ? { suppressions } : {}),
    };
}
function parse(input) {
    let value;
    try {
        value = JSON.parse(input.text);
    }
    catch (error) {
        throw new CopydeskError(`${input.name} is not JSON (${error.message})`, HINT);
    }
    const report = value;
    if (typeof report !== 'object' || report === null || report.version !== 1 || !Array.isArray(report.files) || !Array.isArray(report.notices)) {
        throw new CopydeskError(`${input.name} is not a copydesk JSON report`, HINT);
    }
    const info = shardSchema.safeParse(report.shard);
    if (!info.success)
        throw new CopydeskError(`${input.name} is not a shard report: it has no \`shard\` (run \`copydesk check --shard K/N --format json\`)`, HINT);
    if (info.data.index > info.data.total)
        throw new CopydeskError(`${input.name} says it is shard ${info.data.index}/${info.data.total}`, HINT);
    return { name: input.name, report, info: info.data };
}

// `copydesk merge REPORT.json...`: the shards' JSON reports in, the unsharded run's report out.
async function mergeCommand(files, options) {
    const inputs = await Promise.all(files.map(async (name) => {
        try {
            return { name, text: await readFile(name, 'utf8') };
        }
        catch (error) {
            throw new CopydeskError(`cannot read the shard report ${name}: ${error.message}`);
        }
    }));
    const report = mergeShardReports(inputs, { version: VERSION, ...(options.failOn ? { failOn: options.failOn } : {}) });
    return { output: render(report, options.format, options.color), report, failOn: report.failOn };
}

// `copydesk owners PATH...`: what CODEOWNERS assigns to each path, read as GitHub reads it.
/** `exists`: whether a path is in the repository; a path that is not is still answered (CODEOWNERS may cover it), with a warning. */
async function ownersCommand(tree, paths, exists) {
    const found = await findCodeowners(async (path) => {
        const bytes = await tree.read(path);
        return bytes === null ? null : decodeText(bytes);
    });
    const parsed = found ? parseCodeowners(found.text, found.path) : null;
    const warnings = [
        ...(found ? found.notes : ['No CODEOWNERS file in .github/, the root or docs/: every path is unowned.']),
        ...(parsed?.problems.map((p) => `${p.file}:${p.line}: ${p.message} (skipped, as GitHub does)`) ?? []),
    ];
    // A typo in a path would otherwise print a plausible owners line for a file nobody has.
    if (exists)
        for (const path of paths)
            if (!(await exists(path)))
                warnings.push(`\`${path}\` does not exist in the repository; its owners line says who would own it.`);
    const lines = paths.map((path) => formatOwnersLine(path, parsed ? ownersOf(parsed, path) : []));
    return { output: lines.join('\n'), warnings };
}

// The progress line of a long `copydesk check`: one line on stderr, rewritten in place, only when stderr is a
// terminal and the run is long enough to wonder about. Piped or in CI, nothing: logs stay clean.
/** Runs over this many files show progress. */
const PROGRESS_THRESHOLD = 200;
/** `checking 120/500 files (24%) content/blog/x.md`, cut to `width` characters. */
function progressLine(done, total, path, width = 80) {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    const line = `copydesk: checking ${done}/${total} files (${percent}%) ${path}`;
    return line.length > width - 1 ? `${line.slice(0, Math.max(0, width - 2))}…` : line;
}
/**
 * A tick function for `total` files, or one that does nothing when `sink` is not a terminal or the run is
 * small. `done()` erases the line so the report starts on a clean screen.
 */
function createProgress(sink, total, options = {}) {
    const threshold = options.threshold ?? PROGRESS_THRESHOLD;
    if (!sink.isTTY || total <= threshold)
        return { tick: () => { }, done: () => { } };
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? 100;
    let count = 0;
    let last = -Infinity;
    let shown = false;
    return {
        tick(path) {
            count++;
            const at = now();
            // Redrawing on every file would cost more than the check on a fast disk: at most ten times a second.
            if (at - last < interval && count < total)
                return;
            last = at;
            shown = true;
            sink.write(`\r${progressLine(count, total, path, sink.columns ?? 80)}\u001b[K`);
        },
        done() {
            if (shown)
                sink.write('\r\u001b[K');
        },
    };
}

// `copydesk test-rules [RULE_FILE...]`: a house rule pack proves its own `examples:` the way the shipped pack
// does in its tests: every `bad` sentence is flagged by its rule, every `good` one by no rule of the pack.
// A failing example is reported at its line in the rule file, so the writer fixes the rule or the example.
/** `files`: repository paths of rule files; empty, the rule files the config lists (shipped packs excluded). */
async function testRulesCommand(root, files, policyOptions = {}) {
    let paths = files;
    if (!paths.length) {
        const { policy } = await loadPolicy(fsTree(root, 'working tree'), policyOptions);
        paths = policy.config.rules.filter((entry) => !builtinPackNames().includes(entry));
        if (!paths.length)
            return { output: 'No rule files of your own in the config (`rules`): nothing to test.', failures: [], examples: 0 };
    }
    const failures = [];
    let examples = 0;
    const lines = [];
    for (const path of paths) {
        let text;
        try {
            text = await readFile(join(root, path), 'utf8');
        }
        catch {
            throw new CopydeskError(`rule file \`${path}\` cannot be read`);
        }
        const { pack, problems } = parseRulePack(text, path);
        if (!pack)
            throw new CopydeskError(`rule file \`${path}\` is invalid:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
        const result = runExamples(pack, text, path);
        examples += result.examples;
        failures.push(...result.failures);
        lines.push(`${result.failures.length ? '✖' : '✔'} ${path}: ${result.examples} example${result.examples === 1 ? '' : 's'}, ${result.failures.length} failing`);
    }
    for (const failure of failures)
        lines.push(`${failure.file}:${failure.line}: ${failure.message}`);
    return { output: lines.join('\n'), failures, examples };
}
/** Repository path of a rule file named on the command line. */
function ruleFilePath(root, cwd, file) {
    const rel = relative(root, resolve(cwd, file)).split(sep).join('/');
    if (rel.startsWith('..'))
        throw new CopydeskError(`\`${file}\` is outside the repository at ${root}`);
    return rel;
}
function runExamples(pack, text, file) {
    const where = exampleLines(text);
    const config = configSchema.parse({});
    const failures = [];
    let examples = 0;
    pack.rules.forEach((rule, index) => {
        const local = rule.id.slice(rule.id.indexOf('/') + 1);
        const lineOf = (kind, i) => where.get(`${local}\u0000${kind}\u0000${i}`) ?? where.get(`#${index}\u0000${kind}\u0000${i}`) ?? rule.line;
        rule.examples?.bad.forEach((sentence, i) => {
            examples++;
            const found = findingsFor(rule, sentence, pack, config);
            if (!found.some((f) => f.ruleId === rule.id))
                failures.push({ file, line: lineOf('bad', i), message: `\`${rule.id}\` does not flag its bad example ${JSON.stringify(sentence)}` });
        });
        rule.examples?.good.forEach((sentence, i) => {
            examples++;
            const found = findingsFor(rule, sentence, pack, config);
            for (const f of found)
                failures.push({ file, line: lineOf('good', i), message: `good example ${JSON.stringify(sentence)} of \`${rule.id}\` is flagged by \`${f.ruleId}\` at \`${f.text}\`` });
        });
    });
    return { examples, failures };
}
/** Findings of the pack's rules on a one-sentence file where `rule` applies: its first content type, field and path. */
function findingsFor(rule, sentence, pack, config) {
    const front = [];
    if (rule.scope.types[0])
        front.push(`type: ${JSON.stringify(rule.scope.types[0])}`);
    const field = rule.scope.fields.find((f) => f !== 'body');
    let source;
    if (field && !rule.scope.fields.includes('body')) {
        front.push(...nested(field, JSON.stringify(sentence)));
        source = `---\n${front.join('\n')}\n---\n\nBody.\n`;
    }
    else {
        source = `${front.length ? `---\n${front.join('\n')}\n---\n\n` : ''}${sentence}\n`;
    }
    const doc = parseDocument(pathFor(rule), source);
    const type = doc.frontmatter[config['type-field']];
    const contentType = typeof type === 'string' ? type : null;
    return findBannedClaims({ doc, policy: { config, packs: [pack], approvedSources: null }, contentType, typePolicy: null });
}
/** `hero.title` → `hero:\n  title: value` (list markers `[]` and wildcards dropped: the first entry stands for all). */
function nested(field, value) {
    const keys = field.split('.').map((k) => k.replace(/\[\]$/, '')).filter((k) => k !== '*' && k !== '[]');
    return keys.map((key, depth) => `${'  '.repeat(depth)}${key}:${depth === keys.length - 1 ? ` ${value}` : ''}`);
}
/** A path the rule's first path glob matches (`content/blog/**` → `content/blog/page.md`). */
function pathFor(rule) {
    const glob = rule.scope.paths[0];
    if (!glob)
        return 'content/page.md';
    const path = glob.replace(/\*\*\/?/g, '').replace(/\*/g, 'page').replace(/\{([^,}]*)[^}]*\}/g, '$1').replace(/\/$/, '');
    return /\.mdx?$/.test(path) ? path : `${path ? `${path}/` : ''}page.md`;
}
/** Line of each example in the rule file: keyed by rule id (and by index, for a rule whose id is not a plain string). */
function exampleLines(text) {
    const out = new Map();
    const counter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter: counter });
    const rules = doc.get('rules', true);
    if (!distExports.isSeq(rules))
        return out;
    rules.items.forEach((item, index) => {
        if (!distExports.isMap(item))
            return;
        const id = item.get('id');
        const examples = item.get('examples', true);
        if (!distExports.isMap(examples))
            return;
        for (const kind of ['bad', 'good']) {
            const list = examples.get(kind, true);
            if (!distExports.isSeq(list))
                continue;
            list.items.forEach((node, i) => {
                const offset = node.range?.[0];
                if (offset === undefined)
                    return;
                const line = counter.linePos(offset).line;
                out.set(`#${index}\u0000${kind}\u0000${i}`, line);
                if (typeof id === 'string')
                    out.set(`${id}\u0000${kind}\u0000${i}`, line);
            });
        }
    });
    return out;
}

function named(name) {
    const aliases = name.aliases.length > 0 ? ` (also ${name.aliases.map((a) => `\`${a}\``).join(', ')})` : '';
    return `\`${name.name}\`${aliases} — from ${name.from}`;
}
function explainSiteContext(site) {
    const lines = ['Site context', ''];
    lines.push(`Publisher: ${site.publisher ? named(site.publisher) : 'none found (set `claims.publisher` in the config)'}`);
    lines.push('');
    lines.push(`Competitors (${site.competitors.length}):${site.competitors.length === 0 ? ' none (set `claims.competitors`, or add comparison pages)' : ''}`);
    for (const c of site.competitors)
        lines.push(`  - ${named(c)}`);
    lines.push('');
    lines.push(`Pages (${site.pages.length}):`);
    for (const page of site.pages) {
        const own = page.competitors.length > 0 ? `; compares with ${page.competitors.map((c) => `\`${c.name}\``).join(', ')}` : '';
        lines.push(`  - ${page.path}: ${page.kind} (from ${page.kindFrom})${own}`);
    }
    return lines.join('\n') + '\n';
}

// The CLI shell: parse arguments, call a command, print, exit 0/1/2 as the contract says.
const HELP = { help: { type: 'boolean', short: 'h', default: false } };
async function main(argv, io) {
    const [command, ...rest] = argv;
    const color = io.isTTY && !process.env['NO_COLOR'];
    try {
        switch (command) {
            case 'check': {
                const { values, positionals } = parseArgs({
                    args: rest,
                    allowPositionals: true,
                    options: {
                        ...HELP,
                        base: { type: 'string' },
                        head: { type: 'string' },
                        config: { type: 'string' },
                        format: { type: 'string', default: 'text' },
                        'fail-on': { type: 'string' },
                        filter: { type: 'string' },
                        fix: { type: 'boolean', default: false },
                        'fix-dry-run': { type: 'boolean', default: false },
                        stdin: { type: 'boolean', default: false },
                        'stdin-filename': { type: 'string' },
                        'explain-context': { type: 'boolean', default: false },
                        cache: { type: 'boolean', default: false },
                        'cache-location': { type: 'string' },
                        shard: { type: 'string' },
                        concurrency: { type: 'string' },
                        llm: { type: 'boolean', default: false },
                        'llm-model': { type: 'string' },
                    },
                });
                if (values.help)
                    return help(io, 'check');
                const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown']);
                const failOn = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never']);
                const filter = values.filter === undefined ? undefined : oneOf('--filter', values.filter, ['added', 'file', 'nofilter']);
                if (values.head && !values.base)
                    throw new UsageError('--head needs --base');
                if (values.stdin !== (values['stdin-filename'] !== undefined))
                    throw new UsageError('--stdin and --stdin-filename PATH go together');
                if (values.stdin && (positionals.length || values.base))
                    throw new UsageError('--stdin checks one text: it takes no PATH and no --base');
                if (values['llm-model'] !== undefined && !values.llm)
                    throw new UsageError('--llm-model NAME goes with --llm');
                if (values.fix && values['fix-dry-run'])
                    throw new UsageError('--fix and --fix-dry-run exclude each other');
                // --fix writes the working tree; standard input has no file to write to (see the diff with --fix-dry-run).
                if (values.fix && (values.stdin || values.head))
                    throw new UsageError('--fix writes files in the working tree: it cannot take --stdin or --head (try --fix-dry-run)');
                if (values['cache-location'] !== undefined && !values.cache && !values.llm)
                    throw new UsageError('--cache-location PATH goes with --cache or --llm');
                const concurrency = values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency);
                const shard = values.shard === undefined ? undefined : parseShard(values.shard);
                if (typeof shard === 'string')
                    throw new UsageError(shard);
                // A change between two refs is small by nature; a shard splits a full check of the files as they are.
                if (shard && (values.base || values.stdin))
                    throw new UsageError('--shard splits a check of the files as they are: it cannot take --base or --stdin');
                // The model's answers, usage and notices belong to one run: shards of a reviewed run could not be merged
                // into the report one run gives.
                if (shard && values.llm)
                    throw new UsageError('--shard cannot take --llm: the LLM review is per run; review pull requests with --llm and audit the whole site in shards without it');
                const stdin = values.stdin ? { path: values['stdin-filename'], bytes: await (io.readStdin ?? readStdin)() } : undefined;
                let progress = null;
                const options = {
                    paths: positionals,
                    format: format,
                    ...(failOn ? { failOn } : {}),
                    ...(filter ? { filter } : {}),
                    ...(values.base ? { base: values.base } : {}),
                    ...(values.head ? { head: values.head } : {}),
                    ...(values.config ? { config: values.config } : {}),
                    ...(stdin ? { stdin } : {}),
                    ...(values.cache ? { cacheLocation: cacheLocation(io.cwd, values['cache-location']) } : {}),
                    ...(shard ? { shard } : {}),
                    threads: { ...(concurrency !== undefined ? { concurrency } : {}), ...(debugging('threads') ? { debug: (line) => io.stderr(`copydesk:threads ${line}`) } : {}) },
                    ...(debugging('cache') ? { debug: (line) => io.stderr(`copydesk:cache ${line}`) } : {}),
                    ...(values.llm ? { llm: llmOptions(values['llm-model'], cacheLocation(io.cwd, values['cache-location']), io.env ?? process.env) } : {}),
                    cwd: io.cwd,
                    color,
                    onFiles: (total) => {
                        progress = createProgress({ isTTY: Boolean(io.stderrTTY && io.stderrRaw), write: (s) => io.stderrRaw?.(s), ...(io.columns ? { columns: io.columns } : {}) }, total);
                        return progress.tick;
                    },
                };
                let result = await checkCommand(options);
                progress?.done();
                // The site context the checks read: publisher, competitors and page kinds, with where each came from.
                if (values['explain-context']) {
                    io.stdout(explainSiteContext(result.report.site ?? { publisher: null, competitors: [], pages: [] }));
                    return 0;
                }
                if (values['fix-dry-run'] || values.fix) {
                    const fixes = await planFixes(result.report, result.root, stdin ? async () => stdin.bytes : undefined);
                    if (values['fix-dry-run']) {
                        if (fixes.length)
                            io.stdout(fixesDiff(fixes));
                        io.stderr(`copydesk: ${count(fixes, 'fix')} in ${fixes.length} file${fixes.length === 1 ? '' : 's'} would be applied (dry run: nothing written).`);
                        return exitCode(result.report, result.failOn);
                    }
                    await writeFixes(fixes, result.root);
                    io.stderr(`copydesk: applied ${count(fixes, 'fix')} in ${fixes.length} file${fixes.length === 1 ? '' : 's'}.`);
                    // What is left after fixing is what the report and the exit code are about, as with ESLint's --fix.
                    if (fixes.length)
                        result = await checkCommand({ ...options, onFiles: undefined });
                }
                // With --llm an endpoint's error body may echo the key: what is printed goes through the run's redaction.
                const shown = (text) => (values.llm ? secrets.text(text) : text);
                const last = result.outputParts.at(-1) ?? '';
                if (io.stdoutRaw && last.endsWith('\n'))
                    for (const part of result.outputParts)
                        io.stdoutRaw(shown(part));
                else
                    io.stdout(shown(result.output));
                for (const notice of result.notices)
                    io.stderr(`copydesk: notice: ${notice}`);
                for (const problem of inputErrors(result.report))
                    io.stderr(`copydesk: input error: ${problem}`);
                return exitCode(result.report, result.failOn);
            }
            case 'merge': {
                const { values, positionals } = parseArgs({
                    args: rest,
                    allowPositionals: true,
                    options: { ...HELP, format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string' } },
                });
                if (values.help)
                    return help(io, 'merge');
                const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown']);
                const failOn = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never']);
                if (!positionals.length)
                    throw new UsageError('merge needs the shard reports: copydesk merge REPORT.json...');
                const result = await mergeCommand(positionals.map((p) => resolve(io.cwd, p)), { format, color, ...(failOn ? { failOn } : {}) });
                io.stdout(result.output);
                for (const problem of inputErrors(result.report))
                    io.stderr(`copydesk: input error: ${problem}`);
                return exitCode(result.report, result.failOn);
            }
            case 'owners': {
                const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...HELP } });
                if (values.help)
                    return help(io, 'owners');
                if (!positionals.length)
                    throw new UsageError('owners needs at least one PATH');
                const root = await gitRoot(io.cwd);
                const paths = positionals.map((p) => relative(root, resolve(io.cwd, p)).split(sep).join('/'));
                const { output, warnings } = await ownersCommand(fsTree(root), paths, (path) => pathExists(resolve(root, path)));
                for (const warning of warnings)
                    io.stderr(`warning: ${warning}`);
                io.stdout(output);
                return 0;
            }
            case 'demo': {
                const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...HELP } });
                if (values.help)
                    return help(io, 'demo');
                const result = await demoCommand(resolve(io.cwd, positionals[0] ?? 'examples'), { color });
                io.stdout(result.output);
                return result.ok ? 0 : 1;
            }
            case 'lsp': {
                // The language server speaks on stdout, so `--help` is the only flag it reads here.
                if (rest.includes('--help') || rest.includes('-h'))
                    return help(io, 'lsp');
                return await (await import('./server.js')).serveStdio();
            }
            case 'init': {
                const { values } = parseArgs({ args: rest, options: { ...HELP, force: { type: 'boolean', default: false } } });
                if (values.help)
                    return help(io, 'init');
                const result = await initCommand(await gitRoot(io.cwd), { force: values.force });
                if (result.kept.length) {
                    io.stderr(`copydesk: ${result.kept.map((p) => `\`${p}\``).join(' and ')} already exist${result.kept.length === 1 ? 's' : ''}: not overwritten (use --force to overwrite).`);
                }
                io.stdout(result.output);
                return result.kept.length ? 2 : 0;
            }
            case 'test-rules': {
                const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...HELP, config: { type: 'string' } } });
                if (values.help)
                    return help(io, 'test-rules');
                const root = await gitRoot(io.cwd);
                const policyOptions = values.config ? { configPath: ruleFilePath(root, io.cwd, values.config) } : {};
                const result = await testRulesCommand(root, positionals.map((p) => ruleFilePath(root, io.cwd, p)), policyOptions);
                io.stdout(result.output);
                return result.failures.length ? 1 : 0;
            }
            case '--version':
            case '-v':
                io.stdout(VERSION);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                io.stdout(rest[0] && command === 'help' ? commandHelp(rest[0]) : USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command \`${command}\``);
        }
    }
    catch (error) {
        if (error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')) {
            const which = command && commandHelp(command) !== USAGE ? commandHelp(command) : USAGE;
            io.stderr(`copydesk: ${error.message}\n\n${which}`);
            return 2;
        }
        if (error instanceof CopydeskError) {
            io.stderr(`copydesk: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
            return 2;
        }
        io.stderr(`copydesk: internal error (please report it): ${error.stack ?? String(error)}`);
        return 2;
    }
}
function help(io, command) {
    io.stdout(commandHelp(command));
    return 0;
}
function count(fixes, noun) {
    const n = fixes.reduce((sum, f) => sum + f.applied, 0);
    return `${n} ${noun}${n === 1 ? '' : 'es'}`;
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return new Uint8Array(Buffer.concat(chunks));
}
class UsageError extends Error {
}
/** `COPYDESK_DEBUG=cache` (comma-separated topics, or `*`): lines on stderr about what copydesk did. */
function debugging(topic) {
    const topics = (process.env['COPYDESK_DEBUG'] ?? '').split(',').map((t) => t.trim());
    return topics.includes(topic) || topics.includes('*');
}
/** `--concurrency auto|off|N` (ESLint's flag): threads parsing pages side by side. */
function parseConcurrency(value) {
    if (value === 'auto' || value === 'off')
        return value;
    if (/^[1-9]\d{0,2}$/.test(value))
        return Number(value);
    throw new UsageError(`--concurrency takes \`auto\`, \`off\` or a number of threads (1–999); got \`${value}\``);
}
/** `--llm`: the openai package's own environment variables, the model and the cache location. */
function llmOptions(model, cacheLocation, env) {
    const apiKey = env['OPENAI_API_KEY']?.trim();
    // Known to the run's redaction layer before anything can echo it.
    if (apiKey)
        secrets.add(apiKey);
    const baseURL = env['OPENAI_BASE_URL']?.trim();
    if (baseURL)
        secrets.addUrlCredentials(baseURL);
    return { ...(apiKey ? { apiKey } : {}), ...(baseURL ? { baseURL } : {}), ...(model ? { model } : {}), ...(cacheLocation ? { cacheLocation } : {}) };
}
function oneOf(flag, value, allowed) {
    if (value !== undefined && allowed.includes(value))
        return value;
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got \`${value}\``);
}
async function gitRoot(cwd) {
    const { execFile } = await import('node:child_process');
    return new Promise((done) => execFile('git', ['-C', cwd, 'rev-parse', '--show-toplevel'], (err, stdout) => done(err ? cwd : stdout.trim())));
}
// Run only when executed directly (dist/cli.js or bin/copydesk.js), not when imported by tests.
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked.endsWith(`${sep}cli.js`) || invoked.endsWith(`${sep}main.ts`) || invoked.endsWith(`${sep}copydesk.js`) || invoked.endsWith(`${sep}copydesk`)) {
    const stdout = slicedWriter(process.stdout);
    // Fail closed: a run that ends before main settles (an event loop left with nothing to wait on) exits 2, not 0.
    process.exitCode = 2;
    main(process.argv.slice(2), {
        stdout: (s) => stdout(s.endsWith('\n') ? s : `${s}\n`),
        stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
        cwd: process.cwd(),
        isTTY: Boolean(process.stdout.isTTY),
        stderrTTY: Boolean(process.stderr.isTTY),
        stderrRaw: (s) => process.stderr.write(s),
        stdoutRaw: stdout,
        columns: process.stderr.columns,
    }).then((code) => {
        process.exitCode = code;
    });
}

export { configRoot as a, checkAsIs as c, fsTree as f, main as m };
