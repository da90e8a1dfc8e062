// What the second opinion costs in a run, and the budget that caps it: requests and tokens, counted
// across every file, so one long page cannot spend what the rest of the pull request needs.
import type { LlmRun, LlmUsage } from '../types.js'

export interface Budget {
  /** Requests per run. */
  requests: number
  /** Input plus output tokens per run. */
  tokens: number
}

export type NotReviewed = NonNullable<LlmRun['notReviewed']>[number]

export class Meter {
  readonly usage: LlmUsage = { requests: 0, inputTokens: 0, outputTokens: 0, cachedHits: 0, candidates: 0, reviewed: 0 }
  readonly notReviewed: NotReviewed[] = []
  /** Set once the budget stopped a request: which limit. */
  reached: 'requests' | 'tokens' | null = null

  constructor(readonly budget: Budget) {}

  /**
   * Whether a request estimated at `tokens` may go. Tokens are estimated before sending (about four
   * characters a token) so the run stops before it spends past the budget, not after.
   */
  allows(tokens: number): boolean {
    if (this.usage.requests >= this.budget.requests) this.reached ??= 'requests'
    else if (this.usage.inputTokens + this.usage.outputTokens + tokens > this.budget.tokens) this.reached ??= 'tokens'
    else return true
    return false
  }

  record(answer: { inputTokens: number; outputTokens: number }): void {
    this.usage.requests++
    this.usage.inputTokens += answer.inputTokens
    this.usage.outputTokens += answer.outputTokens
  }

  /** Counts a request that failed: it was made, and counts against the request budget. */
  failed(): void {
    this.usage.requests++
  }

  /** The notice a reached budget earns, or null. */
  notice(): string | null {
    if (this.reached === null) return null
    const skipped = this.notReviewed.filter((n) => n.reason.startsWith('budget'))
    const files = new Set(skipped.map((n) => n.path)).size
    const limit = this.reached === 'requests' ? `\`llm.budget.requests\` (${this.budget.requests} requests)` : `\`llm.budget.tokens\` (${this.budget.tokens} tokens)`
    const what = skipped.length > 0 ? `${skipped.length} candidate${skipped.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} were not reviewed` : 'some requests were not made'
    return `The LLM budget ${limit} was reached: ${what}; the rules' verdict stands for them. Raise the budget in the config to review more.`
  }
}

/** About four characters a token for English prose and JSON: a deliberate overestimate for budgeting. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}
