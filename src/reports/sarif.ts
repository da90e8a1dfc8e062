// SARIF 2.1.0 for GitHub code scanning: one run, one rule entry per rule id seen, one result per finding.
// Suppressed findings are kept with an in-source suppression and pre-existing ones are marked as
// baseline `unchanged`, so code scanning shows the same picture as the PR comment.
import type { Category, Finding, Report, Severity } from '../types.js'
import { compareByPosition, fingerprint, safePosition } from './shared.js'

export interface SarifOptions {
  toolVersion: string
  informationUri: string
}

type SarifLevel = 'error' | 'warning' | 'note'

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties: { category: Category; tags: string[] }
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet?: { text: string } }
    }
  }[]
  partialFingerprints: Record<string, string>
  baselineState?: 'new' | 'unchanged'
  suppressions?: { kind: 'inSource'; justification: string }[]
  fixes?: SarifFix[]
  properties?: { origin: string; veto?: { reason: string; note: string; severity: string } }
}

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** SARIF 2.1.0 §3.55: the exact replacement a finding's `fix` names, for tools that apply fixes. */
interface SarifFix {
  description: { text: string }
  artifactChanges: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }
    replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[]
  }[]
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    results: SarifResult[]
  }[]
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' }

const CATEGORY_LABEL: Record<Category, string> = {
  'banned-claim': 'Banned claim',
  'missing-source': 'Claim without a source',
  frontmatter: 'Frontmatter problem',
  positioning: 'Positioning language',
  llm: 'Reviewer model finding',
  input: 'Unreadable content file',
}

export function toSarif(report: Report, opts: SarifOptions): SarifLog {
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const results: SarifResult[] = []

  const indexOf = (f: Finding): number => {
    const known = ruleIndex.get(f.ruleId)
    if (known !== undefined) return known
    const rule: SarifRule = {
      id: f.ruleId,
      name: f.ruleId,
      shortDescription: { text: `${CATEGORY_LABEL[f.category] ?? 'Finding'}: ${f.ruleId}` },
      defaultConfiguration: { level: LEVEL[f.severity] ?? 'note' },
      properties: { category: f.category, tags: ['copydesk', f.category, ...(f.claim ? [f.claim] : [])] },
    }
    if (f.url) rule.helpUri = f.url
    rules.push(rule)
    ruleIndex.set(f.ruleId, rules.length - 1)
    return rules.length - 1
  }

  for (const file of report.files) {
    const tagged = [
      ...file.findings.map((finding) => ({ finding, state: 'new' as const })),
      ...file.preExisting.map((finding) => ({ finding, state: 'unchanged' as const })),
      ...file.suppressed.map((finding) => ({ finding, state: 'new' as const })),
    ].sort((a, b) => compareByPosition(a.finding, b.finding))
    // Same path, rule and words flagged twice must still get distinct fingerprints, numbered in reading order.
    const seen = new Map<string, number>()
    for (const { finding, state } of tagged) {
      const key = `${finding.ruleId}\u0000${finding.text}`
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      results.push(toResult(file.path, finding, state, indexOf(finding), occurrence))
    }
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'copydesk', version: opts.toolVersion, informationUri: opts.informationUri, rules } },
        results,
      },
    ],
  }
}

function toResult(
  path: string,
  finding: Finding,
  state: 'new' | 'unchanged',
  ruleIndex: number,
  occurrence: number,
): SarifResult {
  const pos = safePosition(finding)
  const suggestion = finding.suggestion ? ` Suggestion: ${finding.suggestion}` : ''
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity] ?? 'note',
    message: { text: `${finding.message}${suggestion}${finding.veto ? ` Overruled by the LLM second opinion: ${finding.veto.note}` : ''}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: pos.line,
            startColumn: pos.column,
            endLine: pos.endLine,
            // SARIF's endColumn is exclusive, like ours.
            endColumn: pos.endColumn,
            ...(finding.text && { snippet: { text: finding.text } }),
          },
        },
      },
    ],
    partialFingerprints: { 'copydeskFinding/v1': fingerprint(finding, path, occurrence) },
    // Who found it (rule, llm, rule+llm) and, when the model overruled a rule, why: SARIF's property bag.
    properties: { origin: finding.origin ?? 'rule', ...(finding.veto ? { veto: finding.veto } : {}) },
    baselineState: state,
  }
  if (finding.suppressed) result.suppressions = [{ kind: 'inSource', justification: finding.suppressed.reason }]
  // A suppressed finding keeps its words on purpose: offering to replace them would undo the writer's choice.
  else if (finding.fix) {
    const { line, column, endLine, endColumn, text } = finding.fix
    result.fixes = [
      {
        description: { text: `Replace \`${finding.text}\` with \`${text}\`` },
        artifactChanges: [
          {
            artifactLocation: { uri: relativeUri(path), uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: line, startColumn: column, endLine, endColumn }, insertedContent: { text } }],
          },
        ],
      },
    ]
  }
  return result
}

/** Code scanning resolves URIs against the checkout: forward slashes, no leading `./` or `/`, spaces encoded. */
function relativeUri(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '')
  return clean.split('/').map(encodeURIComponent).join('/')
}
