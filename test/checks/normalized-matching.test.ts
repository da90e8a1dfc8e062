// A banned phrase matches what a reader sees, however the writer typed it, and the finding points at
// the characters typed. Each case goes through parseDocument and the banned-claims check.
import { describe, expect, it } from 'vitest'
import { loadRecommendedPack } from '../../src/rules/load.js'
import type { Finding } from '../../src/types.js'
import { bannedClaims, packFrom } from '../rules/context.js'

const custom = packFrom(`pack: acme
version: 1.0.0
rules:
  - id: number-one-platform
    kind: phrase
    severity: error
    message: "\`{match}\`"
    phrases: ["#1 platform", café, acme]
`)
const packs = [loadRecommendedPack(), custom]

/** Each finding as `rule line:column-endLine:endColumn`, plus the source it covers. */
function found(source: string, path = 'content/page.md'): { at: string; typed: string; text: string }[] {
  const lines = source.split('\n')
  const slice = (f: Finding): string => {
    if (f.line === f.endLine) return (lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1)
    return [(lines[f.line - 1] ?? '').slice(f.column - 1), ...lines.slice(f.line, f.endLine - 1), (lines[f.endLine - 1] ?? '').slice(0, f.endColumn - 1)].join('\n')
  }
  return bannedClaims(source, { path, packs }).map((f) => ({ at: `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, typed: slice(f), text: f.text }))
}

describe('banned phrases match what a reader sees, at what the writer typed', () => {
  it('homoglyphs: Cyrillic and Greek look-alikes inside a Latin word', () => {
    expect(found('---\ntitle: Plain\n---\n\nDelivery is guar\u0430nteed. It is Gu\u0430r\u0430nt\u0435\u0435d.\nA n\u03bf risk trial.\n')).toEqual([
      { at: 'recommended/no-guarantees 5:13-5:23', typed: 'guar\u0430nteed', text: 'guar\u0430nteed' },
      { at: 'recommended/no-guarantees 5:31-5:41', typed: 'Gu\u0430r\u0430nt\u0435\u0435d', text: 'Gu\u0430r\u0430nt\u0435\u0435d' },
      { at: 'recommended/no-risk-free 6:3-6:10', typed: 'n\u03bf risk', text: 'n\u03bf risk' },
    ])
  })

  it('leaves words written wholly in Cyrillic alone', () => {
    // `ѕтудіеѕ ѕһоѡ` spelled with no Latin letter at all is not a disguised English word.
    expect(found('\u0455\u0442\u0443\u0434\u0456\u0435\u0455 \u0455\u04bb\u043e\u0461 and studies show.\n').map((f) => f.at)).toEqual(['recommended/no-invented-proof 1:18-1:30'])
  })

  it('fullwidth forms and other compatibility characters (NFKC)', () => {
    expect(found('Delivery is \uff47\uff55\uff41\uff52\uff41\uff4e\uff54\uff45\uff45\uff44.\nThe \uff03\uff11 tool, with in\ufb01nite seats, is \ud835\udc20\ud835\udc2e\ud835\udc1a\ud835\udc2b\ud835\udc1a\ud835\udc27\ud835\udc2d\ud835\udc1e\ud835\udc1e\ud835\udc1d.\n')).toEqual([
      { at: 'recommended/no-guarantees 1:13-1:23', typed: '\uff47\uff55\uff41\uff52\uff41\uff4e\uff54\uff45\uff45\uff44', text: '\uff47\uff55\uff41\uff52\uff41\uff4e\uff54\uff45\uff45\uff44' },
      { at: 'recommended/no-number-one 2:5-2:7', typed: '\uff03\uff11', text: '\uff03\uff11' },
      { at: 'recommended/no-unlimited 2:19-2:26', typed: 'in\ufb01nite', text: 'in\ufb01nite' },
      { at: 'recommended/no-guarantees 2:37-2:57', typed: '\ud835\udc20\ud835\udc2e\ud835\udc1a\ud835\udc2b\ud835\udc1a\ud835\udc27\ud835\udc2d\ud835\udc1e\ud835\udc1e\ud835\udc1d', text: '\ud835\udc20\ud835\udc2e\ud835\udc1a\ud835\udc2b\ud835\udc1a\ud835\udc27\ud835\udc2d\ud835\udc1e\ud835\udc1e\ud835\udc1d' },
    ])
  })

  it('zero-width characters inside a word', () => {
    expect(found('Delivery is guaran\u200bteed, gu\u200dar\u2060anteed.\n').map((f) => [f.at, f.typed])).toEqual([
      ['recommended/no-guarantees 1:13-1:24', 'guaran\u200bteed'],
      ['recommended/no-guarantees 1:26-1:38', 'gu\u200dar\u2060anteed'],
    ])
  })

  it('soft hyphens, typed or written as `&shy;`', () => {
    expect(found('Delivery is guaran\u00adteed, guaran&shy;teed.\n').map((f) => [f.at, f.typed])).toEqual([
      ['recommended/no-guarantees 1:13-1:24', 'guaran\u00adteed'],
      ['recommended/no-guarantees 1:26-1:41', 'guaran&shy;teed'],
    ])
  })

  it('HTML character references, located on the whole reference', () => {
    expect(found('Delivery is guar&#97;nteed, guarantee&#x64; and &#x47;uaranteed.\n')).toEqual([
      { at: 'recommended/no-guarantees 1:13-1:27', typed: 'guar&#97;nteed', text: 'guaranteed' },
      { at: 'recommended/no-guarantees 1:29-1:44', typed: 'guarantee&#x64;', text: 'guaranteed' },
      { at: 'recommended/no-guarantees 1:49-1:64', typed: '&#x47;uaranteed', text: 'Guaranteed' },
    ])
    // References that decode to spaces and hyphens keep the words after them in place, however many.
    expect(found(`Ours${'&nbsp;'.repeat(8)}is guaranteed, a risk&#8209;free&nbsp;trial.\n`).map((f) => [f.at, f.typed])).toEqual([
      ['recommended/no-guarantees 1:56-1:66', 'guaranteed'],
      ['recommended/no-risk-free 1:70-1:85', 'risk&#8209;free'],
    ])
  })

  it('emphasis splitting a word: from its first to its last letter', () => {
    expect(found('Delivery is guaran**teed**, *guar*anteed and gu_ara_nteed.\n', 'content/page.mdx').map((f) => [f.at, f.typed])).toEqual([
      ['recommended/no-guarantees 1:13-1:25', 'guaran**teed'],
      ['recommended/no-guarantees 1:30-1:41', 'guar*anteed'],
    ])
  })

  it('line breaks inside a phrase', () => {
    expect(found('Start a risk-\nfree trial on the #1\nplatform for teams.\n')).toEqual([
      { at: 'recommended/no-risk-free 1:9-2:5', typed: 'risk-\nfree', text: 'risk- free' },
      { at: 'recommended/no-number-one 2:19-2:21', typed: '#1', text: '#1' },
      { at: 'acme/number-one-platform 2:19-3:9', typed: '#1\nplatform', text: '#1 platform' },
    ])
  })

  it('accents typed as combining marks, and trademark signs that stay signs', () => {
    expect(found('The Cafe\u0301 plan from Acme\u2122 works.\n').map((f) => [f.at, f.typed])).toEqual([
      ['acme/number-one-platform 1:5-1:10', 'Cafe\u0301'],
      ['acme/number-one-platform 1:21-1:25', 'Acme'],
    ])
  })

  it('pattern rules read the same folded text', () => {
    // The recommended pack's `studies show` is a pattern rule.
    expect(found('Studi\u0435s sh\u200bow it.\n').map((f) => [f.at, f.typed])).toEqual([['recommended/no-invented-proof 1:1-1:14', 'Studi\u0435s sh\u200bow']])
  })
})
