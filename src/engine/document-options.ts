// The config's additions to what the document model reads, merged with the model's defaults once per run.
import type { Config } from '../config/schema.js'
import { PROSE_FIELDS, SHORTCODE_ATTRIBUTES, TEXT_ATTRIBUTES, type ParseDocumentOptions } from '../content/index.js'

export function documentOptions(config: Config): ParseDocumentOptions {
  const { content } = config
  return {
    proseFields: [...PROSE_FIELDS, ...content['prose-fields']],
    textAttributes: [...TEXT_ATTRIBUTES, ...content['text-attributes']],
    shortcodeAttributes: [...SHORTCODE_ATTRIBUTES, ...content['shortcode-attributes']],
  }
}
