import type { Where } from 'payload'

/** A feed request's filters, checked: each error names the parameter. */
export type FeedQuery = {
  locale: 'en' | 'es'
  category: string | null
  tag: string | null
  place: string | null
  organization: string | null
  /** Minimum prominence: `promoted` also includes featured. */
  status: 'published' | 'promoted' | 'featured' | null
  limit: number
}

export class FeedQueryError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

export const MAX_ITEMS = 200
const DEFAULT_ITEMS = 50
const KNOWN = ['locale', 'category', 'tag', 'place', 'organization', 'status', 'limit']
const STATES = ['published', 'promoted', 'featured'] as const
const TOKEN = /^[A-Za-z0-9_-]{1,120}$/

const one = (query: Record<string, unknown>, name: string): string | null => {
  const value = query[name]
  if (value === undefined || value === '') return null
  if (typeof value !== 'string') {
    throw new FeedQueryError(name, `?${name} may be given once, as text`)
  }
  return value
}

/** Reads `?locale`, `?category`, `?tag`, `?place`, `?organization`, `?status`, `?limit`. */
export function parseFeedQuery(query: Record<string, unknown>): FeedQuery {
  const unknown = Object.keys(query).filter((key) => !KNOWN.includes(key))
  if (unknown.length > 0) {
    throw new FeedQueryError(
      unknown[0]!,
      `Unknown parameter ?${unknown[0]}: feeds take ${KNOWN.map((k) => `?${k}`).join(', ')}`,
    )
  }
  const locale = one(query, 'locale') ?? 'en'
  if (locale !== 'en' && locale !== 'es') {
    throw new FeedQueryError('locale', `?locale must be en or es, not "${locale}"`)
  }
  const status = one(query, 'status')
  if (status !== null && !(STATES as readonly string[]).includes(status)) {
    throw new FeedQueryError(
      'status',
      `?status must be one of ${STATES.join(', ')}, not "${status}"`,
    )
  }
  const limitText = one(query, 'limit')
  const limit = limitText === null ? DEFAULT_ITEMS : Number(limitText)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ITEMS) {
    throw new FeedQueryError('limit', `?limit must be a whole number from 1 to ${MAX_ITEMS}`)
  }
  const token = (name: string) => {
    const value = one(query, name)
    if (value !== null && !TOKEN.test(value)) {
      throw new FeedQueryError(name, `?${name} must be an id or a slug (letters, digits, - and _)`)
    }
    return value
  }
  return {
    locale,
    category: token('category'),
    tag: one(query, 'tag'),
    place: token('place'),
    organization: token('organization'),
    status: status as FeedQuery['status'],
    limit,
  }
}

/** `?status=promoted` means promoted and featured: the states at or above the one asked for. */
export function statusWhere(status: FeedQuery['status']): Where | null {
  if (!status) return null
  return { moderationStatus: { in: STATES.slice(STATES.indexOf(status)) } }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const looksLikeId = (value: string) => UUID.test(value)
