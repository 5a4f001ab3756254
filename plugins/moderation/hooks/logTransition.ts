import type { CollectionAfterChangeHook } from 'payload'

import { MODERATION_LOG_SLUG, MODERATION_NOTE } from '../defaults.js'

/** Writes exactly one log entry for each change of state (creation counts), in the same transaction. */
export const logTransition =
  (collectionSlug: string): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const from = operation === 'create' ? null : (previousDoc?.moderationStatus ?? null)
    const to = doc.moderationStatus
    if (from === to) return doc
    const title = doc.title ?? doc.name ?? doc.id
    await req.payload.create({
      collection: MODERATION_LOG_SLUG,
      data: {
        summary: `${typeof title === 'string' ? title : doc.id}: ${from ?? 'new'} → ${to}`,
        collectionSlug,
        documentId: String(doc.id),
        from,
        to,
        user: req.user?.collection === 'users' ? req.user.id : undefined,
        note:
          typeof req.context?.[MODERATION_NOTE] === 'string'
            ? req.context[MODERATION_NOTE]
            : undefined,
      },
      overrideAccess: true,
      req,
    })
    return doc
  }
