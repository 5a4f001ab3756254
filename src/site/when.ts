import { defaultTimeZone, SUPPORTED_TIME_ZONES } from '../fields/timeRange.js'
import type { Locale } from './messages.js'

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * A date format, made once per locale and options: making one costs far more than using it, and
 * a month page or a programme formats hundreds of dates. Options are written as literals, so
 * their JSON names them.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    // Zones and locales are few; the bound only keeps a stray caller from growing it forever.
    if (formats.size >= 500) formats.clear()
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  }
  return format
}

/** An item's zone as the API gives it (`America/Chicago`), or the site's when it has none. */
export const zoneOrSite = (name: string | null | undefined) =>
  name && SUPPORTED_TIME_ZONES.includes(name) ? name : defaultTimeZone()

/** A day as people in `locale` write it, in the event's or the site's time zone. */
export const formatDay = (iso: string, locale: Locale, timeZone: string) =>
  dateFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso))

/** The zone's name as people read it ("Central Daylight Time"), for the moment given. */
const zoneName = (date: Date, locale: Locale, timeZone: string) =>
  dateFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value ?? timeZone

type Timed = {
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  startsAt_tz?: string | null
}

/**
 * When something happens, in its own time zone and named so: "Friday, July 29, 2022, 9:00 AM –
 * 5:00 PM Central Daylight Time"; days only for all-day events.
 */
export function formatWhen(item: Timed, locale: Locale): string {
  const timeZone = zoneOrSite(item.startsAt_tz)
  const start = new Date(item.startsAt)
  const end = item.endsAt ? new Date(item.endsAt) : null
  const format = dateFormat(
    locale,
    item.allDay
      ? { dateStyle: 'full', timeZone }
      : { dateStyle: 'full', timeStyle: 'short', timeZone },
  )
  const text = end && end > start ? format.formatRange(start, end) : format.format(start)
  return item.allDay ? text : `${text} ${zoneName(start, locale, timeZone)}`
}

/** The time of day alone ("9:00 AM"), for a schedule grouped by day. */
export const formatTime = (iso: string, locale: Locale, timeZone: string) =>
  dateFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso))

/** The calendar day (YYYY-MM-DD) of a moment in a time zone. */
export const dayKey = (iso: string, timeZone: string) =>
  dateFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(iso))
