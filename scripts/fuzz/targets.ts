// Property-based fuzz targets (fast-check) for everything that reads text a pull request or a policy file
// can put in front of copydesk: the document model, frontmatter, the config and rule loaders, CODEOWNERS
// and the positioning diff. Each target states the same four properties:
//   1. it never throws (a config or rule loader may throw only its own located PolicyProblems);
//   2. its time is bounded by the input's size (no super-linear blow-up on a hostile input);
//   3. every position it reports is inside the file (line in range, column within the line);
//   4. the same input gives the same output.
// `npm run fuzz` runs 10,000 cases per target; test/fuzz/fuzz.test.ts runs a seeded slice of each.
import fc from 'fast-check'
import { stringify } from 'yaml'
import { parseCodeowners, ownersOf } from '../../src/codeowners/index.js'
import { compileRules } from '../../src/checks/banned-claims.js'
import { parseConfig } from '../../src/config/load.js'
import { contentMatcher, contentTypeOf } from '../../src/engine/content-files.js'
import { matchText } from '../../src/rules/matcher.js'
import { parseDocument } from '../../src/content/index.js'
import { computeLineStarts } from '../../src/content/lines.js'
import { readFrontmatter } from '../../src/content/frontmatter.js'
import { PolicyProblems } from '../../src/errors.js'
import { diffPositioning, emptyArtifact, type PositioningContext } from '../../src/positioning/index.js'
import { parseRulePack } from '../../src/rules/load.js'
import type { ContentDocument, Finding } from '../../src/types.js'

export interface FuzzTarget<T = unknown> {
  name: string
  arbitrary: fc.Arbitrary<T>
  /** Characters of input, for the time budget. */
  size(input: T): number
  /** Runs the code under test once and returns a comparable value; throws when a property fails. */
  run(input: T): unknown
}

/** Milliseconds a case may take: a fixed allowance plus a per-character one (generous on a shared machine). */
export interface TimeBudget {
  baseMs: number
  perCharMs: number
}

export const DEFAULT_BUDGET: TimeBudget = { baseMs: 1500, perCharMs: 0.5 }

export class PropertyFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PropertyFailure'
  }
}

function fail(message: string): never {
  throw new PropertyFailure(message)
}

/** All four properties around one target's `run`: the predicate fast-check checks. */
export function propertyOf<T>(target: FuzzTarget<T>, budget: TimeBudget = DEFAULT_BUDGET): (input: T) => void {
  return (input) => {
    const started = performance.now()
    let first: unknown
    try {
      first = target.run(input)
    } catch (error) {
      if (error instanceof PropertyFailure) throw error
      fail(`${target.name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
    const ms = performance.now() - started
    const allowed = budget.baseMs + budget.perCharMs * target.size(input)
    if (ms > allowed) fail(`${target.name} took ${ms.toFixed(0)} ms on ${target.size(input)} characters (budget ${allowed.toFixed(0)} ms)`)
    const again = target.run(input)
    if (serialize(again) !== serialize(first)) fail(`${target.name} gave a different result for the same input`)
  }
}

/**
 * JSON with cycles written as `[Circular]`: YAML anchors let frontmatter refer to itself (`a: &x {b: *x}`),
 * and the readers keep such a value as the YAML means it, so the comparison must survive it.
 */
export function serialize(value: unknown): string {
  const ancestors: object[] = []
  return JSON.stringify(value, function (this: unknown, _key, item: unknown) {
    if (typeof item !== 'object' || item === null) return item
    while (ancestors.length > 0 && ancestors.at(-1) !== this) ancestors.pop()
    if (ancestors.includes(item)) return '[Circular]'
    ancestors.push(item)
    return item
  })
}

// ---------------------------------------------------------------------------------------------------------
// Text generators: fragments of the syntax each reader handles, glued with random text, so cases reach the
// parsers' corners (unclosed constructs, CRLF, BOM, surrogates) instead of being rejected at the first byte.

const noise = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
)
const separator = fc.constantFrom('', '', ' ', '\n', '\n\n', '\r\n', '\r', '\t')

function textFrom(fragments: readonly string[], maxParts = 40): fc.Arbitrary<string> {
  const part = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: noise })
  return fc.array(fc.tuple(part, separator), { maxLength: maxParts }).map((parts) => parts.map(([p, s]) => p + s).join(''))
}

const MARKDOWN = [
  '---', '---\ntitle: Fuzz\ndescription: "The #1 inbox"\n---\n', 'title: "unterminated', 'hero:\n  title: Best', '+++\ntitle = "x"\n+++\n',
  '# Heading', '## The #1 inbox', 'Plain text, 43% faster.', 'Results are guaranteed.', '**bold**', '_em_', '[link](https://x.example)',
  '<https://auto.example>', '`code`', '```', '```js\nconst a = 1\n```', '- item', '  - nested', '1. first', '> quote', '| a | b |', '|---|---|',
  '| 1 | 2 |', '[^1]', '[^1]: Source https://s.example', '<!-- copydesk-disable recommended/no-guarantees -- why -->', '<!-- copydesk-enable -->',
  '<!-- copydesk-disable-next-line -->', '<!-- copydesk-bogus -->', '{/* copydesk-disable -- why */}', '{props.x}', '{', '}', '<Hero title="Best" />',
  '<Callout type="x">', '</Callout>', 'import A from "a"', 'export const x = 1', '<div>', '</div>', '<img alt="The #1 tool" src="a.png">',
  '{{< figure caption="Best in class" >}}', '![alt](img.png)', '[ref]: https://r.example', '[text][ref]', '***', '~~gone~~', '- [ ] task',
  '\uFEFF', '\u200B', '🚀', '\uD800', 'e.g.', 'vs.', '&amp;', '\\*',
]

const YAML_BITS = [
  'content:', '  include:', '  exclude:', '    - "**/*.md"', '    - "content/+(a|b)/**"', '  max-file-size: 10', 'rules:', '  - recommended',
  '  - rules/a.yml', 'severity:', '  recommended/no-hype: "off"', 'types:', '  blog:', '    paths: ["blog/**"]', '    positioning: true',
  'suppressions:', '  forbid:', '    - rules: [recommended/no-guarantees]', '  require-signoff: []', '    - {}', 'claims:', '  scope: page',
  '  approved-sources: s.yml', 'positioning:', '  similarity: 2', 'llm: {enabled: yes}', 'signoff:', '  override: {allowed: true}', '&a [1, *a]',
  'a: &x {b: *x}', '? complex', '- list', ': :', '"', "'", '\t', '#', 'pack: acme', 'version: 2026.1', '  - id: no-x', '    kind: phrase',
  '    kind: pattern', '    pattern: "(a+)+$"', '    pattern: "(?=x)"', '    phrases: [guaranteed, 100]', '    swap: {best: good}', '    message: "m"',
  '    severity: error', '    scope:', '      paths: ["blog/**"]', '      types: [x]', '    examples: {bad: [x]}', '  - id: no-x',
]

const CODEOWNERS_BITS = [
  '*', '* @acme/team', '/strategy/ @acme/strategy', 'docs/** @a @b', '\\#notcomment @x', '# comment', '!negated @x', '[abc] @x', 'a\\ b.md @x',
  '**/x @org/t', '/a/*/b @u', 'x@example.com', '@', 'path', 'dir/ ', '\\', '*.md @md', '/**/ @x', '?.md @q', '/very/deep/path/*/**/file.md @deep',
]

/** Paths and prose a loaded config or rule pack is exercised on. */
const PROBE_PATHS = ['content/blog/a.md', 'content/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p.mdx', `${'aaaa/'.repeat(40)}x.md`, 'README.md', '.github/x.md', 'blog/ü.md']
const PROBE_TEXT = `Results are guaranteed, the #1 inbox, best-in-class. ${'a'.repeat(200)}! Studies show 43% more. ${'ab'.repeat(100)}`

const PATHS = fc.oneof(
  fc.constantFrom('strategy/positioning.md', 'content/blog/a.md', 'docs/x/y.md', 'a b.md', 'x', '.github/copydesk.yml', '#notcomment'),
  fc.array(fc.constantFrom('a', 'b', 'docs', 'strategy', '**', '*.md', 'x.md', '.hidden', 'ü', ' '), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/')),
)

// ---------------------------------------------------------------------------------------------------------
// Position checks

/**
 * The length of each line, its line break included: a position may point at the break (a problem at the end
 * of a line, or between the `\r` and `\n` of a CRLF, where micromark reports an MDX syntax error), but not
 * past it. Inside the file is the property; where exactly within the break is the reader's business.
 */
function lineLengths(source: string): number[] {
  const starts = computeLineStarts(source)
  return starts.map((start, i) => (starts[i + 1] ?? source.length) - start)
}

function checkLine(what: string, line: number, lengths: readonly number[]): void {
  if (!Number.isInteger(line) || line < 1 || line > lengths.length) fail(`${what}: line ${line} is outside the file's ${lengths.length} lines`)
}

function checkFinding(what: string, f: Finding, lengths: readonly number[]): void {
  checkLine(`${what} ${f.ruleId}`, f.line, lengths)
  checkLine(`${what} ${f.ruleId} (end)`, f.endLine, lengths)
  const max = (line: number): number => (lengths[line - 1] ?? 0) + 1
  if (f.column < 1 || f.column > max(f.line)) fail(`${what} ${f.ruleId}: column ${f.column} is outside line ${f.line} (${max(f.line) - 1} characters)`)
  if (f.endColumn < 1 || f.endColumn > max(f.endLine)) fail(`${what} ${f.ruleId}: end column ${f.endColumn} is outside line ${f.endLine}`)
  if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) fail(`${what} ${f.ruleId}: ends before it starts`)
}

/** Every position a document carries, against the source it was read from. */
export function checkDocumentPositions(doc: ContentDocument, source: string): void {
  if (doc.source !== source) fail('the document does not hold the source it was given')
  const lengths = lineLengths(source)
  for (const [i, sentence] of doc.sentences.entries()) {
    if (sentence.offsets.length !== sentence.text.length + 1) fail(`sentence ${i}: ${sentence.offsets.length} offsets for ${sentence.text.length} characters`)
    for (const offset of sentence.offsets) {
      if (!Number.isInteger(offset) || offset < 0 || offset > source.length) fail(`sentence ${i}: offset ${offset} is outside the ${source.length}-character file`)
    }
    for (const link of sentence.links) if (link.start < 0 || link.end > source.length || link.end < link.start) fail(`sentence ${i}: link [${link.start}, ${link.end}) is outside the file`)
  }
  for (const problem of doc.problems) checkFinding('problem', problem, lengths)
  for (const s of doc.suppressions) {
    checkLine('suppression', s.line, lengths)
    checkLine('suppression range start', s.fromLine, lengths)
    checkLine('suppression range end', s.toLine, lengths)
  }
  for (const [key, line] of Object.entries(doc.fieldLines)) checkLine(`field ${key}`, line, lengths)
  for (const note of Object.values(doc.footnotes)) checkLine(`footnote ${note.id}`, note.line, lengths)
}

// ---------------------------------------------------------------------------------------------------------
// Targets

const documentTarget: FuzzTarget<{ path: string; text: string }> = {
  name: 'document model',
  arbitrary: fc.record({ path: fc.constantFrom('content/a.md', 'content/a.mdx'), text: textFrom(MARKDOWN) }),
  size: (input) => input.text.length,
  run: ({ path, text }) => {
    const doc = parseDocument(path, text)
    checkDocumentPositions(doc, text)
    return doc
  },
}

const frontmatterTarget: FuzzTarget<string> = {
  name: 'frontmatter',
  arbitrary: fc
    .tuple(fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', '---yaml\n', '---js\n', '--- \n', '+++\n', '---toml\n', '{\n', '---json\n', ''), textFrom(YAML_BITS, 20), fc.constantFrom('\n---\n', '\n---', '\n...\n', ''), textFrom(MARKDOWN, 5))
    .map((parts) => parts.join('')),
  size: (text) => text.length,
  run: (text) => {
    const lineStarts = computeLineStarts(text)
    const result = readFrontmatter(text, lineStarts)
    const lengths = lineLengths(text)
    for (const problem of result.problems) checkFinding('frontmatter problem', problem, lengths)
    for (const [key, line] of Object.entries(result.fieldLines)) checkLine(`field ${key}`, line, lengths)
    if (result.bodyStart < 0 || result.bodyStart > text.length) fail(`bodyStart ${result.bodyStart} outside the file`)
    return { frontmatter: result.frontmatter, fieldLines: result.fieldLines, problems: result.problems, bodyStart: result.bodyStart }
  },
}

/** Globs as people write them, broken ones, and hostile ones (past picomatch's 65,536-character limit). */
const GLOB = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('**/*.md', 'content/**/*.{md,mdx}', '!(drafts)/**', '+(a|*(b))/**', '[', '[z-a]', '\\', '{a,{b,{c}}}', '**/**/**/**/x', 'a/**/b/**/c/**/d') },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(1200), `${'*(a|'.repeat(300)}b${')'.repeat(300)}`, '*'.repeat(70_000)) },
)

/** Config text: a random config-shaped object as YAML, or fragments of config YAML, or both mixed. */
const configText = fc.oneof(
  fc
    .record(
      {
        content: fc.record({ include: fc.array(GLOB, { maxLength: 3 }), exclude: fc.array(GLOB, { maxLength: 2 }), 'max-file-size': fc.oneof(fc.integer(), fc.string()) }, { requiredKeys: [] }),
        types: fc.dictionary(fc.constantFrom('blog', 'page', ''), fc.record({ paths: fc.array(GLOB, { maxLength: 2 }), positioning: fc.boolean() }, { requiredKeys: [] }), { maxKeys: 2 }),
        rules: fc.array(fc.oneof(fc.constantFrom('recommended', 'rules/a.yml'), fc.string()), { maxLength: 3 }),
        severity: fc.dictionary(fc.string({ maxLength: 12 }), fc.constantFrom('error', 'warning', 'off', 'loud')),
        suppressions: fc.record({ forbid: fc.array(fc.record({ rules: fc.array(fc.string(), { maxLength: 2 }), severities: fc.array(fc.constantFrom('error', 'nope'), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 2 }) }, { requiredKeys: [] }),
        positioning: fc.record({ similarity: fc.double(), owners: fc.array(fc.string(), { maxLength: 2 }) }, { requiredKeys: [] }),
        extra: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    )
    .map((value) => stringify(value)),
  textFrom(YAML_BITS),
)

/** The config loader: a Config, or PolicyProblems whose every line is inside the file; nothing else. */
const configTarget: FuzzTarget<string> = {
  name: 'config loader',
  arbitrary: configText,
  size: (text) => text.length,
  run: (text) => {
    try {
      const config = parseConfig(text, 'copydesk.yml')
      // A config that loads must also work: its globs compile and match (a crash or a slow match there is
      // the loader's failure to bound them).
      const isContent = contentMatcher(config, 'strategy/positioning.md')
      const matched = PROBE_PATHS.map((path) => [isContent(path), contentTypeOf(path, {}, config).type])
      return { config, matched }
    } catch (error) {
      if (!(error instanceof PolicyProblems)) throw error
      const lengths = lineLengths(text)
      for (const problem of error.problems) checkLine(`config problem "${problem.message.slice(0, 80)}"`, problem.line, lengths)
      return { problems: error.problems }
    }
  },
}

const ruleText = fc.oneof(
  fc
    .record(
      {
        pack: fc.oneof(fc.constant('acme'), fc.string()),
        version: fc.oneof(fc.string(), fc.integer(), fc.double()),
        rules: fc.array(
          fc.record(
            {
              id: fc.oneof(fc.constantFrom('no-x', 'no-y', 'no-x'), fc.string()),
              kind: fc.constantFrom('phrase', 'pattern', 'substitution', 'regex'),
              message: fc.string(),
              severity: fc.constantFrom('error', 'warning', 'info', 'fatal'),
              phrases: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom(' -- ', 'guaranteed')), { maxLength: 3 }),
              pattern: fc.oneof(fc.constantFrom('(a+)+$', '(?=x)', '\\bx\\b', '(', '[z-a]', '(?i)x'), fc.string()),
              swap: fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
              scope: fc.record({ paths: fc.array(GLOB, { maxLength: 2 }) }, { requiredKeys: [] }),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((value) => stringify(value)),
  textFrom(YAML_BITS),
)

const ruleTarget: FuzzTarget<string> = {
  name: 'rule loader',
  arbitrary: ruleText,
  size: (text) => text.length,
  run: (text) => {
    const { pack, problems } = parseRulePack(text, 'rules/fuzz.yml')
    const lengths = lineLengths(text)
    for (const problem of problems) checkLine(`rule problem "${problem.detail.slice(0, 80)}"`, problem.line, lengths)
    for (const rule of pack?.rules ?? []) checkLine(`rule ${rule.id}`, rule.line, lengths)
    if (pack !== null && problems.length > 0) fail('a pack came back together with problems')
    if (pack === null) return { pack, problems }
    // A pack that loads must compile and run: its patterns, phrases and scope globs.
    const compiled = compileRules([pack])
    const hits = matchText(compiled.matcher, PROBE_TEXT)
    const scoped = compiled.pathTests.map((test) => PROBE_PATHS.map((path) => test?.(path) ?? true))
    return { pack, problems, hits, scoped }
  },
}

const codeownersTarget: FuzzTarget<{ text: string; paths: string[] }> = {
  name: 'CODEOWNERS',
  arbitrary: fc.record({ text: textFrom(CODEOWNERS_BITS), paths: fc.array(PATHS, { minLength: 1, maxLength: 5 }) }),
  size: (input) => input.text.length + input.paths.join('').length,
  run: ({ text, paths }) => {
    const parsed = parseCodeowners(text, 'CODEOWNERS')
    const lengths = lineLengths(text)
    for (const problem of parsed.problems) checkLine(`CODEOWNERS problem "${problem.message.slice(0, 60)}"`, problem.line, lengths)
    for (const rule of parsed.rules) checkLine(`CODEOWNERS rule ${rule.pattern}`, rule.line, lengths)
    return { parsed, owners: paths.map((path) => ownersOf(parsed, path)) }
  },
}

const POSITIONING_FRONTMATTER = ['---\ntagline: One inbox for every team.\ntype: homepage\n---\n', '---\nhero:\n  title: The all-in-one platform\n---\n', '']
const positioningTarget: FuzzTarget<{ base: string | null; head: string | null; path: string }> = {
  name: 'positioning diff',
  arbitrary: fc.record({
    path: fc.constantFrom('content/pages/home.md', 'content/pages/home.mdx'),
    base: fc.option(fc.tuple(fc.constantFrom(...POSITIONING_FRONTMATTER), textFrom([...MARKDOWN, 'The all-in-one inbox.', 'One inbox for every team.'])).map((p) => p.join('')), { nil: null }),
    head: fc.option(fc.tuple(fc.constantFrom(...POSITIONING_FRONTMATTER), textFrom([...MARKDOWN, 'The all-in-one inbox.', 'Every team, one inbox.'])).map((p) => p.join('')), { nil: null }),
  }),
  size: (input) => (input.base?.length ?? 0) + (input.head?.length ?? 0),
  run: ({ base, head, path }) => {
    const baseDoc = base === null ? null : parseDocument(path, base)
    const headDoc = head === null ? null : parseDocument(path, head)
    const ctx: PositioningContext = {
      artifact: { ...emptyArtifact('strategy/positioning.md'), terms: ['all-in-one'], taglines: ['One inbox for every team.'], protectedFields: ['tagline'] },
      fields: ['tagline', 'hero'],
      contentType: 'homepage',
      baseContentType: 'homepage',
      similarity: 0.5,
      types: ['homepage'],
    }
    const changes = diffPositioning(baseDoc, headDoc, ctx)
    const headLengths = head === null ? [] : lineLengths(head)
    const baseLengths = base === null ? [] : lineLengths(base)
    for (const change of changes) {
      // A removal points into base; anything else into head.
      checkLine(`positioning change (${change.kind})`, change.line, change.kind === 'removed' ? baseLengths : headLengths)
    }
    return changes
  },
}

export const FUZZ_TARGETS: FuzzTarget[] = [documentTarget, frontmatterTarget, configTarget, ruleTarget, codeownersTarget, positioningTarget] as FuzzTarget[]
