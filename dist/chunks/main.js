import { join, sep, relative, resolve, dirname } from 'node:path';
import { promisify, parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { lstat, readlink, realpath, readFile, readdir, stat, mkdir, writeFile } from 'node:fs/promises';
import { c as contentMatcher, r as runCheck, a as renderSections, f as fullDetailContext, b as compareByPosition, d as blockingFindings, s as safePosition, e as shortSha, g as formatUtc, h as countReport, p as plural, i as describeReason, l as loadPolicy, C as CopydeskError, j as CONFIG_FALLBACKS, t as toSarif, k as toJson, V as VERSION, o as object, _ as _enum, m as array, n as record, q as string, u as number, v as distExports, w as toComment, M as MARKER, x as findCodeowners, y as parseCodeowners, z as formatOwnersLine, A as ownersOf, B as decodeText } from './sarif.js';
import 'node:crypto';

// A Tree is read access to one snapshot of the repository: the working directory, a git commit,
// or (in the Action) a commit read through the GitHub API. The engine never knows which.
const run$1 = promisify(execFile);
const SKIP_DIRS = new Set(['.git', 'node_modules']);
function fsTree(root, label = root) {
    let realRoot = null;
    return {
        label,
        async read(path) {
            try {
                const absolute = join(root, path);
                // A link (the file's own, or a folder's on the way) is followed only while it stays inside the root.
                realRoot ??= realpath(root);
                const [real, inside] = await Promise.all([realpath(absolute), realRoot]);
                if (real !== inside && !real.startsWith(inside.endsWith(sep) ? inside : `${inside}${sep}`))
                    return null;
                return new Uint8Array(await readFile(real));
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
                return (await lstat(absolute)).isSymbolicLink() ? await readlink(absolute) : null;
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
function isNotFound(error) {
    const code = error.code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
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
    });
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
        const row = `${where.padEnd(whereWidth)}  ${paint(sev)}  ${oneLine(finding.message)}${place}  ${c.dim(finding.ruleId)}`;
        lines.push(mode === 'normal' ? row : c.dim(stripStyles(row)));
        if (mode === 'suppressed' && finding.suppressed) {
            lines.push(c.dim(`    reason: ${oneLine(finding.suppressed.reason)} (line ${finding.suppressed.line})`));
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
    if (options.base) {
        const base = gitTree(root, options.base);
        const head = options.head ? gitTree(root, options.head) : fsTree(root, 'working tree');
        await assertRef(root, options.base);
        if (options.head)
            await assertRef(root, options.head);
        const policy = await loadPolicy(base, policyOptions);
        let files = await gitChangedPaths(root, options.base, options.head ?? null);
        if (!options.head)
            files = [...files, ...(await untracked(root))];
        if (options.paths.length) {
            const wanted = options.paths.map((p) => toRepoPath(root, options.cwd, p));
            files = files.filter((f) => wanted.some((w) => f.path === w || f.path.startsWith(`${w}/`)));
        }
        report = await runCheck({
            base,
            head,
            policy,
            files,
            filter: options.filter ?? 'added',
            failOn: options.failOn,
            ...(options.now ? { now: options.now } : {}),
            meta: { base: options.base, head: options.head ?? 'working tree' },
        });
    }
    else {
        // Checking files as they are: the project is the nearest folder with a copydesk config, as Vale finds
        // its .vale.ini, so a content repo nested in another (like examples/site) uses its own policy.
        const project = (await configRoot(options.cwd, root)) ?? root;
        const head = fsTree(project, 'working tree');
        const policy = await loadPolicy(head, policyOptions);
        const paths = options.paths.length ? await expand(project, options.cwd, options.paths, contentMatcher(policy.policy.config, policy.artifact.path)) : null;
        report = await checkAsIs(head, policy, paths, { failOn: options.failOn, ...(options.now ? { now: options.now } : {}) });
    }
    return { output: render(report, options.format, options.color), report };
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
async function configRoot(cwd, stop) {
    for (let dir = resolve(cwd);; dir = dirname(dir)) {
        for (const candidate of CONFIG_FALLBACKS) {
            if (await isFile(join(dir, candidate)))
                return dir;
        }
        if (dir === resolve(stop) || dir === dirname(dir))
            return null;
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

// `copydesk owners PATH...`: what CODEOWNERS assigns to each path, read as GitHub reads it.
async function ownersCommand(tree, paths) {
    const found = await findCodeowners(async (path) => {
        const bytes = await tree.read(path);
        return bytes === null ? null : decodeText(bytes);
    });
    const parsed = found ? parseCodeowners(found.text, found.path) : null;
    const warnings = [
        ...(found ? found.notes : ['No CODEOWNERS file in .github/, the root or docs/: every path is unowned.']),
        ...(parsed?.problems.map((p) => `${p.file}:${p.line}: ${p.message} (skipped, as GitHub does)`) ?? []),
    ];
    const lines = paths.map((path) => formatOwnersLine(path, parsed ? ownersOf(parsed, path) : []));
    return { output: lines.join('\n'), warnings };
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
const USAGE = `copydesk ${VERSION} — the copy desk for marketing content in git

Usage:
  copydesk check [PATH...] [--base REF] [--head REF] [--config FILE] [--format text|json|sarif|markdown]
                 [--fail-on error|warning|never] [--filter added|file|nofilter] [--explain-context]
  copydesk owners PATH...
  copydesk demo [DIR]
  copydesk lsp                 (a language server over stdio, for editors)

Exit codes: 0 no finding at error severity · 1 findings at error severity · 2 usage, config or input error.`;
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
                        base: { type: 'string' },
                        head: { type: 'string' },
                        config: { type: 'string' },
                        format: { type: 'string', default: 'text' },
                        'fail-on': { type: 'string', default: 'error' },
                        filter: { type: 'string' },
                        'explain-context': { type: 'boolean', default: false },
                    },
                });
                const format = oneOf('--format', values.format, ['text', 'json', 'sarif', 'markdown']);
                const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never']);
                const filter = values.filter === undefined ? undefined : oneOf('--filter', values.filter, ['added', 'file', 'nofilter']);
                if (values.head && !values.base)
                    throw new UsageError('--head needs --base');
                const { output, report } = await checkCommand({
                    paths: positionals,
                    format: format,
                    failOn,
                    ...(filter ? { filter } : {}),
                    ...(values.base ? { base: values.base } : {}),
                    ...(values.head ? { head: values.head } : {}),
                    ...(values.config ? { config: values.config } : {}),
                    cwd: io.cwd,
                    color,
                });
                // The site context the checks read: publisher, competitors and page kinds, with where each came from.
                if (values['explain-context']) {
                    io.stdout(explainSiteContext(report.site ?? { publisher: null, competitors: [], pages: [] }));
                    return 0;
                }
                io.stdout(output);
                const errors = report.files.some((f) => f.findings.some((x) => x.severity === 'error'));
                return errors ? 1 : 0;
            }
            case 'owners': {
                const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
                if (!positionals.length)
                    throw new UsageError('owners needs at least one PATH');
                const root = await gitRoot(io.cwd);
                const paths = positionals.map((p) => relative(root, resolve(io.cwd, p)).split(sep).join('/'));
                const { output, warnings } = await ownersCommand(fsTree(root), paths);
                for (const warning of warnings)
                    io.stderr(`warning: ${warning}`);
                io.stdout(output);
                return 0;
            }
            case 'demo': {
                const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
                const result = await demoCommand(resolve(io.cwd, positionals[0] ?? 'examples'), { color });
                io.stdout(result.output);
                return result.ok ? 0 : 1;
            }
            case 'lsp':
                return await (await import('./server.js')).serveStdio();
            case '--version':
            case '-v':
                io.stdout(VERSION);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                io.stdout(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command \`${command}\``);
        }
    }
    catch (error) {
        if (error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`copydesk: ${error.message}\n\n${USAGE}`);
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
class UsageError extends Error {
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
    main(process.argv.slice(2), {
        stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
        stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
        cwd: process.cwd(),
        isTTY: Boolean(process.stdout.isTTY),
    }).then((code) => {
        process.exitCode = code;
    });
}

export { checkAsIs as c, fsTree as f, main as m };
