// The shape of one frontmatter `sources:` entry. Entries are validated one by one so each problem can
// be reported at the line of the field that has it.
import { z } from 'zod'
import { toDay } from './dates.js'

const day = z.custom<Date | string>((value) => toDay(value) !== null, {
  message: 'expected a date written `YYYY-MM-DD`',
})

export const sourceEntrySchema = z
  .object({
    id: z.string({ message: 'expected a text id, e.g. `forrester-tei-2025`' }).regex(/^[^\s\]]+$/, 'expected an id without spaces or `]`, so `[^id]` can cite it'),
    title: z.string({ message: 'expected text' }).min(1, 'expected a title').optional(),
    url: z.url({ protocol: /^https?$/, message: 'expected an `http(s)://` address' }).optional(),
    path: z.string({ message: 'expected a repository path' }).min(1, 'expected a repository path').optional(),
    retrieved: day.optional(),
    'valid-until': day.optional(),
  })
  .loose()

export type SourceEntry = z.output<typeof sourceEntrySchema>
