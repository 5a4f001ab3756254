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
import { checkRecords, failureOf } from './checkRecords.js'
import { recordImport } from './importLog.js'
import { emptySummary, type ImportOptions, type ImportSummary } from './importTypes.js'
import { writeBatches } from './writeBatches.js'

export {
  emptySummary,
  type ImportConflict,
  type ImportFailure,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
} from './importTypes.js'

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
