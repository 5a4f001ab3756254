import { commitTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import {
  MODERATION_DIGEST,
  MODERATION_IMPORT,
  MODERATION_NOTE,
  MODERATION_TRUSTED,
  type ModerationDigest,
} from '../../moderation/index.js'
import { HYPERACTIVE_OPTIONS, type SanitizedHyperactiveOptions } from '../defaults.js'
import { HYPERACTIVE_IMPORTING } from '../hooks/settleFingerprints.js'
import { stripLines } from '../utilities/eventRecord.js'
import { cmsEdits, keepEdits } from '../utilities/merge.js'
import {
  MAPPING_KEY,
  MAPPING_VERSION,
  placeKey,
  type recordKey,
  recordToEvent,
} from '../utilities/recordToEvent.js'
import type { XmlRecord } from '../utilities/xmlTypes.js'
import { failureOf } from './checkRecords.js'
import { existingEvents, sameRecord } from './existing.js'
import type { ImportOptions, ImportSummary } from './importTypes.js'
import { type LinkTally, resolveCollectives, resolvePlaces, resolveSeries } from './links.js'
import { beginImportTransaction } from './transaction.js'

type Key = ReturnType<typeof recordKey>

/** Moderation notices of a rolled-back dry-run batch, without the links a batch makes again. */
function keepNotices(digest: ModerationDigest, batch: ModerationDigest, dryRun: boolean) {
  const seen = new Set(digest.map((n) => `${n.collection} ${n.title}`))
  for (const notice of batch) {
    if (
      dryRun &&
      notice.collection !== 'events' &&
      seen.has(`${notice.collection} ${notice.title}`)
    )
      continue
    digest.push(notice)
  }
}

/**
 * Writes checked records in batches, each one transaction: the links its events need (pending
 * organizations, places, series), then each event created or updated by its feed id, through
 * Payload with every hook. A batch ends after `batchMs` or `batchMax` events; a dry run rolls
 * each back. An error rolls its batch back and stops, as does a cancel between batches; the
 * summary counts what was committed.
 */
export async function writeBatches(
  payload: Payload,
  req: PayloadRequest,
  records: XmlRecord[],
  keys: Key[],
  summary: ImportSummary,
  digest: ModerationDigest,
  options: ImportOptions,
) {
  const plugin = payload.config.custom?.[HYPERACTIVE_OPTIONS] as
    SanitizedHyperactiveOptions | undefined
  const refreshStatistics = plugin?.refreshStatistics ?? (async () => null)
  const batchMs = options.batchMs ?? 400
  const pauseMs = options.pauseMs ?? (payload.db.name === 'sqlite' ? 100 : 0)
  const batchMax = options.batchMax ?? 200
  const note = `imported from Hyperactive${options.file ? ` (${options.file})` : ''}`
  const tally: LinkTally = { counts: summary, made: new Set() }
  // The planner's statistics follow the tables as they grow (the refreshStatistics option):
  // refreshed once 100 events are written and each time that number doubles, a few ms each.
  let refreshAt = 100
  let next = 0
  let written = 0
  // Records looked at per batch: about what the last batch managed in its time, so a batch
  // reads ahead only what it will write.
  let window = 20
  while (next < records.length) {
    if (await options.shouldStop?.()) {
      summary.cancelled = true
      break
    }
    const started = Date.now()
    const ahead = keys.slice(next, next + window)
    const batch = { ...emptyCounts(), conflicts: [] as ImportSummary['conflicts'] }
    const notices: ModerationDigest = []
    let current: number | undefined
    let i = next
    await beginImportTransaction(payload, req)
    try {
      const organizations = await resolveCollectives(payload, req, ahead, tally, notices)
      const places = await resolvePlaces(payload, req, ahead, tally)
      const series = await resolveSeries(payload, req, ahead, tally)
      const existing = await existingEvents(
        payload,
        req,
        ahead.map((k) => k.feedId),
      )
      for (const key of ahead) {
        current = key.feedId
        const record = records[i] as XmlRecord
        const before = existing.get(key.feedId)
        const original = before?.hyperactive?.original
        const edits = before ? cmsEdits(before) : new Map<string, string>()
        const prints = (before?.hyperactive?.fingerprints ?? {}) as Record<string, unknown>
        // Unchanged records are recognised before the (costly) mapping to rich text.
        if (
          before &&
          original &&
          prints[MAPPING_KEY] === MAPPING_VERSION &&
          sameRecord(original, stripLines(record))
        ) {
          batch.unchanged++
          if (edits.size > 0)
            batch.conflicts.push({ id: key.feedId, fields: [...edits.keys()].sort() })
        } else {
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
          if (conflicts.length > 0) batch.conflicts.push({ id: key.feedId, fields: conflicts })
          // Trusted: the state in the file is kept; not yet checked: the content filters run.
          // Notices for moderators are collected into one digest email.
          Object.assign(req.context, {
            [MODERATION_TRUSTED]: true,
            [MODERATION_IMPORT]: !m.data.autoModerationChecked,
            [MODERATION_NOTE]: note,
            [MODERATION_DIGEST]: notices,
            [HYPERACTIVE_IMPORTING]: true,
          })
          const write = { collection: 'events', data, locale: 'en', req, depth: 0 } as const
          if (!before) {
            // `write` is built for both create and update; each wants its own argument type.
            await payload.create(write as never)
            batch.created++
          } else {
            await payload.update({ ...write, id: before.id } as never)
            batch.updated++
          }
        }
        i++
        if (Date.now() - started >= batchMs) break
      }
      if (options.dryRun) await killTransaction(req)
      else await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      summary.failed.push(failureOf(error, current))
      break
    }
    summary.created += batch.created
    summary.updated += batch.updated
    summary.unchanged += batch.unchanged
    summary.conflicts.push(...batch.conflicts)
    written += batch.created + batch.updated
    if (!options.dryRun) summary.written = written
    keepNotices(digest, notices, Boolean(options.dryRun))
    window = Math.min(batchMax, Math.max(10, Math.ceil((i - next) * 1.5)))
    next = i
    options.onProgress?.({
      phase: 'writing',
      done: next,
      total: records.length,
      written,
      failed: 0,
    })
    if (!options.dryRun && summary.written >= refreshAt) {
      const ms = await refreshStatistics(payload, 'import')
      payload.logger.debug(
        `[hyperactive] planner statistics refreshed after ${summary.written} events written` +
          (ms === null ? '' : ` (${ms.toFixed(0)} ms)`),
      )
      while (refreshAt <= summary.written) refreshAt *= 2
    }
    // Between batches the loop turns (SQLite's freed statements are finalized then) and the
    // database's other writers get their turn.
    await new Promise((resolve) =>
      pauseMs > 0 ? setTimeout(resolve, pauseMs) : setImmediate(resolve),
    )
  }
}

const emptyCounts = () => ({ created: 0, updated: 0, unchanged: 0 })
