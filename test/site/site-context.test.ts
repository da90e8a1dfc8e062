// The site-context stage on small sites written for these tests: publisher, competitors and page kinds.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { buildSiteContext, pageView } from '../../src/site/index.js'
import { explainSiteContext } from '../../src/site/explain.js'
import { pageKindOf } from '../../src/site/page-kind.js'

const doc = (path: string, source: string) => parseDocument(path, source)
const md = (front: string[], body: string[]) => ['---', ...front, '---', '', ...body, ''].join('\n')

const home = doc('content/index.md', md(['title: Tidewell, the inbox for small teams'], ['At Tidewell, we build the shared inbox. Tidewell connects email and chat.', '', 'Try [Tidewell](https://tidewell.example/) free.']))
const versus = doc('content/compare/tidewell-vs-helpnest.md', md(['title: Tidewell vs Helpnest'], ['Helpnest bills per seat. Tidewell bills per team.']))
const alternatives = doc(
  'content/blog/best-ticketdesk-alternatives.md',
  md(['title: The 3 best Ticketdesk alternatives'], ['## 1. Tidewell', '', 'Our pick.', '', '## 2. Mailroom', '', 'Solid.', '', '## 3. Supportly', '', 'Fine.']),
)
const story = doc('content/customers/fernleaf.md', md(['title: How Fernleaf answers faster'], ['> We answer in minutes now.', '', '— Priya Shah, Fernleaf']))
const table = doc(
  'content/blog/inbox-roundup.md',
  md(['title: Inbox tools compared for 2026', 'type: blog'], ['| Feature | Tidewell | Chatterbox |', '| --- | --- | --- |', '| SMS | Yes | No |', '', 'Tidewell is used by Tidewell teams.']),
)

describe('site context', () => {
  const site = buildSiteContext([home, versus, alternatives, story, table])

  it('finds the publisher as the product name the pages use most', () => {
    expect(site.publisher?.name).toBe('Tidewell')
  })

  it('takes competitors from a vs title, an alternatives ranking and the slug, never the publisher', () => {
    const names = site.competitors.map((c) => c.name)
    expect(names).toEqual(expect.arrayContaining(['Helpnest', 'Ticketdesk', 'Mailroom', 'Supportly']))
    expect(names).not.toContain('Tidewell')
    expect(site.competitors.find((c) => c.name === 'Helpnest')?.from).toBe('title of content/compare/tidewell-vs-helpnest.md')
  })

  it('adds the competitors a page compares in its own table to that page only', () => {
    expect(pageView(site, 'content/blog/inbox-roundup.md').competitors.map((c) => c.name)).toContain('Chatterbox')
    expect(pageView(site, 'content/index.md').competitors.map((c) => c.name)).not.toContain('Chatterbox')
  })

  it('reads page kinds from frontmatter, path and title', () => {
    const kinds = Object.fromEntries(site.pages.map((p) => [p.path, `${p.kind} (${p.kindFrom})`]))
    expect(kinds).toEqual({
      'content/index.md': 'product (path)',
      'content/compare/tidewell-vs-helpnest.md': 'comparison (path)',
      'content/blog/best-ticketdesk-alternatives.md': 'comparison (path)',
      'content/customers/fernleaf.md': 'customer-story (path)',
      'content/blog/inbox-roundup.md': 'comparison (title)',
    })
  })

  it('lets config name the publisher, add competitors and set page kinds', () => {
    const configured = buildSiteContext([home, story], { publisher: ['Tidewell Inc', 'Tidewell'], competitors: ['Zendesk'], pageKinds: { docs: ['content/customers/**'] } })
    expect(configured.publisher).toEqual({ name: 'Tidewell Inc', aliases: ['Tidewell'], from: 'config' })
    expect(configured.competitors.map((c) => [c.name, c.from])).toEqual([['Zendesk', 'config']])
    expect(configured.pages.find((p) => p.path === 'content/customers/fernleaf.md')).toMatchObject({ kind: 'docs', kindFrom: 'config' })
  })

  it('does not take an environment variable the docs mention for a spelling of the publisher', () => {
    const page = (n: number) => doc(`content/docs/p${n}.md`, md([`title: Page ${n}`], [Array.from({ length: 12 }, () => 'We built Tidewell so Tidewell teams reply faster.').join(' '), '', Array.from({ length: 12 }, () => 'Set TIDEWELL_API_TOKEN first.').join(' ')]))
    const found = buildSiteContext([page(1), page(2), page(3)]).publisher
    expect(found?.name).toBe('Tidewell')
    expect(found?.aliases).not.toContain('TIDEWELL_API_TOKEN')
  })

  it('on a page read alone, names the product the page names as its own, not the product the page is about', () => {
    const roundup = doc(
      'content/blog/alternatives/ticketdesk.md',
      md(
        ['title: 5 Ticketdesk alternatives for 2026'],
        ['Ticketdesk is popular. Ticketdesk is pricey. Ticketdesk lacks SSO.', '', '## 1. Tidewell', '', 'Tidewell connects email and chat. See [pricing](https://tidewell.example/pricing/) and [features](https://tidewell.example/features/).', '', '## 2. Ticketdesk', '', 'Ticketdesk bills per seat. Ticketdesk has a mobile app.'],
      ),
    )
    expect(buildSiteContext([roundup]).publisher?.name).toBe('Tidewell')
    // repetition alone still names nobody
    expect(buildSiteContext([doc('content/blog/p.md', md(['title: Ticketdesk tips'], ['Ticketdesk is popular. Ticketdesk is pricey. Ticketdesk lacks SSO.']))]).publisher).toBeNull()
  })

  it('on a page read alone, a docs section it links to by everyday words ("Getting Started", "Devices") is not the publisher', () => {
    const plugin = doc(
      'content/docs/plugins/haptics.md',
      md(
        ['title: Haptics plugin'],
        [
          'Install the plugin and call `vibrate()` on supported devices.',
          '',
          'The plugin reads the device settings before getting started with a pattern.',
          '',
          'Next, read [Getting Started](/docs/getting-started/) and [Devices](/docs/devices/), or see [Getting Started](/docs/haptics/getting-started/) again.',
        ],
      ),
    )
    expect(buildSiteContext([plugin]).publisher).toBeNull()
    // a name the page never writes in lowercase still counts when the site links to it
    const named = doc('content/docs/plugins/haptics.md', md(['title: Haptics plugin'], ['Read [Tidewell Cloud](/cloud/) and [Tidewell Cloud](/cloud/pricing/) to get started on devices.']))
    expect(buildSiteContext([named]).publisher?.name).toBe('Tidewell Cloud')
  })

  it('on a page read alone, a footer linking the site\'s own pages by title names no publisher; a name the page also says does', () => {
    // Shaped like the blog footers of a real site: one related-pages paragraph linking solution and docs pages
    // by their titles, on a post that names its subject (Pipewright) far more often than the publisher.
    const footer = 'Keep going with [Release Gating Solution](/solutions/release-gating/) for the product workflow, [Channels](/docs/channels/) for the detail and [Channels](/docs/api/channels/) for the API.'
    const post = doc('content/blog/gating.md', md(['title: Gate every release'], ['Pipewright runs the checks. Pipewright retries twice. Pipewright keeps logs.', '', footer]))
    expect(buildSiteContext([post]).publisher).toBeNull()
    const says = doc('content/blog/gating.md', md(['title: Gate every release'], ['Tidewell Cloud gates releases, and Tidewell Cloud keeps the logs.', '', 'Read [Tidewell Cloud](/cloud/) next.']))
    expect(buildSiteContext([says]).publisher?.name).toBe('Tidewell Cloud')
  })

  it('takes a publisher named in frontmatter over counting', () => {
    const named = doc('content/a.md', md(['publisher: Northwind', 'title: Hello'], ['Tidewell Tidewell Tidewell.']))
    expect(buildSiteContext([named]).publisher).toMatchObject({ name: 'Northwind', from: 'frontmatter publisher of content/a.md' })
  })

  it('prefers a specific kind the path shows over a generic frontmatter type', () => {
    const filed = doc('content/blog/customer-story-fernleaf.md', md(['type: blog', 'title: Fernleaf'], ['Hi.']))
    expect(pageKindOf(filed)).toEqual({ kind: 'customer-story', from: 'path' })
    expect(pageKindOf(doc('content/pricing.md', md(['title: Plans'], ['Hi.'])))).toEqual({ kind: 'pricing', from: 'path' })
    expect(pageKindOf(doc('content/x.md', md(['tags: [Customer Story]', 'title: X'], ['Hi.'])))).toEqual({ kind: 'customer-story', from: 'frontmatter tags' })
  })

  it('a page about migrating from a product to the publisher names that product as the page’s competitor', () => {
    const moving = doc('content/blog/moving.md', md(['title: Migrating from Helpnest to Tidewell'], ['Tidewell imports your tickets. Tidewell keeps your macros.']))
    const ctx = buildSiteContext([moving], { publisher: ['Tidewell'] })
    expect(pageView(ctx, 'content/blog/moving.md').competitors.map((c) => c.name)).toContain('Helpnest')
    const away = doc('content/blog/away.md', md(['title: Migrating from Tidewell to Helpnest'], ['Tidewell exports your tickets. Tidewell keeps your macros.']))
    expect(pageView(buildSiteContext([away], { publisher: ['Tidewell'] }), 'content/blog/away.md').competitors.map((c) => c.name)).not.toContain('Helpnest')
  })

  it('a round-up ranking three products or more by name ("### 2. Quillmate") names them as that page’s competitors; a ranking of ideas does not', () => {
    const entries = ['## Top 4 help desks', '', '### 1. Tidewell', '', 'Tidewell is ours.', '', '### 2. Quillmate', '', 'Quillmate lacks an SLA builder.', '', '### 3. Harborline', '', 'Hi.', '', '### 4. Bramblecast', '', 'Hi.']
    const roundup = doc('content/blog/help-desks.md', md(['title: Help desks for 2026'], entries))
    const ctx = buildSiteContext([roundup], { publisher: ['Tidewell'] })
    expect(pageView(ctx, 'content/blog/help-desks.md').competitors.map((c) => c.name)).toEqual(expect.arrayContaining(['Quillmate', 'Harborline', 'Bramblecast']))
    expect(pageView(ctx, 'content/blog/help-desks.md').competitors.map((c) => c.name)).not.toContain('Tidewell')
    const ideas = ['### 1. Start with Quillmate exports', '', 'Hi.', '', '### 2. Map Harborline fields', '', 'Hi.', '', '### 3. Invite Bramblecast admins', '', 'Hi.']
    const steps = doc('content/blog/steps.md', md(['title: Steps'], ideas))
    expect(pageView(buildSiteContext([steps], { publisher: ['Tidewell'] }), 'content/blog/steps.md').competitors).toEqual([])
  })

  it('a page setting two others side by side, with the publisher on neither side, is no comparison page', () => {
    const body = ['Stormline and Brightpath both ask for consent. Tidewell helps you comply with both.']
    expect(pageKindOf(doc('content/blog/stormline-vs-brightpath-privacy.md', md(['title: Stormline vs Brightpath Privacy Rules'], body)), {}, ['Tidewell']).kind).toBe('page')
    expect(pageKindOf(doc('content/blog/state-privacy-laws-comparison.md', md(['title: State Privacy Laws'], body)), {}, ['Tidewell']).kind).toBe('page')
    expect(pageKindOf(doc('content/blog/stormline-brightpath.md', md(['title: Stormline vs Brightpath'], body)), {}, ['Tidewell']).kind).not.toBe('comparison')
    expect(pageKindOf(doc('content/blog/tidewell-vs-helpnest.md', md(['title: Tidewell vs Helpnest'], body)), {}, ['Tidewell']).kind).toBe('comparison')
    expect(pageKindOf(doc('content/compare/stormline-vs-brightpath.md', md(['title: Stormline vs Brightpath'], body)), {}, ['Tidewell']).kind).toBe('comparison')
    // without a known publisher, the path still decides
    expect(pageKindOf(doc('content/blog/stormline-vs-brightpath-privacy.md', md(['title: Stormline vs Brightpath Privacy Rules'], body))).kind).toBe('comparison')
  })

  it('explains itself one fact a line, with where each came from', () => {
    const text = explainSiteContext(site)
    expect(text).toContain('Publisher: `Tidewell`')
    expect(text).toContain('  - `Helpnest` — from title of content/compare/tidewell-vs-helpnest.md')
    expect(text).toContain('  - content/customers/fernleaf.md: customer-story (from path)')
  })
})

describe('competitor spellings', () => {
  it('a vendor-prefixed product is also found by its shorter name', async () => {
    const { shortNames } = await import('../../src/site/competitors.js')
    expect(shortNames('Microsoft App Center')).toEqual(['App Center'])
    expect(shortNames('Ionic AppFlow')).toEqual(['AppFlow'])
    expect(shortNames('Help Scout')).toEqual([])
  })
})
