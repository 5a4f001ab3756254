import type { CollectionAfterDeleteHook, CollectionConfig, Payload } from 'payload'

/** One row per collection with a removal: its `updatedAt` is when the last one happened. */
export const FEED_CLOCK_SLUG = 'feed-clock'

/** Internal: written by the hooks below, read by the feeds, never by anyone through the API. */
export const feedClockCollection: CollectionConfig = {
  slug: FEED_CLOCK_SLUG,
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'source', type: 'text', required: true, unique: true, index: true }],
}

type Req = Parameters<CollectionAfterDeleteHook>[0]['req']

/** Moves a collection's clock to now (in the writer's transaction). */
async function tick(payload: Payload, source: string, req?: Req) {
  const found = await payload.find({
    collection: FEED_CLOCK_SLUG,
    where: { source: { equals: source } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const row = found.docs[0] as { id: string } | undefined
  if (row) {
    await payload.update({
      collection: FEED_CLOCK_SLUG,
      id: row.id,
      data: { source },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } else {
    await payload.create({
      collection: FEED_CLOCK_SLUG,
      data: { source },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

/** Each request's ticks, by collection, so they run one after another. */
const ticksByRequest = new WeakMap<object, Map<string, Promise<void>>>()

/**
 * One request's ticks run one after another: a bulk delete runs its documents' hooks at once, and
 * each would otherwise find no row and create it, the second failing on the unique source.
 */
function tickInTurn(payload: Payload, source: string, req: Req) {
  let ticks = ticksByRequest.get(req)
  if (!ticks) ticksByRequest.set(req, (ticks = new Map()))
  const next = (ticks.get(source) ?? Promise.resolve()).then(() => tick(payload, source, req))
  ticks.set(
    source,
    next.catch(() => undefined),
  )
  return next
}

/**
 * A removed document leaves no `updatedAt` behind: its removal is recorded, so a feed's
 * Last-Modified never goes back in time when the newest item goes.
 */
export const recordRemoval: CollectionAfterDeleteHook = async ({ collection, req }) => {
  await tickInTurn(req.payload, collection.slug, req)
}

const newest = async (payload: Payload, collection: string, field: string, before?: Date) => {
  const found = await payload.find({
    // A feed source named in the options: any slug, where Payload's types know the app's only.
    collection: collection as never,
    where: before ? { [field]: { less_than_equal: before.toISOString() } } : {},
    sort: `-${field}`,
    limit: 1,
    depth: 0,
    select: { [field]: true } as never,
    overrideAccess: true,
  })
  const at = (found.docs[0] as Record<string, unknown> | undefined)?.[field]
  return typeof at === 'string' ? new Date(at) : null
}

const latest = (dates: (Date | null)[]) =>
  dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null)

/** The latest removal among `sources`, read from the clock in one query. */
async function lastRemoval(payload: Payload, sources: string[]): Promise<Date | null> {
  const { docs } = await payload.find({
    collection: FEED_CLOCK_SLUG,
    where: { source: { in: sources } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
  })
  const at = (docs[0] as { updatedAt?: string } | undefined)?.updatedAt
  return at ? new Date(at) : null
}

/**
 * A feed's Last-Modified: the latest change to anything it is made from, removals included.
 * A feed of what is still to come (`upcoming`) also changes when an event starts or ends with
 * no write at all: the latest such moment up to now counts (any event's: a later date than
 * needed costs a client one full answer, an earlier one would get it a wrong 304). A feed that
 * never had anything gets its clock started now, once, so it carries a date that stays.
 */
export async function feedChangedAt(
  payload: Payload,
  sources: string[],
  { upcoming = false, now = new Date() }: { upcoming?: boolean; now?: Date } = {},
): Promise<Date> {
  // Each source's newest write (in any state), and the clock of removals.
  const dates = await Promise.all([
    ...sources.map((source) => newest(payload, source, 'updatedAt')),
    lastRemoval(payload, sources),
    ...(upcoming
      ? [newest(payload, 'events', 'startsAt', now), newest(payload, 'events', 'endsAt', now)]
      : []),
  ])
  const at = latest(dates)
  if (at) return at
  try {
    await tick(payload, sources[0] as string)
  } catch {
    // Another request started it at the same moment: the unique index refused the second row.
  }
  return (await lastRemoval(payload, sources)) ?? now
}
