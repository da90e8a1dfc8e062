// The sections of the markdown report, shared by the PR comment, the job summary and `--format markdown`.
// Each takes the report and a level of detail and returns lines, so the comment can re-render with less
// detail when it runs long instead of cutting a section in half.
import type { Approval, FileReport, Finding, Report, Severity, SignoffState, Source, SuppressionOutcome } from '../types.js'
import { decisionLine, ownerCode } from './decision.js'
import { code, details, isWebUrl, link, safeText, table } from './md.js'
import { positioningSection } from './positioning-md.js'
import { blobUrl, FULL_DETAIL, linksFromMeta, more, trimBlank, type RenderContext } from './render-context.js'
import {
  blockingFindings,
  compareByPosition,
  countReport,
  countSeverities,
  formatUtc,
  plural,
  reachesFailOn,
  safePosition,
  severityRank,
  shortSha,
} from './shared.js'

export { describeReason, positioningSection } from './positioning-md.js'
export { blobUrl, FULL_DETAIL, linksFromMeta, type Detail, type LinkContext, type RenderContext } from './render-context.js'

/** From this many changed files on, the sign-off sits right under the header, above the file table. */
export const MANY_FILES = 10

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' }
const VERDICT_TITLE = { pass: '✅ copydesk: pass', fail: '❌ copydesk: fail', 'needs-signoff': '⏳ copydesk: needs sign-off' }
const SIGNOFF_ICON: Record<SignoffState, string> = { approved: '✅', pending: '⏳', rejected: '❌', 'not-required': '➖' }

// ---------------------------------------------------------------------------------------------
// Title

export function titleSection(report: Report, ctx: RenderContext): string[] {
  const n = countReport(report)
  const tally = [
    `**${plural(n.errors, 'error')}**`,
    `**${plural(n.warnings, 'warning')}**`,
    ...(n.infos > 0 ? [plural(n.infos, 'info', 'infos')] : []),
    ...(n.suppressed > 0 ? [`${n.suppressed} suppressed`] : []),
    ...(n.preExisting > 0 ? [`${n.preExisting} pre-existing`] : []),
    `${plural(n.files, 'file')} checked`,
    ...(ctx.links ? [`head ${code(shortSha(ctx.links.headSha))}`] : []),
  ]
  const decision = decisionLine(report, ctx)
  const lines = [`## ${title(report)}`, '', ...(decision ? [decision, ''] : []), whySentence(report), '', tally.join(' · ')]
  if (report.notices.length > 0) {
    lines.push('', ...report.notices.map((notice) => `> ℹ️ ${safeText(notice)}`))
  }
  return lines
}

/** A failing PR that also waits for a strategy owner says both: fixing the findings is not enough. */
function title(report: Report): string {
  const base = VERDICT_TITLE[report.verdict] ?? report.verdict
  if (report.verdict !== 'fail' || !report.signoff.required) return base
  if (report.signoff.state === 'pending') return `${base} · ⏳ needs sign-off`
  if (report.signoff.state === 'rejected') return `${base} · ❌ sign-off refused`
  return base
}

function whySentence(report: Report): string {
  const failOn = code(`fail-on: ${report.failOn}`)
  const failed = report.files.filter((file) => file.error !== undefined)
  if (failed.length > 0) {
    const names = failed.slice(0, 3).map((file) => code(file.path)).join(', ') + (failed.length > 3 ? ` and ${failed.length - 3} more` : '')
    return `copydesk could not read ${plural(failed.length, 'changed file')} (${names}): nobody has checked ${failed.length === 1 ? 'it' : 'them'}, so this pull request cannot pass. Re-run the job; see below for what failed.`
  }
  const awaiting = report.files.reduce((n, file) => n + file.findings.filter((f) => f.suppression?.status === 'awaiting-signoff').length, 0)
  const others = report.files.reduce((n, file) => n + file.findings.filter((f) => f.suppression?.status !== 'awaiting-signoff' && reachesFailOn(f.severity, report.failOn)).length, 0)
  if (report.verdict === 'fail' && awaiting > 0 && others === 0) {
    return `This pull request suppresses ${plural(awaiting, 'finding')} that config lets a pull request suppress only with a strategy owner's sign-off; ${awaiting === 1 ? 'it counts' : 'they count'} until a strategy owner approves the head (see the suppressions below).`
  }
  if (report.verdict === 'fail') {
    const reaching = report.files.flatMap((file) =>
      blockingFindings(file)
        .filter((f) => reachesFailOn(f.severity, report.failOn))
        .map(() => file.path),
    )
    // Policy is read from the base branch: a PR cannot relax the rules it is checked against.
    const policy = report.positioning.policyFiles.length > 0 ? " This pull request's own policy edits apply only after it merges." : ''
    if (reaching.length === 0) return `copydesk found problems that block this pull request; see below.${policy}`
    const files = new Set(reaching).size
    return `${plural(reaching.length, 'finding')} in ${plural(files, 'file')} ${reaching.length === 1 ? 'reaches' : 'reach'} ${failOn}: fix ${reaching.length === 1 ? 'it' : 'them'} or suppress with a reason.${policy}`
  }
  if (report.verdict === 'needs-signoff') return `No finding reaches ${failOn}. ${safeReason(report.signoff.reason)}`
  if (report.failOn === 'never') return `Findings are listed but never block (${failOn}).`
  const signed = report.positioning.changed ? ', and the positioning changes are signed off' : ''
  return `No finding reaches ${failOn}${signed}.`
}

// ---------------------------------------------------------------------------------------------
// Suppressions the PR adds: near the top, so nobody merges a silenced rule without seeing it and why.

const OUTCOME: Record<SuppressionOutcome, string> = {
  suppressed: '🔕 suppressed',
  'signed-off': '✅ suppressed, signed off by a strategy owner',
  'awaiting-signoff': "⏳ awaiting a strategy owner's sign-off: counts until the head is approved",
  forbidden: '⛔ not honoured: config forbids suppressing it; it counts',
}

const MAX_SUPPRESSIONS_LISTED = 50

export function suppressionsSection(report: Report, ctx: RenderContext): string[] {
  const uses = report.suppressions ?? []
  if (uses.length === 0) return []
  const lines = [`### 🔕 Suppressions this pull request adds (${uses.length})`, '']
  for (const use of uses.slice(0, MAX_SUPPRESSIONS_LISTED)) {
    const where = `${use.path}:${use.line}`
    const target = ctx.links ? link(code(where), blobUrl(ctx.links, use.path, use.line)) : code(where)
    const rules = use.rules.length > 0 ? use.rules.map((r) => code(r)).join(', ') : 'every rule'
    const older = use.added ? '' : ' (an existing comment, now covering lines this PR changed)'
    lines.push(`- ${target} · ${rules}${older} — reason: “${safeText(use.reason)}”`)
    if (use.findings.length === 0) lines.push('  - silences nothing at the moment')
    for (const f of use.findings) lines.push(`  - ${OUTCOME[f.outcome] ?? f.outcome}: ${code(f.ruleId)} (${f.severity}) on L${Math.max(1, f.line)}${f.text ? ` ${code(f.text)}` : ''}`)
  }
  if (uses.length > MAX_SUPPRESSIONS_LISTED) lines.push(`- …and ${plural(uses.length - MAX_SUPPRESSIONS_LISTED, 'more suppression')}${more(ctx)}.`)
  return lines
}

// ---------------------------------------------------------------------------------------------
// Changed files

export function filesSection(report: Report, ctx: RenderContext): string[] {
  if (report.files.length === 0) return []
  const positioningFiles = new Set(report.positioning.changes.map((c) => c.path))
  // Files that need attention first, so a cut table still shows them.
  const ordered = [...report.files].sort((a, b) => attention(b) - attention(a))
  const shown = ordered.slice(0, ctx.detail.maxTableRows)
  const rows = shown.map((file) => [
    fileLink(file, ctx),
    changeLabel(file),
    file.contentType ? code(file.contentType) : '—',
    file.owners.length > 0 ? file.owners.map((o) => code(o)).join(' ') : '—',
    findingsCount(file),
    statusLabel(file, report, positioningFiles.has(file.path)),
  ])
  const lines = ['### Changed files', '', ...table(['File', 'Change', 'Type', 'Owners', 'Findings', 'Status'], rows)]
  if (shown.length < ordered.length) lines.push('', `…and ${plural(ordered.length - shown.length, 'more file')} without findings${more(ctx)}.`)
  return lines
}

function attention(file: FileReport): number {
  const c = countSeverities(blockingFindings(file))
  return c.errors * 1000 + c.warnings * 10 + c.infos + (file.skipped ? 1 : 0)
}

function fileLink(file: FileReport, ctx: RenderContext): string {
  const label = code(file.path)
  if (!ctx.links) return label
  if (file.status === 'removed') return ctx.links.baseSha ? link(label, blobUrl(ctx.links, file.path, undefined, ctx.links.baseSha)) : label
  return link(label, blobUrl(ctx.links, file.path))
}

/**
 * A rename says only what moved, so a PR that reorganises folders keeps a narrow table: `moved from
 * \`content/blog/\`` when only the folder changed, `renamed from \`old.md\`` when only the name did.
 */
function changeLabel(file: FileReport): string {
  if (file.status !== 'renamed' || !file.previousPath) return file.status
  const split = (p: string): [string, string] => {
    const at = p.lastIndexOf('/')
    return [p.slice(0, at + 1), p.slice(at + 1)]
  }
  const [fromDir, fromName] = split(file.previousPath)
  const [toDir, toName] = split(file.path)
  if (fromName === toName && fromDir !== toDir) return `moved from ${code(fromDir || './')}`
  if (fromDir === toDir && fromName !== toName) return `renamed from ${code(fromName)}`
  return `renamed from ${code(file.previousPath)}`
}

function findingsCount(file: FileReport): string {
  const c = countSeverities(blockingFindings(file))
  const parts = [
    ...(c.errors > 0 ? [plural(c.errors, 'error')] : []),
    ...(c.warnings > 0 ? [plural(c.warnings, 'warning')] : []),
    ...(c.infos > 0 ? [plural(c.infos, 'info', 'infos')] : []),
  ]
  const quiet = [
    ...(file.suppressed.length > 0 ? [`${file.suppressed.length} suppressed`] : []),
    ...(file.preExisting.length > 0 ? [`${file.preExisting.length} pre-existing`] : []),
  ]
  const main = parts.length > 0 ? parts.join(' · ') : '—'
  return quiet.length > 0 ? `${main} (${quiet.join(', ')})` : main
}

function statusLabel(file: FileReport, report: Report, positioning: boolean): string {
  const flag = positioning ? ' · 🧭 positioning' : ''
  if (file.skipped !== undefined) return `⏭️ skipped: ${safeText(file.skipped)}${flag}`
  const findings = blockingFindings(file)
  if (findings.some((f) => reachesFailOn(f.severity, report.failOn))) return `❌ blocking${flag}`
  if (findings.length > 0) return `⚠️ to review${flag}`
  return `✅ clean${flag}`
}

// ---------------------------------------------------------------------------------------------
// Findings

export function findingsSection(report: Report, ctx: RenderContext): string[] {
  const files = report.files.filter((f) => blockingFindings(f).length > 0 || f.suppressed.length > 0)
  const body: string[] = []
  for (const file of files) {
    body.push(`#### ${fileLink(file, ctx)}`, '')
    const findings = blockingFindings(file)
    const shown = mostSevere(findings, ctx.detail.maxFindingsPerFile)
    for (const f of shown) body.push(...findingItem(f, file.path, ctx))
    const hidden = findings.length - shown.length
    if (hidden > 0) {
      const what = shown.length > 0 ? `…and ${plural(hidden, 'more finding')}` : plural(hidden, 'finding')
      body.push(`- ${what} in this file${more(ctx)}.`)
    }
    if (file.suppressed.length > 0) {
      if (ctx.detail.listSuppressed) {
        for (const f of [...file.suppressed].sort(compareByPosition)) body.push(...suppressedItem(f, file.path, ctx))
      } else {
        body.push(`- 🔕 ${plural(file.suppressed.length, 'suppressed finding')}${more(ctx)}.`)
      }
    }
    body.push('')
  }
  const preExisting = preExistingBlock(report, ctx)
  if (body.length === 0 && preExisting.length === 0) return []
  const n = countReport(report)
  const heading = `### Findings (${plural(n.errors + n.warnings + n.infos, 'finding')}, ${n.suppressed} suppressed)`
  const content = body.length > 0 ? trimBlank(body) : ['No blocking findings in the changed lines.']
  const main = ctx.detail.collapse ? details(`Show ${plural(n.errors + n.warnings + n.infos, 'finding')}`, content) : content
  return [heading, '', ...main, ...(preExisting.length > 0 ? ['', ...preExisting] : [])]
}

/** When the list is cut, the most severe findings stay; they are still shown in reading order. */
function mostSevere(findings: Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings].sort(compareByPosition)
  const keep = new Set(
    [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareByPosition(a, b)).slice(0, limit),
  )
  return findings.filter((f) => keep.has(f)).sort(compareByPosition)
}

function findingItem(f: Finding, path: string, ctx: RenderContext): string[] {
  const icon = SEVERITY_ICON[f.severity] ?? '•'
  const place = f.where !== undefined ? ` (in ${code(f.where)})` : ''
  const lines = [`- ${icon} ${ruleLabel(f)} · ${lineLink(f, path, ctx)}${place}${originTag(f)}  `, `  ${safeText(f.message)}  `]
  // Most messages already quote the match (`{match}`); repeat the words only when they do not.
  if (f.text && !f.message.includes(`\`${f.text}\``)) lines.push(`  Flagged: ${code(f.text)}  `)
  if (f.suggestion) lines.push(`  💡 ${safeText(f.suggestion)}  `)
  if (f.veto) lines.push(`  🤖 Overruled by the LLM second opinion — ${safeText(f.veto.note)} (kept as info; the rule said ${f.veto.severity})  `)
  if (f.suppression) lines.push(`  🔕 The suppression on line ${f.suppression.line} (“${safeText(f.suppression.reason)}”) is not honoured: ${safeReason(f.suppression.why)}.  `)
  lines[lines.length - 1] = (lines[lines.length - 1] ?? '').trimEnd()
  return lines
}

function suppressedItem(f: Finding, path: string, ctx: RenderContext): string[] {
  const signed = f.suppressed?.signedOff ? ', signed off by a strategy owner' : ''
  const reason = f.suppressed ? `${safeText(f.suppressed.reason)} (comment on line ${f.suppressed.line}${signed})` : 'no reason given'
  return [`- 🔕 ~~${ruleLabel(f)}~~ · ${lineLink(f, path, ctx)} — suppressed: ${reason}  `, `  ${safeText(f.message)}`]
}

function preExistingBlock(report: Report, ctx: RenderContext): string[] {
  const files = report.files.filter((f) => f.preExisting.length > 0)
  const total = files.reduce((n, f) => n + f.preExisting.length, 0)
  if (total === 0) return []
  if (!ctx.detail.listPreExisting) {
    return [`${plural(total, 'pre-existing finding')} on lines this PR did not change (not blocking)${more(ctx)}.`]
  }
  const body: string[] = []
  for (const file of files) {
    body.push(`**${code(file.path)}**`, '')
    for (const f of [...file.preExisting].sort(compareByPosition)) {
      body.push(`- ${SEVERITY_ICON[f.severity] ?? '•'} ${ruleLabel(f)} · ${lineLink(f, file.path, ctx)} — ${safeText(f.message)}`)
    }
    body.push('')
  }
  return details(`Pre-existing (not blocking) — ${total}`, trimBlank(body))
}

/** Who found it, when a model took part: confirmed by it, or found by it alone. */
function originTag(f: Finding): string {
  if (f.origin === 'rule+llm') return ' · 🤖 confirmed by the LLM'
  if (f.origin === 'llm' && f.category !== 'input') return " · 🤖 the LLM's finding (advisory)"
  return ''
}

function ruleLabel(f: Finding): string {
  return f.url && isWebUrl(f.url) ? link(code(f.ruleId), f.url) : code(f.ruleId)
}

function lineLink(f: Finding, path: string, ctx: RenderContext): string {
  const pos = safePosition(f)
  const label = pos.endLine > pos.line ? `L${pos.line}–L${pos.endLine}` : `L${pos.line}:${pos.column}`
  return ctx.links ? link(label, blobUrl(ctx.links, path, pos.line)) : label
}

// ---------------------------------------------------------------------------------------------
// Sign-off

export function signoffSection(report: Report, ctx: RenderContext): string[] {
  const s = report.signoff
  const lines = [`### Strategy sign-off: ${SIGNOFF_ICON[s.state] ?? ''} ${s.state}`, '', safeReason(s.reason), '']
  const items: string[] = []
  if (s.owners.length > 0) items.push(`**Owners:** ${s.owners.map(ownerCode).join(', ')}`)
  for (const a of s.approvedBy) items.push(approvalLine(a, ctx))
  for (const note of s.notes) items.push(`ℹ️ ${safeReason(note)}`)
  if (s.override) {
    const when = s.override.at ? ` on ${formatUtc(s.override.at)}` : ''
    // `unknown` is the sign-off's placeholder, not a login: written as `@unknown` it would notify a stranger.
    const by = s.override.by === 'unknown' ? 'an unknown user' : ownerCode(s.override.by)
    items.push(`⚠️ **Override** by ${by}${when}: ${safeText(s.override.justification)}`)
  }
  if (items.length > 0) lines.push(...items.map((item) => `- ${item}`))
  return trimBlank(lines)
}

// Reasons and notes are ours but may quote a label, a comment or a login: HTML and pings are neutralised. Logins and owners
// are written as code: the header mentions the owners once, when their sign-off becomes required, and no
// later update of the comment notifies anyone again.
function safeReason(s: string): string {
  // `safeText` also keeps a login quoted in a reason ("@jane approved an older commit") from notifying.
  return safeText(s)
}

function approvalLine(a: Approval, ctx: RenderContext): string {
  const sha = code(shortSha(a.commit))
  const commit = ctx.links ? link(sha, `${ctx.links.serverUrl.replace(/\/+$/, '')}/${ctx.links.repository}/commit/${a.commit}`) : sha
  const older = ctx.links && a.commit !== ctx.links.headSha ? ' (an older commit)' : ''
  return `✅ ${ownerCode(a.login)} approved ${commit} on ${formatUtc(a.at)}${older}`
}

// ---------------------------------------------------------------------------------------------
// Sources and provenance

export function sourcesSection(report: Report, ctx: RenderContext): string[] {
  const sourceRows = report.files.flatMap((file) => file.sources.map((source) => sourceRow(file.path, source, ctx)))
  const provenanceFiles = report.files.filter((f) => f.provenance !== null)
  if (sourceRows.length === 0 && provenanceFiles.length === 0) return []
  if (!ctx.detail.sourcesAndProvenance) {
    return [
      '### Sources and AI provenance',
      '',
      `${plural(sourceRows.length, 'source')} cited, ${plural(provenanceFiles.length, 'file')} with AI provenance${more(ctx)}.`,
    ]
  }
  const body: string[] = []
  if (sourceRows.length > 0) {
    body.push(...table(['File', 'Source', 'Title', 'Retrieved', 'Valid until'], sourceRows), '')
  }
  if (provenanceFiles.length > 0) {
    const rows = provenanceFiles.map((file) => {
      const p = file.provenance!
      return [
        code(file.path),
        p.aiAssisted ? 'yes' : 'no',
        p.model ? code(p.model) : '—',
        p.prompt ? code(p.prompt) : '—',
        p.reviewer ? code(p.reviewer) : '—',
        p.reviewedAt ? safeText(p.reviewedAt) : '—',
      ]
    })
    body.push('**AI provenance**', '', ...table(['File', 'AI-assisted', 'Model', 'Prompt', 'Reviewer', 'Reviewed at'], rows))
  }
  const content = trimBlank(body)
  return ['### Sources and AI provenance', '', ...(ctx.detail.collapse ? details('Show sources and provenance', content) : content)]
}

function sourceRow(path: string, source: Source, ctx: RenderContext): string[] {
  const title = source.title ? safeText(source.title) : source.url ?? source.path ?? '—'
  let target: string
  if (source.url && isWebUrl(source.url)) target = link(safeLinkText(title), source.url)
  else if (source.path && ctx.links) target = link(safeLinkText(title), blobUrl(ctx.links, source.path))
  else target = source.path ? `${safeText(title)} (${code(source.path)})` : safeText(title)
  return [code(path), code(source.id), target, source.retrieved ? safeText(source.retrieved) : '—', source.validUntil ? safeText(source.validUntil) : '—']
}

function safeLinkText(s: string): string {
  return safeText(s).replace(/[[\]]/g, (ch) => `\\${ch}`)
}

// ---------------------------------------------------------------------------------------------
// Footer

export function footerSection(report: Report, ctx: RenderContext): string[] {
  const packs = report.ruleset.packs.map((p) => `${code(p.name)} ${safeText(p.version)}`).join(', ')
  const parts = [
    `Rule set ${code(report.ruleset.version)}${packs ? ` (${packs})` : ''}`,
    `fail-on ${code(report.failOn)}`,
    ...(report.llm ? [llmFooter(report.llm)] : []),
    ...(ctx.runUrl && isWebUrl(ctx.runUrl) ? [link('workflow run', ctx.runUrl)] : []),
    'generated by copydesk',
  ]
  return ['---', `<sub>${parts.join(' · ')}</sub>`]
}

/** The model, the prompt and what the second opinion cost in this run. */
function llmFooter(llm: NonNullable<Report['llm']>): string {
  const head = `LLM review ${code(llm.model)} (prompt ${safeText(llm.promptVersion)})`
  const u = llm.usage
  if (!u) return head
  const skipped = llm.notReviewed?.length ? `, ${plural(llm.notReviewed.length, 'candidate')} not reviewed` : ''
  return `${head}: ${plural(u.requests, 'request')}, ${u.inputTokens} input and ${u.outputTokens} output tokens, ${u.cachedHits} cached${skipped}`
}

// ---------------------------------------------------------------------------------------------

/** The context for an unlimited rendering (markdown output, job summary): every detail, links when known. */
export function fullDetailContext(report: Report): RenderContext {
  return {
    links: linksFromMeta(report),
    detail: FULL_DETAIL,
    ...(report.meta.runUrl !== undefined && { runUrl: report.meta.runUrl }),
  }
}

/** The report's sections in reading order; `afterTitle` lets the job summary put its overflow table first. */
export function renderSections(report: Report, ctx: RenderContext, afterTitle: string[] = []): string {
  // On a PR that touches many files, the decision a strategy owner must take sits right under the header.
  const early = report.signoff.required && report.files.length >= MANY_FILES
  return joinSections([
    titleSection(report, ctx),
    early ? signoffSection(report, ctx) : [],
    afterTitle,
    suppressionsSection(report, ctx),
    filesSection(report, ctx),
    findingsSection(report, ctx),
    positioningSection(report, ctx),
    early ? [] : signoffSection(report, ctx),
    sourcesSection(report, ctx),
    footerSection(report, ctx),
  ])
}

/** Joins sections with one blank line between them, skipping empty ones. */
export function joinSections(sections: string[][]): string {
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')
}

