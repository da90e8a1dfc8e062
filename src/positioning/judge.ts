// Whether a paired edit is a positioning change, judged the way a strategy owner would, and the reason
// that names what changed on both sides: "term removed: open-source", "price $49 → $79".
import { hasGrounds, reasonOf, statementLabel, type Grounds } from './classify.js'
import { figureChange } from './figures.js'
import { extendsEnumeration } from './words.js'

/** One side of an edit: a sentence, a frontmatter value or a table row. */
export interface Side {
  text: string
  grounds: Grounds
}

/** What the head version of the page still says anywhere: a term kept elsewhere has not left the page. */
export interface PagePresence {
  terms: Set<string>
  statements: Set<string>
}

const onlyType = (g: Grounds): boolean => g.field === undefined && g.terms.length === 0 && g.prices.length === 0 && g.statements.length === 0

/**
 * The reason for an edit that changes positioning, or null when it does not. `before`/`after` null: the
 * sentence was added or removed. `enumerations`: recognise a grown list inside a sentence as product news.
 */
export function judge(before: Side | null, after: Side | null, headPage: PagePresence, enumerations = true): string | null {
  const gb = before?.grounds
  const gh = after?.grounds
  // A protected term or statement taken out of this sentence only counts when it left the page.
  const termsGone = (gb?.terms ?? []).filter((t) => !gh?.terms.includes(t) && !headPage.terms.has(t))
  const statementsGone = (gb?.statements ?? []).filter((s) => !gh?.statements.includes(s) && !headPage.statements.has(s))
  const headCounts = gh !== undefined && hasGrounds(gh)
  const baseCounts =
    gb !== undefined && (gb.field !== undefined || gb.type !== undefined || gb.prices.length > 0 || termsGone.length > 0 || statementsGone.length > 0)
  if (!headCounts && !baseCounts) return null

  // One more item in "iOS, Android and Electron", in a sentence no term, price or statement touches, is
  // product news: the page type alone does not make it a strategy decision.
  if (enumerations && before && after && onlyType(before.grounds) && onlyType(after.grounds) && extendsEnumeration(before.text, after.text)) return null

  const gone = termsGone[0]
  if (gone !== undefined) return `term-removed:${gone}`
  if (before && after) {
    const price = figureChange(before.text, after.text, true)
    if (price) return change('price', price.before, price.after)
    const added = after.grounds.terms.find((t) => !before.grounds.terms.includes(t))
    if (added !== undefined) return `term-added:${added}`
    const figure = figureChange(before.text, after.text, false)
    // In a protected field rewritten beyond its figures, the field is what the owner protects: name it.
    const protectedField = after.grounds.field ?? before.grounds.field
    if (figure && (protectedField === undefined || sameWithoutFigures(before.text, after.text))) return change('figure', figure.before, figure.after)
  }
  const statement = statementsGone[0]
  if (statement !== undefined) return `statement-removed:${statementLabel(statement)}`
  return (gh ? reasonOf(gh) : null) ?? (gb ? reasonOf(gb) : null)
}

const withoutFigures = (text: string): string => text.toLowerCase().replace(/\d[\d.,]*/g, '#').replace(/\s+/g, ' ').trim()
const sameWithoutFigures = (a: string, b: string): boolean => withoutFigures(a) === withoutFigures(b)

function change(kind: 'price' | 'figure', before: string | null, after: string | null): string {
  if (before === null) return `${kind}-added:${after ?? ''}`
  if (after === null) return `${kind}-removed:${before}`
  return `${kind}-changed:${before} → ${after}`
}
