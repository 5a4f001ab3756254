import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Gives a new event the next free feed id (imports bring their own): a positive integer that
 * never changes, so `/events/ID.xml` links stay good. The unique index refuses a duplicate.
 */
export const assignFeedId: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || (typeof data.feedId === 'number' && data.feedId > 0)) return data
  const { docs } = await req.payload.find({
    collection: collection.slug as 'events',
    sort: '-feedId',
    limit: 1,
    depth: 0,
    select: { feedId: true } as never,
    overrideAccess: true,
    req,
  })
  const highest = (docs[0] as { feedId?: number } | undefined)?.feedId ?? 0
  data.feedId = highest + 1
  return data
}
