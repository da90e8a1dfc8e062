// The review inside the engine: its findings join the rule findings, and its failure is a warning, never a crash.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runCheck } from '../../src/engine/check.js'
import { loadPolicy } from '../../src/engine/policy.js'
import { memoryTree } from '../../src/engine/tree.js'
import { createLlmReview } from '../../src/llm/index.js'
import { findingsReply, sentSentences, startOpenAIStandin, type OpenAIStandin } from '../support/openai-standin.js'

const KEY = 'sk-engine-5e4d3c2b1a0f9e8d7c6b'
const POST = `---
title: How teams reply faster
type: blog
---
# How teams reply faster

Our customers reply 3x faster than the industry.
`

let standin: OpenAIStandin
beforeEach(async () => {
  standin = await startOpenAIStandin({ apiKey: KEY })
})
afterEach(async () => {
  await standin.stop()
})

async function run(apiKey: string) {
  const tree = memoryTree({ 'content/blog/reply.md': POST }, 'head')
  const policy = await loadPolicy(tree)
  return runCheck({
    base: null,
    head: tree,
    policy,
    files: [{ path: 'content/blog/reply.md', status: 'added' }],
    filter: 'file',
    failOn: 'warning',
    asyncChecks: [createLlmReview({ apiKey, baseURL: standin.baseURL, model: 'gpt-4.1-mini' })],
  })
}

describe('the LLM review in a run', () => {
  test('adds located llm/review warnings beside the deterministic findings', async () => {
    standin.respond((body) => {
      const n = sentSentences(body).find((s) => s.text.includes('3x'))?.n
      return findingsReply([{ sentence: n, text: 'than the industry', message: 'Comparison `than the industry` needs a benchmark.', claim: 'comparison' }])
    })

    const report = await run(KEY)
    const llm = report.files[0]?.findings.filter((f) => f.ruleId === 'llm/review')

    expect(llm).toEqual([expect.objectContaining({ severity: 'warning', category: 'llm', text: 'than the industry', line: 7, column: 31, endLine: 7, endColumn: 48 })])
  })

  test('a rejected key becomes an llm/error warning whose message does not contain the key', async () => {
    const wrong = 'sk-wrong-1f2e3d4c5b6a7f8e9d0c'
    const report = await run(wrong)
    const errors = report.files[0]?.findings.filter((f) => f.ruleId === 'llm/error') ?? []

    expect(errors).toHaveLength(1)
    expect(errors[0]?.severity).toBe('warning')
    expect(errors[0]?.message).toContain('401')
    expect(JSON.stringify(report)).not.toContain(wrong)
  })
})
