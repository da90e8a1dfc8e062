import { describe, expect, it } from 'vitest'
import { claimsCheck } from '../../src/checks/claims/index.js'
import { contextFor, page } from './context.js'
import { defaultConfig } from '../../src/config/load.js'
import { parseDocument } from '../../src/content/index.js'

const run = (...args: Parameters<typeof contextFor>) => claimsCheck.run(contextFor(...args))

describe('claims check', () => {
  it('reports an unsupported statistic on the exact words, frontmatter lines counted', () => {
    const source = page(['type: landing'], ['Intro line.', '', 'Teams reply 3x faster with Acme.'])
    const [finding, ...rest] = run(source)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      ruleId: 'claims/statistic',
      category: 'missing-source',
      claim: 'statistic',
      severity: 'error',
      text: '3x faster',
      line: 7,
      column: 13,
      endLine: 7,
      endColumn: 22,
    })
    expect(finding?.message).toBe(
      'Unsupported statistic `3x faster`: add a source (a link in the sentence, a footnote, or `[^id]` pointing at frontmatter `sources`).',
    )
    expect(source.split('\n')[6]?.slice(12, 21)).toBe('3x faster')
  })

  it('accepts an inline link in the same sentence as the source', () => {
    expect(run(page([], ['Teams reply 3x faster ([Forrester](https://www.forrester.com/tei)).']))).toEqual([])
  })

  it('accepts a footnote reference whose definition exists', () => {
    expect(run(page([], ['Teams reply 3x faster[^1].', '', '[^1]: Acme survey of 412 customers, 2026.']))).toEqual([])
  })

  it('does not accept a footnote reference without a definition', () => {
    expect(run(page([], ['Teams reply 3x faster[^1].'])).map((f) => f.ruleId)).toEqual(['claims/statistic'])
  })

  it('accepts `[^id]` naming a frontmatter source, and not an id that names none', () => {
    const fm = ['sources:', '  - id: tei-2025', '    url: https://www.forrester.com/tei']
    expect(run(page(fm, ['Teams reply 3x faster [^tei-2025].']))).toEqual([])
    expect(run(page(fm, ['Teams reply 3x faster [^tei-2024].']))).toHaveLength(1)
  })

  it('looks for the source in the whole paragraph only when the scope is paragraph', () => {
    const body = ['Teams reply 3x faster. The [Forrester study](https://www.forrester.com/tei) measured it.']
    expect(run(page([], body))).toHaveLength(1)
    expect(run(page([], body), { config: { claims: { scope: 'paragraph' } } })).toEqual([])
    // another paragraph's link does not count
    expect(run(page([], ['Teams reply 3x faster.', '', 'See the [study](https://www.forrester.com/tei).']), { config: { claims: { scope: 'paragraph' } } })).toHaveLength(1)
  })

  it('reports one finding per sentence, listing every kind it makes, on the words from the first claim to the last', () => {
    const findings = run(page([], ['The fastest inbox cuts tickets by 40% and 3x the replies.']), {})
    expect(findings.map((f) => [f.ruleId, f.claim, f.text])).toEqual([['claims/superlative', 'superlative', 'fastest inbox cuts tickets by 40% and 3x the']])
    expect(findings[0]?.message).toMatch(/^Unsupported superlative and statistic `fastest/)
  })

  it('uses the type policy severity over the repository one, and drops a kind set to off', () => {
    const body = ['The fastest inbox, with 40% fewer tickets.']
    const config = { claims: { severity: { superlative: 'error' as const } }, types: { ad: { claims: { statistic: 'off' as const } } } }
    expect(run(page(['type: landing'], body), { config }).map((f) => [f.claim, f.severity, f.text])).toEqual([['superlative', 'error', 'fastest inbox, with 40%']])
    expect(run(page(['type: ad'], body), { config }).map((f) => [f.claim, f.severity, f.text])).toEqual([['superlative', 'error', 'fastest']])
    // the sentence's finding takes the most severe of its kinds: warning (superlative) and error (statistic)
    expect(run(page(['type: landing'], body)).map((f) => f.severity)).toEqual(['error'])
  })

  it('names competitors from config only when the sentence compares', () => {
    const config = { claims: { competitors: ['Zendesk'] } }
    expect(run(page([], ['Zendesk charges more for the same seats.']), { config }).map((f) => f.text)).toEqual(['Zendesk charges'])
    expect(run(page([], ['Import your tickets from Zendesk.']), { config })).toEqual([])
  })

  it('checks prose frontmatter fields at their own line', () => {
    const findings = run(page(['type: landing', 'description: "Trusted by 10,000 teams."']))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ line: 3, text: 'Trusted by 10,000 teams' })
  })

  it('does not read a price on a pricing page, or a price cell, as a claim', () => {
    expect(run(page(['type: pricing'], ['Save 20% when you pay annually. Plans start at $29 per seat.']))).toEqual([])
    expect(run(page(['type: landing'], ['| Plan | Price |', '| --- | --- |', '| Growth | $79/month |']))).toEqual([])
  })

  it('pairs a blockquote testimonial with its dash attribution', () => {
    const findings = run(page([], ['> “Acme paid for itself in the first month.” — Priya Shah, founder of Fernleaf']))
    expect(findings.map((f) => f.ruleId)).toContain('claims/quote')
  })

  it('never throws on a file whose frontmatter does not parse', () => {
    expect(() => run('---\ntitle: [unclosed\n---\n\nTeams reply 3x faster.\n')).not.toThrow()
  })
})

describe('a repeat of the page title', () => {
  // (the rules alone: which sentences the claims model weighs differently is not what this tests)
  const config = { claims: { publisher: 'Acme', competitors: ['Relay'], model: false } }
  const source = page(
    ['title: Relay Shutdown - What Comes Next for Your Team?', 'image_alt: "Relay Shutdown - What Comes Next for Your Team? Acme illustration"'],
    ['If you are reading **Relay Shutdown - What Comes Next for Your Team?** to plan a move, see our guide.', '', 'Relay dropped its free plan in May.'],
  )

  it('makes the title’s claim once, on the title; the alt text and the link back to it do not repeat it', () => {
    const found = run(source, { config })
    expect(found.map((f) => [f.line, f.text])).toEqual([
      [2, 'Relay Shutdown'],
      [8, 'Relay dropped'],
    ])
  })
})

describe('claims in frontmatter prose', () => {
  it('a meta description is supported when the body cites a frontmatter source, and not otherwise', () => {
    const policy = { config: defaultConfig(), packs: [], approvedSources: null }
    const award = (body: string) =>
      `---\ntitle: Award\ndescription: "G2 reviewers rated Acme 4.8 out of 5."\nsources:\n  - id: g2\n    title: G2 Winter 2026\n    url: https://g2.com/x\n---\n${body}\n`
    const run = (source: string) => claimsCheck.run({ doc: parseDocument('a.md', source), policy, contentType: null, typePolicy: null })
    expect(run(award('Reviewers gave Acme 4.8 out of 5 [^g2].')).filter((f) => f.line === 3)).toEqual([])
    expect(run(award('We are proud of the award.')).filter((f) => f.line === 3).length).toBeGreaterThan(0)
  })
})
