// What may leave copydesk: no secret in the prose sent, no key in an error message.
import { describe, expect, test } from 'vitest'
import { maskSecrets, redact } from '../../src/llm/index.js'

const KEY = 'sk-proj-Z9y8X7w6V5u4T3s2R1q0'

describe('redact', () => {
  test.each([
    ['the key itself', `Incorrect API key provided: ${KEY}.`],
    ['a masked echo with the key\'s first characters', 'Incorrect API key provided: sk-pro**************R1q0.'],
    ['an echo showing only the last characters', 'key ending in ...R1q0 is invalid'],
    ['a mask of asterisks alone', 'key *******abc rejected'],
  ])('removes %s', (_name, text) => {
    const out = redact(text, KEY)
    expect(out).toContain('[redacted]')
    expect(out).not.toContain(KEY)
    expect(out).not.toContain('R1q0')
    expect(out).not.toContain('***')
  })

  test('leaves a message that holds nothing of the key unchanged', () => {
    expect(redact('You exceeded your current quota.', KEY)).toBe('You exceeded your current quota.')
  })
})

describe('maskSecrets', () => {
  test.each([
    ['an OpenAI key', 'paste sk-abcdefghijklmnopqrstuvwx here'],
    ['a GitHub token', 'token ghp_0123456789abcdefghijABCDEFGHIJ'],
    ['an AWS access key id', 'id AKIAABCDEFGHIJKLMNOP'],
    ['a named secret', 'the password is hunter2-hunter2'],
  ])('masks %s', (_name, text) => {
    expect(maskSecrets(text, ['hunter2-hunter2'])).toMatch(/\[redacted\]/)
  })

  test('leaves ordinary prose alone', () => {
    expect(maskSecrets('Ask our sk-team about the skeleton key.', [])).toBe('Ask our sk-team about the skeleton key.')
  })
})
