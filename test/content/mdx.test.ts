import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { MAX_RECOVERY_ATTEMPTS } from '../../src/content/mdx-recovery.js'
import { at, locationOf, parseFixture, sentenceWith, sourceAt } from './helpers.js'

describe('launch.mdx', () => {
  const doc = parseFixture('launch.mdx')
  const prose = doc.sentences.map((sentence) => sentence.text).join('\n')

  it('is read as MDX without syntax problems', () => {
    expect(doc.format).toBe('mdx')
    expect(doc.problems.map((problem) => problem.ruleId)).toEqual(['copydesk/suppression-without-reason'])
  })

  it('reads the children of JSX elements as prose and locates them', () => {
    expect(locationOf(doc, 'Save 40% today.')).toEqual(at(10, 50, 10, 65))
    expect(locationOf(doc, 'best')).toEqual(at(13, 9, 13, 13))
    expect(sourceAt(doc, locationOf(doc, 'The best plan'))).toBe('The **best** plan')
  })

  it('reads text props such as title, and leaves other props, imports, exports, expressions with code and code out of the prose', () => {
    // A `title` prop is shown to the reader (it used to be skipped with every other prop).
    expect(sentenceWith(doc, 'Save 90% forever')).toMatchObject({ kind: 'heading', field: 'Callout.title', construct: 'jsx-attribute' })
    expect(locationOf(doc, '90%')).toEqual(at(10, 37, 10, 40))
    expect(prose).not.toContain('warning')
    expect(prose).not.toContain('Callout')
    expect(prose).not.toContain('Guaranteed ROI')
    expect(prose).not.toContain('props.count')
    expect(prose).not.toContain('not a directive')
    expect(prose).not.toContain("'guaranteed'")
    expect(sentenceWith(doc, 'We ship').text).toBe('We ship features this week.')
  })

  it('locates headings with frontmatter present', () => {
    const heading = sentenceWith(doc, 'Launch week is here')
    expect(heading).toMatchObject({ kind: 'heading', headingDepth: 2 })
    expect(locationOf(doc, 'is here')).toEqual(at(8, 18, 8, 25))
    expect(locationOf(doc, 'Launch week', 0)).toEqual(at(2, 8, 2, 19))
  })

  it('reads MDX comment suppressions with and without a reason', () => {
    expect(doc.suppressions).toEqual([
      { rules: ['recommended/no-guarantees'], reason: 'legal approved this wording, LEGAL-142', line: 18, fromLine: 18, toLine: 22 },
      { rules: ['recommended/no-number-one'], reason: null, line: 24, fromLine: 25, toLine: 25 },
    ])
    const [problem] = doc.problems
    expect(problem).toMatchObject({ category: 'input', severity: 'warning', line: 24, column: 1 })
    expect(problem?.message).toContain('` -- `')
    expect(locationOf(doc, '#1')).toEqual(at(25, 12, 25, 14))
  })
})

describe('malformed MDX', () => {
  const doc = parseFixture('broken.mdx')

  it('reports the MDX error at its line and still checks the prose as markdown', () => {
    const problem = doc.problems.find((finding) => finding.ruleId === 'input/mdx-syntax')
    expect(problem).toMatchObject({ category: 'input', line: 7 })
    expect(sentenceWith(doc, 'Save 40%').text).toBe('Save 40% with an unclosed tag.')
    expect(locationOf(doc, '40%')).toEqual(at(5, 6, 5, 9))
    expect(sentenceWith(doc, 'for details').links.map((link) => link.url)).toEqual(['https://acme.example'])
  })

  it('never throws on an unterminated expression', () => {
    const broken = parseDocument('x.mdx', '# Title\n\nText {unclosed expression\n\nMore text.\n')
    expect(broken.problems.map((problem) => problem.ruleId)).toContain('input/mdx-syntax')
    expect(broken.sentences.length).toBeGreaterThan(0)
  })

  it('sets aside only the blocks an error costs: props before and after an unclosed `{` are still read', () => {
    const source = '<Hero title="Before it" />\n\n{unclosed\n\n<Card>\n\nInside the card.\n\n</Card>\n\n<Hero title="After it" />\n'
    const doc = parseDocument('x.mdx', source)
    expect(doc.sentences.map((s) => [s.text, s.field ?? null])).toEqual([
      ['Before it', 'Hero.title'],
      ['{unclosed', null],
      ['Inside the card.', null],
      ['After it', 'Hero.title'],
    ])
    const problems = doc.problems.filter((problem) => problem.ruleId === 'input/mdx-syntax')
    // One error, one problem: it names both regions the unclosed brace sent to markdown (the brace and the
    // `<Card>` whose closing tag no longer has a partner once the brace's block is set aside).
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 3, column: 1 })
    expect(problems[0]?.message).toContain('Lines 3–5 and 9 were checked as plain markdown')
  })

  it('falls back to reading the whole file as markdown after a bounded number of attempts', () => {
    const source = Array.from({ length: MAX_RECOVERY_ATTEMPTS + 1 }, (_, i) => `Step ${i} takes <5 minutes.`).join('\n\n') + '\n\n<Hero title="Never read" />\n'
    const doc = parseDocument('x.mdx', source)
    const problems = doc.problems.filter((problem) => problem.ruleId === 'input/mdx-syntax')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 1, column: 15 })
    expect(problems[0]?.message).toContain('Checked as plain markdown instead')
    // Read as markdown, the component is HTML: its props are not read as JSX.
    expect(doc.sentences.filter((s) => s.construct === 'jsx-attribute')).toEqual([])
    expect(doc.sentences.filter((s) => s.text.startsWith('Step '))).toHaveLength(MAX_RECOVERY_ATTEMPTS + 1)
  })

  it('recovers from as many errors as attempts allow, one problem each', () => {
    const source = 'It takes <5 minutes.\n\n<Hero title="Read as MDX" />\n\n<!-- an HTML comment -->\n\nDone.\n'
    const doc = parseDocument('x.mdx', source)
    expect(doc.problems.map((problem) => [problem.ruleId, problem.line, problem.column])).toEqual([
      ['input/mdx-syntax', 1, 11],
      ['input/mdx-syntax', 5, 2],
    ])
    expect(doc.sentences.map((s) => [s.text, s.construct ?? null])).toEqual([
      ['It takes <5 minutes.', null],
      ['Read as MDX', 'jsx-attribute'],
      ['Done.', null],
    ])
  })

  it('treats the same syntax in a .md file as plain markdown without complaint', () => {
    const doc = parseDocument('x.md', 'Save 40% with <Callout type="x">an unclosed tag.\n')
    expect(doc.format).toBe('md')
    expect(doc.problems).toEqual([])
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Save 40% with an unclosed tag.'])
  })
})

describe('quotation components', () => {
  it('prose inside <Quote> or <Testimonial> is a blockquote; other components keep their container', () => {
    const doc = parseDocument(
      'q.mdx',
      '<Quote author="Marta Ruiz">\n  “By Friday nobody opened the old tools.”\n</Quote>\n\n<Callout>Plain words here.</Callout>\n\n<CustomerTestimonial>\nIt just works.\n</CustomerTestimonial>\n',
    )
    expect(doc.sentences.map((s) => [s.text, s.kind])).toEqual([
      ['Marta Ruiz', 'paragraph'],
      ['“By Friday nobody opened the old tools.”', 'blockquote'],
      ['Plain words here.', 'paragraph'],
      ['It just works.', 'blockquote'],
    ])
  })
})
