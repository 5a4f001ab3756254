import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import {
  MODERATION_OPTIONS,
  type ModerationDigest,
  type SanitizedModerationOptions,
  sendModerationDigest,
} from '../../moderation/index.js'
import { recordKey } from '../utilities/recordToEvent.js'
import { parseXml } from '../utilities/parse.js'
import { HyperactiveXmlError, type XmlRecord } from '../utilities/xmlTypes.js'
import { HYPERACTIVE_OPTIONS, type SanitizedHyperactiveOptions } from '../defaults.js'
import { checkRecords, failureOf, type ImportFailure } from './checkRecords.js'
import { recordImport, type ImportConflict } from './importLog.js'
import { writeBatches } from './writeBatches.js'

export type { ImportFailure } from './checkRecords.js'

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
  /**
   * Why the import stopped. With `written` 0 nothing was written: a file with any bad record
   * is refused whole, every bad record listed.
   */
  failed: ImportFailure[]
  /**
   * Events written before a stop (an error while writing, or a cancel): they stay, and the
   * same file imported again finds them unchanged and writes the rest.
   */
  written: number
  /** Stopped by a cancel: what was written before it stays. */
  cancelled: boolean
  /** The import's record (`/events.xml?import=ID` gives the file back); none for a dry run. */
  importId?: string
}

export type { ImportConflict } from './importLog.js'

/** Where an import is: checking every record first, then writing them in batches. */
export type ImportProgress = {
  phase: 'checking' | 'writing'
  /** Records of the file done in this phase. */
  done: number
  total: number
  /** Events created or updated so far (committed, or rolled back batch by batch in a dry run). */
  written: number
  /** Records refused so far. */
  failed: number
}

export type ImportOptions = {
  file?: string
  dryRun?: boolean
  /** Zone given to imported events (the offset of each datetime is kept for export). */
  timeZone: string
  maxBytes?: number
  /** Called as the import goes (after each batch while writing) and at the end of each phase. */
  onProgress?: (progress: ImportProgress) => void
  /** Asked between batches; true stops the import there (a cancel). */
  shouldStop?: () => boolean | Promise<boolean>
  /** Who imports (the admin action): recorded as creator and in the moderation log. */
  user?: PayloadRequest['user']
  /**
   * A batch is committed once it has run this long, so another writer (on SQLite the database
   * has one) waits at most about this long for its turn. Default 400 ms.
   */
  batchMs?: number
  /**
   * Rest between batches. SQLite gives its lock to no one in particular: a writer waiting for
   * it sleeps up to 100 ms between tries, and would miss an import that takes the lock again at
   * once. Default 100 ms on SQLite, none elsewhere (rows are locked there, not the database).
   */
  pauseMs?: number
  /** And at the latest after this many events. Default 200. */
  batchMax?: number
}

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
  written: 0,
  cancelled: false,
})

/** The file read and its ids checked: records and their keys, or why the file is refused. */
function readFile(input: string | Buffer, maxBytes: number | undefined) {
  const doc = parseXml(input, { maxBytes })
  if (doc.recordName !== 'event' && doc.records.length > 0) {
    throw new HyperactiveXmlError('expected <event> or <events type="array">', 1, doc.rootName)
  }
  const keys = doc.records.map(recordKey)
  const seen = new Set<number>()
  for (const key of keys) {
    if (seen.has(key.feedId)) {
      throw new HyperactiveXmlError(`event ${key.feedId} appears twice in the file`, key.line, 'id')
    }
    seen.add(key.feedId)
  }
  return { records: doc.records as XmlRecord[], keys, array: doc.array }
}

/**
 * Imports a Hyperactive XML file (one event or a list) into `events`, upserting by Hyperactive
 * id. Every record is checked first (a file with any bad record changes nothing, and every bad
 * record is named); then the events are written in short batches, each one transaction, so the
 * site's other writes get their turn between them. Unknown collectives become pending
 * organizations for an organizer to name. The moderation plugin's rules apply: states map one
 * to one, and records not yet checked go through the content filters. A dry run writes each
 * batch and rolls it back, so it reports what every rule would do and leaves nothing.
 */
export async function importEvents(
  payload: Payload,
  input: string | Buffer,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary = emptySummary(options.file, Boolean(options.dryRun))
  let file: ReturnType<typeof readFile>
  try {
    file = readFile(input, options.maxBytes)
  } catch (error) {
    summary.failed.push(failureOf(error))
    return summary
  }
  summary.events = file.records.length
  const req: PayloadRequest = await createLocalReq(
    options.user ? { user: options.user } : {},
    payload,
  )
  const checked = await checkRecords(payload, req, file.records, file.keys, options)
  summary.cancelled = checked.cancelled
  if (checked.failures.length > 0 || checked.cancelled) {
    summary.failed = checked.failures
    return summary
  }
  const digest: ModerationDigest = []
  await writeBatches(payload, req, file.records, file.keys, summary, digest, options)
  summary.forModeration = digest.length
  if (options.dryRun) return summary
  const complete = summary.failed.length === 0 && !summary.cancelled
  if (complete) {
    summary.importId = await recordImport(payload, req, summary, {
      input,
      single: !file.array,
      feedIds: file.keys.map((k) => k.feedId),
    })
  }
  if (summary.written === 0 && !complete) return summary
  // Many rows at once: the query planner's picture of the tables follows.
  const plugin = payload.config.custom?.[HYPERACTIVE_OPTIONS] as
    SanitizedHyperactiveOptions | undefined
  await plugin?.refreshStatistics(payload, 'import')
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
    // The events are committed; a mail problem must not make the import look failed.
    payload.logger.error(
      `[hyperactive] imported, but could not queue the moderators' email: ${(error as Error).message}`,
    )
  }
  return summary
}

export { beginImportTransaction } from './transaction.js'
