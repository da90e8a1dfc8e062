import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'

const lines = (...text: string[]): string => text.join('\n') + '\n'

describe('suppression comments', () => {
  it('reads a disable/enable pair with rules and a reason', () => {
    const doc = parseDocument(
      'x.md',
      lines('Intro.', '', '<!-- copydesk-disable recommended/no-guarantees, recommended/no-number-one -- legal approved, LEGAL-142 -->', 'Guaranteed.', '<!-- copydesk-enable -->', 'After.'),
    )
    expect(doc.suppressions).toEqual([
      { rules: ['recommended/no-guarantees', 'recommended/no-number-one'], reason: 'legal approved, LEGAL-142', line: 3, fromLine: 3, toLine: 5 },
    ])
    expect(doc.problems).toEqual([])
  })

  it('runs a disable without an enable to the end of the file, for every rule when none is named', () => {
    const doc = parseDocument('x.md', lines('<!-- copydesk-disable -- generated page -->', '', 'One.', '', 'Two.'))
    expect(doc.suppressions).toEqual([{ rules: [], reason: 'generated page', line: 1, fromLine: 1, toLine: doc.lineStarts.length }])
  })

  it('covers exactly the next line for disable-next-line', () => {
    const doc = parseDocument('x.md', lines('Intro.', '', '<!-- copydesk-disable-next-line recommended/no-number-one -- award title -->', 'We are #1.'))
    expect(doc.suppressions).toEqual([{ rules: ['recommended/no-number-one'], reason: 'award title', line: 3, fromLine: 4, toLine: 4 }])
  })

  it('keeps a suppression without a reason and warns at its line that a reason is required', () => {
    const doc = parseDocument('x.md', lines('Intro.', '', '<!-- copydesk-disable recommended/no-guarantees -->', 'Guaranteed.'))
    expect(doc.suppressions).toEqual([expect.objectContaining({ rules: ['recommended/no-guarantees'], reason: null, line: 3 })])
    expect(doc.problems).toEqual([
      expect.objectContaining({ ruleId: 'copydesk/suppression-without-reason', category: 'input', severity: 'warning', line: 3, column: 1 }),
    ])
    expect(doc.problems[0]!.message).toContain('after ` -- `')
  })

  it('treats a dangling ` -- ` with nothing after it as no reason', () => {
    const doc = parseDocument('x.md', lines('<!-- copydesk-disable-next-line a/b -- -->', 'Text.'))
    expect(doc.suppressions[0]).toMatchObject({ rules: ['a/b'], reason: null })
    expect(doc.problems.map((problem) => problem.ruleId)).toEqual(['copydesk/suppression-without-reason'])
  })

  it('ends only the named rule when an enable names one', () => {
    const doc = parseDocument('x.md', lines('<!-- copydesk-disable a/one, a/two -- reason -->', 'Text.', '<!-- copydesk-enable a/one -->', 'More.', '<!-- copydesk-enable -->'))
    expect(doc.suppressions).toEqual([
      { rules: ['a/one'], reason: 'reason', line: 1, fromLine: 1, toLine: 3 },
      { rules: ['a/two'], reason: 'reason', line: 1, fromLine: 1, toLine: 5 },
    ])
  })

  it('warns about an unknown directive and ignores other comments', () => {
    const doc = parseDocument('x.md', lines('<!-- copydesk-disabel a/b -- typo -->', '<!-- copydesk:traceability -->', '<!-- a normal comment -->', 'Text.'))
    expect(doc.suppressions).toEqual([])
    expect(doc.problems).toEqual([expect.objectContaining({ ruleId: 'copydesk/unknown-directive', line: 1 })])
  })

  it('finds the line of a comment inside a multi-line HTML block', () => {
    const doc = parseDocument('x.md', lines('<div>', '<!-- copydesk-disable-next-line a/b -- reason -->', '</div>', '', 'Text.'))
    expect(doc.suppressions).toEqual([{ rules: ['a/b'], reason: 'reason', line: 2, fromLine: 3, toLine: 3 }])
  })

  it('reads an inline comment at the end of a line of prose', () => {
    const doc = parseDocument('x.md', lines('Guaranteed results. <!-- copydesk-disable-next-line a/b -- reason -->', 'Next line.'))
    expect(doc.suppressions).toEqual([{ rules: ['a/b'], reason: 'reason', line: 1, fromLine: 2, toLine: 2 }])
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual(['Guaranteed results.', 'Next line.'])
  })

  it('does not read suppression syntax shown in a code block', () => {
    const doc = parseDocument('x.md', lines('```md', '<!-- copydesk-disable -->', '```'))
    expect(doc.suppressions).toEqual([])
    expect(doc.problems).toEqual([])
  })
})
