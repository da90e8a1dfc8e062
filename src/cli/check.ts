// `copydesk check`: files as they are, or what changed between two git refs.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { cacheLocation as defaultCacheLocation, openResultStore, type ResultStore } from '../cache/index.js'
import { checkAsIs } from '../engine/as-is.js'
import { isArtifact } from '../engine/artifact-report.js'
import { runCheck, type ChangedFile } from '../engine/check.js'
import { contentMatcher } from '../engine/content-files.js'
import { configRoot } from '../engine/config-root.js'
import { loadPolicy, type LoadedPolicy, type PolicyOptions } from '../engine/policy.js'
import { fsTree, gitChangedPaths, gitTree, isDirectory, type Tree } from '../engine/tree.js'
import type { ParseThreads } from '../engine/parse-pool.js'
import { CopydeskError } from '../errors.js'
import { inShard, type Shard } from '../shard/select.js'
import { finishRun, llmSetup, type LlmSetup } from '../llm/index.js'
import { toJson, toJsonParts, toMarkdown, toSarif, toText } from '../reports/index.js'
import type { Report } from '../types.js'
import { VERSION } from '../version.js'

const run = promisify(execFile)

export type Format = 'text' | 'json' | 'sarif' | 'markdown'

export interface CheckOptions {
  paths: string[]
  base?: string
  head?: string
  config?: string
  format: Format
  /** Absent: the config's `fail-on`, else `error`. */
  failOn?: FailOn
  filter?: 'added' | 'file' | 'nofilter'
  cwd: string
  color: boolean
  now?: Date
  /** `--stdin --stdin-filename PATH`: this content, checked as if it were the file at `path`. */
  stdin?: { path: string; bytes: Uint8Array }
  /**
   * `--llm`: the second opinion, with the key and endpoint from the openai package's own environment
   * variables (`OPENAI_API_KEY`, `OPENAI_BASE_URL`) and the model from `--llm-model` or config `llm.model`.
   */
  llm?: { apiKey?: string; baseURL?: string; model?: string; cacheLocation?: string }
  /** Told about each content file as the engine reads it (the progress line). */
  onFiles?: (total: number) => (path: string) => void
  /** `--cache`: the cache folder (absolute; see src/cache/location.ts). */
  cacheLocation?: string
  /** Told what the cache did, a line at a time (`COPYDESK_DEBUG=cache`). */
  debug?: (line: string) => void
  /** `--shard K/N`: check this slice of the content files (files as they are only). */
  shard?: Shard
  /** The copydesk version the cache is kept for (tests stand in another). */
  version?: string
  /** `--concurrency` and `COPYDESK_DEBUG=threads`: threads parsing (and checking) pages side by side. */
  threads?: ParseThreads
}

export type FailOn = 'error' | 'warning' | 'never'

export interface CheckResult {
  output: string
  /** The output in parts to write one after another (a whole-site JSON report a file at a time); joined, `output`. */
  outputParts: readonly string[]
  report: Report
  failOn: FailOn
  /** The folder the report's paths are relative to (where `--fix` writes). */
  root: string
  /** About the run, not the content (the cache): for stderr, so a cached report equals a fresh one. */
  notices: string[]
}

export async function checkCommand(options: CheckOptions): Promise<CheckResult> {
  const root = await repoRoot(options.cwd)
  const policyOptions = await configOption(options, root)
  let report: Report
  let reportRoot = root
  let failOn: FailOn
  let store: ResultStore | undefined
  // A run the model reviews never uses the result cache (see runCheck): its store is not even opened.
  const cache = async (policy: LoadedPolicy, llm: LlmSetup | null): Promise<{ cache?: ResultStore }> => {
    if (!options.cacheLocation || llm?.secondOpinion) return {}
    store = await openResultStore(options.cacheLocation, { version: options.version ?? VERSION, policy: policy.version }, options.debug)
    return { cache: store }
  }
  if (options.stdin) {
    // Config is found from the named file's folder, exactly as if the content were on disk there.
    const absolute = resolve(options.cwd, options.stdin.path)
    const project = (await configRoot(dirname(absolute), root)) ?? root
    const path = relative(project, absolute).split(sep).join('/')
    if (path.startsWith('..') || path === '') throw new CopydeskError(`--stdin-filename \`${options.stdin.path}\` is outside the repository at ${project}`)
    const disk = fsTree(project, 'working tree')
    const bytes = options.stdin.bytes
    const head: Tree = { ...disk, label: 'working tree', read: async (p) => (p === path ? bytes : disk.read(p)), linkTarget: async (p) => (p === path ? null : (disk.linkTarget?.(p) ?? null)) }
    const policy = await loadPolicy(head, policyOptions)
    failOn = options.failOn ?? policy.policy.config['fail-on'] ?? 'error'
    const llm = secondOpinionFor(options, policy)
    report = await checkAsIs(head, policy, [path], { failOn, ...(options.now ? { now: options.now } : {}), ...(await cache(policy, llm)), ...reviewOf(llm) })
    report = await finishLlm(report, llm, policy)
    reportRoot = project
  } else if (options.base) {
    const base = gitTree(root, options.base)
    const head: Tree = options.head ? gitTree(root, options.head) : fsTree(root, 'working tree')
    await assertRef(root, options.base)
    if (options.head) await assertRef(root, options.head)
    const policy = await loadPolicy(base, policyOptions)
    failOn = options.failOn ?? policy.policy.config['fail-on'] ?? 'error'
    let files: ChangedFile[] = await gitChangedPaths(root, options.base, options.head ?? null)
    if (!options.head) files = [...files, ...(await untracked(root))]
    if (options.paths.length) {
      const wanted = options.paths.map((p) => toRepoPath(root, options.cwd, p))
      files = files.filter((f) => wanted.some((w) => f.path === w || f.path.startsWith(`${w}/`)))
    }
    const llm = secondOpinionFor(options, policy)
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
    })
    report = await finishLlm(report, llm, policy)
  } else {
    // Checking files as they are: the project is the nearest folder with a copydesk config, as Vale finds
    // its .vale.ini, so a content repo nested in another (like examples/site) uses its own policy.
    const project = (await configRoot(options.cwd, root)) ?? root
    const head = fsTree(project, 'working tree')
    const policy = await loadPolicy(head, policyOptions)
    failOn = options.failOn ?? policy.policy.config['fail-on'] ?? 'error'
    const isContent = contentMatcher(policy.policy.config, policy.artifact.path)
    const paths = options.paths.length ? await expand(project, options.cwd, options.paths, isContent) : ((await head.list?.()) ?? []).filter(isContent)
    const llm = secondOpinionFor(options, policy)
    const shard = options.shard
    const mine = shard ? paths.filter((path) => inShard(path, shard)) : paths
    report = await checkAsIs(counted(head, mine, options.onFiles), policy, mine, {
      failOn,
      ...(options.now ? { now: options.now } : {}),
      // Every shard derives the site context from the whole run, as the unsharded run does.
      ...(shard ? { runPaths: paths } : {}),
      ...(await cache(policy, llm)),
      ...reviewOf(llm),
      ...(options.threads ? { threads: options.threads } : {}),
    })
    report = await finishLlm(report, llm, policy)
    if (shard) {
      // The order the unsharded report lists files in: the positioning artifact (when named) first.
      const artifact = (path: string): boolean => isArtifact({ path, status: 'unchanged' }, policy)
      report.shard = { index: shard.index, total: shard.total, copydesk: VERSION, paths: [...paths.filter(artifact), ...paths.filter((p) => !artifact(p))] }
    }
    reportRoot = project
  }
  await store?.save()
  if (store && options.debug) options.debug(`${store.stats.hits} hits, ${store.stats.misses} misses (${store.file})`)
  const parts = options.format === 'json' ? toJsonParts(report) : [render(report, options.format, options.color)]
  let output: string | undefined
  return {
    // (joined only when asked for: the CLI writes the parts)
    get output(): string {
      return (output ??= parts.join(''))
    },
    outputParts: parts,
    report,
    failOn,
    root: reportRoot,
    notices: store?.notices ?? [],
  }
}

function secondOpinionFor(options: CheckOptions, policy: LoadedPolicy): LlmSetup | null {
  if (!options.llm) return null
  const { apiKey, baseURL, model } = options.llm
  // The LLM keeps its answers under `<cache-location>/llm/`: a re-run on unchanged content asks nothing.
  const cacheLocation = options.llm.cacheLocation ?? defaultCacheLocation(options.cwd)
  return llmSetup({
    config: policy.policy.config.llm,
    apiKey,
    keyName: '`OPENAI_API_KEY`',
    ...(baseURL ? { baseURL } : {}),
    ...(model ? { model } : {}),
    cacheLocation,
  })
}

function reviewOf(llm: LlmSetup | null): { review?: NonNullable<LlmSetup['secondOpinion']>['review'] } {
  return llm?.secondOpinion ? { review: llm.secondOpinion.review } : {}
}

async function finishLlm(report: Report, llm: LlmSetup | null, policy: LoadedPolicy): Promise<Report> {
  if (!llm) return report
  report.notices.push(...llm.notices)
  if (!llm.secondOpinion) return report
  const artifact = policy.artifactDoc ? { path: policy.artifactDoc.path, text: policy.artifactDoc.source } : null
  return finishRun(report, llm.secondOpinion, artifact)
}

/** The head tree, telling `onFiles` the first time each of `paths` is read: the engine reads each content file once. */
function counted(tree: Tree, paths: string[], onFiles: CheckOptions['onFiles']): Tree {
  if (!onFiles) return tree
  const pending = new Set(paths)
  const tick = onFiles(pending.size)
  return {
    ...tree,
    read: async (path) => {
      const bytes = await tree.read(path)
      if (pending.delete(path)) tick(path)
      return bytes
    },
  }
}

export function render(report: Report, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return toJson(report)
    case 'sarif':
      return JSON.stringify(toSarif(report, { toolVersion: VERSION, informationUri: 'https://github.com/acme/copydesk' }), null, 2)
    case 'markdown':
      return toMarkdown(report)
    default:
      return toText(report, { color })
  }
}

async function configOption(options: CheckOptions, root: string): Promise<PolicyOptions> {
  if (!options.config) return {}
  const absolute = resolve(options.cwd, options.config)
  const inRepo = relative(root, absolute)
  // With --base, a config inside the repo is still read at the base ref: policy never comes from the change.
  if (options.base && !inRepo.startsWith('..')) return { configPath: inRepo.split(sep).join('/') }
  try {
    return { configText: { path: options.config, text: await readFile(absolute, 'utf8') } }
  } catch {
    throw new CopydeskError(`config file \`${options.config}\` cannot be read`)
  }
}

async function repoRoot(cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', cwd, 'rev-parse', '--show-toplevel'])
    return stdout.trim()
  } catch {
    return cwd
  }
}



async function assertRef(root: string, ref: string): Promise<void> {
  try {
    await run('git', ['-C', root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    throw new CopydeskError(`\`${ref}\` is not a commit in ${root}`)
  }
}

async function untracked(root: string): Promise<ChangedFile[]> {
  const { stdout } = await run('git', ['-C', root, 'ls-files', '--others', '--exclude-standard', '-z'])
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((path) => ({ path, status: 'added' as const }))
}

function toRepoPath(root: string, cwd: string, path: string): string {
  const rel = relative(root, resolve(cwd, path)).split(sep).join('/')
  if (rel.startsWith('..')) throw new CopydeskError(`\`${path}\` is outside the repository at ${root}`)
  return rel === '' ? '.' : rel
}

async function expand(root: string, cwd: string, paths: string[], isContent: (p: string) => boolean): Promise<string[]> {
  const out = new Set<string>()
  const all = await fsTree(root).list!()
  for (const path of paths) {
    const rel = toRepoPath(root, cwd, path)
    const listed = all.includes(rel)
    if (await isDirectory(resolve(cwd, path))) {
      // The walk lists a link but never goes through one: a linked folder would be checked as empty.
      if (listed) throw new CopydeskError(`\`${path}\` is a symbolic link to a folder: links are not followed, so name the folder it points to`)
      for (const file of all) if ((rel === '.' || file.startsWith(`${rel}/`)) && isContent(file)) out.add(file)
    } else {
      // An explicitly named file is checked even when the content globs would not pick it (a link is reported as skipped).
      if (!listed) throw new CopydeskError(`\`${path}\` does not exist`)
      out.add(rel)
    }
  }
  return [...out].sort()
}
