// The prompts are readable, versioned files in rules/prompts/, embedded in the bundle as the rule packs are.
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRIFT_PROMPT, readPrompt, SECOND_OPINION_PROMPT } from '../../src/llm/index.js'
import { EMBEDDED_PROMPTS_PATH, renderEmbeddedPrompts } from '../../src/llm/prompt-embed.js'

const root = join(import.meta.dirname, '..', '..')
const dir = join(root, 'rules', 'prompts')

describe('the prompts', () => {
  it('are in step with rules/prompts/*.md (run `node --import tsx scripts/embed-prompts.ts` when this fails)', () => {
    const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [basename(f, '.md'), readFileSync(join(dir, f), 'utf8')]))
    expect(readFileSync(join(root, EMBEDDED_PROMPTS_PATH), 'utf8')).toBe(renderEmbeddedPrompts(files))
  })

  it('carry a version and send only the text after the frontmatter', () => {
    expect(SECOND_OPINION_PROMPT.version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(DRIFT_PROMPT.version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(SECOND_OPINION_PROMPT.text).not.toContain('version:')
    expect(SECOND_OPINION_PROMPT.text).toContain('scoped-to-own-product')
  })

  it('refuse a prompt file without a version', () => {
    expect(() => readPrompt('x', '---\npurpose: none\n---\nHello')).toThrow('has no `version`')
    expect(readPrompt('x', '---\nversion: 2026-01-02\n---\nHello\n')).toEqual({ name: 'x', version: '2026-01-02', text: 'Hello' })
  })
})
