import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { createHash } from 'node:crypto'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { MODERATION_STATES } from '../../moderation/index.js'
import { formatDateTime, offsetOf, zoneOffset } from './datetime.js'
import { sanitizeLegacyHtml } from './html.js'
import type { XmlField, XmlRecord } from './xmlTypes.js'

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
  eventGroup?: unknown
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
    ? convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true })
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
  const series = doc.eventGroup as { hyperactiveId?: number | null } | null | undefined
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
    value('event-group-id', 'integer', int(series?.hyperactiveId)),
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
