// Vitest's global setup: every test run writes its temp folders (fixture repos, runner temp, caches,
// packed tarballs) under one folder of its own, removed when the run ends, so repeated runs leave
// nothing behind in the machine's temp dir. The forked test workers inherit TMPDIR, which os.tmpdir() reads.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const previous = process.env['TMPDIR']
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-test-run-'))
  process.env['TMPDIR'] = dir
  return () => {
    if (previous === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = previous
    rmSync(dir, { recursive: true, force: true })
  }
}
