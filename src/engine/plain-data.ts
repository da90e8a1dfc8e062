// What may travel between threads: structured cloning copies plain data as it is, but gives a class
// instance back as a plain object (its prototype lost) and refuses functions.

/** Whether structured cloning gives the value back as it is: plain data and Dates, no class instances (their prototypes would be lost). */
export function clonesAsIs(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol'
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto === Date.prototype) return true
  if (Array.isArray(value)) return proto === Array.prototype && value.every(clonesAsIs)
  return (proto === Object.prototype || proto === null) && Object.values(value).every(clonesAsIs)
}
