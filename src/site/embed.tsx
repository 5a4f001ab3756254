import React from 'react'

import { EmbedEventsDocument } from '../graphql/operations.js'
import { type CalendarParams, calendarFilters, eventsWhere, queryString } from './calendarQuery.js'
import {
  localeVariables,
  ownById,
  shown,
  siteOrigin,
  siteQuery,
  wholeNumber,
  placeLine,
} from './data.js'
import { type Locale, siteMessages, sitePath } from './messages.js'
import { formatWhen } from './when.js'

/**
 * `/embed/events` and `/es/embed/events`: upcoming events for partner sites to frame, with the
 * calendar's filters (`?category=`, `?place=`, `?organization=`) and `?limit=` (up to 50).
 * Nothing around the list; links open on this site in the whole window. The only framable
 * page (src/server.ts), and it sets no cookies.
 */
export async function EmbedEventsPage({
  locale,
  params,
}: {
  locale: Locale
  params: CalendarParams
}) {
  const t = siteMessages(locale)
  const filters = calendarFilters(params)
  const data = await siteQuery(EmbedEventsDocument, {
    ...localeVariables(locale),
    where: eventsWhere(filters, { from: new Date() }),
    limit: Math.min(wholeNumber(params.limit, 20), 50),
  })
  const origin = await siteOrigin()
  const name = data.Site?.name || t.siteName
  const events = data.Events?.docs ?? []
  const own = ownById(data.ownEvents)
  const calendar = origin + sitePath(locale, `/calendar${queryString({ ...filters })}`)
  return (
    <>
      <title>{`${t.upcoming} · ${name}`}</title>
      <meta content="noindex" name="robots" />
      <main className="embed">
        <h1>
          <a href={calendar} target="_top">
            {t.upcoming} · {name}
          </a>
        </h1>
        {events.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <ul className="events">
            {events.map((event) => (
              <li key={event.id}>
                <a
                  href={origin + sitePath(locale, `/events/${event.slug}`)}
                  lang={shown(event.title, own?.get(event.id)?.title, own !== null).lang}
                  target="_top"
                >
                  {event.title}
                </a>
                <p className="meta">
                  <time dateTime={event.startsAt}>{formatWhen(event, locale)}</time>
                  {event.place?.name && ` · ${placeLine(event.place)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
