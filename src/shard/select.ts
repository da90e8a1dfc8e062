// `--shard K/N`: which content files one of N parallel jobs checks. A file's shard comes from a hash of its
// path alone, so every machine, file order and listing agrees on it, and a file stays in its shard as
// others are added or removed.
import { createHash } from 'node:crypto'

export interface Shard {
  /** 1-based. */
  index: number
  total: number
}

/** The most shards a run may be split into: more jobs than this would each start up for a handful of files. */
export const MAX_SHARDS = 256

/** `K/N` with 1 ≤ K ≤ N ≤ MAX_SHARDS, or a sentence saying what is wrong with it. */
export function parseShard(value: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!match) return `--shard takes K/N (this job's shard K of N, counting from 1), e.g. --shard 2/3; got \`${value}\``
  const index = Number(match[1])
  const total = Number(match[2])
  if (total < 1 || total > MAX_SHARDS) return `--shard ${value}: N must be between 1 and ${MAX_SHARDS}`
  if (index < 1 || index > total) return `--shard ${value}: K counts from 1 to N (${total}); got ${index}`
  return { index, total }
}

/** The 1-based shard of `path` among `total`. */
export function shardOf(path: string, total: number): number {
  return (createHash('sha256').update(path).digest().readUInt32BE(0) % total) + 1
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.total) === shard.index
}
