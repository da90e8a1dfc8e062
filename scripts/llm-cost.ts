// What the LLM second opinion sends for the example site (examples/site), and what it costs in tokens:
// runs the real review over every content file with a recording `fetch` (nothing leaves the machine), and
// counts the tokens of each request with gpt-tokenizer (o200k_base, the encoding of gpt-4.1 and gpt-4o).
// `--sample` prints one request body as sent. Used for the README's "What it sends and costs" section.
import { join } from 'node:path'
import { countTokens } from 'gpt-tokenizer'
import { checkAsIs } from '../src/engine/as-is.js'
import { loadPolicy } from '../src/engine/policy.js'
import { fsTree } from '../src/engine/tree.js'
import { createSecondOpinion } from '../src/llm/index.js'

const site = join(import.meta.dirname, '..', 'examples', 'site')
const bodies: { instructions: string; input: string; text: unknown }[] = []
// A typical verdict, for the output side: what a model writes per candidate.
const TYPICAL = JSON.stringify({ id: 'c1', claims: ['statistic'], needsSource: true, supportedBy: null, absolute: false, words: 'cuts reply times by 43%', reason: 'unsupported-claim', explanation: 'The figure `cuts reply times by 43%` names no study; link one or footnote it.' })

const recording: typeof fetch = async (_url, init) => {
  const body = JSON.parse(String(init?.body)) as { instructions: string; input: string; text: unknown; model: string }
  bodies.push(body)
  const { candidates } = JSON.parse(body.input) as { candidates: { id: string }[] }
  const verdicts = candidates.map((c) => ({ id: c.id, claims: [], needsSource: false, supportedBy: null, absolute: false, words: '', reason: 'not-a-claim', explanation: '' }))
  const text = JSON.stringify({ verdicts })
  const response = { id: 'r', object: 'response', created_at: 0, status: 'completed', model: body.model, output: [{ type: 'message', id: 'm', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] }], usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 } }
  return new Response(JSON.stringify(response), { status: 200, headers: { 'content-type': 'application/json' } })
}

const head = fsTree(site, 'examples/site')
const policy = await loadPolicy(head)
const so = createSecondOpinion({ apiKey: 'sk-cost-estimate-not-a-key', baseURL: 'http://127.0.0.1:9/v1', model: 'gpt-4.1-mini', fetch: recording, budget: { requests: 10_000, tokens: 100_000_000 } })
const report = await checkAsIs(head, policy, null, { failOn: 'never', review: so.review })

if (process.argv.includes('--sample')) {
  const first = bodies[0]
  const input = JSON.parse(first?.input ?? '{}') as { page: unknown; candidates: unknown[] }
  console.log(JSON.stringify({ page: input.page, candidates: input.candidates.slice(0, 2) }, null, 2))
  process.exit(0)
}

const instructions = countTokens(bodies[0]?.instructions ?? '')
const schema = countTokens(JSON.stringify(bodies[0]?.text ?? ''))
const messages = bodies.reduce((n, b) => n + countTokens(b.input), 0)
const candidates = so.meter.usage.candidates
const output = candidates * countTokens(TYPICAL) + bodies.length * 5
const input = bodies.length * (instructions + schema) + messages
const sentences = report.files.length
console.log(`files: ${sentences}, candidates: ${candidates}, requests: ${bodies.length} (batch 20)`)
console.log(`per request: instructions ${instructions} tokens, schema ${schema} tokens`)
console.log(`candidates and page context: ${messages} tokens (${Math.round(messages / Math.max(1, candidates))} per candidate)`)
console.log(`input: ${input} tokens; output (at ${countTokens(TYPICAL)} tokens a verdict): about ${output} tokens`)
// gpt-4.1-mini list prices (USD per million tokens): 0.40 input, 1.60 output.
console.log(`gpt-4.1-mini at $0.40 / $1.60 per million: about $${((input * 0.4 + output * 1.6) / 1e6).toFixed(4)} for the whole site; a re-run on unchanged content: 0 requests (cache)`)
