// Config field paths reach the engine: `content.prose-fields` adds nested prose to what is checked, and
// `positioning.fields` protects list entries such as FAQ answers, in any frontmatter format.
import { describe, expect, it } from 'vitest'
import { runCheck, type ChangedFile } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'

const ARTIFACT = `---
category: customer engagement platform
positioning-types: [homepage]
---
# Positioning
`

/** A Hugo page with TOML frontmatter whose second FAQ answer is `answer`. */
const hugoPage = (answer: string): string => `+++
title = "How small teams answer every customer"
date = 2026-02-10T09:00:00Z
image = "https://res.cloudinary.com/example/image/upload/v1/cms/guide-header.png"
[[faq]]
question = "How long does setup take?"
answer = "Most teams connect their first channel in an afternoon."
[[faq]]
question = "Who is it for?"
answer = "${answer}"
+++

Small teams answer faster when every message lands in one place.
`

async function check(config: string, baseFiles: Record<string, string>, headFiles: Record<string, string>, files: ChangedFile[]) {
  const shared = { '.github/copydesk.yml': config, 'strategy/positioning.md': ARTIFACT }
  const baseTree = memoryTree({ ...shared, ...baseFiles }, 'base')
  const policy = await loadPolicy(baseTree)
  return runCheck({ base: baseTree, head: memoryTree({ ...shared, ...headFiles }, 'head'), policy, files, filter: 'added', failOn: 'error' })
}

describe('frontmatter field paths in the config', () => {
  it('an edited FAQ answer under a protected `faq[].answer` is a positioning change named by its field', async () => {
    const before = hugoPage('Support teams of 5 to 50 people who share one inbox.')
    const after = hugoPage('Contact centres of any size that route work across departments.')
    const config = 'positioning:\n  fields: ["faq[].answer"]\n'
    const report = await check(config, { 'content/guide.md': before }, { 'content/guide.md': after }, [{ path: 'content/guide.md', status: 'modified' }])
    expect(report.positioning.changes).toEqual([
      expect.objectContaining({
        path: 'content/guide.md',
        kind: 'modified',
        before: 'Support teams of 5 to 50 people who share one inbox.',
        after: 'Contact centres of any size that route work across departments.',
        line: 10,
        reason: 'field:faq[].answer',
        field: 'faq.1.answer',
      }),
    ])
    expect(report.verdict).toBe('needs-signoff')

    const unprotected = await check('rules: [recommended]\n', { 'content/guide.md': before }, { 'content/guide.md': after }, [{ path: 'content/guide.md', status: 'modified' }])
    expect(unprotected.positioning.changes).toEqual([])
  })

  it('`content.prose-fields` adds nested list fields to what the claim checks read', async () => {
    const page = `---
title: Pricing
pricing:
  plans:
    - name: Team
      description: "Unlimited seats, guaranteed uptime."
---
`
    const files = [{ path: 'content/pricing.md', status: 'added' as const }]
    const withField = await check('content:\n  prose-fields: ["pricing.plans[].description"]\n', {}, { 'content/pricing.md': page }, files)
    expect(withField.files[0]?.findings.map((f) => [f.ruleId, f.line, f.column, f.text])).toEqual([
      ['recommended/no-unlimited', 6, 21, 'Unlimited'],
      ['recommended/no-guarantees', 6, 38, 'guaranteed'],
    ])
    const withoutField = await check('rules: [recommended]\n', {}, { 'content/pricing.md': page }, files)
    expect(withoutField.files[0]?.findings ?? []).toEqual([])
  })
})
