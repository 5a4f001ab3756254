import { notFound } from 'next/navigation'
import React from 'react'

import { defaultTimeZone } from '../fields/timeRange.js'
import {
  CalendarDocument,
  CalendarMonthDocument,
  type CalendarQuery,
} from '../graphql/operations.js'
import { Pager } from './components/Pager.js'
import { RichText } from './components/RichText.js'
import { SiteShell } from './components/SiteShell.js'
import { localeVariables, ownById, shown, siteQuery, wholeNumber, placeLine } from './data.js'
import { type Locale, type SiteMessages, siteMessages, sitePath } from './messages.js'
import { MonthGrid, monthOf, type Month } from './month.js'
import { formatWhen } from './when.js'
import {
  type CalendarParams,
  calendarFilters,
  eventsWhere,
  type Filters,
  FILTERS,
  queryString,
} from './calendarQuery.js'

function FilterForm(props: {
  locale: Locale
  t: SiteMessages
  data: Pick<CalendarQuery, 'Categories' | 'Places' | 'Organizations'>
  filters: Filters
  view: 'list' | 'month'
  month?: string
}) {
  const { t, data, filters } = props
  const choices = {
    category: (data.Categories?.docs ?? []).map((c) => ({ id: c.id, name: c.name ?? c.id })),
    place: (data.Places?.docs ?? []).map((p) => ({
      id: p.id,
      name: placeLine(p) || p.id,
    })),
    organization: (data.Organizations?.docs ?? []).map((o) => ({ id: o.id, name: o.name })),
  }
  return (
    <form action={sitePath(props.locale, '/calendar')} className="filters" method="get">
      <fieldset>
        <legend>{t.filters}</legend>
        {props.view === 'month' && (
          <>
            <input name="view" type="hidden" value="month" />
            {props.month && <input name="month" type="hidden" value={props.month} />}
          </>
        )}
        {FILTERS.map((name) => (
          <p className="field" key={name}>
            <label htmlFor={`filter-${name}`}>{t[name]}</label>
            <select defaultValue={filters[name] ?? ''} id={`filter-${name}`} name={name}>
              <option value="">{t.any}</option>
              {choices[name].map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </p>
        ))}
        <button type="submit">{t.apply}</button>{' '}
        {Object.keys(filters).length > 0 && (
          <a
            href={sitePath(
              props.locale,
              `/calendar${queryString({ view: props.view === 'month' ? 'month' : undefined, month: props.month })}`,
            )}
          >
            {t.clearFilters}
          </a>
        )}
      </fieldset>
    </form>
  )
}

/**
 * `/calendar` and `/es/calendar`: upcoming events as a list (`?page=`), or one month
 * (`?view=month&month=YYYY-MM`), filtered by `?category=`, `?place=` and `?organization=`
 * (ids), each filtered view with its own RSS and iCalendar subscriptions.
 */
export async function CalendarPage({ locale, params }: { locale: Locale; params: CalendarParams }) {
  const t = siteMessages(locale)
  const filters = calendarFilters(params)
  const view = params.view === 'month' ? 'month' : 'list'
  const zone = defaultTimeZone()
  const month: Month | null = view === 'month' ? monthOf(params.month, zone) : null
  if (view === 'month' && !month) notFound()
  const page = wholeNumber(params.page, 1)
  const where = month
    ? eventsWhere(filters, { from: month.from, before: month.before })
    : eventsWhere(filters, { from: new Date() })
  // A month asks for less of each event than the list: what a day's cell shows.
  const list = month
    ? null
    : await siteQuery(CalendarDocument, { ...localeVariables(locale), where, page })
  const inMonth = month
    ? await siteQuery(CalendarMonthDocument, { ...localeVariables(locale), where })
    : null
  const data = (list ?? inMonth)!
  const events = data.Events
  const own = ownById(list?.ownEvents)
  if (!events || (list && page > 1 && events.docs.length === 0)) notFound()
  const feedQuery = queryString({ locale, ...filters })
  const name = data.Site?.name || t.siteName
  const feeds = [
    { title: `${name}: ${t.upcoming}`, href: `/feeds/events.rss${feedQuery}` },
    { title: `${name}: ${t.calendar}`, href: `/feeds/events.ics${feedQuery}` },
  ]
  const self = (extra: Record<string, string | number | undefined>) =>
    sitePath(locale, `/calendar${queryString({ ...extra, ...filters })}`)
  return (
    <SiteShell
      frame={data}
      locale={locale}
      meta={{ feeds }}
      path={`/calendar${queryString({ view: month ? 'month' : undefined, month: month?.key, ...filters, page: page > 1 ? page : undefined })}`}
      title={month ? `${t.calendar}: ${month.label(locale)}` : t.calendar}
    >
      <nav aria-label={t.calendar} className="views">
        <a aria-current={month ? undefined : 'page'} href={self({})}>
          {t.listView}
        </a>{' '}
        <a
          aria-current={month ? 'page' : undefined}
          href={self({ view: 'month', month: month?.key })}
        >
          {t.monthView}
        </a>
      </nav>
      <FilterForm
        data={data}
        filters={filters}
        locale={locale}
        month={month?.key}
        t={t}
        view={view}
      />
      <p className="subscribe">
        {t.subscribe}: <a href={feeds[0]!.href}>{t.rss}</a> · <a href={feeds[1]!.href}>{t.ical}</a>
      </p>
      <p aria-live="polite" className="meta">
        {events.docs.length === 0 ? t.noEvents : t.eventsFound(events.totalDocs)}
      </p>
      {month ? (
        <MonthGrid
          events={inMonth?.Events?.docs ?? []}
          own={ownById(inMonth?.ownEvents)}
          eventHref={(slug) => sitePath(locale, `/events/${slug}`)}
          locale={locale}
          month={month}
          monthHref={(key) => self({ view: 'month', month: key })}
          t={t}
          zone={zone}
        />
      ) : (
        <>
          <ul className="events">
            {(list?.Events?.docs ?? []).map((event) => (
              <li key={event.id}>
                <article aria-labelledby={`event-${event.id}`}>
                  <h2 id={`event-${event.id}`}>
                    <a
                      href={sitePath(locale, `/events/${event.slug}`)}
                      lang={shown(event.title, own?.get(event.id)?.title, own !== null).lang}
                    >
                      {event.title}
                    </a>
                  </h2>
                  <p className="meta">
                    <time dateTime={event.startsAt}>{formatWhen(event, locale)}</time>
                    {event.place?.name && ` · ${placeLine(event.place)}`}
                  </p>
                  <RichText
                    lang={shown(event.summary, own?.get(event.id)?.summary, own !== null).lang}
                    value={event.summary}
                  />
                </article>
              </li>
            ))}
          </ul>
          <Pager
            href={(n) => self({ page: n > 1 ? n : undefined })}
            labels={{ previous: t.earlier, next: t.later, pageOf: t.pageOf }}
            page={list?.Events?.page ?? 1}
            pages={list?.Events?.totalPages ?? 1}
          />
        </>
      )}
    </SiteShell>
  )
}
