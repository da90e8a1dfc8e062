// The Action's inputs, read once inside run() (never at import time), validated, secrets masked.
import * as core from '@actions/core'
import { CopydeskError } from '../errors.js'
import { secrets } from '../redact.js'

export interface Inputs {
  token: string
  config: string
  signoffToken: string
  failOn: 'error' | 'warning' | 'never'
  comment: boolean
  filter: 'added' | 'file' | 'nofilter'
  suggestions: boolean
  openaiKey: string
  openaiBaseUrl: string
  openaiModel: string
  /** Keep the result cache between runs with the actions cache (src/github/cache.ts). */
  cache: boolean
}

export function readInputs(): Inputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = core.getInput(name).trim() || fallback
    if (!(allowed as readonly string[]).includes(value)) throw new CopydeskError(`input \`${name}\` is \`${value}\`; expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`)
    return value as T
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const value = core.getInput(name).trim().toLowerCase()
    if (value === '') return fallback
    if (value === 'true' || value === 'false') return value === 'true'
    throw new CopydeskError(`input \`${name}\` is \`${value}\`; expected \`true\` or \`false\``)
  }
  const inputs: Inputs = {
    token: core.getInput('github-token'),
    config: core.getInput('config') || '.github/copydesk.yml',
    signoffToken: core.getInput('signoff-token'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    comment: bool('comment', true),
    filter: choice('filter', ['added', 'file', 'nofilter'] as const, 'added'),
    suggestions: bool('suggestions', true),
    openaiKey: core.getInput('openai-api-key'),
    openaiBaseUrl: core.getInput('openai-base-url'),
    openaiModel: core.getInput('openai-model') || 'gpt-4.1-mini',
    cache: bool('cache', false),
  }
  // Never let a secret reach the log, even through an error message that quotes it: the runner masks the log,
  // and the run's redactor (src/redact.ts) everything else copydesk writes.
  for (const secret of [inputs.token, inputs.signoffToken, inputs.openaiKey]) {
    if (!secret) continue
    core.setSecret(secret)
    secrets.add(secret)
  }
  secrets.addUrlCredentials(inputs.openaiBaseUrl)
  for (const credential of urlCredentials(inputs.openaiBaseUrl)) core.setSecret(credential)
  if (!inputs.token) throw new CopydeskError('input `github-token` is empty', 'Pass `github-token: ${{ github.token }}` (the default) or a token with the permissions listed in the README.')
  return inputs
}

/** The password (or lone user name) of a URL such as `https://user:key@gateway/v1`: a secret in an endpoint input. */
function urlCredentials(url: string): string[] {
  try {
    const parsed = new URL(url)
    const secret = decodeURIComponent(parsed.password || parsed.username)
    return secret ? [secret] : []
  } catch {
    return []
  }
}
