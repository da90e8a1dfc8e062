// The Action's inputs, read once inside run() (never at import time), validated, secrets masked.
import * as core from '@actions/core'
import { CopydeskError } from '../errors.js'

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
  }
  // Never let a secret reach the log, even through an error message that quotes it.
  for (const secret of [inputs.token, inputs.signoffToken, inputs.openaiKey]) if (secret) core.setSecret(secret)
  if (!inputs.token) throw new CopydeskError('input `github-token` is empty', 'Pass `github-token: ${{ github.token }}` (the default) or a token with the permissions listed in the README.')
  return inputs
}
