import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A beforeChange hook giving a new document the next free positive integer in `field` (one
 * already set, e.g. by an import, is kept). The number never changes afterwards, so links and
 * ids built on it stay good; the field's unique index refuses a duplicate from a race.
 * With `above`, numbers are given only above it, leaving those below to another numbering
 * (the source calendar an import brings ids from).
 */
export const assignNextNumber =
  (field: string, { above = 0 }: { above?: number } = {}): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, req }) => {
    if (operation !== 'create' || (typeof data[field] === 'number' && data[field] > 0)) return data
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: { [field]: { greater_than: above } },
      sort: `-${field}`,
      limit: 1,
      depth: 0,
      // The field of whichever collection uses this: Payload's types know no such field.
      select: { [field]: true } as never,
      overrideAccess: true,
      req,
    })
    const highest = (docs[0] as Record<string, unknown> | undefined)?.[field]
    data[field] = (typeof highest === 'number' ? highest : above) + 1
    return data
  }
