// HTML as tokens that carry source offsets: htmlparser2's tokenizer reports where every run of text,
// entity, tag and attribute value sits in the string it reads; this turns those indexes into source
// offsets (through the offsets of the string's characters) and decodes entities on the way, so a
// finding in `AT&amp;T` or in an `alt="…"` points at what the writer typed.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'

/** A run of characters with the source offset of each. */
export interface MappedText {
  value: string
  offsets: number[]
}

export interface HtmlAttribute extends MappedText {
  name: string
}

export interface OpenTag {
  /** As written (`Card`, `img`): a field names the element the way the writer spelled it. */
  name: string
  attributes: HtmlAttribute[]
  /** Source offsets of the `<` and just after the `>`. */
  start: number
  end: number
  /** Written `<x />`: opens and closes at once. */
  selfClosing: boolean
}

export interface CloseTag {
  name: string
  start: number
  end: number
}

export interface HtmlTokenHandler {
  text(text: MappedText): void
  openTag(tag: OpenTag): void
  closeTag(tag: CloseTag): void
}

/**
 * Tokenizes `value` (whose character i sits at source offset `offsets[i]`). Comments, doctypes and
 * processing instructions produce nothing: a reader does not see them (comments go to suppressions).
 */
export function tokenizeHtml(value: string, offsets: readonly number[], handler: HtmlTokenHandler): void {
  const at = (index: number): number => {
    if (index < offsets.length) return offsets[index] ?? 0
    return (offsets[offsets.length - 1] ?? -1) + 1
  }
  const slice = (start: number, end: number): MappedText => ({ value: value.slice(start, end), offsets: offsets.slice(start, end) })
  const entity = (codepoint: number, start: number): MappedText => {
    const decoded = String.fromCodePoint(codepoint)
    // A decoded character stands where its `&` was typed.
    return { value: decoded, offsets: Array.from({ length: decoded.length }, () => at(start)) }
  }

  let tag: OpenTag | null = null
  let attribute: HtmlAttribute | null = null
  /** Where the next entity of the attribute value being read starts (its `&`). */
  let entityFrom = 0

  const callbacks: TokenizerCallbacks = {
    ontext(start, end) {
      handler.text(slice(start, end))
    },
    ontextentity(codepoint, end) {
      handler.text(entity(codepoint, Math.max(0, value.lastIndexOf('&', end - 1))))
    },
    onopentagname(start, end) {
      tag = { name: value.slice(start, end), attributes: [], start: at(Math.max(0, start - 1)), end: at(end), selfClosing: false }
    },
    onattribname(start, end) {
      attribute = { name: value.slice(start, end), value: '', offsets: [] }
      entityFrom = end
    },
    onattribdata(start, end) {
      if (attribute === null) return
      attribute.value += value.slice(start, end)
      for (let i = start; i < end; i++) attribute.offsets.push(at(i))
      entityFrom = end
    },
    onattribentity(codepoint) {
      if (attribute === null) return
      const start = value.indexOf('&', entityFrom)
      const decoded = entity(codepoint, start === -1 ? entityFrom : start)
      attribute.value += decoded.value
      attribute.offsets.push(...decoded.offsets)
      // An entity holds no `&`: the next one starts at the next `&` (data in between resets this).
      entityFrom = start === -1 ? entityFrom : start + 1
    },
    onattribend() {
      // Valueless attributes are kept too: `<template #title>` and `v-else` say what the element does.
      if (tag !== null && attribute !== null) tag.attributes.push(attribute)
      attribute = null
    },
    onopentagend(end) {
      finishTag(end, false)
    },
    onselfclosingtag(end) {
      finishTag(end, true)
    },
    onclosetag(start, end) {
      const close = value.indexOf('>', end)
      handler.closeTag({ name: value.slice(start, end), start: at(Math.max(0, start - 2)), end: at(close === -1 ? value.length : close + 1) })
    },
    oncomment() {},
    oncdata() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  }

  const finishTag = (end: number, selfClosing: boolean): void => {
    if (tag === null) return
    const done: OpenTag = { ...tag, end: at(end + 1), selfClosing }
    tag = null
    handler.openTag(done)
  }

  // recognizeSelfClosing: `<script src="…" />` and `<svg />` close where written instead of hiding the
  // rest of the block, which is what the Vue and MDX-minded authors of these pages mean.
  const tokenizer = new Tokenizer({ decodeEntities: true, recognizeSelfClosing: true }, callbacks)
  tokenizer.write(value)
  tokenizer.end()
}
