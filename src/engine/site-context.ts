// The site-context stage of a run: every content file the run checks is read and parsed once, up front,
// so the publisher, the competitors and each page's kind are known before any check reads a sentence.
import type { Config } from '../config/schema.js'
import { parseDocument } from '../content/index.js'
import { buildSiteContext, siteConfig, type SiteContext } from '../site/index.js'
import type { ContentDocument } from '../types.js'
import { decodeText } from './decode.js'
import { documentOptions } from './document-options.js'
import type { Tree } from './tree.js'

export interface RunContext {
  site: SiteContext
  /** Parsed head documents by path, reused by the checks so no file is parsed twice. */
  docs: Map<string, ContentDocument>
  /** The head bytes each document was parsed from, so the check reads no file twice (taken by the check). */
  bytes: Map<string, Uint8Array>
}

/** Files read ahead of the one being parsed: reading one file at a time left the CPU idle on every read. */
export const READ_AHEAD = 16

/** Reads the head version of each path (skipping missing, oversized and undecodable files) and derives the site context. */
export async function runContext(head: Tree, paths: readonly string[], config: Config): Promise<RunContext> {
  const docs = new Map<string, ContentDocument>()
  const kept = new Map<string, Uint8Array>()
  const options = documentOptions(config)
  // Reads start in path order up to READ_AHEAD files ahead; documents are parsed in path order.
  // A failed read settles as null here: a file that cannot be read is reported by the check itself.
  const reads: Promise<Uint8Array | null>[] = []
  const start = (i: number): void => {
    const path = paths[i]
    if (path !== undefined && reads[i] === undefined) reads[i] = head.read(path).catch(() => null)
  }
  for (let i = 0; i < Math.min(READ_AHEAD, paths.length); i++) start(i)
  for (let i = 0; i < paths.length; i++) {
    start(i + READ_AHEAD)
    const path = paths[i] as string
    const bytes = await reads[i]
    delete reads[i]
    try {
      if (bytes === null || bytes === undefined || bytes.byteLength > config.content['max-file-size']) continue
      const text = decodeText(bytes)
      if (text === null) continue
      docs.set(path, parseDocument(path, text, options))
      kept.set(path, bytes)
    } catch {
      // A file that cannot be parsed here is reported by the check itself, with its own message.
    }
  }
  return { site: buildSiteContext([...docs.values()], siteConfig(config)), docs, bytes: kept }
}
