// Line links into GitHub: a rendered markdown or MDX page ignores `#L39`, so those links open the source view.
import { describe, expect, it } from 'vitest'
import { blobUrl } from '../../src/reports/render-context.js'

const links = { serverUrl: 'https://github.com/', repository: 'acme/site', headSha: 'abc123' }

describe('blobUrl', () => {
  it('links a line of a markdown or MDX file through `?plain=1`', () => {
    expect(blobUrl(links, 'content/blog/page.mdx', 39)).toBe('https://github.com/acme/site/blob/abc123/content/blog/page.mdx?plain=1#L39')
    expect(blobUrl(links, 'content/launch week.md', 7)).toBe('https://github.com/acme/site/blob/abc123/content/launch%20week.md?plain=1#L7')
    expect(blobUrl(links, 'docs/README.markdown', 2)).toBe('https://github.com/acme/site/blob/abc123/docs/README.markdown?plain=1#L2')
  })

  it('keeps plain line anchors for files GitHub shows as source, and rendered pages without a line', () => {
    expect(blobUrl(links, '.github/copydesk.yml', 10)).toBe('https://github.com/acme/site/blob/abc123/.github/copydesk.yml#L10')
    expect(blobUrl(links, 'content/page.md')).toBe('https://github.com/acme/site/blob/abc123/content/page.md')
  })
})
