// `copydesk test-rules [RULE_FILE...]`: a house rule pack proves its own `examples:` the way the shipped pack
// does in its tests: every `bad` sentence is flagged by its rule, every `good` one by no rule of the pack.
// A failing example is reported at its line in the rule file, so the writer fixes the rule or the example.
import { readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { findBannedClaims } from '../checks/banned-claims.js'
import { configSchema } from '../config/schema.js'
import { parseDocument as parseContent } from '../content/index.js'
import { loadPolicy, type PolicyOptions } from '../engine/policy.js'
import { fsTree } from '../engine/tree.js'
import { CopydeskError } from '../errors.js'
import { builtinPackNames, parseRulePack } from '../rules/load.js'
import type { Rule, RulePack } from '../rules/types.js'

export interface ExampleFailure {
  file: string
  line: number
  message: string
}

export interface TestRulesResult {
  output: string
  failures: ExampleFailure[]
  examples: number
}

/** `files`: repository paths of rule files; empty, the rule files the config lists (shipped packs excluded). */
export async function testRulesCommand(root: string, files: string[], policyOptions: PolicyOptions = {}): Promise<TestRulesResult> {
  let paths = files
  if (!paths.length) {
    const { policy } = await loadPolicy(fsTree(root, 'working tree'), policyOptions)
    paths = policy.config.rules.filter((entry) => !builtinPackNames().includes(entry))
    if (!paths.length) return { output: 'No rule files of your own in the config (`rules`): nothing to test.', failures: [], examples: 0 }
  }
  const failures: ExampleFailure[] = []
  let examples = 0
  const lines: string[] = []
  for (const path of paths) {
    let text: string
    try {
      text = await readFile(join(root, path), 'utf8')
    } catch {
      throw new CopydeskError(`rule file \`${path}\` cannot be read`)
    }
    const { pack, problems } = parseRulePack(text, path)
    if (!pack) throw new CopydeskError(`rule file \`${path}\` is invalid:\n${problems.map((p) => `  ${p.message}`).join('\n')}`)
    const result = runExamples(pack, text, path)
    examples += result.examples
    failures.push(...result.failures)
    lines.push(`${result.failures.length ? '✖' : '✔'} ${path}: ${result.examples} example${result.examples === 1 ? '' : 's'}, ${result.failures.length} failing`)
  }
  for (const failure of failures) lines.push(`${failure.file}:${failure.line}: ${failure.message}`)
  return { output: lines.join('\n'), failures, examples }
}

/** Repository path of a rule file named on the command line. */
export function ruleFilePath(root: string, cwd: string, file: string): string {
  const rel = relative(root, resolve(cwd, file)).split(sep).join('/')
  if (rel.startsWith('..')) throw new CopydeskError(`\`${file}\` is outside the repository at ${root}`)
  return rel
}

export function runExamples(pack: RulePack, text: string, file: string): { examples: number; failures: ExampleFailure[] } {
  const where = exampleLines(text)
  const config = configSchema.parse({})
  const failures: ExampleFailure[] = []
  let examples = 0
  pack.rules.forEach((rule, index) => {
    const local = rule.id.slice(rule.id.indexOf('/') + 1)
    const lineOf = (kind: 'bad' | 'good', i: number): number => where.get(`${local}\u0000${kind}\u0000${i}`) ?? where.get(`#${index}\u0000${kind}\u0000${i}`) ?? rule.line
    rule.examples?.bad.forEach((sentence, i) => {
      examples++
      const found = findingsFor(rule, sentence, pack, config)
      if (!found.some((f) => f.ruleId === rule.id)) failures.push({ file, line: lineOf('bad', i), message: `\`${rule.id}\` does not flag its bad example ${JSON.stringify(sentence)}` })
    })
    rule.examples?.good.forEach((sentence, i) => {
      examples++
      const found = findingsFor(rule, sentence, pack, config)
      for (const f of found) failures.push({ file, line: lineOf('good', i), message: `good example ${JSON.stringify(sentence)} of \`${rule.id}\` is flagged by \`${f.ruleId}\` at \`${f.text}\`` })
    })
  })
  return { examples, failures }
}

/** Findings of the pack's rules on a one-sentence file where `rule` applies: its first content type, field and path. */
function findingsFor(rule: Rule, sentence: string, pack: RulePack, config: ReturnType<typeof configSchema.parse>) {
  const front: string[] = []
  if (rule.scope.types[0]) front.push(`type: ${JSON.stringify(rule.scope.types[0])}`)
  const field = rule.scope.fields.find((f) => f !== 'body')
  let source: string
  if (field && !rule.scope.fields.includes('body')) {
    front.push(...nested(field, JSON.stringify(sentence)))
    source = `---\n${front.join('\n')}\n---\n\nBody.\n`
  } else {
    source = `${front.length ? `---\n${front.join('\n')}\n---\n\n` : ''}${sentence}\n`
  }
  const doc = parseContent(pathFor(rule), source)
  const type = doc.frontmatter[config['type-field']]
  const contentType = typeof type === 'string' ? type : null
  return findBannedClaims({ doc, policy: { config, packs: [pack], approvedSources: null }, contentType, typePolicy: null })
}

/** `hero.title` → `hero:\n  title: value` (list markers `[]` and wildcards dropped: the first entry stands for all). */
function nested(field: string, value: string): string[] {
  const keys = field.split('.').map((k) => k.replace(/\[\]$/, '')).filter((k) => k !== '*' && k !== '[]')
  return keys.map((key, depth) => `${'  '.repeat(depth)}${key}:${depth === keys.length - 1 ? ` ${value}` : ''}`)
}

/** A path the rule's first path glob matches (`content/blog/**` → `content/blog/page.md`). */
function pathFor(rule: Rule): string {
  const glob = rule.scope.paths[0]
  if (!glob) return 'content/page.md'
  const path = glob.replace(/\*\*\/?/g, '').replace(/\*/g, 'page').replace(/\{([^,}]*)[^}]*\}/g, '$1').replace(/\/$/, '')
  return /\.mdx?$/.test(path) ? path : `${path ? `${path}/` : ''}page.md`
}

/** Line of each example in the rule file: keyed by rule id (and by index, for a rule whose id is not a plain string). */
function exampleLines(text: string): Map<string, number> {
  const out = new Map<string, number>()
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter })
  const rules = doc.get('rules', true) as Node | undefined
  if (!isSeq(rules)) return out
  rules.items.forEach((item, index) => {
    if (!isMap(item)) return
    const id = item.get('id')
    const examples = item.get('examples', true) as Node | undefined
    if (!isMap(examples)) return
    for (const kind of ['bad', 'good'] as const) {
      const list = examples.get(kind, true) as Node | undefined
      if (!isSeq(list)) continue
      list.items.forEach((node, i) => {
        const offset = (node as Node).range?.[0]
        if (offset === undefined) return
        const line = counter.linePos(offset).line
        out.set(`#${index}\u0000${kind}\u0000${i}`, line)
        if (typeof id === 'string') out.set(`${id}\u0000${kind}\u0000${i}`, line)
      })
    }
  })
  return out
}
