// `copydesk check --explain-context`: the site context as a reader checks it, one fact a line, each
// with where it came from, so a wrong publisher or competitor is obvious and fixable in config.
import type { Name, SiteContext } from './types.js'

function named(name: Name): string {
  const aliases = name.aliases.length > 0 ? ` (also ${name.aliases.map((a) => `\`${a}\``).join(', ')})` : ''
  return `\`${name.name}\`${aliases} — from ${name.from}`
}

export function explainSiteContext(site: SiteContext): string {
  const lines: string[] = ['Site context', '']
  lines.push(`Publisher: ${site.publisher ? named(site.publisher) : 'none found (set `claims.publisher` in the config)'}`)
  lines.push('')
  lines.push(`Competitors (${site.competitors.length}):${site.competitors.length === 0 ? ' none (set `claims.competitors`, or add comparison pages)' : ''}`)
  for (const c of site.competitors) lines.push(`  - ${named(c)}`)
  lines.push('')
  lines.push(`Pages (${site.pages.length}):`)
  for (const page of site.pages) {
    const own = page.competitors.length > 0 ? `; compares with ${page.competitors.map((c) => `\`${c.name}\``).join(', ')}` : ''
    lines.push(`  - ${page.path}: ${page.kind} (from ${page.kindFrom})${own}`)
  }
  return lines.join('\n') + '\n'
}
