// Everything a PR is held to, read from ONE snapshot: the base commit in a PR, never the head.
// A PR that edits these files is a policy change needing sign-off (see positioning/policy.ts);
// it can never relax the rules it is checked against.
import { createHash } from 'node:crypto'
import { CLAIM_MODEL_VERSION } from '../checks/claims/model/index.js'
import type { Policy } from '../checks/types.js'
import { CODEOWNERS_LOCATIONS, findCodeowners, ownersOf, parseCodeowners, type ParsedCodeowners } from '../codeowners/index.js'
import { CONFIG_FALLBACKS, defaultConfig, parseConfig } from '../config/load.js'
import { ruleReferenceProblems } from '../config/rule-references.js'
import type { Config } from '../config/schema.js'
import { parseDocument } from '../content/index.js'
import { CopydeskError, LocatedError, PolicyProblems, type FileProblem } from '../errors.js'
import { emptyArtifact, parsePositioningArtifact, type PositioningArtifact, type PolicyPaths } from '../positioning/index.js'
import { builtinPack, builtinPackNames, parseRulePack } from '../rules/load.js'
import type { RulePack } from '../rules/types.js'
import { parseApprovedSources } from '../sources/index.js'
import type { ContentDocument, Finding } from '../types.js'
import { decodeText } from './decode.js'
import type { Tree } from './tree.js'

export interface LoadedPolicy {
  policy: Policy
  /** The config file used, or null when copydesk runs on defaults. */
  configPath: string | null
  codeowners: ParsedCodeowners | null
  artifact: PositioningArtifact
  artifactDoc: ContentDocument | null
  /** Problems in the artifact's own frontmatter: shown, never fatal. */
  artifactProblems: Finding[]
  strategyOwners: string[]
  /** Paths whose edit is a policy change. */
  paths: PolicyPaths
  /** A short hash of every policy file's text: the "rule set version" in the comment. */
  version: string
  notices: string[]
}

export interface PolicyOptions {
  /** Explicit config path (the action's `config` input, the CLI's `--config`). */
  configPath?: string
  /** Read the config from the local file system instead (CLI `--config FILE` outside the repo). */
  configText?: { path: string; text: string }
}

export async function loadPolicy(tree: Tree, options: PolicyOptions = {}): Promise<LoadedPolicy> {
  const notices: string[] = []
  const hashed: [string, string][] = []
  // A policy file that exists but cannot be read stops the run: the rules it holds must never quietly
  // vanish (a truncated config read as "no config" would drop the house rules and pass what they ban).
  const readText = async (path: string): Promise<string | null> => {
    let bytes: Uint8Array | null
    try {
      bytes = await tree.read(path)
    } catch (error) {
      const hint = error instanceof CopydeskError ? error.hint : undefined
      throw new CopydeskError(`copydesk could not read the policy file \`${path}\` in ${tree.label}, so it stops rather than check against partial rules: ${(error as Error).message}`, hint)
    }
    if (bytes === null) return null
    const text = decodeText(bytes)
    if (text === null) throw new LocatedError(path, 1, 'policy file is not UTF-8 text')
    hashed.push([path, text])
    return text
  }

  // Config: the explicit path, else the documented fallbacks, else defaults (said once, as a notice).
  let config: Config
  let configPath: string | null = null
  let configText: string | null = null
  if (options.configText) {
    config = parseConfig(options.configText.text, options.configText.path)
    configPath = options.configText.path
    configText = options.configText.text
    hashed.push([configPath, options.configText.text])
  } else {
    const candidates = options.configPath ? [options.configPath, ...CONFIG_FALLBACKS.filter((p) => p !== options.configPath)] : [...CONFIG_FALLBACKS]
    config = defaultConfig()
    for (const candidate of candidates) {
      const text = await readText(candidate)
      if (text === null) continue
      config = parseConfig(text, candidate)
      configPath = candidate
      configText = text
      break
    }
    if (configPath === null) notices.push(`No config found at ${candidates.map((c) => `\`${c}\``).join(' or ')} in ${tree.label}: running on defaults (the recommended rule pack, all markdown and MDX files).`)
  }

  // Every rule file is read before any problem is reported: one run lists them all, each at its line.
  const packs: RulePack[] = []
  const ruleProblems: FileProblem[] = []
  const packTexts = new Map<string, string>()
  for (const entry of config.rules) {
    const shipped = builtinPackNames().includes(entry) ? builtinPack(entry) : null
    if (shipped) {
      packs.push(shipped)
      continue
    }
    const text = await readText(entry)
    if (text === null) {
      ruleProblems.push({ file: configPath ?? 'config', line: 1, message: `rule file \`${entry}\` listed in \`rules\` does not exist in ${tree.label}; shipped packs: ${builtinPackNames().join(', ')}` })
      continue
    }
    const { pack, problems } = parseRulePack(text, entry)
    if (!pack || problems.length > 0) {
      ruleProblems.push(...(problems.length > 0 ? problems.map((p) => ({ file: entry, line: p.line, message: p.detail })) : [{ file: entry, line: 1, message: 'invalid rule file' }]))
      continue
    }
    packs.push(pack)
    packTexts.set(pack.source, text)
  }
  ruleProblems.push(...duplicateRuleIds(packs))
  if (ruleProblems.length > 0) throw new PolicyProblems(ruleProblems, 'See "Rule files" in the README.')
  // Only once every pack is loaded can a rule id in the config be told apart from a typo.
  const references = ruleReferenceProblems(config, packs, {
    config: configPath !== null && configText !== null ? { path: configPath, text: configText } : null,
    packs: packTexts,
  })
  if (references.length > 0) {
    throw new PolicyProblems(
      references.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
      'Rule ids are `pack/rule` as listed in the rule reference of the README; `severity` needs the full id.',
    )
  }

  let approvedSources: Policy['approvedSources'] = null
  const registryPath = config.claims['approved-sources']
  if (registryPath) {
    const text = await readText(registryPath)
    if (text === null) throw new LocatedError(configPath ?? 'config', 1, `\`claims.approved-sources\` names \`${registryPath}\`, which does not exist in ${tree.label}`)
    const { registry, problems } = parseApprovedSources(text, registryPath)
    if (!registry || problems.length > 0) {
      // The registry's messages already start with its path; each keeps its own line.
      const listed = problems.map((p) => ({ file: registryPath, line: p.line, message: p.message.startsWith(`${registryPath}: `) ? p.message.slice(registryPath.length + 2) : p.message }))
      throw new PolicyProblems(listed.length > 0 ? listed : [{ file: registryPath, line: 1, message: 'invalid approved-sources registry' }])
    }
    approvedSources = registry
  }

  const found = await findCodeowners(readText)
  let codeowners: ParsedCodeowners | null = null
  if (found) {
    notices.push(...found.notes)
    codeowners = parseCodeowners(found.text, found.path)
    for (const problem of codeowners.problems) notices.push(`${problem.file}:${problem.line}: ${problem.message} (line skipped, as GitHub does)`)
  }

  const artifactPath = config.positioning.artifact
  let artifact = emptyArtifact(artifactPath)
  let artifactDoc: ContentDocument | null = null
  let artifactProblems: Finding[] = []
  const artifactText = await readText(artifactPath)
  if (artifactText !== null) {
    artifactDoc = parseDocument(artifactPath, artifactText)
    // Broken frontmatter would read as an empty artifact: no terms, no protected fields, owners from
    // CODEOWNERS. That is a weaker policy than the one written down, so it stops the run. (A bad entry in
    // well-formed frontmatter costs only that entry and is shown; see positioning/artifact.ts.)
    const unparsed = artifactDoc.problems.find((p) => p.category === 'input' || p.ruleId === 'frontmatter/yaml-syntax')
    if (unparsed) throw new LocatedError(artifactPath, unparsed.line, `the positioning artifact cannot be parsed: ${unparsed.message}`)
    const parsed = parsePositioningArtifact(artifactDoc)
    artifact = parsed.artifact
    // The parser's problems already include the document's own reading problems (broken YAML).
    artifactProblems = parsed.problems
  }

  const strategyOwners = config.positioning.owners.length
    ? config.positioning.owners
    : artifact.owners.length
      ? artifact.owners
      : codeowners
        ? ownersOf(codeowners, artifactPath)
        : []
  if (artifactText !== null && strategyOwners.length === 0) {
    notices.push(`No strategy owners: CODEOWNERS assigns nobody to \`${artifactPath}\` and config \`positioning.owners\` is empty, so positioning changes cannot be signed off.`)
  }

  const paths: PolicyPaths = {
    artifact: artifactPath,
    config: configPath ? [configPath] : options.configPath ? [options.configPath, ...CONFIG_FALLBACKS] : [...CONFIG_FALLBACKS],
    rules: config.rules.filter((r) => !builtinPackNames().includes(r)),
    codeowners: [...CODEOWNERS_LOCATIONS],
    ...(registryPath ? { approvedSources: registryPath } : {}),
  }

  const digest = createHash('sha256')
  for (const pack of packs) digest.update(`pack\0${pack.source}\0${pack.version}\0`)
  for (const [path, text] of hashed.sort(([a], [b]) => a.localeCompare(b))) digest.update(`${path}\0${text}\0`)
  // The claims model's weights decide findings as the rules do: retrained weights are another rule set
  // (the comment's version, and the --cache key).
  if (config.claims.model) digest.update(`claims-model\0${CLAIM_MODEL_VERSION}\0`)

  return {
    policy: { config, packs, approvedSources },
    configPath,
    codeowners,
    artifact,
    artifactDoc,
    artifactProblems,
    strategyOwners,
    paths,
    version: digest.digest('hex').slice(0, 12),
    notices,
  }
}

function duplicateRuleIds(packs: RulePack[]): FileProblem[] {
  const seen = new Map<string, string>()
  const problems: FileProblem[] = []
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const other = seen.get(rule.id)
      if (other !== undefined) problems.push({ file: pack.source, line: rule.line, message: `rule id \`${rule.id}\` is defined twice (also in \`${other}\`)` })
      else seen.set(rule.id, pack.source)
    }
  }
  return problems
}
