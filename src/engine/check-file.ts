// A file's checks from its head bytes on: decoding, the checks, suppressions and the filter. The one
// definition of a file's check, run by the main thread (check.ts, after it has read the trees) and by a
// check thread (check-worker.ts), which has no trees: only what it is sent.
import { documentOptions } from './document-options.js'
import { stampPlaces } from './place.js'
import type { Check, CheckContext, Policy } from '../checks/types.js'
import { docsUrlFor } from '../contract.js'
import { parseDocument } from '../content/index.js'
import { ownValue } from '../content/compact.js'
import type { SiteContext } from '../site/index.js'
import { provenanceOf, sourcesOf } from '../sources/index.js'
import type { ContentDocument, FileReport, Finding, SuppressionUse } from '../types.js'
import { changedLines } from './changed-lines.js'
import { contentTypeOf } from './content-files.js'
import { decodeContent } from './decode.js'
import { partition } from './filters.js'
import { knownRules } from '../rules/known-ids.js'
import { checkSuppressionIds } from './suppression-ids.js'
import { suppressionUses } from './suppression-uses.js'
import { suppressionPolicy } from './suppression-policy.js'
import type { PackedDocument } from './site-document.js'
import type { ChangedFile, FindingsReview } from './check.js'

/** What a file's check reads besides the file: the run's, the same for every file. */
export interface FileCheckRun {
  policy: Policy
  checks: Check[]
  site: SiteContext
  filter: 'added' | 'file' | 'nofilter'
  review?: FindingsReview
  /** A thread's run: each report is sent to the main thread, whose copy holds strings of its own, so none is copied here. */
  reportsSent?: boolean
}

/** The file's base side in a comparison (null outside one): its text, null when it had none copydesk could read. */
export interface BaseSide {
  text: string | null
}

export interface HeadResult {
  report: FileReport
  suppressions?: SuppressionUse[]
  /** The head document, for the positioning diff (null when the file was not parsed). */
  doc: ContentDocument | null
}

/**
 * Checks a file's head bytes (read, and not a link). `packed`: the document the site-context stage parsed
 * from these bytes, unpacked instead of parsing them again.
 */
export async function checkHead(file: ChangedFile, headBytes: Uint8Array, packed: PackedDocument | undefined, owners: string[], run: FileCheckRun, base: BaseSide | null): Promise<HeadResult> {
  const config = run.policy.config
  const maxSize = config.content['max-file-size']
  if (headBytes.byteLength > maxSize) {
    // An error, not a warning: padding a file past the limit must not be a way to get claims past the checks.
    const skipped = `${headBytes.byteLength} bytes, over the ${maxSize}-byte limit (\`content.max-file-size\`): not checked`
    const message = `File is ${skipped}. copydesk cannot vouch for text it did not read: split the file, or raise \`content.max-file-size\` in the base config.`
    return { report: { ...emptyReport(file, owners, null), skipped, findings: [inputFinding('input/too-large', 'error', message)] }, doc: null }
  }
  const { text: headText, invalid } = decodeContent(headBytes)
  if (headText === null) {
    const { byte, line, column } = invalid
    const message = `File is not valid UTF-8 text: byte ${byte} (0x${(headBytes[byte] ?? 0).toString(16).toUpperCase().padStart(2, '0')}, line ${line}, column ${column}) starts no UTF-8 character; save the file as UTF-8 to have it checked.`
    return { report: unreadable(file, message, owners, { line, column }), doc: null }
  }

  const doc = packed?.unpack(headText) ?? parseDocument(file.path, headText, documentOptions(config))
  const { type, policy: typePolicy } = contentTypeOf(file.path, doc.frontmatter, config)
  const ctx: CheckContext = { doc, policy: run.policy, contentType: type, typePolicy, site: run.site }
  let raw: Finding[] = [...doc.problems]
  for (const check of run.checks) raw.push(...runSafely(check.id, () => check.run(ctx)))
  if (run.review) {
    try {
      raw = await run.review(ctx, raw)
    } catch (error) {
      raw.push({ ...inputFinding('llm/error', 'warning', `${(error as Error).message}; the LLM review of this file was skipped.`), origin: 'llm' })
    }
  }

  // A suppression naming no known rule is reported, and only its known ids are honoured.
  const checked = checkSuppressionIds(doc, knownRules(run.policy.packs, true))
  raw.push(...checked.problems)
  const located = stampPlaces(doc, raw)
  // Lines the PR added or changed: null when every line is new, none outside a PR or in a file it leaves alone.
  const added = !base || file.status === 'unchanged' ? new Set<number>() : base.text === null ? null : changedLines(base.text, headText)
  const touched = run.filter === 'added' && base && file.status !== 'unchanged' ? (added ?? changedLines(null, headText)) : null
  const parts = partition(located, checked, touched, { policy: suppressionPolicy(config), added })

  const report: FileReport = {
    path: file.path,
    status: file.status,
    ...(file.previousPath ? { previousPath: file.previousPath } : {}),
    contentType: type,
    owners,
    ...parts,
    sources: sourcesOf(doc),
    provenance: provenanceOf(doc),
  }
  return {
    // A file's report outlives its document: copied so the quoted text and messages (slices of the page's
    // text) do not keep every checked page alive until the run's report is written (~16 KB a page).
    report: run.reportsSent ? report : (ownValue(report) as FileReport),
    suppressions: suppressionUses(file.path, checked.suppressions, parts, added),
    doc,
  }
}

function runSafely(id: string, run: () => Finding[]): Finding[] {
  try {
    // The framework, not each check, stamps the explanation link.
    return run().map((f) => {
      const url = f.url ?? docsUrlFor(f.ruleId)
      return url ? { ...f, url } : f
    })
  } catch (error) {
    return [inputFinding('copydesk/internal-error', 'error', `The \`${id}\` check failed on this file (a copydesk bug, please report it): ${(error as Error).message}`)]
  }
}

export function inputFinding(ruleId: string, severity: Finding['severity'], message: string, at = { line: 1, column: 1 }): Finding {
  return { ruleId, category: 'input', claim: null, severity, message, text: '', line: at.line, column: at.column, endLine: at.line, endColumn: at.column, suggestion: null }
}

export function emptyReport(file: ChangedFile, owners: string[], contentType: string | null): FileReport {
  return {
    path: file.path,
    status: file.status,
    ...(file.previousPath ? { previousPath: file.previousPath } : {}),
    contentType,
    owners,
    findings: [],
    preExisting: [],
    suppressed: [],
    sources: [],
    provenance: null,
  }
}

function unreadable(file: ChangedFile, message: string, owners: string[] = [], at?: { line: number; column: number }): FileReport {
  return { ...emptyReport(file, owners, null), findings: [inputFinding('input/unreadable', 'error', message, at)] }
}
