// Where the evaluation scripts read a labelled page: the site's git mirror, named on the command line as
// `site=GITDIR`, at the commit the page was labelled at. The pages are never copied into the repository.
import { execFileSync } from 'node:child_process'

/** `site=GITDIR` arguments, by site. */
export function gitDirsFrom(args: readonly string[]): Map<string, string> {
  return new Map(args.filter((a) => a.includes('=') && !a.startsWith('--')).map((a) => a.split('=', 2) as [string, string]))
}

/** The page's text at its commit; exits 2 with a usage line when its site's mirror was not given. */
export function readPage(gitDirs: ReadonlyMap<string, string>, page: { site: string; commit: string; path: string }): string {
  const gitDir = gitDirs.get(page.site)
  if (!gitDir) {
    process.stderr.write(`no git dir for ${page.site}: pass ${page.site}=PATH\n`)
    process.exit(2)
  }
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${page.commit}:${page.path}`], { encoding: 'utf8', maxBuffer: 64 << 20 })
}
