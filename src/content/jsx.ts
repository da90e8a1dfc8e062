// The words MDX components show that are not their children: a `<Hero title="…">`, the cells of a
// `<Table data={{ rows: [["Pro", "$100"]] }}>`, the cards of `features={[{ title, description }]}`, and
// `{"…"}` string expressions. Values are read from the estree that remark-mdx (acorn) attaches, whose
// positions are offsets in the whole file, so every character maps back to where the writer typed it.
// JavaScript is never parsed here; anything that is code (identifiers, calls, keys) is left out.
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { Expression, Node as EsNode, ObjectExpression, Program, Property, TemplateLiteral } from 'estree-jsx'
import type { Construct, SentenceKind, TableCellPlace } from '../types.js'
import { alignValue } from './align.js'
import { BlockBuilder, type Block } from './block.js'
import { looksLikeAddress } from './prose-fields.js'

/** Props a component reads as text, but whose name says the words are shown as a title. */
const HEADING_NAMES = new Set(['title', 'heading', 'headline', 'subtitle', 'subheading'])
const QUOTE_NAMES = new Set(['quote', 'quotes', 'testimonial', 'testimonials', 'blockquote'])

/**
 * Keys whose values wire or style a component rather than say something: inside a text prop
 * (`cards={[{ title, href, icon }]}`) their values are skipped. Compared lower-cased.
 */
const NON_PROSE_KEYS = new Set([
  'href', 'url', 'link', 'to', 'src', 'srcset', 'image', 'img', 'images', 'icon', 'logo', 'avatar', 'path', 'file',
  'id', 'key', 'slug', 'class', 'classname', 'style', 'styles', 'variant', 'color', 'colour', 'theme', 'type', 'kind',
  'size', 'align', 'layout', 'position', 'target', 'rel', 'width', 'height', 'as', 'lang', 'locale', 'format', 'date',
  'datetime', 'email', 'phone', 'tel', 'accessor', 'dataindex', 'field', 'code', 'language', 'component',
])
/** `imageUrl`, `ctaHref`, `planId`, `logo_src`: a non-prose key as the last part of a compound name. */
const NON_PROSE_SUFFIX = /(?:[a-z0-9](?:Url|Href|Src|Id|Key|Slug|Class|ClassName|Icon|Image|Logo|Color|Path|Style|Variant)|[_-](?:url|href|src|id|key|slug|class|icon|image|logo|color|path|style|variant))$/

/** Sibling arrays that name a table's columns: `{ headers: ["Plan", "Price"], rows: [...] }`. */
const HEADER_KEYS = new Set(['headers', 'header', 'columns', 'head', 'cols'])
/** Keys under which an array of objects is a table's rows rather than a list of cards. */
const TABLE_KEYS = new Set(['rows', 'data', 'table', 'body', 'tbody', 'cells'])
const TABLE_COMPONENT = /table|comparison|matrix/i
/** In a column description object, the key it maps to and the label a reader sees. */
const COLUMN_ID_KEYS = ['key', 'accessor', 'accessorKey', 'field', 'dataIndex', 'id']
const COLUMN_LABEL_KEYS = ['label', 'title', 'header', 'name', 'text']

/** An i18n key, a file name or a constant (`hero.title`, `plan_pro`, `logo.svg`): written for code, not readers. */
const TOKEN = /^[A-Za-z][\w-]*(?:[._][\w-]+)+$/

export function isNonProseKey(key: string): boolean {
  return NON_PROSE_KEYS.has(key.toLowerCase()) || NON_PROSE_SUFFIX.test(key)
}

function isProseValue(text: string): boolean {
  const trimmed = text.trim()
  return trimmed !== '' && !looksLikeAddress(trimmed) && !TOKEN.test(trimmed)
}

/** Acorn sets `start`/`end` on every node (absolute offsets, see micromark-util-events-to-acorn). */
function span(node: EsNode): [number, number] {
  const located = node as EsNode & { start?: number; end?: number }
  return [located.start ?? node.range?.[0] ?? 0, located.end ?? node.range?.[1] ?? 0]
}

interface Column {
  id: string | null
  label: string
}

/** Where a value sits: the field path so far and what the innermost key says about it. */
interface Place {
  field: string
  /** The innermost key or prop name (array indexes do not replace it): decides heading or quote. */
  name: string
  /** The table cell being read, once inside one. */
  cell?: TableCellPlace
  /** Columns named by a sibling `headers`/`columns` array, for a table among the siblings. */
  columns?: Column[]
}

function kindFor(place: Place): SentenceKind {
  if (place.cell) return 'table-cell'
  const name = place.name.toLowerCase()
  if (HEADING_NAMES.has(name)) return 'heading'
  if (QUOTE_NAMES.has(name)) return 'blockquote'
  return 'paragraph'
}

const child = (place: Place, segment: string | number, name?: string): Place => ({
  field: `${place.field}.${segment}`,
  name: name ?? place.name,
  ...(place.cell ? { cell: place.cell } : {}),
})

/** The string a literal or a template without holes stands for, or null when it is anything else. */
function staticString(node: EsNode | null | undefined): string | null {
  if (!node) return null
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null
  return null
}

function keyName(property: Property): string | null {
  if (property.computed) return null
  if (property.key.type === 'Identifier') return property.key.name
  if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number')) return String(property.key.value)
  return null
}

function properties(node: ObjectExpression): [string, Property][] {
  const out: [string, Property][] = []
  for (const property of node.properties) {
    if (property.type !== 'Property' || property.kind !== 'init') continue
    const name = keyName(property)
    if (name !== null) out.push([name, property])
  }
  return out
}

/** Column labels (and the row keys they map to) from a `headers`/`columns` array. */
function columnsOf(node: EsNode | null | undefined): Column[] | undefined {
  if (!node || node.type !== 'ArrayExpression') return undefined
  const columns: Column[] = []
  for (const element of node.elements) {
    const text = staticString(element as EsNode | null)
    if (text !== null) {
      columns.push({ id: text, label: text })
    } else if (element?.type === 'ObjectExpression') {
      const entries = new Map(properties(element).map(([name, property]) => [name, staticString(property.value)]))
      const id = COLUMN_ID_KEYS.map((key) => entries.get(key)).find((value) => typeof value === 'string') ?? null
      const label = COLUMN_LABEL_KEYS.map((key) => entries.get(key)).find((value) => typeof value === 'string') ?? id
      columns.push({ id, label: label ?? '' })
    } else {
      columns.push({ id: null, label: '' })
    }
  }
  return columns
}

/** The estree expression of an attribute value or a `{…}`, when it is one expression. */
export function programExpression(program: Program | null | undefined): Expression | null {
  const statement = program?.body.length === 1 ? program.body[0] : undefined
  return statement?.type === 'ExpressionStatement' ? statement.expression : null
}

type Element = MdxJsxFlowElement | MdxJsxTextElement

/** Reads the prose in the props of one element; one block per string. */
export class PropReader {
  readonly blocks: Block[] = []

  constructor(
    private readonly source: string,
    private readonly isTextAttribute: (name: string) => boolean,
  ) {}

  element(node: Element): void {
    const element = node.name ?? 'Fragment'
    const attributes = node.attributes.filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute')
    const expressionOf = (attribute: MdxJsxAttribute): Expression | null =>
      typeof attribute.value === 'object' && attribute.value !== null ? programExpression(attribute.value.data?.estree) : null
    const header = attributes.find((attribute) => HEADER_KEYS.has(attribute.name.toLowerCase()))
    const columns = header ? columnsOf(expressionOf(header)) : undefined
    for (const attribute of attributes) {
      if (!this.isTextAttribute(attribute.name) || attribute.value === null || attribute.value === undefined) continue
      const place: Place = { field: `${element}.${attribute.name}`, name: attribute.name, ...(columns ? { columns } : {}) }
      if (typeof attribute.value === 'string') this.attributeString(attribute, attribute.value, place)
      else {
        const expression = expressionOf(attribute)
        if (expression) this.value(expression, place, element)
      }
    }
  }

  /** `title="…"`: the value sits between the quotes that follow `=`. */
  private attributeString(attribute: MdxJsxAttribute, value: string, place: Place): void {
    const start = attribute.position?.start.offset
    const end = attribute.position?.end.offset
    if (start === undefined || end === undefined) return
    const equals = this.source.indexOf('=', start)
    let quote = equals === -1 ? -1 : equals + 1
    while (quote < end && quote !== -1 && this.source[quote] !== '"' && this.source[quote] !== "'") quote++
    if (quote === -1 || quote >= end) return
    this.string(value, quote + 1, Math.max(quote + 1, end - 1), place)
  }

  private value(node: EsNode, place: Place, element: string): void {
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') {
          const [start, end] = span(node)
          this.string(node.value, start + 1, Math.max(start + 1, end - 1), place)
        }
        return
      case 'TemplateLiteral':
        this.template(node, place)
        return
      case 'ObjectExpression':
        this.object(node, place, element)
        return
      case 'ArrayExpression':
        if (this.isTable(node.elements, place, element)) this.table(node.elements as EsNode[], place, element)
        else if (place.columns && HEADER_KEYS.has(place.name.toLowerCase())) this.headerCells(node.elements, place)
        else node.elements.forEach((item, index) => item && this.value(item, child(place, index), element))
        return
      case 'ConditionalExpression':
        // Either branch may be what the reader sees; the test is code.
        this.value(node.consequent, place, element)
        this.value(node.alternate, place, element)
        return
      case 'LogicalExpression':
        this.value(node.left, place, element)
        this.value(node.right, place, element)
        return
      case 'BinaryExpression':
        if (node.operator === '+') {
          if (node.left.type !== 'PrivateIdentifier') this.value(node.left, place, element)
          this.value(node.right, place, element)
        }
        return
      case 'JSXElement':
      case 'JSXFragment':
        this.jsx(node, place)
        return
      default:
      // Identifiers, calls, functions, member access: code, whatever strings they hold.
    }
  }

  private object(node: ObjectExpression, place: Place, element: string): void {
    const entries = properties(node)
    const header = entries.find(([name]) => HEADER_KEYS.has(name.toLowerCase()))
    const columns = header ? columnsOf(header[1].value) : undefined
    for (const [name, property] of entries) {
      if (isNonProseKey(name)) continue
      const next = child(place, name, name)
      this.value(property.value, columns ? { ...next, columns } : next, element)
    }
  }

  /** Rows of cells: arrays of arrays always; arrays of objects when named or shaped like table data. */
  private isTable(elements: readonly (EsNode | null)[], place: Place, element: string): boolean {
    if (place.cell || elements.length === 0 || elements.some((item) => item === null)) return false
    if (elements.every((item) => item?.type === 'ArrayExpression')) return true
    if (!elements.every((item) => item?.type === 'ObjectExpression')) return false
    return TABLE_KEYS.has(place.name.toLowerCase()) || place.columns !== undefined || TABLE_COMPONENT.test(element)
  }

  /** Header row cells (row 0, as in a markdown table); data rows count from 1. */
  private headerCells(elements: readonly (EsNode | null)[], place: Place): void {
    elements.forEach((item, column) => {
      if (!item) return
      const label = place.columns?.[column]?.label
      const cell: TableCellPlace = { row: 0, column, ...(label ? { header: label } : {}) }
      this.value(item, { ...child(place, column), cell }, '')
    })
  }

  private table(rows: EsNode[], place: Place, element: string): void {
    const columns = place.columns
    const objectKeys: string[] = []
    for (const row of rows) {
      if (row.type !== 'ObjectExpression') continue
      for (const [name] of properties(row)) if (!isNonProseKey(name) && !objectKeys.includes(name)) objectKeys.push(name)
    }
    rows.forEach((row, index) => {
      const rowPlace = child(place, index)
      const cells: [string | number, EsNode, string | undefined][] =
        row.type === 'ArrayExpression'
          ? row.elements.flatMap((cell, column) => (cell && cell.type !== 'SpreadElement' ? [[column, cell, columns?.[column]?.label] as [number, EsNode, string | undefined]] : []))
          : row.type === 'ObjectExpression'
            ? properties(row)
                .filter(([name]) => !isNonProseKey(name))
                .map(([name, property]) => [name, property.value, columns?.find((c) => c.id === name)?.label ?? name])
            : []
      const rowLabel = cells.length > 0 ? staticString(cells[0]?.[1]) : null
      for (const [key, cell, header] of cells) {
        const column = typeof key === 'number' ? key : objectKeys.indexOf(key)
        const table: TableCellPlace = {
          row: index + 1,
          column,
          ...(header ? { header } : {}),
          ...(rowLabel !== null && rowLabel.trim() !== '' ? { rowLabel: rowLabel.trim() } : {}),
        }
        this.value(cell, { ...child(rowPlace, key, typeof key === 'string' ? key : undefined), cell: table }, element)
      }
    })
  }

  /** A template's static parts; each `${…}` hole keeps the words on either side apart. */
  private template(node: TemplateLiteral, place: Place): void {
    const builder = new BlockBuilder()
    addTemplate(node, this.source, builder)
    this.push(builder, place)
  }

  /** JSX passed as a prop (`description={<>Save <b>more</b></>}`): its text, read as one block. */
  private jsx(node: EsNode, place: Place): void {
    const builder = new BlockBuilder()
    const walk = (current: EsNode): void => {
      if (current.type === 'JSXText') {
        const [start, end] = span(current)
        builder.addMapped(current.value, alignValue(current.value, this.source, start, end))
      } else if (current.type === 'JSXExpressionContainer') {
        if (current.expression.type === 'JSXEmptyExpression' || !addStringExpression(current.expression, this.source, builder)) builder.addSeparator(span(current)[0])
      } else if (current.type === 'JSXElement' || current.type === 'JSXFragment') {
        builder.addSeparator(span(current)[0])
        if (current.type === 'JSXElement') {
          for (const attribute of current.openingElement.attributes) {
            if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier' || !this.isTextAttribute(attribute.name.name)) continue
            if (attribute.value?.type === 'Literal') this.value(attribute.value, child(place, attribute.name.name, attribute.name.name), '')
          }
        }
        for (const part of current.children) if (part.type !== 'JSXSpreadChild') walk(part)
        builder.addSeparator(span(current)[1])
      }
    }
    walk(node)
    this.push(builder, place)
  }

  private string(value: string, start: number, end: number, place: Place): void {
    if (!isProseValue(value)) return
    const builder = new BlockBuilder()
    builder.addMapped(value, alignValue(value, this.source, start, end))
    this.push(builder, place)
  }

  private push(builder: BlockBuilder, place: Place, construct: Construct = 'jsx-attribute'): void {
    const block = builder.build(kindFor(place), { field: place.field, construct, ...(place.cell ? { table: place.cell } : {}) })
    if (isProseValue(block.text)) this.blocks.push(block)
  }
}

function addTemplate(node: TemplateLiteral, source: string, builder: BlockBuilder): void {
  node.quasis.forEach((quasi, index) => {
    const text = quasi.value.cooked ?? quasi.value.raw
    const [start, end] = span(quasi)
    builder.addMapped(text, alignValue(text, source, start, end))
    const hole = node.expressions[index]
    if (hole) builder.addSeparator(span(hole)[0])
  })
}

/**
 * Adds a string literal or template literal to `builder`, as written (`{" "}` is the JSX way of writing
 * a space); false, with nothing added, for any other expression.
 */
function addStringExpression(expression: EsNode, source: string, builder: BlockBuilder): boolean {
  if (expression.type === 'Literal' && typeof expression.value === 'string') {
    const [start, end] = span(expression)
    builder.addMapped(expression.value, alignValue(expression.value, source, start + 1, Math.max(start + 1, end - 1)))
    return true
  }
  if (expression.type === 'TemplateLiteral') {
    addTemplate(expression, source, builder)
    return true
  }
  return false
}

/**
 * A `{"…"}` or template-literal expression among prose: its words join the surrounding text. Returns
 * false when the expression is code (`{props.count}`), a comment or empty, which the caller leaves out.
 */
export function addTextExpression(node: MdxTextExpression | MdxFlowExpression, source: string, builder: BlockBuilder): boolean {
  const expression = programExpression(node.data?.estree)
  return expression !== null && addStringExpression(expression, source, builder)
}

/** A `{"…"}` on its own line: one block of the container's kind, or null when it is code. */
export function expressionBlock(node: MdxFlowExpression, source: string, kind: SentenceKind): Block | null {
  const builder = new BlockBuilder()
  if (!addTextExpression(node, source, builder) || !isProseValue(builder.build(kind).text)) return null
  return builder.build(kind, { construct: 'jsx-expression' })
}
