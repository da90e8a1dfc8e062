// Finds the CODEOWNERS file GitHub would use: the first of three locations, read at the base commit.
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

/** GitHub does not load a CODEOWNERS file of 3 MB or more. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024

export interface CodeownersFile {
  path: string
  /** Empty when the file exists but GitHub would not load it (see `notes`). */
  text: string
  /** Why the file was not loaded, when it was not. */
  notes: string[]
}

export type ReadFile = (path: string) => string | null | Promise<string | null>

/**
 * The first location that exists wins, as on GitHub. A file over the size limit still wins (GitHub does
 * not fall back to the next location) but is not loaded: it yields no rules and a note says why.
 * A read that throws is not treated as absence: skipping to the next location on a transient error would
 * silently apply the wrong owners, so the error propagates to the caller (which reports it).
 */
export async function findCodeowners(read: ReadFile): Promise<CodeownersFile | null> {
  const notes: string[] = []
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await read(path)
    if (text === null) continue
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes >= CODEOWNERS_MAX_BYTES) {
      notes.push(`\`${path}\` is ${bytes} bytes; GitHub does not load CODEOWNERS files of 3 MB or more, so no path has code owners.`)
      return { path, text: '', notes }
    }
    return { path, text, notes }
  }
  return null
}
