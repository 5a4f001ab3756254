import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { MODERATION_DIGEST, MODERATION_NOTE, MODERATION_OPTIONS } from '../defaults.js'
import type { SanitizedModerationOptions } from '../types.js'

/** One change a moderator is told about. */
export type ModerationNotice = {
  collection: string
  id: string | number
  title: string
  from: string | null
  to: string
}

/** Where a batch (an import) collects its notices: `req.context[MODERATION_DIGEST]`. */
export type ModerationDigest = ModerationNotice[]

async function recipientsOf(
  payload: Payload,
  recipients: readonly string[] | undefined,
  req?: PayloadRequest,
) {
  if (recipients) return [...recipients]
  const options = payload.config.custom?.[MODERATION_OPTIONS] as SanitizedModerationOptions
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: [...options.notifyRoles] } },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs.map((u) => u.email)
}

/**
 * Emails moderators (through the job queue, so a mail server problem never holds up a save)
 * when an item enters the queue, is hidden, or comes back from hidden. Inside a batch (the
 * context holds a digest list) the notice is collected instead, for one email at the end.
 */
export const notifyModerators =
  (collectionSlug: string, recipients: readonly string[] | undefined): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const from = operation === 'create' ? null : (previousDoc?.moderationStatus ?? null)
    const to = doc.moderationStatus
    if (from === to || !(to === 'pending' || to === 'hidden' || from === 'hidden')) return doc
    const title = String(doc.title ?? doc.name ?? doc.id)
    const digest = req.context?.[MODERATION_DIGEST]
    if (Array.isArray(digest)) {
      digest.push({ collection: collectionSlug, id: doc.id, title, from, to })
      return doc
    }
    try {
      const addresses = await recipientsOf(req.payload, recipients, req)
      if (addresses.length === 0) return doc
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
      for (const address of addresses) {
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

/**
 * One email per moderator for a whole batch: how many items of each collection entered the
 * queue or were hidden, with links to the filtered lists (and to each item when there are few).
 * Call it after the batch is committed. Returns how many emails were queued.
 */
export async function sendModerationDigest(
  payload: Payload,
  notices: ModerationDigest,
  options: { what: string; recipients?: readonly string[] },
): Promise<number> {
  if (notices.length === 0) return 0
  const addresses = await recipientsOf(payload, options.recipients)
  if (addresses.length === 0) return 0
  const serverURL = payload.config.serverURL || ''
  const lines: string[] = []
  const groups = new Map<string, ModerationNotice[]>()
  for (const n of notices) {
    const key = `${n.collection}\u0000${n.to}`
    groups.set(key, [...(groups.get(key) ?? []), n])
  }
  for (const [key, group] of groups) {
    const [collection, to] = key.split('\u0000') as [string, string]
    lines.push(
      `${group.length} ${collection} now ${to}: ${serverURL}/admin/collections/${collection}?where[moderationStatus][equals]=${to}`,
    )
    if (group.length <= 10) {
      for (const n of group) {
        lines.push(`  - "${n.title}": ${serverURL}/admin/collections/${collection}/${n.id}`)
      }
    }
  }
  const subject = `${options.what}: ${notices.length} item${notices.length === 1 ? '' : 's'} for moderation`
  const text = [`${options.what} left these for moderators.`, '', ...lines].join('\n')
  for (const address of addresses) {
    await payload.jobs.queue({ task: 'sendEmail', input: { to: address, subject, text } })
  }
  return addresses.length
}
