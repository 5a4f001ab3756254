import type { Payload, PayloadRequest } from 'payload'

import type { EventLike } from '../utilities/eventRecord.js'
import type { XmlField } from '../utilities/xmlTypes.js'

/** What an event needs to be compared with a record and exported: every mapped field. */
// prettier-ignore
export const RECORD_FIELDS = {
  feedId: true, title: true, summary: true, body: true, adminNote: true, startsAt: true,
  startsAt_tz: true, endsAt: true, endsAt_tz: true, publishedBy: true, contactEmail: true,
  contactPhone: true, stickAtTop: true, allowsComments: true, moderationStatus: true,
  autoModerationChecked: true, createdAt: true, updatedAt: true, place: true, eventGroup: true,
  hyperactive: true,
} as const

/** The place's name and the series' source id, as `<place>` and `<event-group-id>` show them. */
export const RECORD_POPULATE = { places: { name: true }, 'event-groups': { hyperactiveId: true } }

export type ExistingEvent = EventLike & { id: string; feedId: number }

/** Same elements, whatever order the database gave the keys of each (jsonb reorders them). */
export const sameRecord = (a: unknown, b: unknown) => {
  const canonical = (record: unknown) =>
    JSON.stringify(
      Array.isArray(record)
        ? (record as XmlField[]).map((f) => [f.name, f.type ?? '', f.nil, f.text])
        : null,
    )
  return canonical(a) === canonical(b)
}

/** The events with these feed ids, whole (English, place and series populated), by feed id. */
export async function existingEvents(payload: Payload, req: PayloadRequest, feedIds: number[]) {
  const found = new Map<number, ExistingEvent>()
  if (feedIds.length === 0) return found
  const { docs } = await payload.find({
    collection: 'events',
    where: { feedId: { in: feedIds } },
    select: RECORD_FIELDS,
    populate: RECORD_POPULATE,
    depth: 1,
    locale: 'en',
    pagination: false,
    req,
  })
  for (const doc of docs as unknown as ExistingEvent[]) found.set(doc.feedId, doc)
  return found
}
