import {
  type EventLike,
  eventToRecord,
  fingerprints,
  HYPERACTIVE_STATES,
  stripLines,
} from './eventRecord.js'
import { parseDateTime } from './datetime.js'
import { htmlToLexical } from './html.js'
import { isSourceId, LOCAL_IDS_ABOVE } from './localIds.js'
import { HyperactiveXmlError, type XmlRecord } from './xmlTypes.js'

/**
 * Which mapping made an event's fingerprints: an import made by an older mapping is mapped
 * again even when its record is unchanged (2: places and series are linked).
 */
export const MAPPING_VERSION = 2
export const MAPPING_KEY = '#mapping'

const find = (record: XmlRecord | undefined, name: string) => record?.find((f) => f.name === name)

const requiredText = (record: XmlRecord, name: string) => {
  const field = find(record, name)
  if (!field || field.nil || field.text.trim() === '') {
    throw new HyperactiveXmlError(`the event has no ${name}`, field?.line ?? record[0]?.line, name)
  }
  return field.text
}

/** An id element as a source id, or null when nil; anything else names the line. */
const sourceId = (record: XmlRecord, name: string, required: boolean): number | null => {
  const field = find(record, name)
  if (!required && (!field || field.nil || field.text.trim() === '')) return null
  const id = Number(required ? requiredText(record, name) : field?.text)
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new HyperactiveXmlError('must be a positive integer', field?.line, name)
  }
  if (!isSourceId(id)) {
    throw new HyperactiveXmlError(
      `${id} is above ${LOCAL_IDS_ABOVE}, the largest id Hyperactive gives; ids above it are ` +
        'those of events and series made in this CMS',
      field?.line,
      name,
    )
  }
  return id
}

/** Place text as a place's name: whitespace collapsed, at most the 200 characters names take. */
export const placeName = (text: string) =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 200).trimEnd()

/** How places are matched across imports: the name, case and spacing aside. */
export const placeKey = (text: string) => placeName(text).toLocaleLowerCase('en')

/**
 * What the importer needs of a record before mapping it: its Hyperactive id (a positive
 * integer, required), its collective, place text, series and the line it starts on.
 */
export function recordKey(record: XmlRecord) {
  const feedId = sourceId(record, 'id', true) as number
  const collective = find(record, 'collective-id')
  const collectiveId = collective && !collective.nil ? Number(collective.text) : null
  const place = find(record, 'place')
  const title = find(record, 'title')
  return {
    feedId,
    title: title && !title.nil ? title.text : '',
    collectiveId,
    seriesId: sourceId(record, 'event-group-id', false),
    place: place && !place.nil && placeName(place.text) !== '' ? placeName(place.text) : null,
    line: find(record, 'id')?.line,
  }
}

export type MappedEvent = {
  feedId: number
  collectiveId: number | null
  /** Fields for Payload, without organizations (the importer resolves the collective). */
  data: EventLike & Record<string, unknown>
  original: XmlRecord
}

/** The place and series an import found or made for a record (`null`: none). */
export type RecordLinks = {
  place?: { id: string; name: string } | null
  series?: { id: string; hyperactiveId: number } | null
}

/**
 * A Hyperactive record as CMS event data: HTML becomes sanitized rich text, datetimes keep
 * their instant (the offset stays in the original), states map one to one, the place and series
 * are the ones given. The original elements are kept so an unedited event exports exactly as
 * it came in.
 */
export function recordToEvent(
  record: XmlRecord,
  timeZone: string,
  links: RecordLinks = {},
): MappedEvent {
  const get = (name: string) => find(record, name)
  const text = (name: string) => {
    const field = get(name)
    return field && !field.nil ? field.text : null
  }
  const required = (name: string) => requiredText(record, name)
  const { feedId } = recordKey(record)
  const status = text('moderation-status') ?? 'pending'
  if (!HYPERACTIVE_STATES.includes(status)) {
    throw new HyperactiveXmlError(
      `"${status}" is not one of ${HYPERACTIVE_STATES.join(', ')}`,
      get('moderation-status')?.line,
      'moderation-status',
    )
  }
  const boolOf = (name: string) => {
    const t = text(name)
    return t === null ? null : t === 'true' || t === '1'
  }
  const intOf = (name: string) => (text(name) === null ? null : Number(text(name)))
  const dateOf = (name: string) =>
    text(name) === null ? null : parseDateTime(text(name) as string)
  const email = text('contact-email')
  const collectiveId = intOf('collective-id')
  const title = required('title')
  const startsAt = parseDateTime(required('date'))
  const data: MappedEvent['data'] = {
    feedId,
    title,
    summary: text('summary') ? htmlToLexical(text('summary') as string) : null,
    body: text('body') ? htmlToLexical(text('body') as string) : null,
    adminNote: text('admin-note') ? htmlToLexical(text('admin-note') as string) : null,
    startsAt,
    startsAt_tz: timeZone,
    endsAt: dateOf('end-date'),
    endsAt_tz: text('end-date') ? timeZone : null,
    place: links.place?.id ?? null,
    eventGroup: links.series?.id ?? null,
    publishedBy: text('published-by')?.slice(0, 200) ?? null,
    // A malformed address stays in the original only (the field validates addresses).
    contactEmail: email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null,
    contactPhone: text('contact-phone')?.slice(0, 60) ?? null,
    stickAtTop: boolOf('stick-at-top'),
    allowsComments: boolOf('allows-comments'),
    moderationStatus: status,
    autoModerationChecked: boolOf('auto-moderation-checked') ?? false,
    hyperactive: {
      collectiveId,
      userId: intOf('user-id'),
      source: text('source'),
      createdOn: dateOf('created-on'),
      updatedOn: dateOf('updated-on'),
    },
  }
  const original = stripLines(record)
  // Fingerprints are taken of what the CMS shows: the linked place's and series' own values.
  const shown = { ...data, place: links.place ?? null, eventGroup: links.series ?? null }
  Object.assign(data.hyperactive as object, {
    original,
    fingerprints: {
      ...fingerprints(eventToRecord(shown, original)),
      [MAPPING_KEY]: MAPPING_VERSION,
    },
  })
  return { feedId, collectiveId, data, original }
}
