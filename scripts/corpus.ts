// `npm run corpus -- LOCATION...`: copydesk out of the box (zero config: the recommended rules, the default
// content globs) over real sites kept outside the repository, with what it read, found, skipped and
// could not parse, per site.
//
//   LOCATION   a folder, or a git directory (bare repo) as GITDIR[@REV][:SUBPATH], read without a checkout
//   --config FILE   check with this config instead (rule files named from its repository root: the folder
//                   holding it, or holding its `.github/`)
//   --json FILE     the summary as JSON: figures and file paths only, fit to commit
//   --dump FILE     every sentence read, one JSON line each (site, path, line, column, construct, kind,
//                   field, text); page text, so it must be written outside the repository
//
// Exit 0; 1 when copydesk crashed on any file (each crash is caught, printed with its file, and the run
// goes on); 2 when the script itself fails (bad arguments, a location that cannot be read).
import { closeSync, openSync, readFileSync, realpathSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { loadPolicy, type LoadedPolicy } from '../src/engine/policy.js'
import { fsTree, memoryTree } from '../src/engine/tree.js'
import { VERSION } from '../src/version.js'
import { openLocation, type Site } from './corpus/location.js'
import { renderOverview, renderSite, toCommittable, type CorpusJson } from './corpus/render.js'
import { surveySite, warmUp, type SiteSummary } from './corpus/survey.js'

const ROOT = resolve(import.meta.dirname, '..')

const log = (s = ''): void => {
  process.stdout.write(`${s}\n`)
}

class UsageError extends Error {}

function options(): { locations: string[]; config?: string; json?: string; dump?: string } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { config: { type: 'string' }, json: { type: 'string' }, dump: { type: 'string' } },
  })
  if (!positionals.length) throw new UsageError('usage: npm run corpus -- [--config FILE] [--json FILE] [--dump FILE] LOCATION...')
  if (values.dump && isInside(resolve(values.dump), ROOT)) {
    throw new UsageError(`--dump ${values.dump}: the dump holds page text and must be written outside the repository (${ROOT})`)
  }
  return { locations: positionals, ...(values.config ? { config: values.config } : {}), ...(values.json ? { json: values.json } : {}), ...(values.dump ? { dump: values.dump } : {}) }
}

function isInside(path: string, root: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p)
    } catch {
      return p
    }
  }
  // The dump file may not exist yet: resolve its folder's real path.
  const rel = relative(real(root), resolve(real(dirname(path)), basename(path)))
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))
}

/** Zero config reads nothing from the site: a site's own copydesk.yml would not be "out of the box". */
async function policyFor(config: string | undefined): Promise<LoadedPolicy> {
  if (!config) return loadPolicy(memoryTree({}, 'zero-config defaults'))
  const absolute = resolve(config)
  let text: string
  try {
    text = readFileSync(absolute, 'utf8')
  } catch {
    throw new UsageError(`--config ${config}: cannot be read`)
  }
  // Rule files and the registry are named from the repository root, which holds `.github/copydesk.yml`
  // or `copydesk.yml` (the places copydesk looks for its config).
  const folder = dirname(absolute)
  const root = basename(folder) === '.github' ? dirname(folder) : folder
  try {
    return await loadPolicy(fsTree(root), { configText: { path: relative(root, absolute).split(sep).join('/'), text } })
  } catch (error) {
    throw new UsageError(`--config ${config}: ${(error as Error).message}`)
  }
}

async function main(): Promise<number> {
  const opts = options()
  const loaded = await policyFor(opts.config)
  const config = loaded.policy.config
  const policy: CorpusJson['policy'] = {
    config: opts.config ?? null,
    packs: loaded.policy.packs.map((p) => ({ name: p.name, version: p.version })),
    include: config.content.include,
    exclude: config.content.exclude,
    maxFileSize: config.content['max-file-size'],
  }
  // Every location is resolved before any is surveyed: a typo fails in a second, not after the first site.
  const sites: Site[] = []
  for (const location of opts.locations) {
    try {
      sites.push(await openLocation(location))
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }

  log(`copydesk ${VERSION} corpus survey: ${opts.config ? `config ${opts.config}` : 'zero config'}; rules ${policy.packs.map((p) => `${p.name} ${p.version}`).join(', ')}; content ${policy.include.join(' ')}${policy.exclude.length ? ` minus ${policy.exclude.join(' ')}` : ''}`)
  await warmUp(loaded)
  const dump = opts.dump ? openSync(opts.dump, 'w') : null
  const summaries: SiteSummary[] = []
  const failedSites: string[] = []
  try {
    for (const site of sites) {
      log()
      try {
        const summary = await surveySite(site, loaded, dump === null ? {} : { onSentence: (s) => writeSync(dump, `${JSON.stringify(s)}\n`) })
        summaries.push(summary)
        log(renderSite(summary))
      } catch (error) {
        // Listing the site failed (per-file failures never get here): a script failure, but the other sites still run.
        failedSites.push(site.name)
        log(`== ${site.name} ==\n  the survey failed: ${(error as Error).stack ?? String(error)}`)
      }
    }
  } finally {
    if (dump !== null) closeSync(dump)
  }

  log()
  log(renderOverview(summaries))
  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify(toCommittable(summaries, policy, VERSION), null, 2)}\n`)
    log(`\nsummary written to ${opts.json}`)
  }
  if (opts.dump) log(`sentences written to ${opts.dump}`)
  if (failedSites.length) {
    log(`\nexit 2: the survey itself failed on ${failedSites.join(', ')}`)
    return 2
  }
  const crashes = summaries.reduce((n, s) => n + s.crashes.length, 0)
  if (crashes) {
    log(`\nexit 1: copydesk crashed on ${crashes} file${crashes > 1 ? 's' : ''} (listed under "crashes" above)`)
    return 1
  }
  return 0
}

try {
  process.exitCode = await main()
} catch (error) {
  process.stderr.write(`corpus: ${error instanceof UsageError ? error.message : ((error as Error).stack ?? String(error))}\n`)
  process.exitCode = 2
}
