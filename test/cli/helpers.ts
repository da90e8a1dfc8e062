import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../../src/cli/main.js'

/** `stdin`: what standard input holds (for `--stdin`). */
export async function cli(args: string[], cwd: string, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: (s) => (stdout += `${s}\n`),
    stderr: (s) => (stderr += `${s}\n`),
    cwd,
    isTTY: false,
    readStdin: async () => new TextEncoder().encode(stdin ?? ''),
  })
  return { code, stdout, stderr }
}

/** A throwaway git repository with the given files committed on `main`. */
export function gitRepo(files: Record<string, string>): { dir: string; write: (files: Record<string, string>) => void; commit: (message: string) => string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim()
  const write = (more: Record<string, string>): void => {
    for (const [path, text] of Object.entries(more)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  git('init', '-q', '-b', 'main')
  write(files)
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  return {
    dir,
    write,
    git,
    commit: (message) => {
      git('add', '-A')
      git('commit', '-q', '-m', message)
      return git('rev-parse', 'HEAD')
    },
  }
}
