// `copydesk merge REPORT.json...`: the shards' JSON reports in, the unsharded run's report out.
import { readFile } from 'node:fs/promises'
import { CopydeskError } from '../errors.js'
import { mergeShardReports } from '../shard/merge.js'
import type { Report } from '../types.js'
import { VERSION } from '../version.js'
import { render, type FailOn, type Format } from './check.js'

export interface MergeOptions {
  format: Format
  color: boolean
  /** Absent: the shards' `fail-on`. */
  failOn?: FailOn
}

export async function mergeCommand(files: string[], options: MergeOptions): Promise<{ output: string; report: Report; failOn: FailOn }> {
  const inputs = await Promise.all(
    files.map(async (name) => {
      try {
        return { name, text: await readFile(name, 'utf8') }
      } catch (error) {
        throw new CopydeskError(`cannot read the shard report ${name}: ${(error as Error).message}`)
      }
    }),
  )
  const report = mergeShardReports(inputs, { version: VERSION, ...(options.failOn ? { failOn: options.failOn } : {}) })
  return { output: render(report, options.format, options.color), report, failOn: report.failOn }
}
