import type { Payload, PayloadRequest } from 'payload'

import { type recordKey, recordToEvent } from '../utilities/recordToEvent.js'
import { HyperactiveXmlError, type XmlRecord } from '../utilities/xmlTypes.js'
import { existingEvents } from './existing.js'
import type { ImportFailure, ImportOptions } from './importTypes.js'

/** A file with more bad records than this lists the first ones and says how many more. */
export const MAX_LISTED_FAILURES = 100

/** Existing events are read this many at a time. */
const CHUNK = 500

/** An error as the summary lists it: the record's id and line, the validation details. */
export function failureOf(error: unknown, id?: number): ImportFailure {
  const e = error as HyperactiveXmlError & {
    data?: { errors?: { message: string; path?: string }[] }
  }
  const details = e.data?.errors?.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
  return {
    id,
    line: e.line,
    message: details?.length ? `${e.message} (${details.join('; ')})` : e.message,
  }
}

/**
 * Every record mapped as the import will map it, and its id checked against the events here,
 * before anything is written. Reads only. Returns every failure (the first
 * MAX_LISTED_FAILURES, then a count of the rest), so one attempt shows all there is to fix.
 * Asks `shouldStop` before each chunk.
 */
export async function checkRecords(
  payload: Payload,
  req: PayloadRequest,
  records: XmlRecord[],
  keys: ReturnType<typeof recordKey>[],
  options: ImportOptions,
): Promise<{ failures: ImportFailure[]; cancelled: boolean }> {
  const failures: ImportFailure[] = []
  let refused = 0
  const progress = (done: number) =>
    options.onProgress?.({
      phase: 'checking',
      done,
      total: records.length,
      written: 0,
      failed: refused,
    })
  for (let start = 0; start < records.length; start += CHUNK) {
    if (await options.shouldStop?.()) return { failures, cancelled: true }
    const chunk = keys.slice(start, start + CHUNK)
    const existing = await existingEvents(
      payload,
      req,
      chunk.map((k) => k.feedId),
    )
    for (const [offset, key] of chunk.entries()) {
      try {
        const before = existing.get(key.feedId)
        if (before && !before.hyperactive?.original) {
          throw new HyperactiveXmlError(
            `feed id ${key.feedId} belongs to an event created in this CMS ("${before.title}"), not an imported one`,
            key.line,
          )
        }
        recordToEvent(records[start + offset] as XmlRecord, options.timeZone)
      } catch (error) {
        refused++
        if (failures.length < MAX_LISTED_FAILURES) failures.push(failureOf(error, key.feedId))
      }
    }
    progress(Math.min(start + CHUNK, records.length))
    // The mapping is all computation: let the process's other work (a cancel, logs) through.
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (refused > failures.length) {
    failures.push({
      message: `${refused - failures.length} more records were refused; the first ${failures.length} are listed`,
    })
  }
  return { failures, cancelled: false }
}
