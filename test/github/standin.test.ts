// The stand-in is only worth its checks if it refuses what GitHub refuses: these tests make it fail.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { CONTENTS_INLINE_LIMIT, GitHubStandin, startStandin } from '../support/github-standin.js'

let standin: GitHubStandin

beforeEach(async () => {
  standin = await startStandin()
  standin.addPull({ number: 7 })
})
afterEach(async () => {
  await standin.stop()
})

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: 'token t' }) {
  const response = await fetch(standin.url + path, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  return { status: response.status, link: response.headers.get('link'), json: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

describe('request validation against the OpenAPI subset', () => {
  test('a body value outside the schema is refused with 422 and recorded', async () => {
    const res = await call('POST', '/repos/acme/site/statuses/abc', { state: 'green', context: 'copydesk/content' })
    expect(res.status).toBe(422)
    expect(standin.violations).toHaveLength(1)
    expect(standin.violations[0]?.operationId).toBe('repos/create-commit-status')
    expect(standin.violations[0]?.problems.join()).toContain('body.state')
    expect(standin.state.statuses['abc']).toBeUndefined()
  })

  test('a body field GitHub does not define is refused, catching typos GitHub would silently ignore', async () => {
    const res = await call('POST', '/repos/acme/site/pulls/7/reviews', { commitId: 'abc', body: 'x', event: 'COMMENT' })
    expect(res.status).toBe(422)
    expect(standin.violations[0]?.problems.join()).toContain('`commitId`')
  })

  test('a missing required body is refused', async () => {
    const res = await call('POST', '/repos/acme/site/issues/7/comments')
    expect(res.status).toBe(422)
    expect(standin.violations[0]?.problems).toContain('body is required')
  })

  test('a query parameter the operation does not define is refused', async () => {
    const res = await call('GET', '/repos/acme/site/pulls/7/files?perpage=100')
    expect(res.status).toBe(422)
    expect(standin.violations[0]?.problems.join()).toContain('`perpage`')
  })

  test('a path parameter of the wrong type is refused', async () => {
    const res = await call('GET', '/repos/acme/site/pulls/seven')
    expect(res.status).toBe(422)
    expect(standin.violations[0]?.problems.join()).toContain('path.pull_number')
  })

  test('a route outside the subset is refused, naming the method and path', async () => {
    const res = await call('GET', '/repos/acme/site/branches')
    expect(res.status).toBe(422)
    expect(standin.violations[0]).toMatchObject({ operationId: null, path: '/repos/acme/site/branches' })
  })

  test('a method the path does not allow is refused', async () => {
    const res = await call('PUT', '/repos/acme/site/pulls/7')
    expect(res.status).toBe(422)
    expect(standin.violations[0]?.problems.join()).toContain('allows `GET`')
  })

  test('a request without a token is answered 401 and recorded', async () => {
    const res = await call('GET', '/repos/acme/site/pulls/7', undefined, {})
    expect(res.status).toBe(401)
    expect(standin.violations[0]?.problems.join()).toContain('Authorization')
  })

  test('a valid request is answered and leaves no violation', async () => {
    const res = await call('GET', '/repos/acme/site/pulls/7', undefined, { authorization: 'Bearer t' })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ number: 7, head: { ref: 'feature' } })
    expect(standin.violations).toEqual([])
    expect(standin.requests[0]).toMatchObject({ method: 'GET', operationId: 'pulls/get', token: 't' })
  })
})

describe('GitHub behaviour', () => {
  test('pages carry a Link header with next and last, and later pages add prev and first', async () => {
    standin.setFileCount(7, 250)
    const first = await call('GET', '/repos/acme/site/pulls/7/files?per_page=100')
    expect(first.link).toBe(
      `<${standin.url}/repos/acme/site/pulls/7/files?per_page=100&page=2>; rel="next", <${standin.url}/repos/acme/site/pulls/7/files?per_page=100&page=3>; rel="last"`,
    )
    const last = await call('GET', '/repos/acme/site/pulls/7/files?per_page=100&page=3')
    expect(last.json).toHaveLength(50)
    expect(last.link).toContain('rel="prev"')
    expect(last.link).toContain('rel="first"')
    expect(last.link).not.toContain('rel="next"')
  })

  test('the default page size is 30', async () => {
    standin.setFileCount(7, 40)
    const res = await call('GET', '/repos/acme/site/pulls/7/files')
    expect(res.json).toHaveLength(30)
  })

  test('the files listing stops at 3,000 while the pull request still counts every file', async () => {
    standin.setFileCount(7, 3001)
    const pull = await call('GET', '/repos/acme/site/pulls/7')
    expect(pull.json).toMatchObject({ changed_files: 3001 })
    const lastPage = await call('GET', '/repos/acme/site/pulls/7/files?per_page=100&page=30')
    expect(lastPage.json).toHaveLength(100)
    expect(lastPage.link).not.toContain('rel="next"')
    const beyond = await call('GET', '/repos/acme/site/pulls/7/files?per_page=100&page=31')
    expect(beyond.json).toEqual([])
  })

  test('files over 1 MB come from the contents API without content, and whole from the blob API', async () => {
    const big = 'a'.repeat(CONTENTS_INLINE_LIMIT + 1)
    standin.state.trees['s1'] = { 'content/big.md': big, 'content/small.md': 'hi' }
    const small = (await call('GET', '/repos/acme/site/contents/content%2Fsmall.md?ref=s1')).json as Record<string, unknown>
    expect(small).toMatchObject({ encoding: 'base64', size: 2 })
    expect(Buffer.from(String(small['content']), 'base64').toString()).toBe('hi')
    const res = (await call('GET', '/repos/acme/site/contents/content/big.md?ref=s1')).json as Record<string, unknown>
    expect(res).toMatchObject({ encoding: 'none', content: '', size: big.length })
    const blob = (await call('GET', `/repos/acme/site/git/blobs/${String(res['sha'])}`)).json as Record<string, unknown>
    expect(Buffer.from(String(blob['content']), 'base64').toString()).toBe(big)
  })

  test('a file absent at the ref is a 404', async () => {
    standin.state.trees['s1'] = { 'a.md': 'x' }
    expect((await call('GET', '/repos/acme/site/contents/b.md?ref=s1')).status).toBe(404)
    expect((await call('GET', '/repos/acme/site/contents/a.md?ref=nope')).status).toBe(404)
  })

  test('blob shas are git blob ids', async () => {
    standin.state.trees['s1'] = { 'a.md': 'hello\n' }
    const res = (await call('GET', '/repos/acme/site/contents/a.md?ref=s1')).json as Record<string, unknown>
    // `printf 'hello\n' | git hash-object --stdin`
    expect(res['sha']).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })

  test('a review comment on a line outside the diff is refused as GitHub does', async () => {
    standin.state.files[7] = [{ filename: 'a.md', status: 'modified', patch: '@@ -1,2 +1,3 @@\n one\n+two\n three' }]
    const outside = await call('POST', '/repos/acme/site/pulls/7/reviews', {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'a.md', line: 9, side: 'RIGHT', body: 'no' }],
    })
    expect(outside.status).toBe(422)
    expect(JSON.stringify(outside.json)).toContain('Line could not be resolved')
    const inside = await call('POST', '/repos/acme/site/pulls/7/reviews', {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'a.md', line: 2, side: 'RIGHT', body: 'yes' }],
    })
    expect(inside.status).toBe(200)
    expect(standin.violations).toEqual([])
  })

  test('a status description over 140 characters is refused', async () => {
    const res = await call('POST', '/repos/acme/site/statuses/abc', { state: 'success', description: 'x'.repeat(141) })
    expect(res.status).toBe(422)
  })
})

describe('fault injection', () => {
  test('failNext fails the given number of requests, then the operation recovers', async () => {
    standin.failNext('pulls/get', 502, 2)
    expect((await call('GET', '/repos/acme/site/pulls/7')).status).toBe(502)
    expect((await call('GET', '/repos/acme/site/pulls/7')).status).toBe(502)
    expect((await call('GET', '/repos/acme/site/pulls/7')).status).toBe(200)
  })

  test('deny can target one token and leave the others working', async () => {
    standin.deny('pulls/get', 403, undefined, { token: 'weak' })
    const weak = await call('GET', '/repos/acme/site/pulls/7', undefined, { authorization: 'token weak' })
    expect(weak).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } })
    expect((await call('GET', '/repos/acme/site/pulls/7')).status).toBe(200)
  })

  test('team reads are refused to tokens outside teamReaders', async () => {
    standin.state.teams['acme/strategy'] = ['dana']
    standin.state.teamReaders = ['org-token']
    standin.state.teamDenial = { status: 404, message: 'Resource not accessible by integration' }
    expect((await call('GET', '/orgs/acme/teams/strategy/members')).status).toBe(404)
    const allowed = await call('GET', '/orgs/acme/teams/strategy/memberships/dana', undefined, { authorization: 'token org-token' })
    expect(allowed).toMatchObject({ status: 200, json: { state: 'active' } })
  })
})
