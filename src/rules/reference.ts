// Renders a pack's rule reference for the README from the same YAML the tests run:
// the docs cannot drift from the rules, because the examples shown are the examples tested.
import type { Rule, RulePack } from './types.js'

/** A table cell: pipes escaped, line breaks folded, so any rule text keeps the table intact. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('|', '\\|').trim()
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

function flags(rule: Rule): string {
  if (rule.kind === 'phrase') return rule.phrases.map(code).join(', ')
  if (rule.kind === 'substitution') return Object.entries(rule.swap).map(([from, to]) => `${code(from)} → ${code(to)}`).join(', ')
  return `pattern ${code(rule.pattern ?? '')}`
}

function scope(rule: Rule): string {
  const parts = [
    rule.scope.types.length > 0 ? `types ${rule.scope.types.map(code).join(', ')}` : '',
    rule.scope.paths.length > 0 ? `paths ${rule.scope.paths.map(code).join(', ')}` : '',
    rule.scope.fields.length > 0 ? `fields ${rule.scope.fields.map(code).join(', ')}` : '',
  ].filter(Boolean)
  return parts.length > 0 ? parts.join('; ') : 'everywhere'
}

function localId(rule: Rule): string {
  return rule.id.slice(rule.id.indexOf('/') + 1)
}

function ruleSection(rule: Rule): string[] {
  const suggestion = rule.kind === 'substitution' ? 'the replacement shown, in the capitalisation of the original' : (rule.suggestion ?? '')
  const rows: [string, string][] = [
    ['severity', code(rule.severity)],
    ['claim', (rule.claim ?? 'absolute') + (rule.claim !== null && rule.claim !== 'absolute' && !rule.needsSource ? ' (no source makes it acceptable: reword it)' : '')],
    ['flags', flags(rule) + (rule.caseSensitive ? ' (case-sensitive)' : '')],
    ['applies to', scope(rule)],
    ['message', rule.message],
    ['suggestion', suggestion],
    ['flagged', (rule.examples?.bad ?? []).map((e) => `✗ ${e}`).join('<br>')],
    ['not flagged', (rule.examples?.good ?? []).map((e) => `✓ ${e}`).join('<br>')],
  ]
  return [
    `<a id="${localId(rule)}"></a>`,
    `### ${code(rule.id)}`,
    '',
    ...(rule.description ? [rule.description, ''] : []),
    '| | |',
    '| --- | --- |',
    ...rows.filter(([, value]) => value !== '').map(([key, value]) => `| ${key} | ${cell(value)} |`),
    '',
  ]
}

export function renderRuleReference(pack: RulePack): string {
  const lines = [
    `## Rule reference: ${code(pack.name)} ${pack.version}`,
    '',
    ...(pack.description ? [pack.description, ''] : []),
    'Phrases match whole words in any case; spaces, hyphens, dashes and curly quotes are folded, so `risk-free`, `risk free` and `risk–free` are one phrase. Set a rule\'s severity, or `off`, with `severity:` in `.github/copydesk.yml` (per content type under `types.<type>.severity`).',
    '',
    '| rule | severity | what it flags |',
    '| --- | --- | --- |',
    ...pack.rules.map((rule) => `| [${code(rule.id)}](#${localId(rule)}) | ${code(rule.severity)} | ${cell(rule.description ?? flags(rule))} |`),
    '',
    ...pack.rules.flatMap(ruleSection),
  ]
  return lines.join('\n')
}
