// Real repositories hold files copydesk cannot read as content: bytes that are not UTF-8, binaries,
// broken MDX or YAML, symbolic links. Each is reported where it is, and never hides another file's findings.
import { describe, expect, it } from 'vitest'
import { checkAsIs } from '../../src/engine/as-is.js'
import { decodeContent, decodeText, firstInvalidByte } from '../../src/engine/decode.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree, type MemoryLink } from '../../src/engine/tree.js'
import type { Report } from '../../src/types.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...parts: (string | number[])[]): Uint8Array => {
  const chunks = parts.map((part) => (typeof part === 'string' ? encode(part) : new Uint8Array(part)))
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

async function checkFiles(files: Record<string, string | Uint8Array | MemoryLink>): Promise<Report> {
  const tree = memoryTree(files)
  return checkAsIs(tree, await loadPolicy(tree), null, { failOn: 'error' })
}

/** Per file: `ruleId line:column` of every finding, and why it was skipped. */
function summary(report: Report): Record<string, { findings: string[]; skipped?: string }> {
  return Object.fromEntries(
    report.files.map((f) => [f.path, { findings: f.findings.map((x) => `${x.ruleId} ${x.line}:${x.column}`), ...(f.skipped ? { skipped: f.skipped } : {}) }]),
  )
}

describe('invalid UTF-8', () => {
  it('is reported at the line and column of the first bad byte, with its byte offset', async () => {
    // Line 3 reads `Café` with é saved as Latin-1 (0xE9) after a line holding multi-byte UTF-8.
    const file = bytes('---\ntitle: Ünïcode “fine”\n', 'Caf', [0xe9], ' au lait.\n')
    const report = await checkFiles({ 'content/latin1.md': file })
    const [finding] = report.files[0]?.findings ?? []
    expect(finding).toMatchObject({ ruleId: 'input/unreadable', category: 'input', severity: 'error', line: 3, column: 4 })
    expect(finding?.message).toContain(`byte ${file.indexOf(0xe9)} (0xE9, line 3, column 4)`)
  })

  it('counts columns in UTF-16 units after multi-byte characters, and lines ended by CR LF or CR', () => {
    expect(decodeContent(bytes('a\r\nb\rc😀é', [0xc3]))).toEqual({ text: null, invalid: { byte: 12, line: 3, column: 5 } })
    expect(decodeContent(bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]))).toEqual({ text: null, invalid: { byte: 5, line: 1, column: 3 } })
    expect(decodeContent(encode('fine\n'))).toEqual({ text: 'fine\n', invalid: null })
  })

  it('finds the byte the fatal decoder stops at, for any bytes', () => {
    let state = 11
    const next = (): number => (state = (state * 1103515245 + 12345) >>> 0) >>> 24
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90]
    for (let i = 0; i < 5000; i++) {
      const data = new Uint8Array(1 + (next() % 8)).map(() => (next() % 3 === 0 ? next() : (interesting[next() % interesting.length] as number)))
      const bad = firstInvalidByte(data)
      expect(bad === data.length, `${[...data]}`).toBe(decodeText(data) !== null)
      // Everything before the reported byte decodes; adding that byte's whole sequence does not.
      expect(decodeText(data.subarray(0, bad)), `${[...data]}`).not.toBeNull()
    }
  })
})

describe('symbolic links', () => {
  it('are listed as skipped with the reason, a notice and an info finding; never read as content', async () => {
    const report = await checkFiles({
      'content/home.md': 'Delivery is guaranteed.\n',
      'content/linked.md': { symlink: '../../outside/secret.md' },
    })
    const files = summary(report)
    expect(files['content/home.md']?.findings).toEqual(['recommended/no-guarantees 1:13'])
    expect(files['content/linked.md']?.skipped).toMatch(/^a symbolic link to `\.\.\/\.\.\/outside\/secret\.md`: links are not followed/)
    expect(files['content/linked.md']?.findings).toEqual(['input/symlink 1:1'])
    expect(report.files.find((f) => f.path === 'content/linked.md')?.findings[0]?.severity).toBe('info')
    expect(report.notices.some((n) => n.startsWith('`content/linked.md`: a symbolic link'))).toBe(true)
    expect(report.verdict).toBe('fail')
  })
})

describe('one bad file never hides the others', () => {
  it('binary, invalid UTF-8, broken MDX, broken YAML, too deep and a link next to good files keep every finding', async () => {
    const report = await checkFiles({
      'content/a-good.md': 'Our plan is risk-free.\n',
      'content/binary.md': bytes('PNG', [0x00, 0x01, 0x02]),
      'content/latin1.md': bytes('ok\nna', [0xef], 've\n'),
      'content/broken.mdx': '# Title\n\nAcme is the #1 tool.\n\nA <b>bold</i> claim.\n',
      'content/broken-yaml.md': '---\ntitle: [unclosed\n---\n\nUnlimited seats.\n',
      'content/deep.md': `${'> '.repeat(5000)}x\n\nIt is guaranteed.\n`,
      'content/link.md': { symlink: '/etc/passwd' },
      'content/z-good.mdx': '---\ntitle: Fine\n---\n\nThe cheapest plan.\n',
    })
    const files = summary(report)
    expect(files['content/a-good.md']?.findings).toEqual(['recommended/no-risk-free 1:13'])
    expect(files['content/binary.md']?.findings).toEqual(['input/binary 1:4'])
    expect(files['content/latin1.md']?.findings).toEqual(['input/unreadable 2:3'])
    expect(files['content/broken.mdx']?.findings).toEqual(expect.arrayContaining(['input/mdx-syntax 5:3', 'recommended/no-number-one 3:13']))
    expect(files['content/broken-yaml.md']?.findings).toEqual(expect.arrayContaining(['frontmatter/yaml-syntax 2:17', 'recommended/no-unlimited 5:1']))
    expect(files['content/deep.md']?.findings).toEqual(['input/too-deep 1:401', 'recommended/no-guarantees 3:7'])
    expect(files['content/link.md']?.skipped).toMatch(/symbolic link to `\/etc\/passwd`/)
    expect(files['content/z-good.mdx']?.findings).toEqual(['recommended/no-cheapest 5:5'])
  })
})
