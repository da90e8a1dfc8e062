// One site through copydesk as `copydesk check PATH…` runs it (checkAsIs, the loaded policy), plus a
// second read of each checked file with the same document options to count the sentences by construct.
// Every failure inside one file is caught, recorded with its file, and the survey goes on.
import { performance } from 'node:perf_hooks'
import { checkAsIs } from '../../src/engine/as-is.js'
import { contentMatcher } from '../../src/engine/content-files.js'
import { decodeText } from '../../src/engine/decode.js'
import { documentOptions } from '../../src/engine/document-options.js'
import type { LoadedPolicy } from '../../src/engine/policy.js'
import { memoryTree, type Tree } from '../../src/engine/tree.js'
import { parseDocument, sentenceLocation } from '../../src/content/index.js'
import type { Finding, Sentence } from '../../src/types.js'
import type { Entry, Site } from './location.js'

export type SkipReason = 'not content' | 'symlink' | 'submodule' | 'not a regular file' | 'object missing' | 'too large' | 'binary'

/** Everything in it is a count, a duration or a file path: safe to commit. Page text never enters it. */
export interface SiteSummary {
  site: string
  location: string
  /** What was read: the folder, or the git directory, commit and sub-path. */
  describe: string
  kind: Site['kind']
  commit?: string
  subPath?: string
  files: {
    /** Every entry the location lists (files, symlinks, submodules). */
    listed: number
    /** Entries the content globs pick (symlinks and submodules excluded). */
    content: number
    /** Content files read as documents: content minus too large and binary. */
    checked: number
  }
  time: {
    /** Wall time for the whole site: listing, reading, the engine and the sentence count. */
    totalSeconds: number
    readSeconds: number
    /** Time inside checkAsIs, summed over the content files. */
    engineSeconds: number
    /** The survey's own second read of each file, counting sentences (not copydesk's cost). */
    sentenceSeconds: number
    /** Content files per second of engine time: what `copydesk check` spends, without process start. */
    filesPerSecond: number
    /** The files the engine took longest on. */
    slowest: { path: string; ms: number }[]
  }
  sentences: { total: number; byConstruct: Record<string, number>; byKind: Record<string, number> }
  findings: {
    total: number
    suppressed: number
    byCategory: Record<string, number>
    bySeverity: Record<string, number>
    /** Rule ids by count, most first (ties by id); the text table shows the first ten. */
    byRule: { ruleId: string; count: number }[]
  }
  skipped: {
    byReason: Partial<Record<SkipReason, number>>
    /** Every skipped file except `not content` ones (those are counted by extension). */
    files: { path: string; reason: SkipReason; bytes?: number }[]
    notContentByExtension: Record<string, number>
  }
  /** Findings about reading a file: category `input` and `frontmatter/*-syntax`. */
  problems: { path: string; ruleId: string; line: number; column: number; message: string }[]
  crashes: { path: string; where: string; message: string }[]
}

export interface DumpedSentence {
  site: string
  path: string
  line: number
  column: number
  construct: string
  kind: Sentence['kind']
  field: string | null
  text: string
}

export interface SurveyOptions {
  /** Receives every sentence read (for `--dump`). */
  onSentence?: (sentence: DumpedSentence) => void
  now?: Date
  /** Test seam: a Tree wrapper, e.g. one that fails on a chosen file. */
  wrapTree?: (tree: Tree) => Tree
}

const SLOWEST = 5

const WARM_UP_PAGE = [
  '---',
  'title: Warm-up page',
  'description: A page the survey checks before timing, so the first real file does not pay for start-up.',
  '---',
  '',
  '# Ship faster with fewer reviews',
  '',
  '<Hero title="One place for every launch" />',
  '',
  '| Plan | Seats |',
  '| ---- | ----- |',
  '| Team | 10    |',
  '',
  '- Cuts review time by 43%.',
  '- Guaranteed results.',
  '',
].join('\n')

/** Loads and compiles what the first check would (parsers, the rule automaton) outside the timed loop. */
export async function warmUp(loaded: LoadedPolicy): Promise<void> {
  const tree = memoryTree({ 'warm-up.mdx': WARM_UP_PAGE, 'warm-up.md': WARM_UP_PAGE })
  for (let i = 0; i < 3; i++) await checkAsIs(tree, loaded, ['warm-up.md', 'warm-up.mdx'], { failOn: 'never' })
}

export function isParseProblem(finding: Pick<Finding, 'category' | 'ruleId'>): boolean {
  return finding.category === 'input' || /^frontmatter\/[\w-]*-syntax$/.test(finding.ruleId)
}

export async function surveySite(site: Site, loaded: LoadedPolicy, options: SurveyOptions = {}): Promise<SiteSummary> {
  const started = performance.now()
  const config = loaded.policy.config
  const isContent = contentMatcher(config, loaded.artifact.path)
  const maxSize = config.content['max-file-size']
  const docOptions = documentOptions(config)

  const summary: SiteSummary = {
    site: site.name,
    location: site.location,
    describe: site.describe,
    kind: site.kind,
    ...(site.commit ? { commit: site.commit, subPath: site.subPath ?? '' } : {}),
    files: { listed: 0, content: 0, checked: 0 },
    time: { totalSeconds: 0, readSeconds: 0, engineSeconds: 0, sentenceSeconds: 0, filesPerSecond: 0, slowest: [] },
    sentences: { total: 0, byConstruct: {}, byKind: {} },
    findings: { total: 0, suppressed: 0, byCategory: {}, bySeverity: {}, byRule: [] },
    skipped: { byReason: {}, files: [], notContentByExtension: {} },
    problems: [],
    crashes: [],
  }
  const skip = (path: string, reason: SkipReason, bytes?: number): void => {
    summary.skipped.byReason[reason] = (summary.skipped.byReason[reason] ?? 0) + 1
    if (reason === 'not content') bump(summary.skipped.notContentByExtension, extensionOf(path))
    else summary.skipped.files.push({ path, reason, ...(bytes !== undefined ? { bytes } : {}) })
  }
  const crash = (path: string, where: string, error: unknown): void => {
    summary.crashes.push({ path, where, message: messageOf(error) })
  }

  const entries = await site.list()
  summary.files.listed = entries.length
  const content: Entry[] = []
  for (const entry of entries) {
    if (entry.kind === 'symlink') skip(entry.path, 'symlink')
    else if (entry.kind === 'submodule') skip(entry.path, 'submodule')
    else if (entry.kind === 'special') skip(entry.path, 'not a regular file')
    else if (!isContent(entry.path)) skip(entry.path, 'not content')
    else if (entry.kind === 'missing') skip(entry.path, 'object missing')
    else content.push(entry)
  }
  summary.files.content = content.length

  const readStarted = performance.now()
  try {
    await site.prefetch(content.map((e) => e.path))
  } catch (error) {
    // Each file is then read on its own, so one bad object costs that file only.
    crash('(prefetch)', 'read', error)
  }
  summary.time.readSeconds = (performance.now() - readStarted) / 1000

  const base: Tree = { label: site.name, read: (path) => site.read(path), list: async () => content.map((e) => e.path) }
  const tree = options.wrapTree ? options.wrapTree(base) : base
  const rules = new Map<string, number>()
  const timings: { path: string; ms: number }[] = []

  for (const entry of content) {
    const { path } = entry
    let text: string | null = null
    let bytes: Uint8Array | null = null
    try {
      bytes = await tree.read(path)
      if (bytes === null) {
        skip(path, 'object missing')
        continue
      }
    } catch (error) {
      crash(path, 'read', error)
    }
    if (bytes) {
      const decoded = decodeText(bytes)
      if (bytes.byteLength > maxSize) skip(path, 'too large', bytes.byteLength)
      else if (decoded === null || decoded.includes('\u0000')) skip(path, 'binary', bytes.byteLength)
      else text = decoded
    }

    // The engine, exactly as the CLI calls it for a named file; it reports too-large and binary files too.
    const engineStarted = performance.now()
    try {
      const report = await checkAsIs(tree, loaded, [path], { failOn: 'never', ...(options.now ? { now: options.now } : {}) })
      for (const file of report.files) {
        for (const finding of file.findings) {
          summary.findings.total++
          bump(summary.findings.byCategory, finding.category)
          bump(summary.findings.bySeverity, finding.severity)
          rules.set(finding.ruleId, (rules.get(finding.ruleId) ?? 0) + 1)
          if (isParseProblem(finding)) {
            summary.problems.push({ path, ruleId: finding.ruleId, line: finding.line, column: finding.column, message: finding.message })
          }
          // The engine turns its own failures into findings so a PR run goes on; here they are crashes.
          if (finding.ruleId === 'copydesk/internal-error') crash(path, 'check', finding.message)
          else if (finding.ruleId === 'input/unreadable' && text !== null) crash(path, 'engine', finding.message)
        }
        summary.findings.suppressed += file.suppressed.length
      }
    } catch (error) {
      crash(path, 'engine', error)
    }
    const ms = performance.now() - engineStarted
    summary.time.engineSeconds += ms / 1000
    timings.push({ path, ms })

    if (text === null) continue
    summary.files.checked++
    const sentencesStarted = performance.now()
    try {
      const doc = parseDocument(path, text, docOptions)
      for (const sentence of doc.sentences) {
        const construct = sentence.construct ?? 'markdown'
        summary.sentences.total++
        bump(summary.sentences.byConstruct, construct)
        bump(summary.sentences.byKind, sentence.kind)
        if (options.onSentence) {
          const at = sentenceLocation(doc, sentence, 0, sentence.text.length)
          options.onSentence({ site: site.name, path, line: at.line, column: at.column, construct, kind: sentence.kind, field: sentence.field ?? null, text: sentence.text })
        }
      }
    } catch (error) {
      crash(path, 'sentences', error)
    }
    summary.time.sentenceSeconds += (performance.now() - sentencesStarted) / 1000
  }

  summary.skipped.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  summary.findings.byRule = [...rules].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1))
  summary.time.slowest = timings
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST)
    .map((t) => ({ path: t.path, ms: round(t.ms, 1) }))
  summary.time.filesPerSecond = summary.time.engineSeconds > 0 ? round(content.length / summary.time.engineSeconds, 1) : 0
  summary.time.engineSeconds = round(summary.time.engineSeconds, 3)
  summary.time.readSeconds = round(summary.time.readSeconds, 3)
  summary.time.sentenceSeconds = round(summary.time.sentenceSeconds, 3)
  summary.time.totalSeconds = round((performance.now() - started) / 1000, 3)
  return summary
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : '(none)'
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.split('\n')[0]!.slice(0, 300)
}

function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
