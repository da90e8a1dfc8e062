import { describe, expect, it } from 'vitest'
import { closeOpenBlocks, truncateLines } from '../../src/reports/truncate.js'

const len = (s: string) => s.length

describe('truncateLines', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateLines('a\nb\n', 10, len, '!')).toBe('a\nb\n')
  })

  it('cuts at a line boundary and appends the tail', () => {
    const out = truncateLines('first line\nsecond line\nthird line\n', 30, len, '\n[cut]')
    expect(out).toBe('first line\nsecond line\n[cut]')
  })

  it('closes a code fence and details the cut left open', () => {
    const text = ['M', '<details>', '<summary>s</summary>', '', '```diff', '- a', '+ b', '- c', '+ d', '- e', '+ f', '```', '</details>', 'end'].join('\n')
    const out = truncateLines(text, 70, len, '\n!')
    expect(out.length).toBeLessThanOrEqual(70)
    expect(out).toContain('- a\n+ b')
    expect(out.match(/^```/gm)?.length).toBe(2)
    expect(out).toContain('</details>')
  })

  it('drops an opener left with nothing under it', () => {
    const text = 'M\nintro\n```diff\n- aaaaaaaaaaaaaaaaaaaa\n```\n'
    expect(truncateLines(text, 20, len, '\n!')).toBe('M\nintro\n!')
  })

  it('keeps the prefix even when nothing else fits', () => {
    expect(truncateLines('MARKER\n' + 'x'.repeat(100), 10, len, '\n(cut)', 'MARKER')).toBe('MARKER')
    expect(truncateLines('MARKER\n' + 'x'.repeat(100), 3, len, '\n(cut)', 'MARKER')).toBe('MAR')
  })
})

describe('closeOpenBlocks', () => {
  it('returns nothing for a balanced document', () => {
    expect(closeOpenBlocks('```\ncode\n```\n<details>\n</details>')).toBe('')
  })

  it('ignores details tags inside code', () => {
    expect(closeOpenBlocks('````md\n<details>\n')).toBe('\n````')
  })
})
