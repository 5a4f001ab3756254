import { beginTransaction as drizzleBeginTransaction } from '@payloadcms/drizzle'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import {
  MODERATION_DIGEST,
  MODERATION_IMPORT,
  MODERATION_NOTE,
  MODERATION_OPTIONS,
  MODERATION_TRUSTED,
  type ModerationDigest,
  type SanitizedModerationOptions,
  sendModerationDigest,
} from '../../moderation/index.js'
import { recordKey, recordToEvent, stripLines } from '../utilities/eventRecord.js'
import { parseXml } from '../utilities/parse.js'
import { HyperactiveXmlError, type XmlField, type XmlRecord } from '../utilities/xmlTypes.js'
import { refreshPlannerStatistics } from '../../../src/db-statistics.js'

export type ImportFailure = { id?: number; line?: number; message: string }

export type ImportSummary = {
  file?: string
  dryRun: boolean
  events: number
  created: number
  updated: number
  unchanged: number
  organizationsCreated: number
  /** Items the import left pending or hidden: moderators get one email listing them. */
  forModeration: number
  /** Non-empty means nothing was written: a file is imported whole or not at all. */
  failed: ImportFailure[]
}

export type ImportOptions = {
  file?: string
  dryRun?: boolean
  /** Zone given to imported events (the offset of each datetime is kept for export). */
  timeZone: string
  maxBytes?: number
  /** Called every `progressEvery` records and at the end. */
  onProgress?: (done: number, total: number) => void
  progressEvery?: number
  /** Who imports (the admin action): recorded as creator and in the moderation log. */
  user?: PayloadRequest['user']
  /**
   * Let the event loop turn after every `yieldEvery` records. On SQLite every query runs
   * synchronously, so an import is one unbroken chain of promises, and the database driver's
   * statements (each holding its bound values, the rich text included) are freed only by
   * finalizers that wait for a turn of the loop: without one they pile up outside the heap
   * until the import ends (`npm run import:hyperactive` of 10,000 events peaked at 2.95 GB
   * resident; with a turn every 25 events, 1.39 GB). A process that does nothing else (the
   * command) should set it. In the server a turn would also let other requests in while the
   * import holds SQLite's write lock, and their writes would fail after the lock's timeout
   * instead of waiting, so the admin action does not.
   */
  yieldEvery?: number
}

/** A summary with nothing counted yet. */
export const emptySummary = (file: string | undefined, dryRun: boolean): ImportSummary => ({
  file,
  dryRun,
  events: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  organizationsCreated: 0,
  forModeration: 0,
  failed: [],
})

/** Same elements, whatever order the database gave the keys of each (jsonb reorders them). */
const sameRecord = (a: unknown, b: unknown) => {
  const canonical = (record: unknown) =>
    JSON.stringify(
      Array.isArray(record)
        ? (record as XmlField[]).map((f) => [f.name, f.type ?? '', f.nil, f.text])
        : null,
    )
  return canonical(a) === canonical(b)
}

/**
 * Imports a Hyperactive XML file (one event or a list) into `events`, upserting by Hyperactive
 * id: all in one transaction, so a bad record or a bad file changes nothing. Unknown collectives
 * become pending organizations for an organizer to name. The moderation plugin's rules apply:
 * states map one to one, and records not yet checked go through the content filters.
 */
export async function importEvents(
  payload: Payload,
  input: string | Buffer,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary = emptySummary(options.file, Boolean(options.dryRun))
  const fail = (error: unknown, id?: number) => {
    const e = error as HyperactiveXmlError & {
      data?: { errors?: { message: string; path?: string }[] }
    }
    const details = e.data?.errors?.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
    summary.failed.push({
      id,
      line: e.line,
      message: details?.length ? `${e.message} (${details.join('; ')})` : e.message,
    })
    summary.created = summary.updated = summary.unchanged = summary.organizationsCreated = 0
    return summary
  }

  let records: XmlRecord[]
  let keys: ReturnType<typeof recordKey>[]
  try {
    const doc = parseXml(input, { maxBytes: options.maxBytes })
    if (doc.recordName !== 'event' && doc.records.length > 0) {
      throw new HyperactiveXmlError('expected <event> or <events type="array">', 1, doc.rootName)
    }
    records = doc.records
    summary.events = records.length
    keys = records.map(recordKey)
    const seen = new Set<number>()
    for (const key of keys) {
      if (seen.has(key.feedId)) {
        throw new HyperactiveXmlError(
          `event ${key.feedId} appears twice in the file`,
          key.line,
          'id',
        )
      }
      seen.add(key.feedId)
    }
  } catch (error) {
    return fail(error)
  }

  const req: PayloadRequest = await createLocalReq(
    options.user ? { user: options.user } : {},
    payload,
  )
  const digest: ModerationDigest = []
  const note = `imported from Hyperactive${options.file ? ` (${options.file})` : ''}`
  await beginImportTransaction(payload, req)
  let current: number | undefined
  try {
    const organizations = await resolveCollectives(payload, req, keys, summary, digest)
    const existing = await existingEvents(
      payload,
      req,
      keys.map((k) => k.feedId),
    )
    // The planner's statistics follow the tables as they grow (see refreshPlannerStatistics):
    // refreshed at 100 written events and each time that number doubles, a few ms each.
    let refreshAt = 100
    for (const [i, record] of records.entries()) {
      const { feedId } = keys[i] as (typeof keys)[number]
      current = feedId
      const before = existing.get(feedId)
      // Unchanged records are recognised before the (costly) mapping to rich text.
      if (before?.original && sameRecord(before.original, stripLines(record))) {
        summary.unchanged++
      } else if (before && !before.original) {
        throw new HyperactiveXmlError(
          `feed id ${feedId} belongs to an event created in this CMS ("${before.title}"), not an imported one`,
        )
      } else {
        // Mapped one at a time, so a large file never holds all its rich text at once.
        const m = recordToEvent(record, options.timeZone)
        const data = {
          ...m.data,
          organizations: m.collectiveId ? [organizations.get(m.collectiveId)] : [],
        }
        // Trusted: the state in the file is kept; not yet checked: the content filters run.
        // Notices for moderators are collected into one digest email.
        Object.assign(req.context, {
          [MODERATION_TRUSTED]: true,
          [MODERATION_IMPORT]: !m.data.autoModerationChecked,
          [MODERATION_NOTE]: note,
          [MODERATION_DIGEST]: digest,
        })
        if (!before) {
          await payload.create({
            collection: 'events',
            data: data as never,
            locale: 'en',
            req,
            depth: 0,
          })
          summary.created++
        } else {
          await payload.update({
            collection: 'events',
            id: before.id,
            data: data as never,
            locale: 'en',
            req,
            depth: 0,
          })
          summary.updated++
        }
        if (summary.created + summary.updated === refreshAt) {
          const ms = await refreshPlannerStatistics(payload, 'import', req)
          payload.logger.debug(
            `[hyperactive] planner statistics refreshed at ${refreshAt} events written` +
              (ms === null ? '' : ` (${ms.toFixed(0)} ms)`),
          )
          refreshAt *= 2
        }
      }
      const done = i + 1
      if (options.yieldEvery && done % options.yieldEvery === 0) {
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (
        options.onProgress &&
        (done % (options.progressEvery ?? 500) === 0 || done === records.length)
      ) {
        options.onProgress(done, records.length)
      }
    }
    summary.forModeration = digest.length
    if (options.dryRun) {
      await killTransaction(req)
      return summary
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    return fail(error, current)
  }
  // Many rows at once: the query planner's picture of the tables follows.
  await refreshPlannerStatistics(payload, 'import')
  try {
    const moderation = payload.config.custom?.[MODERATION_OPTIONS] as
      SanitizedModerationOptions | undefined
    if (moderation?.enabled !== false) {
      await sendModerationDigest(payload, digest, {
        what: `Hyperactive import${options.file ? ` of ${options.file}` : ''}`,
        recipients: moderation?.notifyRecipients,
      })
    }
  } catch (error) {
    // The import is committed; a mail problem must not make it look failed.
    payload.logger.error(
      `[hyperactive] imported, but could not queue the moderators' email: ${(error as Error).message}`,
    )
  }
  return summary
}

/**
 * One transaction for the whole file. The SQLite adapter runs without transactions unless
 * configured (its default, kept for the rest of the app); the import opens one anyway, with
 * the same drizzle machinery the other SQL adapters use, so a file is never half written.
 */
export async function beginImportTransaction(payload: Payload, req: PayloadRequest) {
  await initTransaction(req)
  // Without transactions the adapter leaves a promise of `null` here, not an id.
  if (await req.transactionID) return
  const id = await drizzleBeginTransaction.call(payload.db as never, {})
  if (!id) throw new Error('the database could not open a transaction for the import')
  req.transactionID = id
}

type Existing = { id: string; title?: string; original?: unknown }

async function existingEvents(payload: Payload, req: PayloadRequest, feedIds: number[]) {
  const found = new Map<number, Existing>()
  for (let i = 0; i < feedIds.length; i += 500) {
    const { docs } = await payload.find({
      collection: 'events',
      where: { feedId: { in: feedIds.slice(i, i + 500) } },
      select: { feedId: true, title: true, hyperactive: { original: true } } as never,
      limit: 500,
      depth: 0,
      locale: 'en',
      pagination: false,
      req,
    })
    for (const doc of docs as unknown as (Existing & {
      feedId: number
      hyperactive?: { original?: unknown }
    })[]) {
      found.set(doc.feedId, { id: doc.id, title: doc.title, original: doc.hyperactive?.original })
    }
  }
  return found
}

/** Organizations by Hyperactive collective id; unknown collectives are created, pending. */
async function resolveCollectives(
  payload: Payload,
  req: PayloadRequest,
  keys: { collectiveId: number | null }[],
  summary: ImportSummary,
  digest: ModerationDigest,
) {
  const ids = [
    ...new Set(keys.map((k) => k.collectiveId).filter((id): id is number => id !== null)),
  ]
  const byCollective = new Map<number, string>()
  if (ids.length === 0) return byCollective
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { hyperactiveCollectiveId: { in: ids } },
    select: { hyperactiveCollectiveId: true } as never,
    pagination: false,
    depth: 0,
    req,
  })
  for (const doc of docs as unknown as { id: string; hyperactiveCollectiveId: number }[]) {
    byCollective.set(doc.hyperactiveCollectiveId, doc.id)
  }
  for (const id of ids) {
    if (byCollective.has(id)) continue
    Object.assign(req.context, {
      [MODERATION_TRUSTED]: true,
      [MODERATION_IMPORT]: false,
      [MODERATION_NOTE]: `collective ${id} first seen in a Hyperactive import`,
      [MODERATION_DIGEST]: digest,
    })
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: `Hyperactive collective ${id}`,
        kind: 'other',
        hyperactiveCollectiveId: id,
        listPublicly: true,
        moderationStatus: 'pending',
      } as never,
      locale: 'en',
      depth: 0,
      req,
    })
    byCollective.set(id, String(org.id))
    summary.organizationsCreated++
  }
  return byCollective
}
