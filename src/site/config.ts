// The config's say over the site context: `claims.publisher`, `claims.competitors`, `claims.page-kinds`.
import type { Config } from '../config/schema.js'
import type { PageKind } from './types.js'

export interface SiteConfig {
  publisher?: string[]
  competitors?: string[]
  pageKinds?: Partial<Record<PageKind, string[]>>
}

export function siteConfig(config: Config): SiteConfig {
  const publisher = config.claims.publisher
  return {
    publisher: publisher === undefined ? [] : Array.isArray(publisher) ? publisher : [publisher],
    competitors: config.claims.competitors,
    pageKinds: config.claims['page-kinds'],
  }
}
