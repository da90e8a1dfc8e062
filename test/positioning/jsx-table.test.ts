// A pricing table written as a JSX data prop (`<PricingTable headers={…} rows={[…]} />`), diffed row by row
// like a markdown table. The content parser's JSX prop reader (another branch) gives such cells a table
// place; until it is merged, the first test builds those sentences the way types.ts describes them
// (construct `jsx-attribute`, field `PricingTable.rows.0.1`, header row 0, data rows from 1), so the
// positioning side is tested now. The second test runs the real parser on the same fixture: it is
// skipped until that reader is merged. ENABLE IT (remove `.skip`) AFTER THE MERGE.
import { describe, expect, it } from 'vitest'
import { diffPositioning } from '../../src/positioning/diff.js'
import type { ContentDocument, Sentence } from '../../src/types.js'
import { fixture, relayContext } from './helpers.js'

const PATH = 'content/pricing.mdx'

/** The string literals of one JSX array line (`["SSO add-on", "$49 per month"]`), with their source offsets. */
function literals(source: string, lineStart: number, line: string): { text: string; start: number }[] {
  return [...line.matchAll(/"([^"]*)"/g)].map((m) => ({ text: m[1] ?? '', start: lineStart + (m.index ?? 0) + 1 }))
}

/** The doc as the JSX prop reader will give it: the table's cells as sentences with their place. */
function withJsxCells(doc: ContentDocument): ContentDocument {
  const cells: Sentence[] = []
  const lines = doc.source.split('\n')
  let offset = 0
  let headers: string[] = []
  let row = 0
  for (const line of lines) {
    const values = literals(doc.source, offset, line)
    const isHeaders = line.trim().startsWith('headers=')
    const isRow = line.trim().startsWith('[') && values.length > 0
    if (isHeaders) headers = values.map((v) => v.text)
    if (isHeaders || isRow) {
      values.forEach((v, column) => {
        const rowLabel = values[0]?.text
        cells.push({
          text: v.text,
          offsets: Array.from({ length: v.text.length + 1 }, (_, i) => v.start + i),
          kind: 'table-cell',
          construct: 'jsx-attribute',
          field: isHeaders ? `PricingTable.headers.${column}` : `PricingTable.rows.${row - 1}.${column}`,
          table: { row, column, ...(isHeaders ? {} : { header: headers[column] ?? '' }), ...(rowLabel !== undefined && !isHeaders ? { rowLabel } : {}) },
          block: 1000 + cells.length,
          links: [],
          footnotes: [],
        })
      })
      row += 1
    }
    offset += line.length + 1
  }
  const byOffset = (s: Sentence): number => s.offsets[0] ?? 0
  const others = doc.sentences.filter((s) => s.construct !== 'jsx-attribute' || !s.field?.startsWith('PricingTable.'))
  return { ...doc, sentences: [...others, ...cells].sort((a, b) => byOffset(a) - byOffset(b)) }
}

describe('a pricing table in a JSX prop', () => {
  it('reports a price changed in one row as one change, shown as the row under its headers', () => {
    const base = withJsxCells(fixture('relay/jsx-table/base.mdx', PATH))
    const head = withJsxCells(fixture('relay/jsx-table/head.mdx', PATH))
    expect(diffPositioning(base, head, relayContext({ contentType: 'pricing' }))).toEqual([
      {
        path: PATH,
        kind: 'modified',
        before: 'SSO add-on | $49 per month | Monthly or yearly',
        after: 'SSO add-on | $79 per month | Monthly or yearly',
        line: 15,
        reason: 'price-changed:$49 → $79',
        field: 'Pricing › SSO add-on',
        table: {
          columns: ['Add-on', 'Price', 'Billing'],
          before: ['SSO add-on', '$49 per month', 'Monthly or yearly'],
          after: ['SSO add-on', '$79 per month', 'Monthly or yearly'],
        },
      },
    ])
  })

  // ENABLE AFTER the JSX prop reader is merged: the same fixture through the real content parser.
  it('reads the JSX table cells with the content parser and reports the same one row', () => {
    const base = fixture('relay/jsx-table/base.mdx', PATH)
    const head = fixture('relay/jsx-table/head.mdx', PATH)
    const changes = diffPositioning(base, head, relayContext({ contentType: 'pricing' }))
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({
      kind: 'modified',
      line: 15,
      reason: 'price-changed:$49 → $79',
      table: { columns: ['Add-on', 'Price', 'Billing'], before: ['SSO add-on', '$49 per month', 'Monthly or yearly'], after: ['SSO add-on', '$79 per month', 'Monthly or yearly'] },
    })
  })
})
