// The `copydesk/strategy-signoff` commit status: what branch protection reads.
import type { SignoffResult } from '../types.js'

export const SIGNOFF_STATUS_CONTEXT = 'copydesk/strategy-signoff'
/** GitHub rejects longer commit status descriptions. */
export const STATUS_DESCRIPTION_MAX = 140

export interface SignoffStatus {
  state: 'success' | 'pending' | 'failure'
  description: string
}

export function signoffStatus(result: SignoffResult): SignoffStatus {
  switch (result.state) {
    case 'not-required':
      return { state: 'success', description: 'Positioning unchanged: no strategy sign-off needed.' }
    case 'approved':
      return {
        state: 'success',
        description: truncate(result.override ? `Overridden by ${actor(result.override.by)}: ${result.override.justification}` : result.reason),
      }
    case 'pending':
      return { state: 'pending', description: truncate(result.reason) }
    case 'rejected':
      return { state: 'failure', description: truncate(result.reason) }
  }
}

function actor(by: string): string {
  return by === 'unknown' ? 'an unknown user' : `@${by}`
}

/** Counts UTF-16 units (the stricter reading of the limit) and cuts between code points, never inside an emoji. */
function truncate(text: string): string {
  if (text.length <= STATUS_DESCRIPTION_MAX) return text
  let out = ''
  for (const char of text) {
    if (out.length + char.length > STATUS_DESCRIPTION_MAX - 1) break
    out += char
  }
  return `${out.trimEnd()}…`
}
