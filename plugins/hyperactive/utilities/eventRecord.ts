import { createHash } from 'node:crypto'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { MODERATION_STATES } from '../../moderation/utilities/states.js'
import { formatDateTime, offsetOf, parseDateTime, zoneOffset } from './datetime.js'
import { htmlToLexical, sanitizeLegacyHtml } from './html.js'
import { HyperactiveXmlError, type XmlField, type XmlRecord } from './xmlTypes.js'

/** Hyperactive's states plus our queue: exactly the moderation plugin's. */
export const HYPERACTIVE_STATES: readonly string[] = MODERATION_STATES

/** The CMS side of one event, loosely typed: what the mapping reads and writes. */
export type EventLike = {
  feedId?: number | null
  title?: string | null
  summary?: unknown
  body?: unknown
  adminNote?: unknown
  startsAt?: string | null
  startsAt_tz?: string | null
  endsAt?: string | null
  endsAt_tz?: string | null
  publishedBy?: string | null
  contactEmail?: string | null
  contactPhone?: string | null
  stickAtTop?: boolean | null
  allowsComments?: boolean | null
  moderationStatus?: string | null
  autoModerationChecked?: boolean | null
  createdAt?: string
  updatedAt?: string
  place?: unknown
  hyperactive?: {
    collectiveId?: number | null
    userId?: number | null
    source?: string | null
    createdOn?: string | null
    updatedOn?: string | null
    original?: unknown
    fingerprints?: unknown
  } | null
}

const value = (
  name: string,
  type: string | undefined,
  text: string | null | undefined,
): XmlField =>
  text === null || text === undefined
    ? { name, ...(type ? { type } : {}), nil: true, text: '' }
    : { name, ...(type ? { type } : {}), nil: false, text }

const int = (n: number | null | undefined) => (typeof n === 'number' ? String(n) : null)
const bool = (b: boolean | null | undefined) => (typeof b === 'boolean' ? String(b) : null)
const html = (state: unknown) =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToHTML({ data: state as never, disableContainer: true })
    : null

/** The element a record has under `name`, without its line number. */
const find = (record: XmlRecord | undefined, name: string) => record?.find((f) => f.name === name)

/**
 * The Hyperactive record of a CMS event, every column Hyperactive had, from the CMS fields.
 * Datetimes use the imported offset when there is one, otherwise the event's time zone.
 */
export function eventToRecord(doc: EventLike, original?: XmlRecord): XmlRecord {
  const h = doc.hyperactive ?? {}
  const dateOffset = (name: string, instant: string, zone: string | null | undefined) => {
    const before = find(original, name)
    return before && !before.nil
      ? offsetOf(before.text)
      : zoneOffset(new Date(instant), zone || 'UTC')
  }
  const datetime = (name: string, instant: string | null | undefined, zone?: string | null) =>
    value(
      name,
      'datetime',
      instant ? formatDateTime(instant, dateOffset(name, instant, zone)) : null,
    )
  const placeName =
    doc.place && typeof doc.place === 'object' && 'name' in doc.place
      ? String((doc.place as { name: unknown }).name ?? '')
      : ''
  return [
    value('admin-note', undefined, html(doc.adminNote)),
    value('allows-comments', 'boolean', bool(doc.allowsComments)),
    value('auto-moderation-checked', 'boolean', bool(doc.autoModerationChecked)),
    value('body', undefined, html(doc.body)),
    value('collective-id', 'integer', int(h.collectiveId)),
    value('contact-email', undefined, doc.contactEmail ?? null),
    value('contact-phone', undefined, doc.contactPhone ?? null),
    value('content-id', 'integer', null),
    datetime('created-on', h.createdOn ?? doc.createdAt, doc.startsAt_tz),
    datetime('date', doc.startsAt, doc.startsAt_tz),
    datetime('end-date', doc.endsAt, doc.endsAt_tz ?? doc.startsAt_tz),
    value('event-group-id', 'integer', null),
    value('file', undefined, null),
    value('file-content-type', undefined, null),
    value('id', 'integer', int(doc.feedId)),
    value('media-size', 'integer', null),
    value('moderation-status', undefined, doc.moderationStatus ?? null),
    value('place', undefined, placeName),
    value('processing-status', 'integer', null),
    value('published-by', undefined, doc.publishedBy ?? null),
    value('source', undefined, h.source ?? null),
    value('stick-at-top', 'boolean', bool(doc.stickAtTop)),
    value('summary', undefined, html(doc.summary)),
    value('title', undefined, doc.title ?? null),
    datetime('updated-on', h.updatedOn ?? doc.updatedAt, doc.startsAt_tz),
    value('user-id', 'integer', int(h.userId)),
  ]
}

/** A short, stable digest of an element, to tell later whether the CMS value changed. */
export const fingerprint = (field: XmlField) =>
  createHash('sha1')
    .update(JSON.stringify([field.type ?? '', field.nil, field.text]))
    .digest('base64url')
    .slice(0, 16)

export const fingerprints = (record: XmlRecord) =>
  Object.fromEntries(record.map((field) => [field.name, fingerprint(field)]))

export const stripLines = (record: XmlRecord): XmlRecord =>
  record.map(({ line: _line, ...field }) => field)

const requiredText = (record: XmlRecord, name: string) => {
  const field = find(record, name)
  if (!field || field.nil || field.text.trim() === '') {
    throw new HyperactiveXmlError(`the event has no ${name}`, field?.line ?? record[0]?.line, name)
  }
  return field.text
}

/**
 * What the importer needs of a record before mapping it: its Hyperactive id (a positive
 * integer, required), its collective, its original elements and the line it starts on.
 */
export function recordKey(record: XmlRecord) {
  const feedId = Number(requiredText(record, 'id'))
  if (!Number.isSafeInteger(feedId) || feedId <= 0) {
    throw new HyperactiveXmlError('must be a positive integer', find(record, 'id')?.line, 'id')
  }
  const collective = find(record, 'collective-id')
  const collectiveId = collective && !collective.nil ? Number(collective.text) : null
  return { feedId, collectiveId, line: find(record, 'id')?.line }
}

export type MappedEvent = {
  feedId: number
  collectiveId: number | null
  /** Fields for Payload, without organizations (the importer resolves the collective). */
  data: EventLike & Record<string, unknown>
  original: XmlRecord
}

/**
 * A Hyperactive record as CMS event data: HTML becomes sanitized rich text, datetimes keep
 * their instant (the offset stays in the original), states map one to one. The original
 * elements are kept so an unedited event exports exactly as it came in.
 */
export function recordToEvent(record: XmlRecord, timeZone: string): MappedEvent {
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
  ;(data.hyperactive as Record<string, unknown>).original = original
  ;(data.hyperactive as Record<string, unknown>).fingerprints = fingerprints(
    eventToRecord(data, original),
  )
  return { feedId, collectiveId, data, original }
}

/**
 * The record to export: every element whose CMS value is what the import made of it comes out
 * exactly as it came in; edited ones are written from the CMS (and then `updated-on` moves).
 * Anonymous readers never get `admin-note`.
 */
export function exportRecord(doc: EventLike, { staff }: { staff: boolean }): XmlRecord {
  const original = Array.isArray(doc.hyperactive?.original)
    ? (doc.hyperactive.original as XmlRecord)
    : undefined
  const prints = (doc.hyperactive?.fingerprints ?? {}) as Record<string, string>
  // An imported event keeps the shape of its record: the columns it came with, no others.
  const generated = eventToRecord(doc, original).filter(
    (field) => !original || original.some((f) => f.name === field.name),
  )
  let edited = false
  const out = generated.map((field) => {
    const before = find(original, field.name)
    if (!before) return field
    if (prints[field.name] === fingerprint(field)) return before
    if (field.name !== 'updated-on') edited = true
    return field
  })
  // Columns we do not model stay as they were.
  for (const field of original ?? []) {
    if (!out.some((f) => f.name === field.name)) out.push(field)
  }
  const result = edited
    ? out.map((field) =>
        field.name === 'updated-on' && doc.updatedAt
          ? value(
              'updated-on',
              'datetime',
              formatDateTime(
                doc.updatedAt,
                offsetOf(find(original, 'updated-on')?.text ?? '+00:00'),
              ),
            )
          : field,
      )
    : out
  return staff ? result : result.filter((field) => field.name !== 'admin-note').map(publicField)
}

/**
 * An element as anonymous readers get it: text that carries markup (imported HTML, typed by
 * the public of the source) is reduced to the formatting the CMS renders, with no scripts,
 * handlers or `javascript:` links (character references are decoded on the way, so `&nbsp;`
 * comes out as the character); plain text stays byte for byte. Staff get the original.
 */
export function publicField(field: XmlField): XmlField {
  if (field.nil || field.type !== undefined || !field.text.includes('<')) return field
  return { ...field, text: sanitizeLegacyHtml(field.text) }
}
