import { notFound } from 'next/navigation'
import React from 'react'

import { COST_TYPES } from '../../collections/Events/options.js'
import { STEP_FREE_OPTIONS } from '../fields/accessibility.js'
import { EventDocument } from '../graphql/operations.js'
import { AccessDetails } from './components/Access.js'
import { RichText } from './components/RichText.js'
import { SiteShell } from './components/SiteShell.js'
import { localeVariables, optionLabel, shown, siteQuery, type Viewer } from './data.js'
import { type Locale, siteMessages, sitePath } from './messages.js'
import { formatWhen } from './when.js'

const NO_WORDS = { title: null, summary: null, body: null, cost: null, accessibility: null }

/**
 * `/events/:slug` and `/es/events/:slug`: one event with its time in its own zone, its place
 * and how to get in, accessibility and language access, its organizations, add-to-calendar,
 * and its programme when it has sessions.
 */
export async function EventPage({
  locale,
  slug,
  viewer,
}: {
  locale: Locale
  slug: string
  /** Set for a staff preview: the page shows what that staff member may read. */
  viewer?: Viewer
}) {
  const t = siteMessages(locale)
  const data = await siteQuery(EventDocument, { ...localeVariables(locale), slug }, viewer)
  const event = data.Events?.docs[0]
  if (!event) notFound()
  // Undefined on English pages (not asked); words the page's language lacks are null.
  const own = data.ownEvents === undefined ? null : (data.ownEvents?.docs[0] ?? NO_WORDS)
  const mark = <T,>(value: T, ownValue: T | null | undefined) =>
    shown(value, ownValue, own !== null).lang
  const place = event.place
  const address = place
    ? [place.name, place.address, place.city, place.region, place.country].filter(Boolean)
    : []
  const social = event.image?.sizes?.social?.url ? event.image.sizes.social : null
  const hasSessions = (event.sessions?.docs.length ?? 0) > 0
  // The event's own answer on step-free access wins over its place's general one.
  const eventSaysStepFree = Boolean(
    event.accessibility?.stepFree && event.accessibility.stepFree !== 'unknown',
  )
  return (
    <SiteShell
      frame={data}
      heading={<span lang={mark(event.title, own?.title)}>{event.title}</span>}
      locale={locale}
      meta={{
        noindex: Boolean(viewer),
        preview: Boolean(viewer),
        description: event.seo?.description,
        image: social,
        feeds: event.feedId
          ? [{ title: event.title ?? slug, href: `/events/${event.feedId}.ics` }]
          : [],
      }}
      path={`/events/${slug}`}
      title={event.seo?.title || event.title || slug}
    >
      <article>
        <dl className="details">
          <dt>{t.when}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatWhen(event, locale)}</time>
          </dd>
          {(address.length > 0 || event.room) && (
            <>
              <dt>{t.where}</dt>
              <dd>
                {address.join(', ')}
                {event.room && ` · ${t.room}: ${event.room}`}
                {place?.stepFree && !eventSaysStepFree && (
                  <>
                    <br />
                    {t.stepFree}: {optionLabel(STEP_FREE_OPTIONS, place.stepFree, locale)}
                  </>
                )}
                {place?.accessNotes && (
                  <>
                    <br />
                    {place.accessNotes}
                  </>
                )}
              </dd>
            </>
          )}
          {event.onlineUrl && (
            <>
              <dt>{t.online}</dt>
              <dd>
                <a href={event.onlineUrl}>{event.onlineUrl}</a>
              </dd>
            </>
          )}
          {(event.costType || event.cost) && (
            <>
              <dt>{t.cost}</dt>
              <dd>
                {event.costType && optionLabel(COST_TYPES, event.costType, locale)}
                {event.costType && event.cost && ' · '}
                {event.cost && <span lang={mark(event.cost, own?.cost)}>{event.cost}</span>}
              </dd>
            </>
          )}
          {(event.organizations ?? []).length > 0 && (
            <>
              <dt>{t.organizations}</dt>
              <dd>
                {event.organizations!.map((org, i) => (
                  <React.Fragment key={org.id}>
                    {i > 0 && ', '}
                    {org.website ? <a href={org.website}>{org.name}</a> : org.name}
                  </React.Fragment>
                ))}
              </dd>
            </>
          )}
          {(event.categories ?? []).length > 0 && (
            <>
              <dt>{t.categories}</dt>
              <dd>
                {event.categories!.map((c, i) => (
                  <React.Fragment key={c.id}>
                    {i > 0 && ', '}
                    <a href={sitePath(locale, `/calendar?category=${c.id}`)}>{c.name}</a>
                  </React.Fragment>
                ))}
              </dd>
            </>
          )}
        </dl>

        <section aria-labelledby="access">
          <h2 id="access">{t.access}</h2>
          <AccessDetails
            access={event.accessibility}
            notesLang={mark(event.accessibility?.notes, own?.accessibility?.notes)}
            languages={event.languages}
            locale={locale}
            t={t}
          />
        </section>

        <RichText
          className="intro"
          lang={mark(event.summary, own?.summary)}
          value={event.summary}
        />
        <RichText lang={mark(event.body, own?.body)} value={event.body} />

        <ul className="actions">
          {event.registrationUrl && (
            <li>
              <a href={event.registrationUrl}>{t.register}</a>
            </li>
          )}
          {event.feedId && (
            <li>
              <a
                download
                href={`/events/${event.feedId}.ics${locale === 'es' ? '?locale=es' : ''}`}
              >
                {t.addToCalendar}
              </a>
            </li>
          )}
          {hasSessions && (
            <li>
              <a href={sitePath(locale, `/events/${slug}/schedule`)}>{t.seeProgramme}</a>
            </li>
          )}
        </ul>
      </article>
      <p>
        <a href={sitePath(locale, '/calendar')}>{t.calendar}</a>
      </p>
    </SiteShell>
  )
}
