// The pure engine: given two snapshots and the paths that changed, produce the Report.
// The CLI and the Action differ only in the Trees and sign-off facts they hand in.
import type { ResourceLimits } from 'node:worker_threads'
import { documentOptions } from './document-options.js'
import { checkHead, emptyReport, inputFinding, type FileCheckRun } from './check-file.js'
import type { CheckContext } from '../checks/types.js'
import { registry } from '../checks/index.js'
import { ownersOf } from '../codeowners/index.js'
import { parseDocument } from '../content/index.js'
import { diffPositioning, policyChanges } from '../positioning/index.js'
import { evaluateSignoff, type SignoffFacts } from '../signoff/index.js'
import type { FileReport, Finding, PositioningChange, Report, SuppressionUse } from '../types.js'
import { artifactNotice, artifactReport, isArtifact } from './artifact-report.js'
import { contentMatcher, contentTypeOf } from './content-files.js'
import { decodeText } from './decode.js'
import { describePolicyChanges } from './policy-diff.js'
import { positioningContext } from './positioning-context.js'
import { runContext, type RunContext } from './site-context.js'
import { cachedFileResult, cachedRunContext, rememberingReads, resultsToCompute, type ResultCache } from './cached.js'
import { settleSignoffSuppressions } from './suppression-uses.js'
import { CHECK_LIMITS, ParsePool, threadsFor, type ParseThreads } from './parse-pool.js'
import { ThreadedChecks, type CheckInput } from './check-pool.js'
import type { LoadedPolicy } from './policy.js'
import type { Tree } from './tree.js'
import { decideVerdict } from './verdict.js'

export type FileStatus = FileReport['status']

export interface ChangedFile {
  path: string
  previousPath?: string
  status: FileStatus
}

/**
 * A second opinion on a document's findings (the optional LLM review): given every finding so far, it
 * returns them confirmed, overruled (kept, at info) or added to. Its failure leaves the findings as they were.
 */
export type FindingsReview = (ctx: CheckContext, findings: Finding[]) => Promise<Finding[]>

export type SignoffInput = Omit<SignoffFacts, 'positioningChanged' | 'owners' | 'override'>

export interface CheckRequest {
  /** null: no comparison (checking files as they are). */
  base: Tree | null
  head: Tree
  policy: LoadedPolicy
  files: ChangedFile[]
  filter: 'added' | 'file' | 'nofilter'
  failOn: 'error' | 'warning' | 'never'
  /** PR facts for sign-off; absent (the CLI) means nobody has approved yet. */
  signoff?: SignoffInput
  now?: Date
  review?: FindingsReview
  meta?: Report['meta']
  /**
   * Every path of the whole run when `files` is one shard of it (`--shard`): the site context is derived from
   * all of them, and the artifact counts as checked, exactly as in the unsharded run.
   */
  runPaths?: readonly string[]
  /** `--cache`: results reused when nothing they depend on changed (see cached.ts). Not used with a review. */
  cache?: ResultCache
  /** Estimated bytes of parsed documents kept from the site-context stage for the checks (RETAIN_BUDGET by default; see site-context.ts). */
  retainBudget?: number
  /** Threads parsing pages side by side, and checking files when there is no base (`--concurrency`; see parse-pool.ts, check-pool.ts): `auto` by default. */
  threads?: ParseThreads
}

export async function runCheck(input: CheckRequest): Promise<Report> {
  // The LLM review is not deterministic and keeps its own cache of answers: with it, every file is checked,
  // so a result reviewed by a model is never served to a run without one (or with another model).
  const cache = input.review ? undefined : input.cache
  const request: CheckRequest = cache ? { ...input, head: rememberingReads(input.head), base: input.base && rememberingReads(input.base) } : input
  const { policy } = request
  const config = policy.policy.config
  const isContent = contentMatcher(config, policy.artifact.path)
  const checks = registry(request.now ? { today: request.now } : {})
  const notices = [...policy.notices]

  const files: FileReport[] = []
  const changes: PositioningChange[] = []
  const artifactFile = request.files.find((f) => f.status !== 'removed' && isArtifact(f, policy))
  const artifactFindings = artifactFile ? await artifactReport(artifactFile, request.base, request.head, policy, request.filter) : null
  if (artifactFindings) files.push(artifactFindings)
  else if (!request.runPaths?.some((path) => isArtifact({ path, status: 'unchanged' }, policy))) {
    const notice = artifactNotice(policy)
    if (notice) notices.push(notice)
  }
  const checked = request.runPaths ? request.runPaths.filter(isContent) : request.files.filter((file) => file.status !== 'removed' && isContent(file.path)).map((file) => file.path)
  // Threads check files too when they can do it exactly as the main thread does: a whole-files audit (no
  // base to compare with: no positioning diff, no base reads) without the LLM review (async, with its own
  // cache of answers). The threads that parse the pages end once the site context is known, and fresh ones,
  // with smaller heaps, check the files (CHECK_LIMITS).
  const threadable = request.base === null && !request.review
  const concurrency = request.threads?.concurrency ?? 'auto'
  const startPool = (files: number, limits?: ResourceLimits): ParsePool | null => ParsePool.start(threadsFor(files, concurrency), documentOptions(config), request.threads?.crashAfter, limits)
  let pool = threadable && !cache ? startPool(checked.length) : null
  const retain = {
    ...(request.retainBudget !== undefined ? { retainBudget: request.retainBudget } : {}),
    ...(request.threads ? { threads: request.threads } : {}),
    ...(pool ? { pool } : {}),
  }
  const suppressions: SuppressionUse[] = []
  let context: RunContext
  try {
    context = cache ? await cachedRunContext(request.head, checked, config, policy.version, cache, retain) : await runContext(request.head, checked, config, retain)
    const site = context.site
    // With the cache, only the files whose result is not kept are checked: threads of their own, sized by them
    // (a re-audit that changed a few pages starts none).
    const unkept = threadable && cache ? await resultsToCompute(request.files, request, site, cache) : null
    if (unkept) pool = startPool(unkept.size, CHECK_LIMITS)
    else if (pool) {
      // The threads that parsed end, and the checks get fresh ones with a smaller heap (CHECK_LIMITS).
      await pool.close()
      pool = startPool(checked.length, CHECK_LIMITS)
    }
    const wanted = (file: ChangedFile): boolean => file.status !== 'removed' && isContent(file.path) && (!unkept || unkept.has(file.path))
    const run: FileCheckRun = { policy: policy.policy, checks, site, filter: request.filter, ...(request.review ? { review: request.review } : {}) }
    const threads = pool && ThreadedChecks.start(pool, { policy: policy.policy, site, filter: request.filter, now: request.now ?? null }, request.files, wanted, (file) => threadInput(file, request, context))
    const size = pool?.size ?? 0
    for (const [i, file] of request.files.entries()) {
      if (!isContent(file.path) && !(file.previousPath && isContent(file.previousPath))) continue
      try {
        const check = async (): Promise<FileResult> => {
          const threaded = await threads?.take(i)
          if (!threaded) return checkFile(file, request, run, context)
          // (what the check would have taken, freed the same)
          context.docs.delete(file.path)
          context.bytes.delete(file.path)
          return { report: threaded.report, changes: [], ...(threaded.suppressions ? { suppressions: threaded.suppressions } : {}) }
        }
        const result = cache ? await cachedFileResult(file, request, site, cache, check) : await check()
        files.push(result.report)
        changes.push(...result.changes)
        suppressions.push(...(result.suppressions ?? []))
        if (result.report.skipped) notices.push(`\`${file.path}\`: ${result.report.skipped}`)
      } catch (error) {
        // One bad file never hides the findings of the others, and is never taken for a clean one.
        files.push(failedFile(file, `copydesk could not check this file: ${(error as Error).message}`))
      }
    }
    if (pool) request.threads?.debug?.(`${size} threads checked ${threads?.threaded ?? 0} of ${request.files.length} files`)
  } finally {
    await pool?.close()
  }

  if (request.base) {
    const touched = policyChanges(request.files.flatMap((f) => (f.status === 'unchanged' ? [] : [{ ...f, status: f.status }])), policy.paths)
    changes.push(...(await describePolicyChanges(touched, request.base, request.head, policy.artifact.path)))
  }

  const positioningChanged = changes.length > 0
  const suppressionsNeedSignoff = files.some((file) => file.suppressed.some((f) => f.suppressed?.signedOff === false))
  const signoffFacts: SignoffFacts = {
    positioningChanged,
    ...(suppressionsNeedSignoff ? { suppressionsNeedSignoff } : {}),
    owners: policy.strategyOwners,
    override: config.signoff.override,
    author: request.signoff?.author ?? '',
    headSha: request.signoff?.headSha ?? 'HEAD',
    reviews: request.signoff?.reviews ?? [],
    teamMembers: request.signoff?.teamMembers ?? null,
    // An approval of an older commit carries over only for positioning text; a suppression is signed off on the head.
    positioningStableSince: suppressionsNeedSignoff ? [] : (request.signoff?.positioningStableSince ?? []),
    labels: request.signoff?.labels ?? [],
    body: request.signoff?.body ?? '',
    ...(request.signoff?.overrideActor ? { overrideActor: request.signoff.overrideActor } : {}),
  }
  const signoff = evaluateSignoff(signoffFacts)
  const settled = settleSignoffSuppressions(files, suppressions, signoff.state === 'approved')

  const packs = policy.policy.packs.map((p) => ({ name: p.name, version: p.version }))
  return {
    version: 1,
    verdict: decideVerdict(settled.files, signoff, request.failOn),
    files: settled.files,
    positioning: { changed: positioningChanged, changes, policyFiles: [...new Set(changes.filter((c) => c.reason === 'policy-file').map((c) => c.path))] },
    signoff,
    ruleset: { version: policy.version, packs },
    site: context.site,
    failOn: request.failOn,
    notices,
    ...(settled.uses.length > 0 ? { suppressions: settled.uses } : {}),
    meta: request.meta ?? {},
  }
}

/** What a thread needs to check a content file of the head as checkFile would, or null when only the main
 * thread can: a link, a file absent from the head. */
async function threadInput(file: ChangedFile, request: CheckRequest, context: RunContext): Promise<CheckInput | null> {
  if ((await request.head.linkTarget?.(file.path)) != null) return null
  const packed = context.docs.get(file.path)
  const bytes = packed?.bytes ?? context.bytes.get(file.path) ?? (await request.head.read(file.path))
  if (bytes === null) return null
  return { file, owners: ownersFor(request.policy, file.path), bytes, parts: packed?.parts() ?? null }
}

function ownersFor(policy: LoadedPolicy, path: string): string[] {
  return policy.codeowners ? ownersOf(policy.codeowners, path) : []
}

interface FileResult {
  report: FileReport
  changes: PositioningChange[]
  suppressions?: SuppressionUse[]
}

async function checkFile(file: ChangedFile, request: CheckRequest, run: FileCheckRun, context: RunContext): Promise<FileResult> {
  const { policy } = request
  const config = policy.policy.config
  const owners = ownersFor(policy, file.path)
  const maxSize = config.content['max-file-size']

  const basePath = file.previousPath ?? file.path
  // A symbolic link is never read as content (its target may lie outside the repository); the file it
  // points to is checked under its own path.
  const headLink = file.status === 'removed' ? null : ((await request.head.linkTarget?.(file.path)) ?? null)
  if (headLink !== null) {
    const skipped = `a symbolic link to \`${headLink}\`: links are not followed, so it was not checked (the file it points to is checked under its own path)`
    return { report: { ...emptyReport(file, owners, null), skipped, findings: [inputFinding('input/symlink', 'info', `File is ${skipped}.`)] }, changes: [] }
  }
  const baseIsLink = request.base && file.status !== 'added' ? (await request.base.linkTarget?.(basePath)) != null : false
  const baseBytes = request.base && file.status !== 'added' && !baseIsLink ? await request.base.read(basePath) : null
  // The bytes the site-context stage parsed, when it read this file: the same snapshot, not read again.
  const prefetched = context.bytes.get(file.path)
  context.bytes.delete(file.path)
  const headBytes = file.status === 'removed' ? null : (prefetched ?? (await request.head.read(file.path)))

  const baseText = baseBytes && baseBytes.byteLength <= maxSize ? decodeText(baseBytes) : null
  const baseDoc = baseText !== null ? parseDocument(basePath, baseText, documentOptions(config)) : null

  if (headBytes === null && file.status !== 'removed') {
    // The PR says the file is there; the head says it is not. Only a confirmed absence is a deletion.
    return { report: failedFile(file, `The pull request lists this file as ${file.status}, but it is absent at ${request.head.label}: copydesk cannot check it.`, owners), changes: [] }
  }
  if (headBytes === null) {
    // Deleted: nothing to check, but removing positioning sentences is a positioning change.
    const changes = baseDoc ? diffPositioning(baseDoc, null, positioningContext(policy, baseDoc, null)) : []
    return { report: emptyReport(file, owners, baseDoc ? contentTypeOf(basePath, baseDoc.frontmatter, config).type : null), changes }
  }
  // (the bytes the site-context stage kept are taken with its document, so both are freed once the file is checked)
  const packed = context.docs.get(file.path)
  context.docs.delete(file.path)
  const { report, suppressions, doc } = await checkHead(file, headBytes, packed, owners, run, request.base && { text: baseText })
  const changes =
    request.base && doc && !doc.problems.some((p) => p.category === 'input')
      ? diffPositioning(baseDoc, doc, positioningContext(policy, doc, baseDoc))
      : []
  return { report, changes, ...(suppressions ? { suppressions } : {}) }
}

/** A file copydesk could not read or check: an error the verdict cannot pass over (see FileReport.error). */
function failedFile(file: ChangedFile, message: string, owners: string[] = []): FileReport {
  return { ...emptyReport(file, owners, null), error: message, findings: [inputFinding('input/read-failed', 'error', message)] }
}
