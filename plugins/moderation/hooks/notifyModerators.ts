import type { CollectionAfterChangeHook } from 'payload'

import { MODERATION_NOTE } from '../defaults.js'

/**
 * Emails moderators (through the job queue, so a mail server problem never holds up a save)
 * when an item enters the queue, is hidden, or comes back from hidden.
 */
export const notifyModerators =
  (collectionSlug: string, recipients: readonly string[] | undefined): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const from = operation === 'create' ? null : (previousDoc?.moderationStatus ?? null)
    const to = doc.moderationStatus
    if (from === to || !(to === 'pending' || to === 'hidden' || from === 'hidden')) return doc
    try {
      const to_ = recipients
        ? [...recipients]
        : (
            await req.payload.find({
              collection: 'users',
              where: { roles: { in: ['moderator'] } },
              limit: 500,
              depth: 0,
              overrideAccess: true,
              req,
            })
          ).docs.map((u) => u.email)
      if (to_.length === 0) return doc
      const title = String(doc.title ?? doc.name ?? doc.id)
      const note = req.context?.[MODERATION_NOTE]
      const serverURL = req.payload.config.serverURL || ''
      const subject = `[${collectionSlug}] ${title}: ${from ?? 'new'} → ${to}`
      const text = [
        `"${title}" (${collectionSlug}) is now ${to}${from ? ` (was ${from})` : ''}.`,
        typeof note === 'string' ? `Reason: ${note}.` : '',
        `Open it: ${serverURL}/admin/collections/${collectionSlug}/${doc.id}`,
      ]
        .filter(Boolean)
        .join('\n')
      for (const address of to_) {
        await req.payload.jobs.queue({
          task: 'sendEmail',
          input: { to: address, subject, text },
          req,
        })
      }
    } catch (error) {
      req.payload.logger.error(
        `[moderation] could not queue the notification for ${collectionSlug} ${doc.id}: ${(error as Error).message}`,
      )
    }
    return doc
  }
