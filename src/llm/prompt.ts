// What the model is asked, read from the versioned prompt files in rules/prompts/ (embedded at build, see
// prompt-embed.ts). A finding is only as reproducible as the prompt behind it: change the words, change
// the version; the version is part of every cache key and is recorded in every report.
import { parse } from 'yaml'
import { EMBEDDED_PROMPTS } from './prompts.generated.js'

export interface Prompt {
  name: string
  version: string
  /** The text after the frontmatter: exactly what the model receives as its instructions. */
  text: string
}

/** Splits a prompt file into its `version` (frontmatter) and its text. */
export function readPrompt(name: string, file: string): Prompt {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file.replace(/\r\n/g, '\n'))
  const meta = match ? (parse(match[1] ?? '') as { version?: unknown } | null) : null
  const version = meta && meta.version != null ? String(meta.version) : ''
  if (!match || version === '') throw new Error(`prompt \`rules/prompts/${name}.md\` has no \`version\` in its frontmatter`)
  return { name, version, text: (match[2] ?? '').trim() }
}

function embedded(name: string): Prompt {
  const file = EMBEDDED_PROMPTS[name]
  if (file === undefined) throw new Error(`prompt \`rules/prompts/${name}.md\` is not embedded: run node --import tsx scripts/embed-prompts.ts`)
  return readPrompt(name, file)
}

export const SECOND_OPINION_PROMPT = embedded('second-opinion')
export const DRIFT_PROMPT = embedded('positioning-drift')

export const LLM_PROMPT_VERSION = SECOND_OPINION_PROMPT.version
export const LLM_SYSTEM_PROMPT = SECOND_OPINION_PROMPT.text
