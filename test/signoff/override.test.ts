import { describe, expect, it } from 'vitest'
import { overrideJustification } from '../../src/signoff/index.js'

describe('overrideJustification', () => {
  it('reads an `Override-justification:` line', () => {
    expect(overrideJustification('Intro\nOverride-justification:  Legal takedown, LEGAL-201.  \nMore')).toBe('Legal takedown, LEGAL-201.')
  })

  it('accepts the line in any case and with a space instead of the hyphen', () => {
    expect(overrideJustification('override justification: CEO call')).toBe('CEO call')
  })

  it('reads a section under an `Override justification` heading up to the next heading', () => {
    const body = '## Summary\nNew tagline.\n\n### Override justification ###\nLaunch embargo lifts at 9:00.\n\nLegal signed off.\n## Checklist\n- [x] done'
    expect(overrideJustification(body)).toBe('Launch embargo lifts at 9:00. Legal signed off.')
  })

  it('finds no justification in an empty section', () => {
    expect(overrideJustification('## Override justification\n\n## Next\ntext')).toBeNull()
  })

  it('finds no justification in an empty line form', () => {
    expect(overrideJustification('Override-justification:   ')).toBeNull()
  })

  it('ignores a template placeholder inside an HTML comment', () => {
    expect(overrideJustification('<!--\nOverride-justification: explain here\n-->')).toBeNull()
    expect(overrideJustification('## Override justification\n<!-- why? -->\n')).toBeNull()
  })

  it('finds nothing in a body without either form', () => {
    expect(overrideJustification('We need this merged today.')).toBeNull()
  })

  it('stays fast on a long line of spaces', () => {
    const body = `# ${' '.repeat(200_000)}x${' '.repeat(200_000)}#`
    const started = performance.now()
    expect(overrideJustification(body)).toBeNull()
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
