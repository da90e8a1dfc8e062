// Frontmatter dates arrive as Date objects (YAML 1.1 timestamps) or as strings (YAML 1.2): both are
// normalised to a calendar day, `YYYY-MM-DD`, compared as UTC days so time zones never shift them.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` for a valid date value, else null. Strings may carry a time (`2026-03-02T10:00:00Z`). */
export function toDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  const day = DAY.exec(trimmed.slice(0, 10))
  if (day === null || (trimmed.length > 10 && !/^[T ]\d{2}:\d{2}/.test(trimmed.slice(10)))) return null
  const [, y, m, d] = day
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  // Rejects days that do not exist (`2026-02-30`), which Date would roll over silently.
  return date.toISOString().slice(0, 10) === trimmed.slice(0, 10) ? trimmed.slice(0, 10) : null
}

export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10)
}
