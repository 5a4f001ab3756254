import type { CollectionBeforeChangeHook } from 'payload'

import { eventToRecord, fingerprint } from '../utilities/eventRecord.js'
import type { XmlRecord } from '../utilities/xmlTypes.js'

/** `req.context` key the importer sets while it writes events. */
export const HYPERACTIVE_IMPORTING = 'hyperactive:importing'

/**
 * Runs after the moderation plugin's hooks: an import that runs the content filters marks the
 * event checked (`auto-moderation-checked`), which is the import's own doing, not an edit made
 * here. Its fingerprint is taken of the value as saved, so a re-import does not report it and
 * the export still gives the file's value. A state a filter changed stays a difference.
 */
export const settleFingerprints: CollectionBeforeChangeHook = ({ data, req }) => {
  const h = data.hyperactive as { original?: unknown; fingerprints?: Record<string, unknown> }
  if (!req.context?.[HYPERACTIVE_IMPORTING] || !h?.fingerprints || !Array.isArray(h.original)) {
    return data
  }
  if (!('autoModerationChecked' in data)) return data
  const field = eventToRecord(data, h.original as XmlRecord).find(
    (f) => f.name === 'auto-moderation-checked',
  )
  if (field) h.fingerprints['auto-moderation-checked'] = fingerprint(field)
  return data
}
