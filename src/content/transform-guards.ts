// remark-gfm turns `www.…`, `https://…` and email addresses written in text into links with a tree
// transform that walks the whole tree once per pattern (four walks), on every page. Each pattern needs
// a text node holding `@`, `http://`, `https://` or `www.`, so one cheap walk that finds none can skip
// all four: the tree is exactly the one the transform would leave.
import type { Nodes, Root } from 'mdast'
import type { Data, Processor } from 'unified'

type Transform = (tree: Root) => Root | undefined | void
interface FromMarkdownExtension {
  enter?: Record<string, unknown>
  transforms?: Transform[]
}
type ExtensionList = (FromMarkdownExtension | ExtensionList)[]

const URL_START = /https?:\/\/|www\./i

/** True when some text node could hold an autolink literal. Iterative: a tree may nest thousands deep. */
export function mayHoldAutolinkLiteral(node: Nodes): boolean {
  const stack: Nodes[] = [node]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.type === 'text') {
      if (next.value.includes('@') || URL_START.test(next.value)) return true
    } else if ('children' in next) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes)
    }
  }
  return false
}

const guarded = new WeakSet<Transform>()

function guardTransform(transform: Transform): Transform {
  const wrapped: Transform = (tree) => (mayHoldAutolinkLiteral(tree) ? transform(tree) : tree)
  guarded.add(wrapped)
  return wrapped
}

/** The autolink literal extension is the one that handles the `literalAutolink` token. */
function guardExtension(extension: FromMarkdownExtension): FromMarkdownExtension {
  if (!extension.enter || !('literalAutolink' in extension.enter) || !extension.transforms) return extension
  return { ...extension, transforms: extension.transforms.map(guardTransform) }
}

function guardList(list: ExtensionList): ExtensionList {
  return list.map((item) => (Array.isArray(item) ? guardList(item) : guardExtension(item)))
}

/** How many transforms of a processor carry the guard; lets a test notice when an upgrade moves them. */
export function guardedTransformCount(processor: { data(): Data }): number {
  let count = 0
  const walk = (list: ExtensionList): void => {
    for (const item of list) {
      if (Array.isArray(item)) walk(item)
      else for (const transform of item.transforms ?? []) if (guarded.has(transform)) count++
    }
  }
  walk((processor.data().fromMarkdownExtensions ?? []) as unknown as ExtensionList)
  return count
}

/** unified plugin: use it after remark-gfm so the transform remark-gfm added is guarded. */
export function remarkTransformGuards(this: Processor): undefined {
  const data = this.data()
  const list = data.fromMarkdownExtensions
  if (list) data.fromMarkdownExtensions = guardList(list as unknown as ExtensionList) as unknown as typeof list
  return undefined
}
