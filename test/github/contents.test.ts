import { afterEach, beforeEach, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { readFileAt } from '../../src/github/api.js'
import { gitBlobSha } from '../../src/github/contents.js'
import { contextFor } from '../support/github-context.js'
import { CONTENTS_INLINE_LIMIT, GitHubStandin, startStandin } from '../support/github-standin.js'

const HEAD = 'd'.repeat(40)
let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.state.trees[HEAD] = {
    'content/blog/launch post.md': '---\ntitle: "Ünïcode"\n---\nBody\n',
    'content/img/logo.md': Buffer.from([0x89, 0x50, 0x00, 0x01]),
    'content/empty.md': '',
  }
})
afterEach(async () => {
  expect(standin.violations).toEqual([])
  await standin.stop()
})

test('reads a file at a commit, decoding UTF-8 and reporting its size in bytes', async () => {
  const file = await readFileAt(contextFor(standin), 'content/blog/launch post.md', HEAD)
  expect(file).toMatchObject({ text: '---\ntitle: "Ünïcode"\n---\nBody\n', size: 32, binary: false, tooLarge: false })
  expect(standin.requestsTo('git/get-blob')).toEqual([])
})

test('an absent path is null, not an error', async () => {
  expect(await readFileAt(contextFor(standin), 'content/nope.md', HEAD)).toBeNull()
})

test('a ref GitHub does not know is an error, not an absent file', async () => {
  await expect(readFileAt(contextFor(standin), 'content/empty.md', 'no-such-ref')).rejects.toThrow(/No commit found for the ref no-such-ref/)
})

test('a directory is null: it is not a file', async () => {
  expect(await readFileAt(contextFor(standin), 'content/blog', HEAD)).toBeNull()
})

test('an empty file is read as empty text', async () => {
  expect(await readFileAt(contextFor(standin), 'content/empty.md', HEAD)).toEqual({ text: '', size: 0, binary: false, tooLarge: false, bytes: new Uint8Array() })
})

test('bytes with NUL are flagged binary', async () => {
  const file = await readFileAt(contextFor(standin), 'content/img/logo.md', HEAD)
  expect(file?.binary).toBe(true)
  expect(file?.size).toBe(4)
  expect(file?.bytes).toEqual(new Uint8Array([0x89, 0x50, 0x00, 0x01]))
})

test('a file over 1 MB, which the contents API sends without content, is read through the git blob API', async () => {
  const big = `---\ntitle: big\n---\n${'word '.repeat(CONTENTS_INLINE_LIMIT / 4)}`
  standin.state.trees[HEAD] = { 'content/big.md': big }
  const file = await readFileAt(contextFor(standin), 'content/big.md', HEAD)
  expect(file?.text).toBe(big)
  expect(file?.size).toBe(Buffer.byteLength(big))
  expect(standin.requestsTo('git/get-blob')).toHaveLength(1)
})

test('invalid UTF-8 survives in the bytes while the text shows replacement characters', async () => {
  standin.state.trees[HEAD] = { 'content/latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9]) }
  const file = await readFileAt(contextFor(standin), 'content/latin1.md', HEAD)
  expect(file?.text).toBe('caf\uFFFD')
  expect(file?.bytes).toEqual(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
})

test('a file over maxBytes is reported too large without downloading it', async () => {
  standin.state.trees[HEAD] = { 'content/big.md': 'x'.repeat(CONTENTS_INLINE_LIMIT + 10) }
  const file = await readFileAt(contextFor(standin), 'content/big.md', HEAD, { maxBytes: CONTENTS_INLINE_LIMIT })
  expect(file).toEqual({ text: '', size: CONTENTS_INLINE_LIMIT + 10, binary: false, tooLarge: true })
  expect(standin.requestsTo('git/get-blob')).toEqual([])
})

test('a token without contents access gets a message naming `contents: read`', async () => {
  standin.deny('repos/get-content')
  const err = await readFileAt(contextFor(standin), 'content/empty.md', HEAD).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toContain('`contents: read`')
  expect((err as Error).message).toContain('`content/empty.md`')
})

// A misbehaving API or a proxy in between: every answer that is not a well-formed file is an error that
// names the path, never "no file here" (which the engine would take for a deleted file).
const READ = 'content/blog/launch post.md'
const atHead = (request: { path: string; query: Record<string, string> }): boolean => decodeURIComponent(request.path).endsWith(`/${READ}`) && request.query['ref'] === HEAD

test('a body cut short is asked for again, then read', async () => {
  standin.sabotage({ operationId: 'repos/get-content', when: atHead, damage: 'truncate' })
  const file = await readFileAt(contextFor(standin), READ, HEAD)
  expect(file?.text).toBe('---\ntitle: "Ünïcode"\n---\nBody\n')
  expect(standin.requestsTo('repos/get-content')).toHaveLength(2)
})

test.each(['truncate', 'html'] as const)('a body that stays %s is an error naming the path, not an absent file', async (damage) => {
  standin.sabotage({ operationId: 'repos/get-content', when: atHead, damage, times: Infinity })
  const err = await readFileAt(contextFor(standin), READ, HEAD).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(CopydeskError)
  expect((err as Error).message).toContain(`read \`${READ}\` at \`${HEAD}\``)
  expect((err as Error).message).toMatch(/not complete JSON/)
  expect(standin.requestsTo('repos/get-content')).toHaveLength(4)
})

test('a connection reset on every attempt is an error, not an absent file', async () => {
  standin.sabotage({ operationId: 'repos/get-content', when: atHead, damage: 'reset', times: Infinity })
  await expect(readFileAt(contextFor(standin), READ, HEAD)).rejects.toThrow(CopydeskError)
})

test('valid JSON that is not a file description is an error', async () => {
  standin.sabotage({ operationId: 'repos/get-content', damage: { status: 200, body: { message: 'ok' } } })
  await expect(readFileAt(contextFor(standin), READ, HEAD)).rejects.toThrow(/does not describe a file/)
})

test('content whose bytes are not the blob GitHub named (cut inside the base64) is an error', async () => {
  const bytes = Buffer.from('---\ntitle: "Ünïcode"\n---\nBody\n', 'utf8')
  const good = { type: 'file', encoding: 'base64', size: bytes.length, path: READ, name: 'launch post.md', sha: gitBlobSha(bytes) }
  standin.sabotage({ operationId: 'repos/get-content', damage: { status: 200, body: { ...good, content: bytes.subarray(0, 12).toString('base64') } } })
  await expect(readFileAt(contextFor(standin), READ, HEAD)).rejects.toThrow(/not the 32-byte blob/)
  standin.sabotage({ operationId: 'repos/get-content', damage: { status: 200, body: { ...good, content: 'QUJD!!' } } })
  await expect(readFileAt(contextFor(standin), READ, HEAD)).rejects.toThrow(/base64 content is malformed/)
})

test('a 404 with another message than "Not Found" is an error, not an absent file', async () => {
  standin.sabotage({ operationId: 'repos/get-content', damage: { status: 404, body: { message: 'Branch not found' } } })
  await expect(readFileAt(contextFor(standin), READ, HEAD)).rejects.toThrow(/404 `Branch not found`/)
})
