// `copydesk merge`: the JSON reports of `check --shard K/N` joined into the report the unsharded run gives —
// the same JSON byte for byte, so the same text, markdown and SARIF. Every shard derived the site context
// from the whole run and loaded the same policy, so the run-wide parts must agree; the file reports are
// put back in the unsharded run's order. A set that cannot give that report is refused, never guessed at.
import { isDeepStrictEqual } from 'node:util'
import { z } from 'zod'
import { decideVerdict } from '../engine/verdict.js'
import { CopydeskError } from '../errors.js'
import type { FileReport, Report, ShardInfo } from '../types.js'
import { shardOf } from './select.js'

export interface ShardReport {
  /** Where it came from, for messages. */
  name: string
  text: string
}

const shardSchema = z.object({
  index: z.number().int().min(1),
  total: z.number().int().min(1),
  copydesk: z.string(),
  paths: z.array(z.string()),
})

/** Run-wide parts every shard computes alike; a difference means the reports are not from one run. */
const SHARED = ['version', 'ruleset', 'failOn', 'positioning', 'signoff', 'site', 'llm', 'meta'] as const

const HINT = 'Merge the N reports of one run: `copydesk check --shard K/N --format json` for K = 1..N, same commit, same config, same copydesk.'

export function mergeShardReports(inputs: readonly ShardReport[], options: { version: string; failOn?: Report['failOn'] }): Report {
  const shards = inputs.map(parse)
  const first = shards[0]
  if (!first) throw new CopydeskError('merge needs the shard reports', HINT)
  const { total, paths } = first.info

  for (const shard of shards) {
    if (shard.info.copydesk !== options.version) {
      throw new CopydeskError(`${shard.name} was written by copydesk ${shard.info.copydesk}; this is copydesk ${options.version}`, 'Merge with the copydesk version that checked the shards.')
    }
    if (shard.info.total !== total) throw new CopydeskError(`${shard.name} is shard ${shard.info.index}/${shard.info.total}, but ${first.name} is one of ${total}`, HINT)
    if (!isDeepStrictEqual(shard.report.ruleset, first.report.ruleset)) {
      throw new CopydeskError(`${shard.name} was checked under policy ${shard.report.ruleset.version}, ${first.name} under ${first.report.ruleset.version}`, HINT)
    }
    if (!isDeepStrictEqual(shard.info.paths, paths)) throw new CopydeskError(`${shard.name} and ${first.name} list different files for the run`, HINT)
  }
  const seen = new Map<number, string>()
  for (const shard of shards) {
    const other = seen.get(shard.info.index)
    if (other !== undefined) throw new CopydeskError(`shard ${shard.info.index}/${total} is given twice (${other} and ${shard.name})`, HINT)
    seen.set(shard.info.index, shard.name)
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((k) => !seen.has(k))
  if (missing.length) throw new CopydeskError(`missing shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${total}`).join(', ')}`, HINT)

  for (const key of SHARED) {
    for (const shard of shards) {
      if (key === 'failOn' && options.failOn) continue
      if (!isDeepStrictEqual(shard.report[key], first.report[key])) throw new CopydeskError(`${shard.name} and ${first.name} differ in \`${key}\`: they are not shards of one run`, HINT)
    }
  }

  const order = new Map(paths.map((path, i) => [path, i]))
  const owner = new Map<string, string>()
  const files: FileReport[] = []
  for (const shard of shards) {
    for (const file of shard.report.files) {
      const position = order.get(file.path)
      if (position === undefined) throw new CopydeskError(`${shard.name} reports \`${file.path}\`, which is not among the run's files`, HINT)
      const other = owner.get(file.path)
      if (other !== undefined) throw new CopydeskError(`\`${file.path}\` is in two shards (${other} and ${shard.name})`, HINT)
      if (shardOf(file.path, total) !== shard.info.index) throw new CopydeskError(`\`${file.path}\` belongs to shard ${shardOf(file.path, total)}/${total}, not ${shard.name}'s ${shard.info.index}/${total}`, HINT)
      owner.set(file.path, shard.name)
      files.push(file)
    }
  }
  files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0))

  // Notices: the run's own (alike in every shard), then one per skipped file in file order, as the engine writes them.
  const skipNotice = (file: FileReport): string | null => (file.skipped === undefined ? null : `\`${file.path}\`: ${file.skipped}`)
  const runNotices = (shard: Parsed): string[] => {
    const own = new Set(shard.report.files.map(skipNotice).filter((n): n is string => n !== null))
    return shard.report.notices.filter((n) => !own.has(n))
  }
  const notices = runNotices(first)
  for (const shard of shards) {
    if (!isDeepStrictEqual(runNotices(shard), notices)) throw new CopydeskError(`${shard.name} and ${first.name} differ in their notices: they are not shards of one run`, HINT)
  }
  notices.push(...files.map(skipNotice).filter((n): n is string => n !== null))

  const suppressions = shards
    .flatMap((shard) => shard.report.suppressions ?? [])
    .sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0))
  const failOn = options.failOn ?? first.report.failOn
  const { shard: _shard, ...rest } = first.report
  return {
    ...rest,
    verdict: decideVerdict(files, first.report.signoff, failOn),
    files,
    failOn,
    notices,
    ...(suppressions.length ? { suppressions } : {}),
  }
}

interface Parsed {
  name: string
  report: Report
  info: ShardInfo
}

function parse(input: ShardReport): Parsed {
  let value: unknown
  try {
    value = JSON.parse(input.text)
  } catch (error) {
    throw new CopydeskError(`${input.name} is not JSON (${(error as Error).message})`, HINT)
  }
  const report = value as Report & { shard?: unknown }
  if (typeof report !== 'object' || report === null || report.version !== 1 || !Array.isArray(report.files) || !Array.isArray(report.notices)) {
    throw new CopydeskError(`${input.name} is not a copydesk JSON report`, HINT)
  }
  const info = shardSchema.safeParse(report.shard)
  if (!info.success) throw new CopydeskError(`${input.name} is not a shard report: it has no \`shard\` (run \`copydesk check --shard K/N --format json\`)`, HINT)
  if (info.data.index > info.data.total) throw new CopydeskError(`${input.name} says it is shard ${info.data.index}/${info.data.total}`, HINT)
  return { name: input.name, report, info: info.data }
}
