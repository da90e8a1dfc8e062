import { describe, expect, it } from 'vitest'
import { cell, code, fencedBlock, isWebUrl, safeText } from '../../src/reports/md.js'

describe('markdown primitives', () => {
  it('code spans survive backticks in the value', () => {
    expect(code('plain')).toBe('`plain`')
    expect(code('a `b` c')).toBe('``a `b` c``')
    expect(code('`edge`')).toBe('`` `edge` ``')
    expect(code('')).toBe('` `')
  })

  it('safe text stops pings and cross-references outside code but leaves code spans intact', () => {
    expect(safeText('hi @dana and @acme/strategy, see #42')).toBe('hi @\u200ddana and @\u200dacme/strategy, see #\u200d42')
    expect(safeText('mail dana@acme.com')).toBe('mail dana@acme.com')
    expect(safeText('`@dana` <b>')).toBe('`@dana` &lt;b>')
    expect(safeText('line one\n\n# heading')).toBe('line one # heading')
  })

  it('table cells escape pipes', () => {
    expect(cell('a | `b|c`')).toBe('a \\| `b\\|c`')
  })

  it('fences are longer than any backtick run inside', () => {
    expect(fencedBlock(['x ```` y'], 'diff')).toEqual(['`````diff', 'x ```` y', '`````'])
    expect(fencedBlock(['plain'])).toEqual(['```', 'plain', '```'])
  })

  it('links only web URLs', () => {
    expect(isWebUrl('https://example.com/a')).toBe(true)
    expect(isWebUrl('javascript:alert(1)')).toBe(false)
    expect(isWebUrl('research/x.pdf')).toBe(false)
  })
})
