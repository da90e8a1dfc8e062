// Writes src/rules/recommended.generated.ts from rules/*.yml; `--check` exits 1 when it is stale.
import { EMBEDDED_MODULE_PATH, renderEmbeddedPacks } from '../src/rules/embed.js'
import { embedFolder } from './embed/folder.js'

embedFolder({ folder: 'rules', ending: '.yml', target: EMBEDDED_MODULE_PATH, render: renderEmbeddedPacks, noun: 'pack', command: 'node --import tsx scripts/embed-rules.ts' })
