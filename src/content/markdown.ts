// The markdown/MDX syntax tree. MDX is tried first for `.mdx`; when it does not parse, the caller
// falls back to plain markdown so the prose is still checked.
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { remarkMicromarkGuards, withSourceHints } from './micromark-guards.js'
import { remarkTransformGuards } from './transform-guards.js'

// Frozen once: building a processor per file would dominate the cost of small pages. The guards skip
// work GFM would do in vain (see micromark-guards.ts, transform-guards.ts); the trees stay the same.
export const markdownProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkMicromarkGuards).use(remarkTransformGuards).freeze()
export const mdxProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkMicromarkGuards).use(remarkTransformGuards).freeze()

export interface SyntaxFailure {
  message: string
  line: number | null
  column: number | null
}

export type ParseOutcome = { tree: Root; failure: null } | { tree: null; failure: SyntaxFailure }

export function parseMarkdown(text: string, mdx: boolean): ParseOutcome {
  try {
    const processor = mdx ? mdxProcessor : markdownProcessor
    return { tree: withSourceHints(text, () => processor.parse(text)), failure: null }
  } catch (error) {
    return { tree: null, failure: describeFailure(error) }
  }
}

function describeFailure(error: unknown): SyntaxFailure {
  const record = (error ?? {}) as { reason?: unknown; message?: unknown; line?: unknown; column?: unknown }
  const message = typeof record.reason === 'string' ? record.reason : typeof record.message === 'string' ? record.message : String(error)
  return {
    message,
    line: typeof record.line === 'number' ? record.line : null,
    column: typeof record.column === 'number' ? record.column : null,
  }
}
