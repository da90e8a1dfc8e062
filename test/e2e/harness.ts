// Runs the bundled Action (`node dist/index.js`) the way the GitHub runner does: a fresh environment with
// only the runner's variables, `INPUT_*` filled from action.yml defaults, an event file on disk, and a
// stand-in GitHub API. Then reads back what the runner would see: exit code, workflow commands on stdout,
// the GITHUB_OUTPUT file, the step summary and the JSON report.
import { spawn, spawnSync } from 'node:child_process'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { structuredPatch } from 'diff'
import { parse as parseYaml } from 'yaml'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { startStandin, type GitHubStandin, type StandinFile, type StandinPull } from '../support/github-standin.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BUNDLE = join(ROOT, 'dist', 'index.js')
export const SITE = join(ROOT, 'examples', 'site')
export const SCENARIOS = join(ROOT, 'examples', 'scenarios')

/** What `${{ github.token }}` stands for in these runs: a value we can search the output for. */
export const GITHUB_TOKEN = 'ghs_e2eWorkflowToken0123456789abcdefABCDEF'

export const OWNER = 'acme'
export const REPO = 'website'

export type Tree = Record<string, string>

// ---------------------------------------------------------------------------------------------------------
// The bundle

/** Builds dist/ when it is missing: the runner executes the committed bundle, so the tests do too. */
export function ensureBundle(): void {
  if (existsSync(BUNDLE)) return
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0 || !existsSync(BUNDLE)) {
    throw new Error(`\`npm run build\` did not produce dist/index.js:\n${result.stdout}\n${result.stderr}`)
  }
}

let installed: string | null = null

/**
 * The action as the runner downloads it: action.yml, package.json and dist/, with no node_modules anywhere
 * above it, so a dependency left out of the bundle fails here as it would on GitHub. Copied once per test
 * file, which also keeps every run on one bundle while a rebuild may be under way.
 */
export function installedBundle(): string {
  if (installed !== null) return installed
  ensureBundle()
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-action-'))
  for (const name of ['action.yml', 'package.json']) cpSync(join(ROOT, name), join(dir, name))
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true })
  installed = join(dir, 'dist', 'index.js')
  return installed
}

export async function removeInstalledBundle(): Promise<void> {
  if (installed === null) return
  await rm(join(installed, '..', '..'), { recursive: true, force: true })
  installed = null
}

// ---------------------------------------------------------------------------------------------------------
// Repository trees

function walk(dir: string, root: string, out: Tree): Tree {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) walk(full, root, out)
    else out[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8')
  }
  return out
}

/** Every file of a directory, keyed by its repository path. */
export function readTree(dir: string): Tree {
  return walk(dir, dir, {})
}

/** The example site as it is on `main`: the base commit of every scenario. */
export function siteTree(): Tree {
  return readTree(SITE)
}

/** The files a checked-in scenario lays over the site (its `head/` directory). */
export function scenarioChanges(name: string): Tree {
  return readTree(join(SCENARIOS, name, 'head'))
}

/** `base` with `changes` laid over it; a null change removes the path. */
export function overlay(base: Tree, changes: Record<string, string | null>): Tree {
  const out = { ...base }
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) delete out[path]
    else out[path] = text
  }
  return out
}

/** `text` with the first occurrence of `from` replaced; throws when absent, so a fixture drift is loud. */
export function edit(text: string | undefined, from: string, to: string): string {
  if (text === undefined || !text.includes(from)) throw new Error(`fixture text does not contain \`${from}\``)
  return text.replace(from, to)
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`no line contains \`${needle}\``)
  return index + 1
}

/** A GitHub-style patch (hunks only, no file headers), as `pulls.listFiles` returns it. */
export function githubPatch(before: string, after: string): string {
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 3 })
  return patch.hunks
    .map((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines].join('\n'))
    .join('\n')
}

/** The PR's file listing: every path that differs between the two trees, with GitHub's statuses and patches. */
export function changedFiles(base: Tree, head: Tree): StandinFile[] {
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()
  const files: StandinFile[] = []
  for (const path of paths) {
    const before = base[path]
    const after = head[path]
    if (before === after) continue
    if (before === undefined) files.push({ filename: path, status: 'added', patch: githubPatch('', after ?? '') })
    else if (after === undefined) files.push({ filename: path, status: 'removed', patch: githubPatch(before, '') })
    else files.push({ filename: path, status: 'modified', patch: githubPatch(before, after) })
  }
  return files
}

/** A 40-hex sha that is easy to recognise in failures: `sha('head-1')`. */
export function sha(label: string): string {
  const hex = Buffer.from(label, 'utf8').toString('hex')
  return (hex + '0'.repeat(40)).slice(0, 40)
}

export interface PullSetup {
  number: number
  author: string
  base: Tree
  head: Tree
  baseSha: string
  headSha: string
  title?: string
  body?: string
  labels?: string[]
}

/** Stores both trees and the pull request (with its file listing) in the stand-in. */
export function setPull(standin: GitHubStandin, setup: PullSetup): StandinPull {
  standin.state.trees[setup.baseSha] = setup.base
  standin.state.trees[setup.headSha] = setup.head
  standin.state.files[setup.number] = changedFiles(setup.base, setup.head)
  const existing = standin.state.pulls[setup.number]
  return standin.addPull({
    number: setup.number,
    title: setup.title ?? existing?.title ?? `Pull request ${setup.number}`,
    body: setup.body ?? existing?.body ?? '',
    user: { login: setup.author },
    labels: setup.labels ?? existing?.labels ?? [],
    head: { sha: setup.headSha, ref: 'feature' },
    base: { sha: setup.baseSha, ref: 'main' },
  })
}

/** A new push: the PR's head moves to `headSha` with `head` as its content; the listing follows. */
export function push(standin: GitHubStandin, number: number, headSha: string, head: Tree): void {
  const pull = standin.state.pulls[number]
  if (pull === undefined) throw new Error(`no pull request #${number} in the stand-in`)
  const base = standin.state.trees[pull.base.sha] as Tree
  standin.state.trees[headSha] = head
  standin.state.files[number] = changedFiles(base, head)
  pull.head = { ...pull.head, sha: headSha }
}

// ---------------------------------------------------------------------------------------------------------
// Events

export type EventName = 'pull_request' | 'pull_request_target' | 'pull_request_review' | 'push'

/** The webhook payload GitHub writes to GITHUB_EVENT_PATH, built from the stand-in's pull request. */
export function eventPayload(
  name: EventName,
  pull: StandinPull,
  opts: { action?: string; review?: { id: number; login: string; state: string; commitId: string } } = {},
): Record<string, unknown> {
  const repository = {
    id: 1,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    private: false,
    owner: { login: OWNER, type: 'Organization' },
    default_branch: 'main',
    html_url: `https://github.com/${OWNER}/${REPO}`,
  }
  if (name === 'push') {
    return { ref: 'refs/heads/main', before: sha('before'), after: sha('after'), repository, sender: { login: pull.user.login } }
  }
  const pullJson = {
    number: pull.number,
    id: pull.number * 10,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    draft: false,
    user: { login: pull.user.login, type: 'User' },
    labels: pull.labels.map((label) => ({ name: label })),
    head: { sha: pull.head.sha, ref: pull.head.ref, repo: repository, user: { login: OWNER } },
    base: { sha: pull.base.sha, ref: pull.base.ref, repo: repository, user: { login: OWNER } },
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${pull.number}`,
  }
  const payload: Record<string, unknown> = {
    action: opts.action ?? (name === 'pull_request_review' ? 'submitted' : 'synchronize'),
    number: pull.number,
    pull_request: pullJson,
    repository,
    sender: { login: opts.review?.login ?? pull.user.login },
  }
  if (opts.review) {
    payload['review'] = {
      id: opts.review.id,
      user: { login: opts.review.login, type: 'User' },
      state: opts.review.state.toLowerCase(),
      commit_id: opts.review.commitId,
      submitted_at: new Date().toISOString(),
      body: '',
    }
  }
  return payload
}

// ---------------------------------------------------------------------------------------------------------
// Inputs, the runner's way

interface ActionYml {
  inputs?: Record<string, { default?: unknown }>
}

/**
 * `INPUT_<NAME>` for every input action.yml declares, with its default applied (the runner does this, not
 * the toolkit): upper-cased, spaces to `_`, hyphens kept. `${{ github.token }}` becomes the fake token.
 */
export function inputEnv(given: Record<string, string> = {}): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
  const declared = action.inputs ?? {}
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new Error(`input \`${name}\` is not declared in action.yml`)
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const fallback = spec.default === undefined || spec.default === null ? '' : String(spec.default)
    const value = given[name] ?? fallback.replace(/\$\{\{\s*github\.token\s*\}\}/g, GITHUB_TOKEN)
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

// ---------------------------------------------------------------------------------------------------------
// Running

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  commands: WorkflowCommand[]
  outputs: Record<string, string>
  summary: string
  /** The JSON report at the `report-path` output, when one was written. */
  report: Record<string, unknown> | null
  /** The SARIF file at the `sarif-path` output, as text, when one was written. */
  sarif: string | null
  ms: number
}

export interface RunOptions {
  standin: GitHubStandin
  /** GITHUB_API_URL when not the stand-in itself (a proxy in front of it). */
  apiUrl?: string
  event: EventName
  payload: Record<string, unknown>
  inputs?: Record<string, string>
  /** GITHUB_SHA: a merge commit (pull_request, review) or the default branch (pull_request_target). */
  githubSha?: string
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

/** `::name key=value,key=value::message` lines, unescaped as the runner does. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (match === null) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    out.push({ command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') })
  }
  return out
}

/** The GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc !== null) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      outputs[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return outputs
}

/** Spawns `node dist/index.js` with a runner-shaped environment, in an empty workspace (no checkout). */
export async function runAction(opts: RunOptions): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'))
  try {
    const workspace = join(dir, 'workspace')
    const runnerTemp = join(dir, 'runner-temp')
    await mkdir(workspace)
    await mkdir(runnerTemp)
    const eventPath = join(dir, 'event.json')
    const outputPath = join(dir, 'github-output')
    const summaryPath = join(dir, 'step-summary.md')
    await writeFile(eventPath, JSON.stringify(opts.payload, null, 2))
    await writeFile(outputPath, '')
    await writeFile(summaryPath, '')
    const pull = opts.payload['pull_request'] as { number?: number } | undefined

    // Built from scratch: nothing from the test process's own GITHUB_* variables may leak in.
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: opts.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_API_URL: opts.apiUrl ?? opts.standin.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${opts.apiUrl ?? opts.standin.url}/graphql`,
      GITHUB_SHA: opts.githubSha ?? sha('merge-commit'),
      GITHUB_REF: pull?.number !== undefined && opts.event !== 'pull_request_target' ? `refs/pull/${pull.number}/merge` : 'refs/heads/main',
      GITHUB_RUN_ID: '7700112233',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'copydesk',
      GITHUB_JOB: 'copydesk',
      GITHUB_ACTION: 'copydesk',
      GITHUB_ACTOR: 'someone',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      COPYDESK_API_PACING: 'off',
      ...inputEnv(opts.inputs),
    }

    const started = Date.now()
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [installedBundle()], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      let err = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
      child.on('error', reject)
      child.on('close', (exit) => resolve({ code: exit, stdout: out, stderr: err }))
    })
    const ms = Date.now() - started

    const outputs = parseOutputFile(await readFile(outputPath, 'utf8'))
    const summary = await readFile(summaryPath, 'utf8')
    let report: Record<string, unknown> | null = null
    const reportPath = outputs['report-path']
    if (reportPath !== undefined && existsSync(reportPath)) report = JSON.parse(await readFile(reportPath, 'utf8')) as Record<string, unknown>
    const sarifPath = outputs['sarif-path']
    const sarif = sarifPath !== undefined && existsSync(sarifPath) ? await readFile(sarifPath, 'utf8') : null
    return { code, stdout, stderr, commands: parseCommands(stdout), outputs, summary, report, sarif, ms }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The one traceability comment's bodies (all marked comments, to count them). */
export function markedComments(standin: GitHubStandin, number: number): string[] {
  return (standin.state.issueComments[number] ?? []).map((c) => c.body).filter((body) => body.startsWith('<!-- copydesk:traceability -->'))
}

/** Whatever a person can read: stdout except the mask commands, stderr, comments, reviews, statuses, summary, outputs, report, SARIF. */
export function visibleText(standin: GitHubStandin, result: RunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const comments = Object.values(standin.state.issueComments).flat().map((c) => c.body)
  const reviewComments = Object.values(standin.state.reviewComments).flat().map((c) => c.body)
  const reviews = Object.values(standin.state.reviews).flat().map((r) => r.body)
  const statuses = Object.values(standin.state.statuses).flat().map((st) => `${st.description ?? ''} ${st.target_url ?? ''}`)
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs), JSON.stringify(result.report), result.sarif ?? '', ...comments, ...reviewComments, ...reviews, ...statuses].join('\n')
}

/** `::error` messages without the annotation ones: what `setFailed` printed. */
export function failures(result: RunResult): string[] {
  return result.commands.filter((c) => c.command === 'error' && c.properties['file'] === undefined).map((c) => c.message)
}

// ---------------------------------------------------------------------------------------------------------
// Overlapping runs

export interface Barrier {
  url: string
  /** How many requests the barrier held (and then let through together). */
  held: number
  stop(): Promise<void>
}

/**
 * A proxy in front of the stand-in that holds matching requests until `parties` of them have arrived, then
 * lets them through together. Two runs that each reach the gate have both done everything before it, so
 * an overlap is certain rather than a matter of timing. After `timeoutMs` a lone request goes through.
 */
export async function startBarrier(target: string, matches: (method: string, path: string) => boolean, parties: number, timeoutMs = 10_000): Promise<Barrier> {
  let waiting: Array<() => void> = []
  const barrier = { held: 0 }
  const release = (): void => {
    const now = waiting
    waiting = []
    for (const go of now) go()
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const method = req.method ?? 'GET'
      const forward = async (): Promise<void> => {
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(req.headers as IncomingHttpHeaders)) {
          if (name === 'host' || name === 'content-length' || name === 'connection' || value === undefined) continue
          headers[name] = Array.isArray(value) ? value.join(', ') : value
        }
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
        const answer = await fetch(`${target}${req.url ?? '/'}`, { method, headers, ...(body ? { body } : {}) })
        const out: Record<string, string> = {}
        answer.headers.forEach((value, name) => {
          if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') out[name] = value
        })
        res.writeHead(answer.status, out)
        res.end(Buffer.from(await answer.arrayBuffer()))
      }
      const path = new URL(req.url ?? '/', 'http://proxy').pathname
      if (!matches(method, path)) {
        forward().catch(() => res.destroy())
        return
      }
      barrier.held++
      const timer = setTimeout(release, timeoutMs)
      waiting.push(() => {
        clearTimeout(timer)
        forward().catch(() => res.destroy())
      })
      if (waiting.length >= parties) release()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get held() {
      return barrier.held
    },
    async stop() {
      release()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * The lifecycle every end-to-end suite shares: the bundle installed once; after each test, every stand-in
 * started through the returned function is checked for requests GitHub would reject, then stopped.
 */
export function useActionSuite(): { startGitHub: () => Promise<GitHubStandin> } {
  const started: GitHubStandin[] = []
  beforeAll(() => {
    installedBundle()
  }, 180_000)
  afterAll(() => removeInstalledBundle())
  afterEach(async () => {
    for (const standin of started) expect(standin.violations).toEqual([])
    await Promise.all(started.map((standin) => standin.stop()))
    started.length = 0
  })
  return {
    startGitHub: async () => {
      const standin = await startStandin({ owner: 'acme', repo: 'website' })
      started.push(standin)
      return standin
    },
  }
}
