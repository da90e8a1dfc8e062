// Template syntax in markdown: Hugo shortcodes and Vue interpolations are masked before the parse (offsets
// kept), shortcode parameters a reader sees come back as blocks, multi-line component tags read as one tag.
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { findShortcodes, readShortcodes } from '../../src/content/shortcodes.js'
import { fencedCode, maskRanges, readTemplates } from '../../src/content/templates.js'
import { multilineTagBreaks, vueTemplateRanges } from '../../src/content/vitepress.js'
import { locationOf, parseFixture, sentenceWith, sourceAt } from './helpers.js'

const params = (source: string) => findShortcodes(source).map((s) => [s.name, s.closing, s.parameters.map((p) => [p.name, p.value, source.slice(p.offsets[0], (p.offsets[p.offsets.length - 1] ?? 0) + 1)])])

describe('Hugo shortcode tags', () => {
  it('parses named, spaced, escaped, raw and positional parameters with the offset of every character', () => {
    const source = '{{< figure src="/a.png" alt = "The \\"#1\\" tool" caption=`raw "text"` >}} {{< youtube LJHA2K8loaw >}} {{% note %}}x{{% /note %}}'
    expect(params(source)).toEqual([
      ['figure', false, [['src', '/a.png', '/a.png'], ['alt', 'The "#1" tool', 'The \\"#1\\" tool'], ['caption', 'raw "text"', 'raw "text"']]],
      ['youtube', false, [[null, 'LJHA2K8loaw', 'LJHA2K8loaw']]],
      ['note', false, []],
      ['note', true, []],
    ])
  })

  it('reads self-closing and multi-line tags, and leaves a tag that runs into a blank line alone', () => {
    expect(params('{{< figure\n    src="/a.png"\n    caption="Two lines" />}}')).toEqual([['figure', false, [['src', '/a.png', '/a.png'], ['caption', 'Two lines', 'Two lines']]]])
    expect(findShortcodes('{{< figure src="/a.png"\n\ncaption="x" >}}')).toEqual([])
    expect(findShortcodes('{{< figure caption="never closed')).toEqual([])
  })

  it("never reads Hugo's commented-out tags", () => {
    const [comment] = findShortcodes('Write {{</* figure caption="x" */>}} to add one.')
    expect(comment).toMatchObject({ comment: true, parameters: [] })
  })

  it('reads the parameters named in shortcodeAttributes and positional ones that read as words', () => {
    const source = '{{< figure src="/a.png" class="hero" caption="Our #1 plan" >}}\n{{< alert-positive "Branching is free for every plan.">}}\n{{< highlight javascript "linenos=inline" >}}\ncode\n{{< /highlight >}}\n{{< ref "blog/post.md" >}}'
    const { blocks } = readShortcodes(source, [], (name) => name === 'caption')
    expect(blocks.map((b) => [b.field, b.text, b.construct])).toEqual([
      ['shortcode.figure.caption', 'Our #1 plan', 'shortcode'],
      ['shortcode.alert-positive.0', 'Branching is free for every plan.', 'shortcode'],
    ])
  })

  it('masks a highlight block from its opening tag to its closing one, and only the tag when it never closes', () => {
    const source = 'a\n{{< highlight js >}}\nconst x = 1\n{{< /highlight >}}\nb'
    expect(readShortcodes(source, [], () => false).masked).toEqual([{ start: 2, end: source.indexOf('\nb') }])
    const open = 'a\n{{< highlight js >}}\ntext'
    expect(readShortcodes(open, [], () => false).masked).toEqual([{ start: 2, end: open.indexOf('\ntext') }])
  })

  it('leaves shortcodes shown in fenced code alone', () => {
    const source = 'Intro\n\n```md\n{{< figure caption="Guaranteed example" >}}\n```\n\n~~~\n{{< highlight go >}}\n~~~\n\nAfter\n'
    const fences = fencedCode(source)
    expect(fences.map((f) => source.slice(f.start, f.end))).toEqual(['```md\n{{< figure caption="Guaranteed example" >}}\n```\n', '~~~\n{{< highlight go >}}\n~~~\n'])
    expect(readTemplates(source, 'md', ['caption'])).toEqual({ text: source, blocks: [] })
  })
})

describe('masking', () => {
  it('keeps length and line breaks, and starts a run followed by words with a no-break space', () => {
    const source = 'a {{< x >}}\n{{% note %}}Words\r\n{{< y\n z >}} tail'
    const ranges = findShortcodes(source).map(({ start, end }) => ({ start, end }))
    const masked = maskRanges(source, ranges)
    expect(masked).toHaveLength(source.length)
    expect(masked).toBe('a          \n\u00A0           Words\r\n     \n\u00A0      tail')
  })

  it('keeps words after a shortcode at the start of a line in a paragraph, not an indented code block', () => {
    const doc = parseDocument('a.md', '{{% note %}}Results are guaranteed.{{% /note %}}\n')
    expect(doc.sentences.map((s) => s.text)).toEqual(['Results are guaranteed.'])
    expect(sourceAt(doc, locationOf(doc, 'guaranteed'))).toBe('guaranteed')
  })

  it('keeps the words on either side of an inline shortcode apart', () => {
    const doc = parseDocument('a.md', 'See the guide{{< ref "guide.md" >}}first.\n')
    expect(doc.sentences.map((s) => s.text)).toEqual(['See the guide first.'])
  })

  it('does not touch .mdx, where `{{` opens an expression', () => {
    const source = '<Chart data={{ a: 1 }} />\n\n{{< figure caption="x" >}}\n'
    expect(readTemplates(source, 'mdx', ['caption'])).toEqual({ text: source, blocks: [] })
  })
})

describe('VitePress', () => {
  it('finds {{ interpolations }} on one line, and code imports', () => {
    const source = '# {{ $frontmatter.title }}\n\nHi {{ a }} and {{ b }}\n{{ not\nclosed }}\n<<< @/snippets/x.ts{2}\n'
    expect(vueTemplateRanges(source).map((r) => source.slice(r.start, r.end))).toEqual(['{{ $frontmatter.title }}', '{{ a }}', '{{ b }}', '<<< @/snippets/x.ts{2}'])
  })

  it('joins a multi-line open tag onto one line, and leaves one-line tags and tags split by a blank line alone', () => {
    const source = '<EaSection\n  title="x"\n>\n\n<p>one</p>\n\n<Card\n\n  title="y">\n'
    expect(multilineTagBreaks(source)).toEqual([10, 22])
  })

  it('reads a multi-line component tag as HTML: its text props, never its id', () => {
    const doc = parseFixture('vitepress.md')
    expect(sentenceWith(doc, 'Unlimited data')).toMatchObject({ text: 'Unlimited data delivery', construct: 'html', field: 'EaSection.title' })
    expect(sentenceWith(doc, 'Reads are free.').construct).toBe('html')
    expect(doc.sentences.map((s) => s.text).join('\n')).not.toMatch(/guaranteed-delivery|:dark|\$frontmatter|Example\.tsx|tagline|border-radius/)
  })
})

describe('Hugo page (hugo-shortcodes.md)', () => {
  const doc = parseFixture('hugo-shortcodes.md')

  it('reads visible parameters as shortcode blocks at the characters typed', () => {
    expect(sentenceWith(doc, 'route approvals')).toMatchObject({ text: 'The #1 way to route approvals', construct: 'shortcode', field: 'shortcode.figure.caption' })
    expect(sentenceWith(doc, 'Branching in the automation editor').field).toBe('shortcode.figure.alt')
    expect(sentenceWith(doc, 'workflow tool').field).toBe('shortcode.custom-cta.text')
    expect(sourceAt(doc, locationOf(doc, 'The #1 way'))).toBe('The #1 way')
  })

  it('reads the content of a paired shortcode as markdown, and never a tag, a src, a class or a template name', () => {
    expect(sentenceWith(doc, 'Branches run left to right')).not.toHaveProperty('construct')
    const all = doc.sentences.map((s) => s.text).join('\n')
    for (const wiring of ['youtube', 'XCsB0NI3', '/web-app-design', 'guaranteed-figure', 'ticketingSystem', 'linenos', 'const', 'note']) expect(all).not.toContain(wiring)
  })

  it('reads a parameter name added by the config', () => {
    const extra = parseDocument('a.md', '{{< cta button="Start your guaranteed trial" >}}\n')
    expect(extra.sentences).toEqual([])
    const configured = parseDocument('a.md', '{{< cta button="Start your guaranteed trial" >}}\n', { shortcodeAttributes: ['button'] })
    expect(configured.sentences.map((s) => [s.field, s.text])).toEqual([['shortcode.cta.button', 'Start your guaranteed trial']])
  })
})
