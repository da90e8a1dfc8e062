// The one redaction layer (src/redact.ts): secrets the run knows, in every form an echo may carry them, and
// credentials recognisable by their shape, are masked in text, in reports and on stdout.
import { afterEach, describe, expect, it } from 'vitest'
import { createOctokit } from '../../src/github/client.js'
import { setStatus, upsertComment } from '../../src/github/api.js'
import { MASK, Redactor, redactStdio } from '../../src/redact.js'
import { startStandin, type GitHubStandin } from '../support/github-standin.js'

const TOKEN = 'ghs_redactionTestToken0123456789abcdefAB'
const KEY = 'opaque-gateway-key-7d1e9c'

describe('Redactor', () => {
  const r = new Redactor()
  r.add(TOKEN)
  r.add(KEY)

  it.each([
    ['raw', `GitHub said: bad credentials ${KEY}`],
    ['URL-encoded', `GET /x?k=${encodeURIComponent(`${KEY}/+`)}`.replace(encodeURIComponent('/+'), '')],
    ['JSON-escaped', JSON.stringify({ message: `echo ${TOKEN}` })],
    ['base64', `authorization: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`],
    ['bare base64', `blob ${Buffer.from(KEY).toString('base64')}`],
  ])('masks a known secret %s', (_form, text) => {
    const out = r.text(text)
    expect(out).not.toContain(TOKEN)
    expect(out).not.toContain(KEY)
    expect(out).not.toContain(Buffer.from(KEY).toString('base64').replace(/=+$/, ''))
    expect(out).toContain(MASK)
  })

  it.each([
    ['a token in a URL', 'https://x-access-token:anything-at-all@github.com/acme/site.git', 'https://***@github.com/acme/site.git'],
    ['a query credential', 'https://gw.example/v1?api_key=abc123def&model=x', 'https://gw.example/v1?api_key=***&model=x'],
    ['an echoed header', 'Authorization: token abcdef0123456789', 'Authorization: token ***'],
    ['a bearer token', 'sent Bearer eyJhbGciOiJIUzI1NiJ9.x.y', 'sent Bearer ***'],
    ['a GitHub token shape', 'leaked ghp_abcdefghijklmnopqrstuvwxyz0123456789 here', 'leaked *** here'],
    ['an OpenAI key shape', 'key sk-proj-abcdefghijklmnop1234', 'key ***'],
  ])('masks %s it was never told about', (_what, text, expected) => {
    expect(new Redactor().text(text)).toBe(expected)
  })

  it('leaves ordinary prose and short values alone', () => {
    const plain = new Redactor()
    plain.add('abc')
    expect(plain.text('The workflow token needs `contents: read`; abc.')).toBe('The workflow token needs `contents: read`; abc.')
    expect(plain.text('Authorization: the token needs read access.')).toBe('Authorization: the token needs read access.')
    expect(plain.text('authorization=0123456789abcdef0123')).toBe('authorization=***')
  })

  it('redacts every string of a report, keys included, without changing its shape', () => {
    const report = { files: [{ path: 'a.md', findings: [{ message: `x ${TOKEN}`, line: 3 }] }], notes: { [KEY]: true } }
    expect(r.deep(report)).toEqual({ files: [{ path: 'a.md', findings: [{ message: `x ${MASK}`, line: 3 }] }], notes: { [MASK]: true } })
    expect(report.files[0]?.findings[0]?.message).toContain(TOKEN)
  })

  it('takes the credentials out of an endpoint URL', () => {
    const fromUrl = new Redactor()
    fromUrl.addUrlCredentials('https://svc:s3cret-pass-word@gateway.example/v1')
    expect(fromUrl.text('refused s3cret-pass-word')).toBe(`refused ${MASK}`)
  })
})

describe('redactStdio', () => {
  let restore: (() => void) | null = null
  afterEach(() => restore?.())

  it('redacts what the process prints, passes ::add-mask:: through and learns its value', () => {
    const written: string[] = []
    const original = process.stdout.write
    process.stdout.write = ((chunk: string) => {
      written.push(String(chunk))
      return true
    }) as typeof process.stdout.write
    const r = new Redactor()
    const undo = redactStdio(r)
    restore = () => {
      undo()
      process.stdout.write = original
    }
    process.stdout.write('::add-mask::late-secret-value\n')
    process.stdout.write('::error::GitHub said late-secret-value and ghp_abcdefghijklmnopqrstuvwxyz0123456789\n')
    expect(written).toEqual(['::add-mask::late-secret-value\n', '::error::GitHub said *** and ***\n'])
  })
})

describe('writes to GitHub', () => {
  let standin: GitHubStandin | null = null
  afterEach(async () => {
    await standin?.stop()
    standin = null
  })

  it('redact every string a write sends, whichever code built it, and status descriptions before the 140-character cut', async () => {
    standin = await startStandin()
    standin.addPull({ number: 9 })
    const r = new Redactor()
    r.add(KEY)
    const ctx = { octokit: createOctokit('t0ken', { baseUrl: standin.url, retryBaseMs: 1, spaceWrites: false, redact: (t) => r.text(t) }), owner: 'acme', repo: 'site' }
    await upsertComment(ctx, 9, '<!-- m -->', `<!-- m -->\nthe gateway said ${KEY}`)
    expect(standin.state.issueComments[9]?.[0]?.body).toBe(`<!-- m -->\nthe gateway said ${MASK}`)

    await setStatus(ctx, 'a'.repeat(40), 'copydesk/content', 'error', `${'x'.repeat(120)} ghp_abcdefghijklmnopqrstuvwxyz0123456789`)
    expect(standin.latestStatus('a'.repeat(40), 'copydesk/content')?.description).toBe(`${'x'.repeat(120)} ${MASK}`)
  })
})
