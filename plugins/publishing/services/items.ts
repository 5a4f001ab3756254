import type { Payload, Where } from 'payload'

import { type FeedQuery, FeedQueryError, looksLikeId, statusWhere } from '../utilities/query.js'

export type FeedCollection = 'events' | 'posts'

/** Filters each collection supports (posts have no place, tags or organizations). */
const SUPPORTED: Record<FeedCollection, (keyof FeedQuery)[]> = {
  events: ['category', 'tag', 'place', 'organization', 'status'],
  posts: ['category', 'status'],
}

const NOTHING: Where = { id: { equals: '00000000-0000-0000-0000-000000000000' } }

/** The id of a category or organization given by id or slug, as anonymous readers see them. */
async function resolve(
  payload: Payload,
  collection: 'categories' | 'organizations',
  value: string,
): Promise<string | null> {
  const found = await payload.find({
    collection,
    where: looksLikeId(value) ? { id: { equals: value } } : { slug: { equals: value } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
    user: null,
  })
  return found.docs[0] ? String(found.docs[0].id) : null
}

/**
 * What a feed lists: only what anonymous readers may see (the collection's own read access
 * decides, with overrideAccess off and no user), filtered as asked. Events: upcoming ones
 * (not yet ended), soonest first. Posts: newest first.
 */
export async function feedItems(
  payload: Payload,
  collection: FeedCollection,
  query: FeedQuery,
  now = new Date(),
) {
  for (const key of ['category', 'tag', 'place', 'organization'] as const) {
    if (query[key] !== null && !SUPPORTED[collection].includes(key)) {
      throw new FeedQueryError(key, `The ${collection} feed has no ?${key} filter`)
    }
  }
  const and: Where[] = []
  const status = statusWhere(query.status)
  if (status) and.push(status)
  if (query.category) {
    const id = await resolve(payload, 'categories', query.category)
    and.push(id ? { categories: { in: [id] } } : NOTHING)
  }
  if (query.organization) {
    const id = await resolve(payload, 'organizations', query.organization)
    and.push(id ? { organizations: { in: [id] } } : NOTHING)
  }
  if (query.place) {
    if (!looksLikeId(query.place)) throw new FeedQueryError('place', '?place must be a place id')
    and.push({ place: { equals: query.place } })
  }
  if (query.tag) and.push({ tags: { in: [query.tag] } })
  if (collection === 'events') {
    const iso = now.toISOString()
    and.push({
      or: [{ endsAt: { greater_than_equal: iso } }, { startsAt: { greater_than_equal: iso } }],
    })
  }
  const result = await payload.find({
    collection,
    where: and.length > 0 ? { and } : {},
    sort: collection === 'events' ? 'startsAt' : '-publishedAt',
    limit: query.limit,
    depth: 1,
    locale: query.locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    user: null,
  })
  return result.docs
}
