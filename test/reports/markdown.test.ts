import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../src/reports/markdown.js'
import { HEAD, sampleReport } from './fixture.js'

describe('toMarkdown', () => {
  it('renders the comment sections without a marker, linking lines from the report metadata', () => {
    const out = toMarkdown(sampleReport())
    expect(out.startsWith('## ❌ copydesk: fail')).toBe(true)
    expect(out).toContain(`(https://github.com/acme/site/blob/${HEAD}/content/landing/flow.md?plain=1#L12)`)
    expect(out).toContain('### 🧭 Positioning changes')
  })

  it('shows plain positions when the report does not know its repository (local CLI run)', () => {
    const report = { ...sampleReport(), meta: {} }
    const out = toMarkdown(report)
    expect(out).not.toContain('https://github.com/acme/site/blob')
    expect(out).toContain('- ❌ [`recommended/no-guarantees`](https://github.com/acme/copydesk#no-guarantees) · L12:5  ')
    expect(out).toContain('#### `content/landing/flow.md`')
  })
})
