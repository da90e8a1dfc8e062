// A hand-built report that looks like a real PR on a marketing site: three files, every severity,
// a suppressed and pre-existing finding, positioning changes, a pending sign-off with a stale approval.
import type { FileReport, Finding, Report } from '../../src/types.js'

export const HEAD = '9f3c2a1b7d4e5f60718293a4b5c6d7e8f9012345'
export const BASE = '1111111aaaaaaa2222222bbbbbbb3333333ccccc'

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'recommended/no-guarantees',
    category: 'banned-claim',
    claim: 'absolute',
    severity: 'error',
    message: '`guaranteed` promises an outcome nobody can guarantee.',
    text: 'guaranteed',
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 15,
    suggestion: 'Describe what customers typically see, with a source.',
    url: 'https://github.com/acme/copydesk#no-guarantees',
    ...over,
  }
}

function landing(): FileReport {
  return {
    path: 'content/landing/flow.md',
    status: 'modified',
    contentType: 'landing',
    owners: ['@dana', '@acme/web'],
    findings: [
      finding(),
      finding({
        ruleId: 'claims/statistic',
        category: 'missing-source',
        claim: 'statistic',
        message: 'Unsupported statistic `3x faster`: add a source (a link, a footnote, or `[^id]` to frontmatter `sources`).',
        text: '3x faster',
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 17,
        suggestion: null,
        url: undefined,
      }),
      finding({
        ruleId: 'recommended/no-best-in-class',
        severity: 'warning',
        claim: 'superlative',
        message: 'Replace `best-in-class` with `well-regarded`: it is a claim we cannot prove.',
        text: 'best-in-class',
        line: 20,
        column: 1,
        endLine: 21,
        endColumn: 4,
        suggestion: 'well-regarded',
      }),
    ],
    preExisting: [
      finding({ ruleId: 'recommended/no-number-one', message: '`#1` claims a ranking without a source.', text: '#1', line: 40, column: 10, endLine: 40, endColumn: 12 }),
    ],
    suppressed: [
      finding({ line: 30, column: 3, endLine: 30, endColumn: 13, suppressed: { reason: 'legal approved this wording, LEGAL-142', line: 29 } }),
    ],
    sources: [
      {
        id: 'forrester-tei-2025',
        title: 'The Total Economic Impact of Acme Flow',
        url: 'https://www.forrester.com/report/tei-acme-flow',
        retrieved: '2026-03-02',
        validUntil: '2027-03-02',
      },
      { id: 'internal-survey', title: 'Customer survey | Q3', path: 'research/survey-q3.pdf' },
    ],
    provenance: { aiAssisted: true, model: 'gpt-4.1', prompt: 'prompts/launch-post.md', reviewer: '@dana', reviewedAt: '2026-10-02' },
  }
}

function homepage(): FileReport {
  return {
    path: 'content/index.mdx',
    status: 'modified',
    contentType: 'homepage',
    owners: ['@acme/strategy'],
    findings: [
      finding({
        ruleId: 'claims/comparison',
        category: 'missing-source',
        claim: 'comparison',
        severity: 'info',
        message: 'Comparison `faster than Zendesk` names a competitor without a source.',
        text: 'faster than Zendesk',
        line: 9,
        column: 14,
        endLine: 9,
        endColumn: 33,
        suggestion: null,
        url: undefined,
      }),
    ],
    preExisting: [],
    suppressed: [],
    sources: [],
    provenance: null,
  }
}

function blog(): FileReport {
  return {
    path: 'content/blog/launch week.md',
    status: 'added',
    contentType: 'blog',
    owners: [],
    findings: [
      finding({
        ruleId: 'recommended/no-invented-studies',
        message: '`Studies show` cites research without naming it.',
        text: 'Studies show',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 13,
        suggestion: null,
      }),
    ],
    preExisting: [],
    suppressed: [],
    sources: [],
    provenance: null,
  }
}

export function sampleReport(): Report {
  return {
    version: 1,
    verdict: 'fail',
    files: [landing(), homepage(), blog()],
    positioning: {
      changed: true,
      changes: [
        {
          path: 'content/index.mdx',
          kind: 'modified',
          before: 'Every customer conversation, one platform.',
          after: 'Every conversation, one all-in-one hub.',
          line: 3,
          reason: 'field:tagline',
          field: 'tagline',
        },
        {
          path: 'content/index.mdx',
          kind: 'added',
          before: null,
          after: 'The customer engagement platform for teams of 5 to 50.',
          line: 11,
          reason: 'type:homepage',
        },
        {
          path: 'content/landing/flow.md',
          kind: 'removed',
          before: 'Acme is the all-in-one conversation hub.',
          after: null,
          line: 14,
          reason: 'term:all-in-one',
        },
      ],
      policyFiles: ['strategy/positioning.md'],
    },
    signoff: {
      required: true,
      state: 'pending',
      owners: ['@acme/strategy'],
      approvedBy: [{ login: 'jane', commit: BASE, at: '2026-11-24T10:02:31Z' }],
      reason: '0 of 1 strategy owners approved the current head; @jane approved an older commit.',
      notes: ['Approval by @jane on `1111111` is stale: the positioning changed after it.'],
    },
    ruleset: { version: '2026.11.0', packs: [{ name: 'recommended', version: '2026.11.0' }, { name: 'rules/acme.yml', version: '1.2.0' }] },
    failOn: 'error',
    notices: [],
    meta: { base: BASE, head: HEAD, repository: 'acme/site', pullRequest: 42, serverUrl: 'https://github.com', runUrl: 'https://github.com/acme/site/actions/runs/77' },
  }
}

/** A report with no findings and no positioning change. */
export function cleanReport(): Report {
  const report = sampleReport()
  return {
    ...report,
    verdict: 'pass',
    files: report.files.map((f) => ({ ...f, findings: [], preExisting: [], suppressed: [] })),
    positioning: { changed: false, changes: [], policyFiles: [] },
    signoff: { required: false, state: 'not-required', owners: [], approvedBy: [], reason: 'Positioning did not change.', notes: [] },
  }
}

/** Many files full of findings: enough to overflow a comment or the annotation caps. */
export function bigReport(files = 40, perFile = 30): Report {
  const report = sampleReport()
  const many: FileReport[] = Array.from({ length: files }, (_, i) => ({
    ...landing(),
    path: `content/blog/post-${i}.md`,
    findings: Array.from({ length: perFile }, (_, j) =>
      finding({ line: j + 1, endLine: j + 1, severity: j % 3 === 0 ? 'warning' : j % 5 === 0 ? 'info' : 'error' }),
    ),
  }))
  return { ...report, files: many }
}
