// Writes src/llm/prompts.generated.ts from rules/prompts/*.md; `--check` exits 1 when it is stale.
import { EMBEDDED_PROMPTS_PATH, renderEmbeddedPrompts } from '../src/llm/prompt-embed.js'
import { embedFolder } from './embed/folder.js'

embedFolder({ folder: 'rules/prompts', ending: '.md', target: EMBEDDED_PROMPTS_PATH, render: renderEmbeddedPrompts, noun: 'prompt', command: 'node --import tsx scripts/embed-prompts.ts' })
