// The document model: a content file as sentences with exact source positions.
export { parseDocument, type ParseDocumentOptions } from './document.js'
export { offsetToPosition, locate, sentenceLocation, computeLineStarts, type Position } from './lines.js'
export { PROSE_FIELDS } from './prose-fields.js'
export { TEXT_ATTRIBUTES, SHORTCODE_ATTRIBUTES } from './visible-attributes.js'
