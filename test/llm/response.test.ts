// Reply parsing and the verbatim rule, without HTTP: the cases a model gets wrong in practice.
import { describe, expect, test } from 'vitest'
import { parseDocument } from '../../src/content/index.js'
import { buildPayload, indexOfIgnoringCase, parseReply, toFindings } from '../../src/llm/index.js'

describe('parseReply', () => {
  test.each([
    ['a plain JSON object', '{"findings": []}'],
    ['extra keys at any level', '{"findings": [{"sentence": 1, "text": "a", "message": "m", "confidence": 0.9}], "model_notes": "x"}'],
    ['a markdown fence around the JSON', '```json\n{"findings": []}\n```'],
    ['claim and suggestion left out', '{"findings": [{"sentence": 1, "text": "a", "message": "m"}]}'],
  ])('accepts %s', (_name, content) => {
    expect(() => parseReply(content)).not.toThrow()
  })

  test.each([
    ['prose', 'No issues found.', /not JSON \(`No issues found\.`\)/],
    ['truncated JSON', '{"findings": [', /not JSON/],
    ['no findings key', '{"issues": []}', /`findings`: /],
    ['findings not a list', '{"findings": {}}', /`findings`: /],
    ['a fractional sentence number', '{"findings": [{"sentence": 1.5, "text": "a", "message": "m"}]}', /`findings\.0\.sentence`/],
    ['an empty message', '{"findings": [{"sentence": 1, "text": "a", "message": ""}]}', /`findings\.0\.message`/],
    ['a JSON array at the top', '[]', /`\(root\)`/],
  ])('rejects %s with a message naming the problem', (_name, content, expected) => {
    expect(() => parseReply(content)).toThrow(expected)
  })
})

describe('toFindings', () => {
  const doc = parseDocument('a.md', 'Acme is the most trusted inbox in Europe.\n')
  const { items } = buildPayload(doc, null, 10)

  test('an unknown claim kind becomes null instead of failing the review', () => {
    const { findings } = toFindings(doc, items, parseReply('{"findings": [{"sentence": 1, "text": "most trusted", "message": "m", "claim": "ranking"}]}'))
    expect(findings[0]).toMatchObject({ claim: null, text: 'most trusted', column: 13, endColumn: 25 })
  })

  test('empty or whitespace-only text is dropped, not placed at the sentence start', () => {
    const { findings, dropped } = toFindings(doc, items, parseReply('{"findings": [{"sentence": 1, "text": "  ", "message": "m"}]}'))
    expect(findings).toEqual([])
    expect(dropped).toBe(1)
  })

  test('messages are folded to one line and an empty suggestion becomes null', () => {
    const { findings } = toFindings(doc, items, parseReply('{"findings": [{"sentence": 1, "text": "in Europe", "message": "Scope\\n  `in Europe`\\nneeds a source.", "suggestion": " "}]}'))
    expect(findings[0]).toMatchObject({ message: 'Scope `in Europe` needs a source.', suggestion: null })
  })
})

describe('indexOfIgnoringCase', () => {
  test.each([
    ['The #1 Inbox (really)', '#1 inbox (REALLY)', 4],
    ['Costs $29.99/mo', '$29.99/MO', 6],
    ['a.b', 'a?b', -1],
    // Lower-casing `İ` yields two code units; the index must still point into the original text.
    ['İstanbul teams save 40%', 'SAVE 40%', 15],
  ])('finds %j in %j at %i', (haystack, needle, expected) => {
    expect(indexOfIgnoringCase(haystack, needle)).toBe(expected)
  })
})
