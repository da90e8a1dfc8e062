// What the reports show of the LLM second opinion: who found each finding, a veto's reason, the drift note
// in the positioning section, and what the run cost.
import { describe, expect, it } from 'vitest'
import { toComment } from '../../src/reports/comment.js'
import { jsonReportSchema, toJson } from '../../src/reports/json.js'
import { toSarif } from '../../src/reports/sarif.js'
import { toText } from '../../src/reports/text.js'
import type { Report } from '../../src/types.js'
import { finding, HEAD, sampleReport } from './fixture.js'

function withModel(): Report {
  const report = sampleReport()
  const file = report.files[0]!
  file.findings = [
    finding({ ruleId: 'claims/statistic', category: 'missing-source', text: '43%', message: 'Unsupported statistic `43%`: add a source.', origin: 'rule+llm' }),
    finding({ ruleId: 'claims/comparison', category: 'missing-source', severity: 'info', line: 14, text: '3x more', message: 'Unsupported comparison `3x more`: add a source.', origin: 'rule', veto: { reason: 'scoped-to-own-product', note: "scoped to the publisher's own product: It compares two of Acme's own plans.", severity: 'error' } }),
    finding({ ruleId: 'llm/review', category: 'banned-claim', severity: 'warning', line: 16, text: 'never miss a message', message: 'The model reads `never miss a message` as an unconditional promise: nobody can promise it.', origin: 'llm' }),
  ]
  report.positioning.drift = [{ path: 'content/index.mdx', note: 'The tagline now says hub. That drifts from `customer engagement platform`.', assessment: 'drifts', origin: 'llm' }]
  report.llm = { model: 'gpt-4.1-mini', promptVersion: '2026-12-01', api: 'responses', usage: { requests: 3, inputTokens: 5120, outputTokens: 640, cachedHits: 7, candidates: 12, reviewed: 10 }, notReviewed: [{ path: 'content/a.md', line: 3, text: 'x', reason: 'budget' }, { path: 'content/a.md', line: 4, text: 'y', reason: 'budget' }] }
  return report
}

describe('the LLM second opinion in the reports', () => {
  it('JSON: every finding has an origin, `rule` when no model ran; a veto travels with its reason; drift and usage ride along', () => {
    const plain = JSON.parse(toJson(sampleReport()))
    expect(plain.files.flatMap((f: { findings: { origin: string }[] }) => f.findings.map((x) => x.origin)).every((o: string) => o === 'rule')).toBe(true)

    const parsed = JSON.parse(toJson(withModel()))
    expect(jsonReportSchema.safeParse(parsed).success).toBe(true)
    expect(parsed.files[0].findings.map((f: { origin: string }) => f.origin)).toEqual(['rule+llm', 'rule', 'llm'])
    expect(parsed.files[0].findings[1].veto).toEqual({ reason: 'scoped-to-own-product', note: expect.any(String), severity: 'error' })
    expect(parsed.positioning.drift[0]).toMatchObject({ path: 'content/index.mdx', origin: 'llm' })
    expect(parsed.llm.usage).toEqual({ requests: 3, inputTokens: 5120, outputTokens: 640, cachedHits: 7, candidates: 12, reviewed: 10 })
  })

  it('the comment marks confirmed and model-only findings, shows a veto, the drift note and the usage', () => {
    const body = toComment(withModel(), { marker: '<!-- copydesk:traceability -->', headSha: HEAD, serverUrl: 'https://github.com', repository: 'acme/site', runUrl: 'https://github.com/acme/site/actions/runs/1', summaryUrl: 'https://github.com/acme/site/actions/runs/1#summary' })
    expect(body).toContain('🤖 confirmed by the LLM')
    expect(body).toContain("🤖 the LLM's finding (advisory)")
    expect(body).toContain("🤖 Overruled by the LLM second opinion — scoped to the publisher's own product: It compares two of Acme's own plans. (kept as info; the rule said error)")
    expect(body).toContain("> 🤖 **The LLM's note (advisory, drifts):** The tagline now says hub.")
    expect(body).toContain('LLM review `gpt-4.1-mini` (prompt 2026-12-01): 3 requests, 5120 input and 640 output tokens, 7 cached, 2 candidates not reviewed')
  })

  it('SARIF carries the origin and the veto in the result properties; text marks the origin', () => {
    const results = toSarif(withModel(), { toolVersion: '0.0.0', informationUri: 'https://example.com' }).runs[0]!.results
    expect(results.map((r) => r.properties?.origin)).toEqual(expect.arrayContaining(['rule+llm', 'rule', 'llm']))
    expect(results.find((r) => r.properties?.veto)?.message.text).toContain('Overruled by the LLM second opinion')
    const text = toText(withModel(), { color: false })
    expect(text).toContain('claims/statistic [rule+llm]')
    expect(text).toContain('llm/review [llm]')
    expect(text).toContain("overruled by the LLM: scoped to the publisher's own product")
  })
})
