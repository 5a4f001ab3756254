import safeRegex from 'safe-regex2'

export type FilterAction = 'hold' | 'hide'
export type ContentFilter = { name: string; expressions: string[]; action: FilterAction }
export type FilterMatch = { filter: ContentFilter; expression: string; field: string }

/** Patterns longer than this are refused: filters are word lists, not programs. */
export const MAX_PATTERN_LENGTH = 500

/**
 * Why a pattern cannot be used, or null when it can. Refuses invalid syntax and patterns with
 * nested repetition (e.g. `(a+)+`), which can take exponential time on hostile input.
 */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'is empty'
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`
  try {
    new RegExp(pattern, 'iu')
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`
  }
  if (!safeRegex(pattern)) {
    return 'could take exponential time on some texts (nested repetition such as (a+)+): rewrite it without a quantifier inside a repeated group'
  }
  return null
}

/** The plain text of a field value: strings as they are, Lexical rich text flattened. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(plainText).join(' ')
  if (typeof value === 'object') {
    const node = value as { text?: unknown; root?: unknown; children?: unknown }
    if (typeof node.text === 'string') return node.text
    if (node.root) return plainText(node.root)
    if (node.children) return plainText(node.children)
    // Localized values ({ en: …, es: … }) when written with locale 'all'.
    return Object.values(value).map(plainText).join(' ')
  }
  return ''
}

/** The first filter whose expression matches one of the fields, or null. */
export function matchFilters(
  filters: ContentFilter[],
  fields: Record<string, unknown>,
): FilterMatch | null {
  for (const filter of filters) {
    for (const expression of filter.expressions) {
      if (patternProblem(expression)) continue
      const re = new RegExp(expression, 'iu')
      for (const [field, value] of Object.entries(fields)) {
        if (re.test(plainText(value))) return { filter, expression, field }
      }
    }
  }
  return null
}
