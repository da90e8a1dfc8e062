// A finding inside a construct names where on the page it sits, so a writer can find words the line alone
// does not point at (a prop on a long component line, a FAQ answer, a cell of a wide table).
import { describe, expect, it } from 'vitest'
import { checkAsIs } from '../../src/engine/as-is.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'

const PAGE = [
  '---',
  'title: Plans',
  'faq:',
  '  - question: Is it safe?',
  '    answer: Every upload is guaranteed.',
  '---',
  '',
  '<Hero title="The risk-free way to ship" />',
  '',
  '| Plan | Promise |',
  '| --- | --- |',
  '| Pro | unlimited seats |',
  '',
  'Our inbox is guaranteed to help.',
  '',
].join('\n')

describe('where a finding sits', () => {
  it('names the frontmatter field, the component prop and the table cell, and nothing for plain prose', async () => {
    const tree = memoryTree({ 'content/plans.mdx': PAGE })
    const report = await checkAsIs(tree, await loadPolicy(tree), ['content/plans.mdx'], { failOn: 'never' })
    const banned = (report.files[0]?.findings ?? []).filter((f) => f.category === 'banned-claim')
    expect(banned.map((f) => [f.ruleId, f.line, f.where])).toEqual([
      ['recommended/no-guarantees', 5, 'faq.0.answer'],
      ['recommended/no-risk-free', 8, 'Hero.title'],
      ['recommended/no-unlimited', 12, 'row "Pro" · column "Promise"'],
      ['recommended/no-guarantees', 14, undefined],
    ])
  })
})
