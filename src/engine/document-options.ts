// The config's additions to what the document model reads, merged with the model's defaults once per run.
import type { Config } from '../config/schema.js'
import { PROSE_FIELDS, SHORTCODE_ATTRIBUTES, TEXT_ATTRIBUTES, type ParseDocumentOptions } from '../content/index.js'

// Every file of a run reads with the same config object: merge once, not per file and per side.
const merged = new WeakMap<Config, ParseDocumentOptions>()

export function documentOptions(config: Config): ParseDocumentOptions {
  let options = merged.get(config)
  if (options === undefined) {
    const { content } = config
    options = Object.freeze({
      proseFields: [...PROSE_FIELDS, ...content['prose-fields']],
      textAttributes: [...TEXT_ATTRIBUTES, ...content['text-attributes']],
      shortcodeAttributes: [...SHORTCODE_ATTRIBUTES, ...content['shortcode-attributes']],
    })
    merged.set(config, options)
  }
  return options
}
