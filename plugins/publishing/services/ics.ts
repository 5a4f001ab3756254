import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

type Doc = Record<string, unknown> & {
  id: string
  title: string
  createdAt: string
  updatedAt: string
}

const text = (state: unknown) =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToPlaintext({ data: state as never })
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

/**
 * An iCalendar (RFC 5545) file from events or sessions, written by ical-generator: times in UTC
 * (all-day events as dates in their own time zone), UIDs from the document id (stable for
 * ever), SEQUENCE growing with each change, DTSTAMP/LAST-MODIFIED from the last change.
 */
export function icsCalendar(options: {
  name: string
  docs: Doc[]
  url: (doc: Doc) => string
  timeZone: string
}) {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'dualpower-cms', product: 'feeds', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const doc of options.docs) {
    if (typeof doc.startsAt !== 'string') continue
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
        : { start: new Date(start), end: end ? new Date(end) : undefined }),
      categories: (Array.isArray(doc.categories) ? doc.categories : [])
        .filter((c): c is { name: string } => typeof c === 'object' && c !== null && 'name' in c)
        .map((c) => ({ name: c.name })),
    })
  }
  return calendar.toString()
}
