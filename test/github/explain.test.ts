// explainApiError on error values shaped like Octokit's RequestError (status, response.data, request headers).
import { describe, expect, test } from 'vitest'
import { CopydeskError } from '../../src/errors.js'
import { explainApiError, isNotFound, type ApiOperation } from '../../src/github/api.js'

function requestError(status: number, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
    status,
    request: { method: 'POST', url: 'https://api.github.com/x', headers: { authorization: 'token ghs_SECRET' } },
    response: { status, headers: {}, data: { message, ...extra } },
  })
}

describe('explainApiError', () => {
  test.each<[ApiOperation, string]>([
    ['statuses', '`statuses: write`'],
    ['comments', '`pull-requests: write`'],
    ['reviews', '`pull-requests: write`'],
    ['contents', '`contents: read`'],
    ['pulls', '`pull-requests: read`'],
    ['events', '`pull-requests: read` (or `issues: read`)'],
  ])('a refused %s call names %s', (operation, permission) => {
    const err = explainApiError(requestError(403, 'Resource not accessible by integration'), operation)
    expect(err).toBeInstanceOf(CopydeskError)
    expect(err.message).toContain(`The workflow token needs ${permission}.`)
  })

  test('a 404 that says the resource is not accessible is a permission problem too', () => {
    const err = explainApiError(requestError(404, 'Resource not accessible by personal access token'), 'statuses')
    expect(err.message).toContain('`statuses: write`')
  })

  test('team access problems ask for a signoff-token with read:org, even on a bare 404', () => {
    const err = explainApiError(requestError(404, 'Not Found'), 'teams')
    expect(err.message).toContain('`signoff-token`')
    expect(err.message).toContain('`read:org`')
  })

  test('other failures carry the status and GitHub’s words, and no permission advice', () => {
    const err = explainApiError(requestError(500, 'Server Error'), 'statuses', 'set the commit status `copydesk/content`')
    expect(err.message).toBe('copydesk could not set the commit status `copydesk/content`: GitHub answered 500 `Server Error`.')
    expect(err.hint).toBeUndefined()
  })

  test('the details of a 422 are part of the message', () => {
    const err = explainApiError(requestError(422, 'Validation Failed', { errors: [{ message: 'description is too long' }, 'Path could not be resolved'] }), 'reviews')
    expect(err.message).toContain('`Validation Failed: description is too long; Path could not be resolved`')
  })

  test('the token in the failed request never reaches the message or hint', () => {
    for (const status of [401, 403, 404, 500]) {
      const err = explainApiError(requestError(status, 'Bad credentials'), 'comments')
      expect(`${err.message} ${err.hint ?? ''}`).not.toContain('ghs_SECRET')
    }
  })

  test('an error without an HTTP status (the network) keeps its own message', () => {
    const err = explainApiError(new Error('connect ECONNREFUSED 127.0.0.1:1'), 'pulls')
    expect(err.message).toBe('copydesk could not read the pull request: connect ECONNREFUSED 127.0.0.1:1')
  })

  test('a CopydeskError passes through unchanged', () => {
    const original = new CopydeskError('already explained')
    expect(explainApiError(original, 'pulls')).toBe(original)
  })
})

describe('isNotFound', () => {
  test('is true for a plain 404 and false for a 404 that hides a permission problem', () => {
    expect(isNotFound(requestError(404, 'Not Found'))).toBe(true)
    expect(isNotFound(requestError(404, 'Resource not accessible by integration'))).toBe(false)
    expect(isNotFound(requestError(403, 'Forbidden'))).toBe(false)
    expect(isNotFound(new Error('boom'))).toBe(false)
  })
})
