import { notFound } from 'next/navigation'
import React from 'react'

import { SESSION_FORMATS } from '../../collections/Sessions/formats.js'
import { ScheduleDocument, type ScheduleQuery } from '../graphql/operations.js'
import { languageNames } from './components/Access.js'
import { SiteShell } from './components/SiteShell.js'
import { Pager } from './components/Pager.js'
import {
  localeVariables,
  ownById,
  optionLabel,
  shown,
  siteQuery,
  type Viewer,
  wholeNumber,
  placeLine,
} from './data.js'
import { type Locale, type SiteMessages, siteMessages, sitePath } from './messages.js'
import { dayKey, formatDay, formatTime, formatWhen, zoneOrSite } from './when.js'

type Session = NonNullable<
  NonNullable<ScheduleQuery['Events']>['docs'][number]['sessions']
>['docs'][number]

/** What a participant decides by: format, track, facilitators, languages, access. */
function SessionCell({
  session,
  own,
  locale,
  t,
}: {
  session: Session
  /** The session's words without the English fallback; null on English pages. */
  own: { title: string | null; abstract: string | null } | null
  locale: Locale
  t: SiteMessages
}) {
  const asked = own !== null
  const access = session.accessibility
  const offered = [
    access?.captions && t.captions,
    access?.childWatch && t.childWatch,
    access?.quietRoom && t.quietRoom,
  ].filter(Boolean)
  const facilitators = (session.facilitators ?? [])
    .map((p) => (p.pronouns ? `${p.name} (${p.pronouns})` : p.name))
    .join(', ')
  return (
    <>
      <h3 className="session-title" lang={shown(session.title, own?.title, asked).lang}>
        {session.title}
      </h3>
      <p className="meta">
        {[
          session.format && optionLabel(SESSION_FORMATS, session.format, locale),
          session.track && `${t.track}: ${session.track}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {session.abstract && (
        <p lang={shown(session.abstract, own?.abstract, asked).lang}>{session.abstract}</p>
      )}
      <ul className="session-facts">
        {facilitators && (
          <li>
            {t.facilitators}: {facilitators}
          </li>
        )}
        {(session.languages ?? []).length > 0 && (
          <li>
            {t.languages}: {languageNames(session.languages, locale)}
          </li>
        )}
        {(session.interpretation ?? []).length > 0 && (
          <li>
            {t.interpretation}: {languageNames(session.interpretation, locale)}
          </li>
        )}
        {offered.length > 0 && (
          <li>
            {t.access}: {offered.join(', ')}
          </li>
        )}
        {access?.notes && <li>{access.notes}</li>}
      </ul>
    </>
  )
}

/**
 * `/events/:slug/schedule` and `/es/…`: a gathering's programme by day, each session with its
 * time and room (and track), facilitators, languages, format and accessibility. Printed, it is
 * the paper programme (site.css `@media print`).
 */
export async function SchedulePage({
  locale,
  slug,
  viewer,
  page,
}: {
  locale: Locale
  slug: string
  /** Set for a staff preview: the page shows what that staff member may read. */
  viewer?: Viewer
  /** `?page=`: sixty sessions to a page. */
  page?: string
}) {
  const t = siteMessages(locale)
  const pageNumber = wholeNumber(page, 1)
  const data = await siteQuery(
    ScheduleDocument,
    { ...localeVariables(locale), slug, page: pageNumber },
    viewer,
  )
  const event = data.Events?.docs[0]
  if (!event) notFound()
  const zone = zoneOrSite(event.startsAt_tz)
  const sessions = event.sessions?.docs ?? []
  // Undefined on English pages (not asked): then nothing is marked.
  const ownEvent = data.ownEvents === undefined ? null : (data.ownEvents?.docs[0] ?? null)
  const ownSessions = data.ownEvents === undefined ? null : ownById(ownEvent?.sessions)
  if (pageNumber > 1 && sessions.length === 0) notFound()
  const pages = Math.max(1, Math.ceil((event.sessions?.totalDocs ?? 0) / 60))
  const days = new Map<string, Session[]>()
  for (const session of sessions) {
    const key = session.startsAt ? dayKey(session.startsAt, zone) : ''
    days.set(key, [...(days.get(key) ?? []), session])
  }
  const title = `${t.programme}: ${event.title ?? slug}`
  return (
    <SiteShell
      frame={data}
      locale={locale}
      meta={{
        noindex: Boolean(viewer),
        preview: Boolean(viewer),
        feeds: event.feedId ? [{ title, href: `/events/${event.feedId}/schedule.ics` }] : [],
      }}
      path={`/events/${slug}/schedule${pageNumber > 1 ? `?page=${pageNumber}` : ''}`}
      title={title}
    >
      <p className="meta">
        <a
          href={sitePath(locale, `/events/${slug}`)}
          lang={shown(event.title, ownEvent?.title, data.ownEvents !== undefined).lang}
        >
          {event.title}
        </a>{' '}
        · <time dateTime={event.startsAt}>{formatWhen({ ...event, allDay: true }, locale)}</time>
        {event.place?.name && ` · ${placeLine(event.place)}`}
      </p>
      {sessions.length === 0 ? (
        <p>{t.noSessions}</p>
      ) : (
        <>
          <p className="no-print">{t.print}</p>
          {[...days].map(([key, list]) => (
            <section aria-labelledby={`day-${key || 'unscheduled'}`} className="day" key={key}>
              <h2 id={`day-${key || 'unscheduled'}`}>
                {list[0]?.startsAt ? formatDay(list[0].startsAt, locale, zone) : t.programme}
              </h2>
              <table className="schedule">
                <thead>
                  <tr>
                    <th scope="col">{t.when}</th>
                    <th scope="col">{t.room}</th>
                    <th scope="col">{t.programme}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((session) => (
                    <tr key={session.id}>
                      <th scope="row">
                        {session.startsAt && (
                          <time dateTime={session.startsAt}>
                            {formatTime(session.startsAt, locale, zone)}
                            {session.endsAt && `–${formatTime(session.endsAt, locale, zone)}`}
                          </time>
                        )}
                      </th>
                      <td>{session.room}</td>
                      <td>
                        <SessionCell
                          locale={locale}
                          own={
                            ownSessions === null
                              ? null
                              : (ownSessions.get(session.id) ?? { title: null, abstract: null })
                          }
                          session={session}
                          t={t}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
      <Pager
        href={(n) => sitePath(locale, `/events/${slug}/schedule${n > 1 ? `?page=${n}` : ''}`)}
        labels={{ previous: t.earlier, next: t.later, pageOf: t.pageOf }}
        page={pageNumber}
        pages={pages}
      />
    </SiteShell>
  )
}
