import type { CollectionSlug, Payload, Where } from 'payload'

import { MODERATION_TRUSTED } from '../../plugins/moderation/index.js'

export type Tally = { created: number; unchanged: number }

/**
 * Finds a document by `where` or creates it: the seed's only way to write, which is what makes
 * it idempotent. `spanish` (localized values) is written only when the document is created.
 */
export async function ensure<T extends { id: number | string }>(
  payload: Payload,
  tally: Tally,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  spanish?: Record<string, unknown>,
): Promise<T> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) {
    tally.unchanged++
    return found.docs[0] as unknown as T
  }
  // The seed is trusted server code: the workflow states it sets are kept.
  const context = { [MODERATION_TRUSTED]: true }
  const doc = (await payload.create({
    collection,
    data,
    locale: 'en',
    depth: 0,
    overrideAccess: true,
    context,
  })) as unknown as T
  if (spanish) {
    await payload.update({
      collection,
      id: doc.id,
      data: spanish,
      locale: 'es',
      depth: 0,
      overrideAccess: true,
      context,
    })
  }
  tally.created++
  return doc
}

export const tally = (): Tally => ({ created: 0, unchanged: 0 })
