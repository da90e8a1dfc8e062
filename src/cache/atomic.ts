// Cache writes are atomic: a temp file in the same folder, then a rename over the target. A reader sees
// the old entry or the new one, never half of one, even when two runs write at once (the last one wins).
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
