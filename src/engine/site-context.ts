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
}

/** Reads the head version of each path (skipping missing, oversized and undecodable files) and derives the site context. */
export async function runContext(head: Tree, paths: readonly string[], config: Config): Promise<RunContext> {
  const docs = new Map<string, ContentDocument>()
  const options = documentOptions(config)
  for (const path of paths) {
    try {
      const bytes = await head.read(path)
      if (bytes === null || bytes.byteLength > config.content['max-file-size']) continue
      const text = decodeText(bytes)
      if (text === null) continue
      docs.set(path, parseDocument(path, text, options))
    } catch {
      // A file that cannot be read here is reported by the check itself, with its own message.
    }
  }
  return { site: buildSiteContext([...docs.values()], siteConfig(config)), docs }
}
