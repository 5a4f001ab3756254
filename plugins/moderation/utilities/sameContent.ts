/**
 * Whether two stored values say the same thing, ignoring how empty is written: the admin form
 * sends `{}` or `''` where the database returns `null`, dates come as
 * Date or string. Used to tell which fields a moderator's save really changes.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const items = value.map(normalize)
    return items.every((item) => item === undefined) ? undefined : items
  }
  if (typeof value === 'object') {
    // A populated relationship and its id are the same reference.
    const record = value as Record<string, unknown>
    if ('id' in record && 'createdAt' in record) return String(record.id)
    const entries = Object.keys(record)
      .sort()
      .map((key) => [key, normalize(record[key])] as const)
      .filter(([, v]) => v !== undefined)
    return entries.length === 0 ? undefined : Object.fromEntries(entries)
  }
  return value
}
