import { describe, expect, it } from 'vitest'
import { frontmatterCheck } from '../../src/checks/claims/index.js'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { provenanceOf } from '../../src/sources/index.js'
import { contextFor, page } from './context.js'

const run = (...args: Parameters<typeof contextFor>) => frontmatterCheck.run(contextFor(...args))
const ai = ['ai:', '  assisted: true', '  model: gpt-4.1', '  prompt: prompts/launch-post.md', '  reviewer: "@dana"', '  reviewed_at: 2026-10-02']

describe('frontmatter check: required fields', () => {
  const config = { 'required-fields': ['owner'], types: { landing: { 'required-fields': ['description', 'seo.title'] } } }

  it('requires the repository fields plus the content type fields', () => {
    const findings = run(page(['type: landing', 'owner: "@dana"', 'seo:', '  canonical: /x']), { config })
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['frontmatter/required-field', 1],
      ['frontmatter/required-field', 4],
    ])
    expect(findings[0]?.message).toBe('Missing required field `description` for content type `landing`: add it to the frontmatter.')
    expect(findings[1]?.message).toContain('`seo.title`')
  })

  it('does not ask a blog post for the landing page fields', () => {
    expect(run(page(['type: blog', 'owner: "@dana"']), { config })).toEqual([])
  })

  it('treats an empty value as missing and reports it at its line', () => {
    expect(run(page(['type: blog', 'owner: ""']), { config }).map((f) => [f.ruleId, f.line])).toEqual([['frontmatter/required-field', 3]])
  })

  it('reports at line 1 when the file has no frontmatter at all', () => {
    expect(run('Just prose.\n', { config }).map((f) => [f.ruleId, f.line, f.column])).toEqual([['frontmatter/required-field', 1, 1]])
  })
})

describe('frontmatter check: well-known fields', () => {
  it('reports a status outside draft, review, published and an owner that is no handle', () => {
    const findings = run(page(['type: blog', 'status: live', 'owner: dana']))
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['frontmatter/invalid-field', 3],
      ['frontmatter/invalid-field', 4],
    ])
    expect(findings[0]?.message).toBe('Field `status` has `live`: expected `draft`, `review` or `published`.')
  })

  it('accepts an email or a team as owner and reports a type that is not text', () => {
    expect(run(page(['type: blog', 'owner: dana@acme.example.com']))).toEqual([])
    expect(run(page(['type: blog', 'owner: "@acme/marketing"']))).toEqual([])
    expect(run(page(['type: [blog, ad]'])).map((f) => f.ruleId)).toEqual(['frontmatter/invalid-field'])
  })
})

describe('frontmatter check: AI provenance', () => {
  it('accepts a complete ai block', () => {
    expect(run(page(ai))).toEqual([])
  })

  it('reports missing sub-fields at the ai: line', () => {
    const findings = run(page(['title: Launch', 'ai:', '  assisted: true', '  model: gpt-4.1']))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ ruleId: 'frontmatter/provenance', line: 3, text: 'ai:' })
    expect(findings[0]?.message).toContain('`prompt`, `reviewer`, `reviewed_at`')
  })

  it('reports malformed sub-fields at their own line', () => {
    const bad = ['ai:', '  assisted: yes please', '  model: gpt-4.1', '  prompt: the launch prompt', '  reviewer: dana', '  reviewed_at: last week']
    const findings = run(page(bad))
    expect(findings.map((f) => [f.line, f.text])).toEqual([
      [3, 'assisted: yes please'],
      [5, 'prompt: the launch prompt'],
      [6, 'reviewer: dana'],
      [7, 'reviewed_at: last week'],
    ])
    expect(findings.every((f) => f.ruleId === 'frontmatter/provenance' && f.category === 'frontmatter')).toBe(true)
  })

  it('requires the block on every file only when provenance is always required', () => {
    expect(run(page(['title: Hand written']))).toEqual([])
    const always = { provenance: { required: 'always' as const } }
    expect(run(page(['title: Hand written']), { config: always }).map((f) => [f.ruleId, f.line])).toEqual([['frontmatter/provenance', 1]])
    expect(run(page(['title: Hand written', 'ai:', '  assisted: false']), { config: always })).toEqual([])
  })

  it('checks nothing about provenance when it is never required', () => {
    expect(run(page(['ai:', '  assisted: true']), { config: { provenance: { required: 'never' } } })).toEqual([])
  })
})

describe('provenanceOf', () => {
  it('returns the recorded provenance with the review day, or null without an ai block', () => {
    expect(provenanceOf(contextFor(page(ai)).doc)).toEqual({ aiAssisted: true, model: 'gpt-4.1', prompt: 'prompts/launch-post.md', reviewer: '@dana', reviewedAt: '2026-10-02' })
    expect(provenanceOf(contextFor(page(['title: x'])).doc)).toBeNull()
    expect(provenanceOf(contextFor(page(['ai:', '  assisted: false'])).doc)).toEqual({ aiAssisted: false })
  })
})

describe('frontmatter that cannot be read: one root-cause finding', () => {
  const config = [
    'required-fields: [title, owner]',
    'provenance:',
    '  required: always',
    'types:',
    '  blog:',
    '    paths: ["blog/**"]',
    '    required-fields: [description]',
    '',
  ].join('\n')

  async function findingsOf(page: string): Promise<[string, number, number][]> {
    const tree = memoryTree({ '.github/copydesk.yml': config, 'blog/post.md': page }, 'head')
    const report = await checkAsIs(tree, await loadPolicy(tree), ['blog/post.md'], { failOn: 'error' })
    return report.files[0]!.findings.map((f) => [f.ruleId, f.line, f.column])
  }

  it('reports a YAML syntax error at its line, and no "missing required field" at 1:1 before it', async () => {
    const findings = await findingsOf(['---', 'title: Launch week', 'owner: @dana', 'description: x', '---', '', 'Plain prose.', ''].join('\n'))
    expect(findings).toEqual([['frontmatter/yaml-syntax', 3, 8]])
  })

  it('does not call a `[^id]` dangling when it may name a source of the unreadable frontmatter', async () => {
    const page = ['---', 'title: x', 'owner: @dana', 'sources:', '  - id: g2', '    url: https://www.g2.com/reports', '---', '', 'A help desk.[^g2]', ''].join('\n')
    expect(await findingsOf(page)).toEqual([['frontmatter/yaml-syntax', 3, 8]])
  })

  it('reports an unclosed frontmatter block as the one cause', async () => {
    expect(await findingsOf(['---', 'title: Launch week', '', 'Plain prose.', ''].join('\n'))).toEqual([['frontmatter/yaml-syntax', 1, 1]])
  })

  it('still reports every missing field when the frontmatter reads', async () => {
    const findings = await findingsOf(['---', 'title: Launch week', '---', '', 'Plain prose.', ''].join('\n'))
    expect(findings.map(([id]) => id).sort()).toEqual(['frontmatter/provenance', 'frontmatter/required-field', 'frontmatter/required-field'])
  })
})
