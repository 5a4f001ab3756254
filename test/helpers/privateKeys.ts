/** True when a value carries anything: not null, and not a group or list of nulls. */
const hasValue = (value: unknown): boolean => {
  if (value === null || value === undefined) return false
  if (Array.isArray(value)) return value.some(hasValue)
  if (typeof value === 'object') return Object.values(value).some(hasValue)
  return true
}

/** Every place in a JSON value where one of `keys` holds a value, as paths. */
export function findKeys(value: unknown, keys: string[], path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findKeys(item, keys, `${path}[${i}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(keys.includes(k) && hasValue(v) ? [`${path}.${k}`] : []),
      ...findKeys(v, keys, `${path}.${k}`),
    ])
  }
  return []
}

/** Fields no anonymous reader may ever receive, wherever they are nested. */
export const PRIVATE_KEYS = [
  'adminNote',
  'privateContact',
  'submitterEmail',
  'accessNeeds',
  'childcareRequest',
  'email',
  'proposal',
  // The imported Hyperactive elements hold the admin note too.
  'original',
  'fingerprints',
]
