import { RE2JS } from 're2js'

export type FilterAction = 'hold' | 'hide'
export type ContentFilter = { name: string; expressions: string[]; action: FilterAction }
export type FilterMatch = { filter: ContentFilter; expression: string; field: string }

/** Patterns longer than this are refused: filters are word lists, not programs. */
export const MAX_PATTERN_LENGTH = 500

const compiled = new Map<string, RE2JS>()

/**
 * A pattern compiled for RE2's linear-time engine (case-insensitive, Unicode), so no pattern
 * and no text can make a match take longer than its length: there is no backtracking to
 * exploit. Kept per pattern; throws RE2's error for patterns it cannot run.
 */
function compile(pattern: string): RE2JS {
  let re = compiled.get(pattern)
  if (!re) {
    re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE)
    if (compiled.size > 1000) compiled.clear()
    compiled.set(pattern, re)
  }
  return re
}

/**
 * Why a pattern cannot be used, or null when it can: empty, too long, or not a pattern the
 * linear-time engine runs (its syntax is JavaScript's without lookarounds and backreferences).
 */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'is empty'
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`
  try {
    compile(pattern)
  } catch (error) {
    return (
      `cannot be used (${(error as Error).message}): filters run on a linear-time engine, ` +
      'which has no lookarounds (?=…) (?<=…) and no backreferences \\1'
    )
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
      const re = compile(expression)
      for (const [field, value] of Object.entries(fields)) {
        if (re.matcher(plainText(value)).find()) return { filter, expression, field }
      }
    }
  }
  return null
}
