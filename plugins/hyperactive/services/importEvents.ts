import {
  commitTransaction,
  createLocalReq,
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
import { stripLines } from '../utilities/eventRecord.js'
import { cmsEdits, keepEdits } from '../utilities/merge.js'
import {
  MAPPING_KEY,
  MAPPING_VERSION,
  placeKey,
  recordKey,
  recordToEvent,
} from '../utilities/recordToEvent.js'
import { parseXml } from '../utilities/parse.js'
import { HyperactiveXmlError, type XmlRecord } from '../utilities/xmlTypes.js'
import { type ExistingEvent, existingEvents, sameRecord } from './existing.js'
import { HYPERACTIVE_OPTIONS, type SanitizedHyperactiveOptions } from '../defaults.js'
import { HYPERACTIVE_IMPORTING } from '../hooks/settleFingerprints.js'
import { type ImportConflict, recordImport } from './importLog.js'
import { resolveCollectives, resolvePlaces, resolveSeries } from './links.js'
import { beginImportTransaction } from './transaction.js'

export type ImportFailure = { id?: number; line?: number; message: string }

export type ImportSummary = {
  file?: string
  dryRun: boolean
  events: number
  created: number
  updated: number
  unchanged: number
  /** Events edited here that differ from the file: the edits are kept, the elements named. */
  conflicts: ImportConflict[]
  organizationsCreated: number
  placesCreated: number
  seriesCreated: number
  /** Items the import left pending or hidden: moderators get one email listing them. */
  forModeration: number
  /** Non-empty means nothing was written: a file is imported whole or not at all. */
  failed: ImportFailure[]
  /** The import's record (`/events.xml?import=ID` gives the file back); none for a dry run. */
  importId?: string
}

export type { ImportConflict } from './importLog.js'

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
   * until the import ends (docs/benchmark.md has the figures). A process that does nothing else (the
   * command) should set it. In the server a turn would also let other requests in while the
   * import holds SQLite's write lock, and their writes would fail after the lock's timeout
   * instead of waiting, so the admin action does not.
   */
  yieldEvery?: number
}

/** Existing events are read this many at a time. */
const CHUNK = 500

/** A summary with nothing counted yet. */
export const emptySummary = (file: string | undefined, dryRun: boolean): ImportSummary => ({
  file,
  dryRun,
  events: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  conflicts: [],
  organizationsCreated: 0,
  placesCreated: 0,
  seriesCreated: 0,
  forModeration: 0,
  failed: [],
})

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
  const plugin = payload.config.custom?.[HYPERACTIVE_OPTIONS] as
    SanitizedHyperactiveOptions | undefined
  const refreshStatistics = plugin?.refreshStatistics ?? (async () => null)
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
    Object.assign(summary, emptySummary(summary.file, summary.dryRun), {
      events: summary.events,
      failed: summary.failed,
    })
    return summary
  }

  let records: XmlRecord[]
  let array = true
  let keys: ReturnType<typeof recordKey>[]
  try {
    const doc = parseXml(input, { maxBytes: options.maxBytes })
    if (doc.recordName !== 'event' && doc.records.length > 0) {
      throw new HyperactiveXmlError('expected <event> or <events type="array">', 1, doc.rootName)
    }
    records = doc.records
    array = doc.array
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
    const places = await resolvePlaces(payload, req, keys, summary)
    const series = await resolveSeries(payload, req, keys, summary)
    // The planner's statistics follow the tables as they grow (the refreshStatistics option):
    // refreshed at 100 written events and each time that number doubles, a few ms each.
    let refreshAt = 100
    let existing = new Map<number, ExistingEvent>()
    for (const [i, record] of records.entries()) {
      // Events already here are read whole a chunk at a time, to compare them with the file.
      if (i % CHUNK === 0) {
        existing = await existingEvents(
          payload,
          req,
          keys.slice(i, i + CHUNK).map((k) => k.feedId),
        )
      }
      const key = keys[i] as (typeof keys)[number]
      current = key.feedId
      const before = existing.get(key.feedId)
      const original = before?.hyperactive?.original
      if (before && !original) {
        throw new HyperactiveXmlError(
          `feed id ${key.feedId} belongs to an event created in this CMS ("${before.title}"), not an imported one`,
        )
      }
      const edits = before ? cmsEdits(before) : new Map<string, string>()
      const prints = (before?.hyperactive?.fingerprints ?? {}) as Record<string, unknown>
      // Unchanged records are recognised before the (costly) mapping to rich text.
      if (
        before &&
        prints[MAPPING_KEY] === MAPPING_VERSION &&
        sameRecord(original, stripLines(record))
      ) {
        summary.unchanged++
        if (edits.size > 0)
          summary.conflicts.push({ id: key.feedId, fields: [...edits.keys()].sort() })
      } else {
        // Mapped one at a time, so a large file never holds all its rich text at once.
        const m = recordToEvent(record, options.timeZone, {
          place: key.place ? places.get(placeKey(key.place)) : null,
          series: key.seriesId !== null ? series.get(key.seriesId) : null,
        })
        const data: Record<string, unknown> = {
          ...m.data,
          organizations: m.collectiveId ? [organizations.get(m.collectiveId)] : [],
        }
        const newPrints = (m.data.hyperactive as { fingerprints: Record<string, unknown> })
          .fingerprints
        const conflicts = keepEdits(data, edits, newPrints)
        if (conflicts.length > 0) summary.conflicts.push({ id: key.feedId, fields: conflicts })
        // Trusted: the state in the file is kept; not yet checked: the content filters run.
        // Notices for moderators are collected into one digest email.
        Object.assign(req.context, {
          [MODERATION_TRUSTED]: true,
          [MODERATION_IMPORT]: !m.data.autoModerationChecked,
          [MODERATION_NOTE]: note,
          [MODERATION_DIGEST]: digest,
          [HYPERACTIVE_IMPORTING]: true,
        })
        const write = { collection: 'events', data, locale: 'en', req, depth: 0 } as const
        if (!before) {
          // `write` is built for both create and update; each wants its own argument type.
          await payload.create(write as never)
          summary.created++
        } else {
          await payload.update({ ...write, id: before.id } as never)
          summary.updated++
        }
        if (summary.created + summary.updated === refreshAt) {
          const ms = await refreshStatistics(payload, 'import', req)
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
    summary.importId = await recordImport(payload, req, summary, {
      input,
      single: !array,
      feedIds: keys.map((k) => k.feedId),
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    return fail(error, current)
  }
  // Many rows at once: the query planner's picture of the tables follows.
  await refreshStatistics(payload, 'import')
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

export { beginImportTransaction } from './transaction.js'
