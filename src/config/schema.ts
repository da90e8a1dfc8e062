// The config file's one source of truth: validation, defaults, and (via scripts/schema.ts) the JSON Schema
// editors use for autocomplete. Keys are kebab-case like the action's inputs.
import { z } from 'zod'
import { DEFAULT_PARTS, PAGE_PARTS } from '../positioning/parts.js'
import { globProblem, MAX_GLOB_LENGTH, MAX_GLOBS } from './globs.js'

export const severitySchema = z.enum(['error', 'warning', 'info'])
export const severityOrOffSchema = z.enum(['error', 'warning', 'info', 'off'])
const glob = z.string().min(1).superRefine((value, ctx) => {
  const problem = globProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: `the glob ${problem}` })
})
const globs = z.array(glob).max(MAX_GLOBS)
/** A repository path (rule file, artifact, registry): bounded like a glob. */
const repoPath = z.string().min(1).max(MAX_GLOB_LENGTH)

const claimSeverities = z
  .strictObject({
    statistic: severityOrOffSchema.optional(),
    superlative: severityOrOffSchema.optional(),
    comparison: severityOrOffSchema.optional(),
    quote: severityOrOffSchema.optional(),
    absolute: severityOrOffSchema.optional(),
  })
  .describe('Severity of a claim that no source supports, per claim kind; `absolute` is an unconditional promise, flagged whatever the source.')

const contentTypeSchema = z
  .strictObject({
    paths: globs.default([]).describe('Files of this type when their frontmatter names none.'),
    'required-fields': z.array(z.string()).default([]).describe('Frontmatter fields every file of this type must have.'),
    positioning: z
      .boolean()
      .default(false)
      .describe('Every sentence of this type carries positioning (a homepage, a product page).'),
    claims: claimSeverities.optional(),
    severity: z.record(z.string(), severityOrOffSchema).default({}).describe('Per-rule severity overrides for this type.'),
  })
  .describe('Policy for one content type.')

/** Finding categories a suppression policy can name (`input`, a file copydesk could not read, is never suppressible). */
export const suppressibleCategorySchema = z.enum(['banned-claim', 'missing-source', 'frontmatter', 'positioning', 'llm'])

/**
 * Which findings an entry of a suppression policy covers: those matching every key it gives (a rule AND a
 * category AND a severity); a list of entries covers what any of them covers.
 */
export const findingSelectorSchema = z
  .strictObject({
    rules: z.array(z.string().min(1)).min(1).optional().describe('Rule ids: `pack/rule`, `pack/*`, a bare `rule` (any pack), or `*`.'),
    categories: z.array(suppressibleCategorySchema).min(1).optional().describe('Finding categories.'),
    severities: z.array(severitySchema).min(1).optional().describe('Severities, after `severity` overrides.'),
  })
  .refine((entry) => entry.rules !== undefined || entry.categories !== undefined || entry.severities !== undefined, {
    message: 'name at least one of `rules`, `categories` or `severities`',
  })
  .describe('Findings matching every key given.')

export type FindingSelector = z.output<typeof findingSelectorSchema>

/** The secure default: silencing an error-severity banned claim needs a strategy owner to see and approve it. */
export const DEFAULT_SIGNOFF_SUPPRESSIONS: FindingSelector[] = [{ categories: ['banned-claim'], severities: ['error'] }]

const suppressionsSchema = z
  .strictObject({
    allow: z
      .array(findingSelectorSchema)
      .optional()
      .describe('When set, only findings matching an entry may be suppressed inline; others keep counting. Unset: every finding may be.'),
    forbid: z.array(findingSelectorSchema).default([]).describe('Findings no inline comment may suppress: the comment is not honoured and is reported.'),
    'require-signoff': z
      .array(findingSelectorSchema)
      .default(DEFAULT_SIGNOFF_SUPPRESSIONS)
      .describe(
        'Findings a pull request may suppress only with strategy sign-off: until a strategy owner approves the head, the suppression is listed and the finding keeps counting. Default: error-severity banned claims.',
      ),
  })
  .default({ forbid: [], 'require-signoff': DEFAULT_SIGNOFF_SUPPRESSIONS })
  .describe('Which findings inline `copydesk-disable` comments may suppress, and which suppressions need strategy sign-off.')

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    content: z
      .strictObject({
        include: globs.default(['**/*.md', '**/*.mdx']),
        exclude: globs.default([]),
        'max-file-size': z
          .number()
          .int()
          .positive()
          .default(1_048_576)
          .describe('Bytes. Larger content files are not read; each gets an error-severity `input/too-large` finding.'),
        'prose-fields': z
          .array(z.string().min(1))
          .default([])
          .describe('Frontmatter key paths read as prose, added to the defaults: dotted, `*` or `[]` for any key or list index (`faq.*.answer`, `faq[].answer`, `pricing.plans[].description`).'),
        'text-attributes': z
          .array(z.string().min(1))
          .default([])
          .describe('JSX and HTML attribute names whose values a reader sees, added to the defaults (`title`, `description`, `alt`, …).'),
        'shortcode-attributes': z
          .array(z.string().min(1))
          .default([])
          .describe('Hugo shortcode parameters read as prose, added to the defaults (`caption`, `title`, `alt`, …).'),
      })
      .default({ include: ['**/*.md', '**/*.mdx'], exclude: [], 'max-file-size': 1_048_576, 'prose-fields': [], 'text-attributes': [], 'shortcode-attributes': [] })
      .describe('Which files are content.'),
    'type-field': z.string().default('type').describe('Frontmatter field that names the content type.'),
    types: z.record(z.string(), contentTypeSchema).default({}).describe('Content types and their policy.'),
    rules: z
      .array(repoPath)
      .default(['recommended'])
      .describe('Rule files: `recommended` is the shipped pack; other entries are repository paths read at the base commit.'),
    severity: z.record(z.string(), severityOrOffSchema).default({}).describe('Per-rule severity overrides (`off` disables).'),
    'required-fields': z.array(z.string()).default([]).describe('Frontmatter fields every content file must have.'),
    'fail-on': z
      .enum(['error', 'warning', 'never'])
      .optional()
      .describe('Which findings make `copydesk check` exit 1 when `--fail-on` is not given (default `error`). The Action uses its own `fail-on` input.'),
    claims: z
      .strictObject({
        scope: z.enum(['sentence', 'paragraph']).default('sentence'),
        competitors: z.array(z.string().min(1)).default([]).describe('Competitor names, added to those the site context finds on comparison and alternatives pages.'),
        publisher: z
          .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
          .optional()
          .describe('The name the site publishes under, and its other spellings; by default the product name the pages use most.'),
        'page-kinds': z
          .partialRecord(z.enum(['customer-story', 'comparison', 'pricing', 'product', 'blog', 'docs', 'page']), z.array(glob))
          .default({})
          .describe('Globs that set the page kind (`customer-story`, `comparison`, …) over what frontmatter and paths say.'),
        evidence: z
          .array(z.string().min(1))
          .default([])
          .describe("The publisher's own pages that count as a source when linked (a benchmark or security page): URL or path prefixes."),
        'named-sources': z
          .boolean()
          .default(true)
          .describe('A data source named in the sentence ("according to Gartner (2025)", "per our Stripe revenue data") counts as its source.'),
        model: z
          .boolean()
          .default(true)
          .describe('Weigh each sentence with the claims model trained on labelled real marketing pages: it drops rule matches a copy editor would not ask about and adds claims the rules miss. `false` keeps the rules alone.'),
        severity: claimSeverities.default({}),
        'approved-sources': repoPath.optional().describe('Registry of allowed source domains and documents.'),
      })
      .default({ scope: 'sentence', competitors: [], severity: {}, 'page-kinds': {}, evidence: [], 'named-sources': true, model: true }),
    provenance: z
      .strictObject({
        required: z
          .enum(['ai-assisted', 'always', 'never'])
          .default('ai-assisted')
          .describe('When the `ai:` block (model, prompt, reviewer, reviewed_at) is required.'),
      })
      .default({ required: 'ai-assisted' }),
    positioning: z
      .strictObject({
        artifact: repoPath.default('strategy/positioning.md'),
        owners: z.array(z.string()).default([]).describe('Strategy owners; empty means the CODEOWNERS owners of the artifact.'),
        fields: z.array(z.string()).default([]).describe('Frontmatter fields that carry positioning in every content file: key paths as for `content.prose-fields` (`hero`, `faq[].answer`).'),
        similarity: z.number().min(0).max(1).default(0.5).describe('How alike two sentences must be to count as one reworded sentence.'),
        parts: z
          .array(z.enum(PAGE_PARTS))
          .default([...DEFAULT_PARTS])
          .describe('Parts of a positioning-type page whose every sentence is positioning. Add `how-to`, `faq`, `related-links`, `body` or `lists` to count them too.'),
      })
      .default({ artifact: 'strategy/positioning.md', owners: [], fields: [], similarity: 0.5, parts: [...DEFAULT_PARTS] }),
    signoff: z
      .strictObject({
        override: z
          .strictObject({
            allowed: z.boolean().default(false),
            label: z.string().default('copydesk-override'),
          })
          .default({ allowed: false, label: 'copydesk-override' }),
      })
      .default({ override: { allowed: false, label: 'copydesk-override' } }),
    suppressions: suppressionsSchema,
    llm: z
      .strictObject({
        enabled: z.boolean().default(true).describe('Runs only when an API key is given.'),
        model: z.string().optional().describe('The model for the second opinion; `--llm-model` wins over it.'),
        api: z
          .enum(['responses', 'chat-completions'])
          .default('responses')
          .describe('`responses` (OpenAI, Azure) or `chat-completions` for OpenAI-compatible servers without the Responses API.'),
        batch: z.number().int().min(1).max(100).default(20).describe('Candidate sentences per request.'),
        budget: z
          .strictObject({
            requests: z.number().int().min(0).default(50).describe('Requests per run.'),
            tokens: z.number().int().min(0).default(400_000).describe('Input plus output tokens per run.'),
          })
          .default({ requests: 50, tokens: 400_000 })
          .describe('When reached, the rest is listed as not reviewed and a notice says so.'),
        'timeout-ms': z.number().int().min(1).default(60_000).describe('Per request, before retries.'),
      })
      .default({ enabled: true, api: 'responses', batch: 20, budget: { requests: 50, tokens: 400_000 }, 'timeout-ms': 60_000 }),
  })
  .describe('copydesk configuration (.github/copydesk.yml).')

export type Config = z.output<typeof configSchema>
export type ConfigInput = z.input<typeof configSchema>
export type ContentTypePolicy = z.output<typeof contentTypeSchema>
