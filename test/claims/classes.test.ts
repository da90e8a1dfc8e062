// The classes of misses and false alarms the issue names ("Claims understood in context"), each as a
// sentence written for this test and read end to end: page path and frontmatter → site context → claims
// check and rule pack. `SRC` is a missing-source finding, `BAN` a banned claim.
import { describe, expect, it } from 'vitest'
import { bannedClaimsCheck } from '../../src/checks/banned-claims.js'
import { claimsCheck } from '../../src/checks/claims/index.js'
import { loadRecommendedPack } from '../../src/rules/load.js'
import { contextFor, page } from './context.js'
import type { ConfigInput } from '../../src/config/schema.js'

const pack = [loadRecommendedPack()]
function read(body: string, options: { path?: string; title?: string; config?: ConfigInput } = {}): string[] {
  const ctx = contextFor(page([`title: ${options.title ?? 'A post'}`], [body]), { path: options.path ?? 'content/blog/post.md', ...(options.config ? { config: options.config } : {}) })
  const full = { ...ctx, policy: { ...ctx.policy, packs: pack } }
  return [...claimsCheck.run(full), ...bannedClaimsCheck.run(full)].map((f) => `${f.category === 'banned-claim' ? 'BAN' : 'SRC'} ${f.ruleId.split('/')[1]}: ${f.text}`)
}
const comparisonPage = { path: 'content/compare/acme-vs-relay.md', title: 'Acme vs Relay' }

describe('comparisons without "than", scoped by the sentence before or by the page', () => {
  it.each([
    ['Relay bills per seat. Acme is the better pick for growing teams.', 'SRC comparison: the better pick'],
    ['Noticeably cheaper, with SMS included.', 'SRC comparison: Noticeably cheaper'],
    ['You get all of it for a small share of the price.', 'SRC comparison: for a small share of the price'],
  ])('%j on a comparison page', (body, expected) => {
    expect(read(body, comparisonPage)).toContain(expected)
  })

  it('is no claim on an ordinary page with no competitor in view', () => {
    expect(read('Noticeably cheaper, with SMS included.')).toEqual([])
  })
})

describe('plain facts about competitors', () => {
  it.each([
    ['Relay lacks an API.', 'SRC comparison: Relay lacks'],
    ['Relay dropped its free plan in March.', 'SRC comparison: Relay dropped'],
    ['Relay hasn’t shipped a release in years.', 'SRC comparison: Relay hasn’t shipped'],
  ])('%j', (body, expected) => {
    expect(read(body, comparisonPage)).toContain(expected)
  })

  it('about a product a round-up ranks by name, with no competitor configured', () => {
    const roundup = (line: string): string => ['## Three help desks', '', '### 1. Acme', '', 'Acme is ours.', '', '### 2. Quillmate', '', line, '', '### 3. Harborline', '', 'Hi.'].join('\n')
    expect(read(roundup('Quillmate lacks an SLA builder.'), { config: { claims: { publisher: 'Acme' } } })).toContain('SRC comparison: Quillmate lacks')
    expect(read(roundup('Quillmate imports your tickets.'), { config: { claims: { publisher: 'Acme' } } })).toEqual([])
  })

  it('"none of the alternatives above" needs no named competitor', () => {
    expect(read('None of the alternatives above support SMS.')).toEqual(['SRC comparison: None of the alternatives'])
  })
})

describe('superlatives outside the word list', () => {
  it.each([
    ['Acme is the category leader for small teams.', 'SRC superlative: the category leader for'],
    ['Answering customers has never been easier.', 'SRC superlative: never been easier'],
    ['Only Acme does SMS and email in one queue.', 'SRC superlative: Only Acme does'],
    ['Acme is one of the most reliable inboxes you can buy.', 'SRC superlative: one of the most reliable'],
    ['It is the friendliest help desk on the market.', 'SRC superlative: friendliest'],
  ])('%j', (body, expected) => {
    expect(read(body)).toEqual([expected])
  })
})

describe('testimonials, third-party figures and numbers in titles and label lists', () => {
  it('a blockquote on a customer-story page is a quote, with or without quotation marks', () => {
    expect(read('> Acme cut our first-response time in half.', { path: 'content/customers/fernleaf.md' })).toEqual(['SRC quote: Acme cut our first-response time in half.'])
  })
  it('a competitor’s price and the cost of a server are claims; the publisher’s own prices are not', () => {
    expect(read('Relay costs $40 per seat per month.')).toEqual(['SRC statistic: $40 per seat'])
    expect(read('A small server costs $20/month.')).toEqual(['SRC statistic: $20/month'])
    expect(read('Plans start at $12/month.')).toEqual([])
  })
  it('a number in the title and a "Label: 418" line', () => {
    expect(read('Hello.', { title: 'Cut response time by 43%' })).toEqual(['SRC statistic: 43%'])
    expect(read('- Tickets closed: 418')).toEqual(['SRC statistic: Tickets closed: 418'])
  })
})

describe('absolutes beyond the phrase list, and one claim in two categories', () => {
  it('no/zero + outcome, never + failure, certainty', () => {
    expect(read('No gaps in coverage, zero configuration errors, no hidden fees.')).toEqual(['BAN absolute: No gaps in coverage, zero configuration errors, no hidden fees'])
    expect(read('Acme never misses an outage.')).toEqual(['BAN absolute: never misses'])
    expect(read('Rest assured, your data is safe.')).toEqual(['BAN absolute: Rest assured'])
  })
  it('a banned #1 or cheapest is still reported as needing a source', () => {
    expect(read('Acme is the #1 inbox and the cheapest plan around.')).toEqual([
      'SRC superlative: #1 inbox and the cheapest',
      'BAN no-number-one: #1',
      'BAN no-cheapest: cheapest',
    ])
  })
})

describe('words that name a section or a picture', () => {
  it('a table-of-contents entry or an image’s alt text saying "X vs Y" makes no comparison', () => {
    const toc = '- [Acme vs Relay](#acme-vs-relay)\n- [Pricing](#pricing)\n\n![Acme vs Relay](/img/acme-vs-relay.png)'
    expect(read(toc)).toEqual([])
    // nor a link's text naming the page it links to
    expect(read('You might also like our guide comparing [Acme vs Relay](/blog/acme-vs-relay/).')).toEqual([])
    // nor does the title an image or a link shows on hover
    expect(read('![Chart](/img/chart.png "Acme vs Relay")\n\nSee [the chart](/chart "Acme vs Relay").')).toEqual([])
    // the same words as a list item of its own still compare, by the rules (the claims model, trained on real
    // labels, may drop a bare "X vs Y" item: most that labellers saw were headings of a list, not claims)
    expect(read('- Acme vs Relay for growing teams', { config: { claims: { model: false } } })).toEqual(['SRC comparison: vs'])
  })
})

describe('a round-up’s section about a competitor', () => {
  const roundup = '## 1. Acme\n\nPaid plans start from $12 per month, with unlimited users.\n\n## 2. Relay\n\n### Pricing\n\nPaid plans start from $24 per month, with unlimited users.'
  const config: ConfigInput = { claims: { publisher: 'Acme', competitors: ['Relay'] } }
  it('states the competitor’s prices and plans, not the publisher’s own or its promises', () => {
    expect(read(roundup, { config })).toEqual(['SRC statistic: $24 per month', 'BAN no-unlimited: unlimited'])
  })
  it('with no publisher known, a section may be the publisher’s own: its promises stay', () => {
    expect(read(roundup, { config: { claims: { competitors: ['Relay'] } } }).filter((f) => f.startsWith('BAN'))).toHaveLength(2)
  })
  it('a numbered entry for any other product is that product’s section, a competitor or not; an unnumbered heading is not', () => {
    const bans = (body: string): string[] => read(body, { config: { claims: { publisher: 'Acme' } } }).filter((f) => f.startsWith('BAN'))
    const entry = (heading: string): string => `## Top tools\n\n### 1. Acme\n\nUnlimited users on every plan.\n\n${heading}\n\n#### Pricing\n\nThe paid tier adds unlimited projects.`
    expect(bans(entry('### 2. Fieldly'))).toEqual(['BAN no-unlimited: Unlimited'])
    expect(bans(entry('### Fieldly'))).toEqual(['BAN no-unlimited: Unlimited', 'BAN no-unlimited: unlimited'])
    // (a numbered step is not a product: "### 2. Set up billing")
    expect(bans(entry('### 2. Set up billing'))).toEqual(['BAN no-unlimited: Unlimited', 'BAN no-unlimited: unlimited'])
  })
})

describe('a table of targets', () => {
  it('a cell under a "Target" column states what to aim for; the same figure under the product’s column is a result', () => {
    const table = '| Metric | Target | Acme today |\n| --- | --- | --- |\n| Update success rate | Above 90% | 95% |'
    expect(read(table)).toEqual(['SRC statistic: 95%'])
  })
})

describe('lists of writing examples', () => {
  it('quoted words in an item marked ✓/✗, or under "Rejection triggers:", are the example, not the claim', () => {
    expect(read('Be specific and factual:\n\n- ✓ "Join 50,000+ users"\n- ✗ "Best app in the world"')).toEqual([])
    expect(read('**Automatic Rejection Triggers:**\n\n- "#1 app" without proof\n- "Zero downtime, guaranteed"')).toEqual([])
    expect(read('What we offer:\n\n- "Zero downtime, guaranteed" on every plan')).not.toEqual([])
  })
})

describe('false alarms the issue names', () => {
  it.each([
    'Imagine an inbox with 12,000 unread emails.',
    'Never write "Guaranteed 50% more replies" in an ad.',
    'Acme is not the cheapest option.',
    'Set the retry threshold to 3 and the timeout to 30 seconds.',
  ])('%j', (body) => {
    expect(read(body)).toEqual([])
  })
})

describe('what counts as a source', () => {
  it('a sentence pointing back at the figures just cited ("Those figures come from…") is supported by their citation', () => {
    const note = '\n\n[^survey]: Acme customer survey, September 2026.'
    const back = 'Those figures come from 412 workspaces, 60% of them on the Growth plan.'
    expect(read(`The median first reply was 6 minutes on chat [^survey].\n\n${back}${note}`)).toEqual([])
    // (an uncited sentence before it supports nothing, nor does a citation two sentences back)
    expect(read(`The median first reply was 6 minutes on chat.\n\n${back}`)).toContain('SRC statistic: 60%')
    expect(read(`The median first reply was 6 minutes on chat [^survey]. Replies on SMS take longer.\n\n${back}${note}`)).toContain('SRC statistic: 60%')
  })
  it('a named data source in the sentence does; a mailto: link does not', () => {
    expect(read('Revenue grew 40% last year, according to our Stripe revenue data.')).toEqual([])
    expect(read('Teams reply 3x faster ([ask us](mailto:hi@acme.example)).')).toEqual(['SRC statistic: 3x faster'])
  })
  it('a named source as the subject of what it found does ("AWS Device Farm data shows"); "research shows" or "our data shows" does not', () => {
    expect(read('For instance, AWS Device Farm data shows that testing on 8 devices catches 95% of issues.')).toEqual([])
    expect(read('Research shows that testing on 8 devices catches 95% of issues.')).not.toEqual([])
    expect(read('Our data shows that testing on 8 devices catches 95% of issues.')).not.toEqual([])
  })
  it('a link on a product name or to the publisher’s own pricing page does not; a citation marker or its evidence page does', () => {
    expect(read('Teams at [Acme](https://acme.example/) reply 3x faster.')).toHaveLength(1)
    expect(read('Acme teams reply 3x faster. See [our pricing](/pricing).')).toHaveLength(1)
    expect(read('Acme teams reply 3x faster [[1]](https://example.org/acme-survey).')).toEqual([])
    expect(read('Acme teams reply 3x faster ([2026 benchmark](/research/benchmark-2026)).')).toEqual([])
    // the claim's own words linked to the publisher's benchmark section or its open-metrics page
    expect(read('Scale to [millions of concurrent subscribers](/docs/reference/benchmarks#cloud).')).toEqual([])
    expect(read('Thousands of teams rely on Acme ([see for yourself](/open)).')).toEqual([])
    expect(read('Thousands of teams rely on Acme ([our open-source platforms](/blog/open-source-platforms)).')).toHaveLength(1)
  })
  it('a citation marker on the publisher’s own home or sign-up page does not, and the finding says why', () => {
    const acme = { config: { claims: { publisher: 'Acme' } } }
    const messages = (body: string): string[] => {
      const ctx = contextFor(page(['title: A post'], [body]), { path: 'content/blog/post.md', config: acme.config })
      return claimsCheck.run({ ...ctx, policy: { ...ctx.policy, packs: pack } }).map((f) => f.message)
    }
    const home = messages('Acme teams reply 3x faster [[1]](https://acme.example/).')
    expect(home).toHaveLength(1)
    expect(home[0]).toContain("links to `https://acme.example/`, the publisher's own home or sign-up page, which is not evidence")
    expect(read('Acme teams reply 3x faster [[2]](https://acme.example/signup).', acme)).toHaveLength(1)
    // its pricing page shows a price, and any other page of its own may be what a citation points at
    expect(read('Acme Pro costs $20 less than Zendesk Suite [[1]](https://acme.example/pricing).', acme)).toEqual([])
    expect(read('Acme teams reply 3x faster [[1]](https://acme.example/blog/reply-times-2026).', acme)).toEqual([])
    // a citation to somebody else's home page is still the writer's call
    expect(read('Acme teams reply 3x faster [[1]](https://example.org/).', acme)).toEqual([])
  })
  it('a cited sentence that leads into a list or table sources its figures; an uncited lead-in does not', () => {
    const list = (lead: string): string => `${lead}\n\n- **Median sync time**: 140 ms for a 2 MB file\n- **Delivery rate**: 97% of messages`
    expect(read(list('Here are this quarter’s delivery benchmarks [[1]](https://example.org/report):'))).toEqual([])
    expect(read(list('Here are this quarter’s delivery benchmarks:'))).toHaveLength(2)
    expect(read('Recent data from Northwind’s analytics dashboard gives these figures:\n\n| Metric | Value |\n| --- | --- |\n| Delivery rate | 97% of messages |')).toEqual([])
  })
})

describe('claims read in context (claims4)', () => {
  it('a figure the paragraph already gave is one claim, found where it is first stated', () => {
    expect(read('We confirmed data loss in 14 customers. By Friday, 14 customers had their records restored.')).toEqual(['SRC statistic: 14 customers'])
  })
  it('a table setting "the traditional way" beside another column compares each row; a table of two options of the reader’s does not', () => {
    const table = (a: string, b: string): string => `| Aspect | ${a} | ${b} |\n| --- | --- | --- |\n| Setup time | Two weeks | An hour |\n| Rollback | New release needed | One click |`
    expect(read(table('Traditional invoicing', 'Invoicing with templates'))).toEqual(['SRC comparison: Two weeks', 'SRC comparison: New release needed'])
    expect(read(table('Weekly digest', 'Daily digest'))).toEqual([])
  })
  it('numbers in a sentence about the publisher’s plans are plan limits', () => {
    expect(read('Workspaces on the Starter plan with over 30 users keep their seats until renewal.')).toEqual([])
    expect(read('Over 3,000 teams on our Growth plan trust Acme with their inbox.')).toHaveLength(1)
  })
})

describe('comparison tables (tables.ts)', () => {
  const config: ConfigInput = { claims: { publisher: 'Acme', competitors: ['Relay', 'Northwind'] } }
  it('a header that sets competitors side by side compares; one that also names other tools is a round-up', () => {
    const table = (header: string): string =>
      `| Feature | ${header} |\n|${' --- |'.repeat(header.split('|').length + 1)}\n| Breakpoints | Yes | Limited | Full |\n| Profiling | Basic | No | Advanced |`
    expect(read(table('Relay | Northwind | Relay Cloud'), { config })).toEqual(['SRC comparison: Yes', 'SRC comparison: Basic'])
    expect(read(table('Relay | Northwind | Verdict'), { config })).toEqual(['SRC comparison: Yes', 'SRC comparison: Basic'])
    expect(read(table('Quillpad | Inkwell | Northwind | Relay'), { config })).toEqual([])
  })
  it('a column for "the old way" compares when a newer way or the publisher stands beside it; a last column of typical problems does not', () => {
    const table = (a: string, b: string): string => `| Step | ${a} | ${b} |\n| --- | --- | --- |\n| Onboarding | Checklist on paper | Guided tour |`
    expect(read(table('Typical approach', 'With Acme'), { config })).toEqual(['SRC comparison: Checklist on paper'])
    expect(read(table('Acme', 'Manual process'), { config })).toEqual(['SRC comparison: Guided tour'])
    expect(read(table('Core question', 'Typical failure mode'), { config })).toEqual([])
  })
  it('with no publisher known, a line-up of three products or more with a competitor among them compares every row', () => {
    const table = (third: string): string => `| Tool | Offline mode | Pricing model |\n| --- | --- | --- |\n| Quillpad | Yes, on every plan | Per seat |\n| Relay Sync | Partial, read only | Per workspace |\n| ${third} | No | Free tier, then usage |`
    const noPublisher: ConfigInput = { claims: { competitors: ['Relay'] } }
    expect(read(table('Northwind'), { config: noPublisher })).toEqual(['SRC comparison: Yes, on every plan', 'SRC comparison: Partial, read only', 'SRC comparison: No'])
    // a header row of features, one of them naming a competitor, is no line-up
    expect(read('| Feature | Relay import | Offline mode | Audit trail |\n| --- | --- | --- | --- |\n| Desktop app | Yes | Partial | No |', { config: noPublisher })).toEqual([])
    // the publisher known: its row is its own, the others compare
    expect(read(table('Acme'), { config })).toEqual(['SRC comparison: Yes, on every plan', 'SRC comparison: Partial, read only'])
  })
  it('a table with a "Best for" column recommends each product to its readers: a round-up, not a comparison', () => {
    const table = (column: string): string => `| Tool | ${column} |\n| --- | --- |\n| Acme | Teams that answer by SMS |\n| Relay | Teams already on Relay Chat |\n| Northwind | Agencies with many inboxes |`
    expect(read(table('Channels'), { config })).toEqual(['SRC comparison: Teams already on Relay Chat', 'SRC comparison: Agencies with many inboxes'])
    expect(read(table('Best for'), { config })).toEqual([])
    expect(read(table('Ideal use case'), { config })).toEqual([])
  })
  it('columns that only say what each listed tool is for or which version it needs make a list of prerequisites', () => {
    const table = (columns: string): string => `| Software | ${columns} |\n| --- | --- | --- |\n| Relay CLI | Message sync | Slower setup |\n| Acme CLI | Inbox rules | Version 4 |`
    expect(read(table('Purpose | Version Requirements'), { config })).toEqual([])
    expect(read(table('Purpose | Drawback'), { config })).toEqual(['SRC comparison: Message sync'])
  })
})
