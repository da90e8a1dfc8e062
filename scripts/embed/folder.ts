// Embeds a folder of readable files (rule packs, prompts) into a generated module the bundle carries:
// writes it, or with `--check` exits 1 when the committed module is stale. One place for both embeds.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

export interface Embedding {
  /** The folder, relative to the repository root (`rules`, `rules/prompts`). */
  folder: string
  /** The files' ending (`.yml`, `.md`). */
  ending: string
  /** The generated module, relative to the repository root. */
  target: string
  render(files: Record<string, string>): string
  /** What one file is, for the summary line (`pack`, `prompt`). */
  noun: string
  /** The command that regenerates the module, for the stale message. */
  command: string
}

export function embedFolder(embedding: Embedding, argv: readonly string[] = process.argv): void {
  const root = join(import.meta.dirname, '..', '..')
  const dir = join(root, embedding.folder)
  const files: Record<string, string> = {}
  for (const file of readdirSync(dir).filter((f) => f.endsWith(embedding.ending))) files[basename(file, embedding.ending)] = readFileSync(join(dir, file), 'utf8')
  const rendered = embedding.render(files)
  const target = join(root, embedding.target)
  if (!argv.includes('--check')) {
    writeFileSync(target, rendered)
    console.log(`wrote ${embedding.target} (${Object.keys(files).length} ${embedding.noun}(s))`)
    return
  }
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // A missing module is stale too.
  }
  if (current !== rendered) {
    console.error(`${embedding.target} is out of date with ${embedding.folder}/*${embedding.ending}: run ${embedding.command}`)
    process.exit(1)
  }
}
