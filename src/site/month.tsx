import React from 'react'

import { shown } from './data.js'
import type { Locale, SiteMessages } from './messages.js'
import { dateFormat, dayKey, formatTime, zoneOrSite } from './when.js'

export type Month = {
  /** YYYY-MM */
  key: string
  year: number
  /** 1–12 */
  month: number
  /** Bounds for the query, a day wider than the month on each side (any time zone's day). */
  from: Date
  before: Date
  label: (locale: Locale) => string
}

const pad = (n: number) => String(n).padStart(2, '0')
const keyOf = (year: number, month: number) => `${year}-${pad(month)}`

/** The month `YYYY-MM` asks for (this month in `zone` when absent); null when it is not one. */
export function monthOf(value: string | string[] | undefined, zone: string): Month | null {
  const text = Array.isArray(value) ? value[0] : value
  const key = text ?? dayKey(new Date().toISOString(), zone).slice(0, 7)
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  if (year < 1970 || year > 2200) return null
  const day = 24 * 3600 * 1000
  return {
    key,
    year,
    month,
    from: new Date(Date.UTC(year, month - 1, 1) - day),
    before: new Date(Date.UTC(year, month, 1) + day),
    label: (locale) =>
      dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, 15)),
      ),
  }
}

const shift = (m: Month, by: number) => {
  const index = m.year * 12 + (m.month - 1) + by
  return keyOf(Math.floor(index / 12), (index % 12) + 1)
}

type GridEvent = {
  id: string
  title: string | null
  slug: string | null
  startsAt: string
  endsAt: string | null
  allDay: boolean | null
  startsAt_tz: string
}

/**
 * One month as a table of weeks (Sunday first in English, Monday in Spanish); each day lists
 * the events on it, multi-day events on each of their days. On a narrow screen the table
 * reads as a list of the days that have events (site.css).
 */
export function MonthGrid(props: {
  month: Month
  events: GridEvent[]
  locale: Locale
  zone: string
  t: SiteMessages
  eventHref: (slug: string) => string
  monthHref: (key: string) => string
  /** The events' titles without the English fallback (Spanish pages), to mark fallbacks. */
  own?: Map<string, { title: string | null }> | null
}) {
  const own = props.own ?? null
  const { month, locale, t } = props
  const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate()
  const byDay = new Map<string, GridEvent[]>()
  for (const event of props.events) {
    const zone = zoneOrSite(event.startsAt_tz)
    const first = dayKey(event.startsAt, zone)
    const last = event.endsAt ? dayKey(event.endsAt, zone) : first
    for (let d = 1; d <= days; d++) {
      const key = `${month.key}-${pad(d)}`
      if (key >= first && key <= last) byDay.set(key, [...(byDay.get(key) ?? []), event])
    }
  }
  const weekStart = locale === 'es' ? 1 : 0
  const firstWeekday = new Date(Date.UTC(month.year, month.month - 1, 1)).getUTCDay()
  const lead = (firstWeekday - weekStart + 7) % 7
  const cells: (number | null)[] = [...Array(lead).fill(null)]
  for (let d = 1; d <= days; d++) cells.push(d)
  while (cells.length % 7) cells.push(null)
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
  // 2023-01-01 was a Sunday: weekday names from a known week.
  const weekday = (i: number, style: 'long' | 'short') =>
    dateFormat(locale, { weekday: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, 0, 1 + ((i + weekStart) % 7))),
    )
  const dayLabel = (d: number) =>
    dateFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(Date.UTC(month.year, month.month - 1, d)),
    )
  return (
    <>
      <nav aria-label={month.label(locale)} className="pager">
        <a href={props.monthHref(shift(month, -1))} rel="prev">
          {t.previousMonth}
        </a>
        <a href={props.monthHref(shift(month, 1))} rel="next">
          {t.nextMonth}
        </a>
      </nav>
      <table className="month">
        <caption>{month.label(locale)}</caption>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => (
              <th abbr={weekday(i, 'long')} key={i} scope="col">
                {weekday(i, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((d, i) => {
                const events = d ? (byDay.get(`${month.key}-${pad(d)}`) ?? []) : []
                return (
                  <td className={events.length ? 'has-events' : undefined} key={i}>
                    {d && (
                      <>
                        <span className="day" title={dayLabel(d)}>
                          <span className="visually-hidden">{dayLabel(d)}</span>
                          <span aria-hidden="true">{d}</span>
                        </span>
                        {events.length > 0 && (
                          <ul>
                            {events.map((event) => (
                              <li key={event.id}>
                                {!event.allDay && (
                                  <time dateTime={event.startsAt}>
                                    {formatTime(
                                      event.startsAt,
                                      locale,
                                      zoneOrSite(event.startsAt_tz),
                                    )}{' '}
                                  </time>
                                )}
                                <a
                                  href={props.eventHref(event.slug ?? event.id)}
                                  lang={
                                    shown(event.title, own?.get(event.id)?.title, own !== null).lang
                                  }
                                >
                                  {event.title}
                                </a>
                              </li>
                            ))}
                          </ul>
                        )}
                      </>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
