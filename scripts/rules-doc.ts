// Prints the rule reference of the shipped packs as markdown, for the README:
//   node --import tsx scripts/rules-doc.ts > docs/rules.md
import { builtinPack, builtinPackNames } from '../src/rules/load.js'
import { renderRuleReference } from '../src/rules/reference.js'

const sections = builtinPackNames().map((name) => {
  const pack = builtinPack(name)
  if (!pack) throw new Error(`no shipped pack named ${name}`)
  return renderRuleReference(pack)
})
process.stdout.write(`${sections.join('\n')}`)
