import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

import { floating, icalLocal, type Occurrence, planSeries } from '../utilities/series.js'

type Doc = Record<string, unknown> & {
  id: string
  title: string
  createdAt: string
  updatedAt: string
}

const text = (state: unknown) =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToPlaintext({ data: state as SerializedEditorState })
    : ''

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export const dateIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))

/** UIDs end in a fixed name, never the host a request came to: they must not change. */
export const UID_DOMAIN = 'dualpower-cms'

/**
 * SEQUENCE as RFC 5545 wants it: grows whenever the event changes. Seconds from creation to the
 * last change grow with every save, with nothing to store.
 */
export const sequenceOf = (doc: { createdAt: string; updatedAt: string }) =>
  Math.max(0, Math.floor((Date.parse(doc.updatedAt) - Date.parse(doc.createdAt)) / 1000))

const placeText = (doc: Doc) => {
  const place = doc.place as { name?: string; address?: string; city?: string } | null
  return [doc.room as string, place?.name, place?.address, place?.city].filter(Boolean).join(', ')
}

type Series = { id: string; recurrence?: string | null; createdAt: string; updatedAt: string }

const seriesOf = (doc: Doc): Series | null => {
  const group = doc.eventGroup
  return group && typeof group === 'object' && typeof (group as Series).recurrence === 'string'
    ? (group as Series)
    : null
}

type EventOptions = { url: (doc: Doc) => string; timeZone: string }

/** The VEVENT of one event or session (with `extra` for a series' master or its occurrences). */
function addEvent(
  calendar: ICalCalendar,
  doc: Doc,
  options: EventOptions,
  extra: Record<string, unknown> = {},
) {
  const zone = (doc.startsAt_tz as string) || options.timeZone
  const allDay = doc.allDay === true
  const start = doc.startsAt as string
  const end = typeof doc.endsAt === 'string' ? doc.endsAt : null
  const description = [
    text(doc.summary) || (doc.abstract as string) || '',
    (doc.onlineUrl as string) || '',
  ]
    .filter(Boolean)
    .join('\n\n')
  const inSeries = 'recurrenceId' in extra || 'repeating' in extra
  calendar.createEvent({
    id: `${doc.id}@${UID_DOMAIN}`,
    sequence: sequenceOf(doc),
    stamp: new Date(doc.updatedAt),
    created: new Date(doc.createdAt),
    lastModified: new Date(doc.updatedAt),
    summary: doc.title,
    description: description || undefined,
    location: placeText(doc) || undefined,
    url: options.url(doc),
    status: ICalEventStatus.CONFIRMED,
    ...(allDay
      ? {
          allDay: true,
          start: dateIn(start, zone),
          // DTEND of an all-day event is the day after its last day.
          end: new Date(Date.parse(dateIn(end ?? start, zone)) + 86_400_000)
            .toISOString()
            .slice(0, 10),
        }
      : inSeries
        ? {
            // A series is written in its own zone (with a VTIMEZONE), so its rule keeps the
            // wall-clock time across daylight-saving changes; everything else in UTC.
            timezone: zone,
            start: DateTime.fromISO(start, { zone }),
            end: end ? DateTime.fromISO(end, { zone }) : undefined,
          }
        : { start: new Date(start), end: end ? new Date(end) : undefined }),
    categories: (Array.isArray(doc.categories) ? doc.categories : [])
      .filter((c): c is { name: string } => typeof c === 'object' && c !== null && 'name' in c)
      .map((c) => ({ name: c.name })),
    ...extra,
  })
}

/**
 * Events of a series (an event group with a recurrence rule) written as one recurring event:
 * a master VEVENT (the first occurrence, with RRULE ending at the last occurrence and EXDATE
 * for instances without a visible occurrence) and one VEVENT per further occurrence with its
 * RECURRENCE-ID, carrying its own details. Occurrences off the rule stay separate events.
 * Answers the docs still to be written one by one.
 */
function addSeries(
  calendar: ICalCalendar,
  series: Series,
  docs: Doc[],
  options: EventOptions,
  changedAt: Date | null,
): Doc[] {
  const occurrences: Occurrence[] = docs.map((doc) => ({
    id: doc.id,
    start: doc.startsAt as string,
    allDay: doc.allDay === true,
    zone: (doc.startsAt_tz as string) || options.timeZone,
  }))
  const plan = planSeries(series.recurrence ?? '', occurrences)
  if (!plan) return docs
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const { allDay, zone } = plan.matched[0]!
  // Anything in the feed changing may change the series (an occurrence hidden is an EXDATE).
  const latest = Math.max(Date.parse(series.updatedAt), changedAt?.getTime() ?? 0)
  const sequence = Math.max(0, Math.floor((latest - Date.parse(series.createdAt)) / 1000))
  const uid = `series-${series.id}@${UID_DOMAIN}`
  const exdate = plan.excluded.length
    ? `\nEXDATE;${allDay ? 'VALUE=DATE' : `TZID=${zone}`}:${plan.excluded.join(',')}`
    : ''
  plan.matched.forEach((occurrence, i) => {
    const doc = byId.get(occurrence.id)!
    const recurrenceId = floating(occurrence.start, zone, allDay)
    addEvent(calendar, doc, options, {
      id: uid,
      sequence,
      ...(i === 0
        ? { repeating: `RRULE:${plan.rule}${exdate}` }
        : {
            recurrenceId: allDay
              ? icalLocal(recurrenceId, true).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')
              : DateTime.fromISO(occurrence.start, { zone }),
          }),
    })
  })
  return plan.apart.map((o) => byId.get(o.id)!)
}

/**
 * An iCalendar (RFC 5545) file from events or sessions, written by ical-generator: times in UTC
 * (all-day events as dates in their own time zone; series in their own zone with VTIMEZONE),
 * UIDs from the document id (stable for ever), SEQUENCE growing with each change,
 * DTSTAMP/LAST-MODIFIED from the last change. With `series`, events of a series with a
 * recurrence rule are written as one recurring event (see `addSeries`).
 */
export function icsCalendar(options: {
  name: string
  docs: Doc[]
  url: (doc: Doc) => string
  timeZone: string
  series?: { changedAt: Date | null }
}) {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'dualpower-cms', product: 'feeds', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: getVtimezoneComponent },
  })
  const timed = options.docs.filter((doc) => typeof doc.startsAt === 'string')
  const single: Doc[] = []
  const groups = new Map<string, { series: Series; docs: Doc[] }>()
  for (const doc of timed) {
    const series = options.series ? seriesOf(doc) : null
    if (!series) {
      single.push(doc)
      continue
    }
    const entry = groups.get(series.id) ?? { series, docs: [] }
    entry.docs.push(doc)
    groups.set(series.id, entry)
  }
  for (const { series, docs } of groups.values()) {
    single.push(...addSeries(calendar, series, docs, options, options.series!.changedAt))
  }
  single.sort((a, b) => Date.parse(a.startsAt as string) - Date.parse(b.startsAt as string))
  for (const doc of single) addEvent(calendar, doc, options)
  return calendar.toString()
}
