import { type EventLike, eventToRecord, fingerprint } from './eventRecord.js'
import type { XmlRecord } from './xmlTypes.js'

/**
 * The elements an organizer can change in the CMS, and the event fields each is written from.
 * The rest (ids, Hyperactive's own dates and users) only an import sets.
 */
export const EDITABLE_ELEMENTS: Record<string, string[]> = {
  'admin-note': ['adminNote'],
  'allows-comments': ['allowsComments'],
  'auto-moderation-checked': ['autoModerationChecked'],
  body: ['body'],
  'contact-email': ['contactEmail'],
  'contact-phone': ['contactPhone'],
  date: ['startsAt', 'startsAt_tz'],
  'end-date': ['endsAt', 'endsAt_tz'],
  'event-group-id': ['eventGroup'],
  'moderation-status': ['moderationStatus'],
  place: ['place'],
  'published-by': ['publishedBy'],
  'stick-at-top': ['stickAtTop'],
  summary: ['summary'],
  title: ['title'],
}

type Prints = Record<string, unknown>

/**
 * What an imported event shows now that differs from what its import made of the source:
 * element name → fingerprint of the CMS value. Empty for an event nobody has edited.
 */
export function cmsEdits(doc: EventLike): Map<string, string> {
  const edits = new Map<string, string>()
  const original = doc.hyperactive?.original
  if (!Array.isArray(original)) return edits
  const prints = (doc.hyperactive?.fingerprints ?? {}) as Prints
  for (const field of eventToRecord(doc, original as XmlRecord)) {
    if (!(field.name in EDITABLE_ELEMENTS) || typeof prints[field.name] !== 'string') continue
    const now = fingerprint(field)
    if (now !== prints[field.name]) edits.set(field.name, now)
  }
  return edits
}

/**
 * A changed source record over an edited event: fields the organizer changed are kept (taken
 * out of `data`, so the update leaves them), the rest follow the source. Returns the elements
 * where the kept CMS value and the new source disagree; where they now agree, nothing is kept.
 */
export function keepEdits(
  data: Record<string, unknown>,
  edits: Map<string, string>,
  sourcePrints: Prints,
): string[] {
  const conflicts: string[] = []
  for (const [element, print] of edits) {
    if (sourcePrints[element] === print) continue
    for (const key of EDITABLE_ELEMENTS[element] ?? []) delete data[key]
    conflicts.push(element)
  }
  return conflicts.sort()
}
