import { describe, expect, it } from 'vitest'
import { parsePositioningArtifact } from '../../src/positioning/artifact.js'
import { diffArtifact } from '../../src/positioning/artifact-diff.js'
import { parseDocument } from '../../src/content/index.js'
import { fixture } from './helpers.js'

const ARTIFACT = 'strategy/positioning.md'

describe('parsePositioningArtifact', () => {
  it('reads every list of a valid artifact without problems', () => {
    const { artifact, problems } = parsePositioningArtifact(fixture('positioning.md', ARTIFACT))
    expect(problems).toEqual([])
    expect(artifact).toEqual({
      path: ARTIFACT,
      company: 'Acme',
      product: null,
      category: 'customer engagement platform',
      taglines: ['Every customer conversation, one platform.'],
      valuePropositions: ['Acme unifies email, chat and SMS so small teams answer every customer in one place.'],
      differentiators: ['Set up in an afternoon, no developer needed.'],
      competitorFraming: ['Unlike suites built for enterprises, Acme is priced and built for teams of 5 to 50.'],
      pricing: ['Free for up to 3 seats.', '$29 per seat per month.'],
      terms: ['all-in-one', 'customer engagement platform', 'conversation hub'],
      protectedFields: ['tagline', 'value_prop', 'hero'],
      positioningTypes: ['homepage', 'product', 'pricing'],
      owners: ['@acme/strategy'],
    })
  })

  it('reports each mistake at its line and keeps what is valid', () => {
    const { artifact, problems } = parsePositioningArtifact(fixture('artifact-invalid.md', ARTIFACT))
    const summary = problems.map((p) => [p.line, p.severity, p.message])
    expect(summary).toEqual([
      [3, 'error', '`category` is a mapping: expected a non-empty string.'],
      [
        6,
        'warning',
        'Unknown key `value-propositons` in the positioning artifact: expected one of `company`, `product`, `category`, `taglines`, `value-propositions`, `differentiators`, `competitor-framing`, `pricing`, `terms`, `protected-fields`, `positioning-types`, `owners`.',
      ],
      [10, 'error', '`terms` entry 2 is empty: expected a non-empty string.'],
      [11, 'error', '`terms` entry 3 is a mapping: expected a non-empty string.'],
      [12, 'error', '`owners` entry 2 is `dana`: expected a GitHub `@user`, an `@org/team` or an email address.'],
      [14, 'error', '`protected-fields` is `42`: expected a list of non-empty strings.'],
    ])
    expect(problems.every((p) => p.ruleId === 'positioning/artifact' && p.category === 'positioning')).toBe(true)
    expect(problems[1]?.suggestion).toBe('Rename it to `value-propositions`.')
    expect(artifact.category).toBeNull()
    expect(artifact.taglines).toEqual(['Every customer conversation, one platform.'])
    expect(artifact.terms).toEqual(['all-in-one'])
    expect(artifact.owners).toEqual(['@acme/strategy', 'legal@acme.com'])
    expect(artifact.positioningTypes).toEqual(['homepage-only'])
    expect(artifact.protectedFields).toEqual([])
  })

  it('points a problem at the offending text on its line', () => {
    const { problems } = parsePositioningArtifact(fixture('artifact-invalid.md', ARTIFACT))
    const owner = problems.find((p) => p.message.startsWith('`owners`'))
    expect(owner).toMatchObject({ text: 'owners: ["@acme/strategy", "dana", "legal@acme.com"]', column: 1, endLine: 12, endColumn: 53 })
  })

  it('returns the reading problem of broken YAML instead of throwing', () => {
    const doc = fixture('artifact-broken.md', ARTIFACT)
    const { artifact, problems } = parsePositioningArtifact(doc)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems).toEqual(expect.arrayContaining(doc.problems))
    expect(artifact.terms).toEqual([])
  })

  it('warns when the artifact has no frontmatter at all', () => {
    const { problems } = parsePositioningArtifact(parseDocument(ARTIFACT, '# Positioning\n\nNarrative only.\n'))
    expect(problems).toMatchObject([{ severity: 'warning', line: 1, ruleId: 'positioning/artifact' }])
    expect(problems[0]?.message).toContain('has no frontmatter')
  })
})

describe('diffArtifact', () => {
  it('lists each edited, added and removed entry with before and after', () => {
    const changes = diffArtifact(fixture('positioning.md', ARTIFACT), fixture('artifact-edited.md', ARTIFACT))
    expect(changes.map((c) => [c.field, c.kind, c.before, c.after, c.line])).toEqual([
      ['taglines', 'modified', 'Every customer conversation, one platform.', 'Every customer conversation, one inbox.', 5],
      ['pricing', 'modified', '$29 per seat per month.', '$35 per seat per month.', 14],
      ['terms', 'added', null, 'shared inbox', 19],
    ])
    expect(changes.every((c) => c.reason === 'policy-file' && c.path === ARTIFACT)).toBe(true)
  })

  it('ignores narrative edits below the frontmatter and reordered entries', () => {
    const base = fixture('positioning.md', ARTIFACT)
    const source = base.source
      .replace('It is not read by copydesk.', 'Rewritten narrative.')
      .replace('  - "Free for up to 3 seats."\n  - "$29 per seat per month."', '  - "$29 per seat per month."\n  - "Free for up to 3 seats."')
    expect(diffArtifact(base, parseDocument(ARTIFACT, source))).toEqual([])
  })

  it('lists every entry as added when the artifact is new', () => {
    const changes = diffArtifact(null, fixture('positioning.md', ARTIFACT))
    expect(changes.every((c) => c.kind === 'added')).toBe(true)
    expect(changes.find((c) => c.field === 'category')).toMatchObject({ after: 'customer engagement platform', line: 3 })
    expect(changes).toHaveLength(18)
  })

  it('reports a changed category as one modified entry', () => {
    const base = fixture('positioning.md', ARTIFACT)
    const head = parseDocument(ARTIFACT, base.source.replace('category: customer engagement platform', 'category: shared inbox'))
    expect(diffArtifact(base, head)).toMatchObject([
      { field: 'category', kind: 'modified', before: 'customer engagement platform', after: 'shared inbox', line: 3 },
    ])
  })
})

describe('artifact format problems, located on the artifact', () => {
  const { artifact, problems } = parsePositioningArtifact(fixture('artifact-format.md', ARTIFACT))
  const located = problems.map((p) => [p.line, p.column, p.endColumn, p.severity, p.text])

  it('reports an empty key at its line', () => {
    expect(located).toContainEqual([4, 1, 10, 'warning', 'taglines:'])
    expect(located).toContainEqual([5, 1, 20, 'warning', 'differentiators: []'])
    expect(problems.find((p) => p.line === 4)?.message).toBe('`taglines` is empty: it protects nothing. List its entries under it or remove the key.')
  })

  it('reports a price written with the sign after it at the amount, with the fix', () => {
    const p = problems.find((x) => x.line === 8)
    expect(p).toMatchObject({ column: 18, endColumn: 21, text: '49€', severity: 'warning', suggestion: 'Write it as `€49`.' })
    expect(p?.message).toBe('`pricing` entry 2: `49€` is not a price copydesk can read, so it protects nothing.')
  })

  it('reports a decimal comma that reads as another amount', () => {
    const p = problems.find((x) => x.line === 9)
    expect(p).toMatchObject({ column: 17, endColumn: 23, text: '€19,90', suggestion: 'Write it as `€19.90`.' })
    expect(p?.message).toBe('`pricing` entry 3: `€19,90` reads as €1990: copydesk takes a comma as a thousands separator.')
  })

  it('reports the unknown key with the likely one, and keeps every valid entry', () => {
    expect(problems.find((x) => x.line === 10)).toMatchObject({ column: 1, text: 'term:', suggestion: 'Rename it to `terms`.' })
    expect(problems).toHaveLength(5)
    expect(artifact.pricing).toHaveLength(3)
  })
})
