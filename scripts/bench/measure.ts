// Timing child processes the same way for every tool: wall time from spawn to exit, and peak RSS
// from GNU time when it is installed (Node cannot read a child's rusage itself).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

export interface Timed {
  ms: number
  /** Peak resident set in KiB, or null when /usr/bin/time is not available. */
  maxRssKiB: number | null
  status: number | null
  stdout: string
  stderr: string
  /** Set when the program could not be started at all. */
  error?: Error
}

const GNU_TIME = '/usr/bin/time'

let gnuTime: boolean | null = null
function hasGnuTime(): boolean {
  if (gnuTime === null) {
    gnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0
  }
  return gnuTime
}

export function run(command: string, args: readonly string[], cwd: string): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
  const rssFile = join(dir, 'rss')
  const wrap = hasGnuTime()
  const started = performance.now()
  const result: SpawnSyncReturns<string> = wrap
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
  const ms = performance.now() - started
  let maxRssKiB: number | null = null
  if (wrap) {
    try {
      // GNU time prefixes "Command exited with non-zero status N" lines: the number is the last line.
      const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? ''
      maxRssKiB = /^\d+$/.test(last) ? Number(last) : null
    } catch {
      maxRssKiB = null
    }
  }
  rmSync(dir, { recursive: true, force: true })
  return { ms, maxRssKiB, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ...(result.error ? { error: result.error } : {}) }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Whether a program is on PATH (without running it). */
export function onPath(program: string): boolean {
  return (process.env['PATH'] ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, program)))
}
