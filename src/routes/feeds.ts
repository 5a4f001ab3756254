import type { Express, NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { defaultTimeZone } from '../fields/timeRange.js'
import {
  type FeedCollection,
  FeedQueryError,
  feedChangedAt,
  feedItems,
  frabSchedule,
  icsCalendar,
  parseFeedQuery,
  PUBLISHING_OPTIONS,
  rssFeed,
  sendWithValidators,
} from '../../plugins/publishing/exports/feeds.js'

type Doc = Record<string, unknown> & {
  id: string
  title: string
  createdAt: string
  updatedAt: string
}

const siteName = () => process.env.SITE_NAME || 'Dual Power'
const timeZone = () => defaultTimeZone()

/** Where links in feeds point: SERVER_URL when set, otherwise the host the request came to. */
const originOf = (payload: Payload, req: Request) =>
  (
    payload.config.serverURL ||
    process.env.SERVER_URL ||
    `${req.protocol}://${req.get('host')}`
  ).replace(/\/$/, '')

/**
 * Where readers see a post or an event: its page on FRONTEND_URL when a site of its own shows
 * the content, otherwise on the built-in site (the same paths: /posts/:slug, /events/:slug,
 * with /es for Spanish). Null for a document without a slug.
 */
export const pageUrl = (
  origin: string,
  collection: 'posts' | 'events',
  doc: Record<string, unknown>,
  locale: 'en' | 'es',
): string | null => {
  if (typeof doc.slug !== 'string' || !doc.slug) return null
  const base = (process.env.FRONTEND_URL || origin).replace(/\/$/, '')
  return `${base}${locale === 'es' ? '/es' : ''}/${collection}/${encodeURIComponent(doc.slug)}`
}

/**
 * When a feed's content last changed (see feedChangedAt): what it is made from, as the
 * publishing plugin's `feedSources` say, and for feeds of upcoming events the passing of time.
 */
export const changedAt = (payload: Payload, what: string, options: { upcoming?: boolean } = {}) => {
  const sources = (
    payload.config.custom?.[PUBLISHING_OPTIONS] as { feedSources: Record<string, string[]> }
  ).feedSources[what]
  if (!sources) throw new Error(`[feeds] no feedSources for "${what}"`)
  return feedChangedAt(payload, sources, options)
}

/** 400 naming the parameter for a bad query; anything else to the error handler. */
const guard =
  (handler: (req: Request, res: Response) => Promise<void>) =>
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      await handler(req, res)
    } catch (error) {
      if (error instanceof FeedQueryError) {
        res.status(400).type('text/plain').send(`${error.message}\n`)
      } else next(error)
    }
  }

/** The visible event with this feed id (as `/events/:id.xml` uses), or null. */
async function eventByFeedId(payload: Payload, id: string, locale: 'en' | 'es') {
  if (!/^[1-9]\d{0,15}$/.test(id)) return null
  const found = await payload.find({
    collection: 'events',
    where: { feedId: { equals: Number(id) } },
    limit: 1,
    depth: 1,
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    user: null,
  })
  return (found.docs[0] as unknown as Doc | undefined) ?? null
}

/**
 * The public feeds (see DESIGN.md): RSS 2.0 of posts and upcoming events, iCalendar of events,
 * of one event and of a gathering's sessions. Anonymous content only, whoever asks; every
 * answer carries ETag and Last-Modified and honours conditional requests.
 */
export function mountFeedRoutes(app: Express, payload: Payload) {
  const rss = (collection: FeedCollection) =>
    guard(async (req, res) => {
      const query = parseFeedQuery(req.query as Record<string, unknown>)
      // The date first: content read after it is at least as new, so a 304 is never wrong.
      const updated = await changedAt(payload, collection, { upcoming: collection === 'events' })
      const docs = await feedItems(payload, collection, query)
      const origin = originOf(payload, req)
      const body = rssFeed({
        collection,
        docs: docs as unknown as Doc[],
        origin,
        selfUrl: `${origin}${req.originalUrl}`,
        locale: query.locale,
        siteTitle: siteName(),
        updated,
        timeZone: timeZone(),
        pageUrl: (doc) => pageUrl(origin, collection, doc, query.locale),
      })
      sendWithValidators(req, res, {
        body,
        type: 'application/rss+xml; charset=utf-8',
        lastModified: updated,
      })
    })
  app.get('/feeds/posts.rss', rss('posts'))
  app.get('/feeds/events.rss', rss('events'))

  const ics = (
    req: Request,
    res: Response,
    name: string,
    docs: Doc[],
    updated: Date | null,
    series = false,
  ) => {
    const origin = originOf(payload, req)
    const locale = req.query.locale === 'es' ? 'es' : 'en'
    const body = icsCalendar({
      name,
      docs,
      // The events feed writes series as recurring events; one event's file stays one event.
      series: series ? { changedAt: updated } : undefined,
      // An event's page; a session has none of its own: its gathering's programme.
      url: (doc) =>
        typeof doc.feedId === 'number'
          ? (pageUrl(origin, 'events', doc, locale) ?? `${origin}/events/${doc.feedId}.ics`)
          : `${origin}/api/sessions/${doc.id}`,
      timeZone: timeZone(),
    })
    sendWithValidators(req, res, {
      body,
      type: 'text/calendar; charset=utf-8',
      lastModified: updated,
    })
  }

  app.get(
    '/feeds/events.ics',
    guard(async (req, res) => {
      const query = parseFeedQuery(req.query as Record<string, unknown>)
      const updated = await changedAt(payload, 'events', { upcoming: true })
      const docs = await feedItems(payload, 'events', query)
      ics(
        req,
        res,
        `${siteName()}: ${query.locale === 'es' ? 'eventos' : 'events'}`,
        docs as unknown as Doc[],
        updated,
        true,
      )
    }),
  )
  app.get(
    '/events/:id.ics',
    guard(async (req, res) => {
      const query = parseFeedQuery(req.query as Record<string, unknown>)
      const updated = await changedAt(payload, 'events')
      const event = await eventByFeedId(payload, String(req.params.id), query.locale)
      if (!event) {
        res.status(404).type('text/plain').send(`No event ${req.params.id} in this feed\n`)
        return
      }
      ics(req, res, event.title, [event], updated)
    }),
  )
  /** The gathering by feed id and its visible sessions, soonest first; null when not visible. */
  const gatheringSessions = async (req: Request) => {
    const query = parseFeedQuery(req.query as Record<string, unknown>)
    const event = await eventByFeedId(payload, String(req.params.id), query.locale)
    if (!event) return null
    const sessions = await payload.find({
      collection: 'sessions',
      where: { event: { equals: event.id } },
      sort: 'startsAt',
      pagination: false,
      depth: 1,
      locale: query.locale,
      fallbackLocale: 'en',
      overrideAccess: false,
      user: null,
    })
    return { event, sessions: sessions.docs as unknown as Doc[] }
  }
  const notFound = (req: Request, res: Response) =>
    res.status(404).type('text/plain').send(`No event ${req.params.id} in this feed\n`)

  app.get(
    '/events/:id/schedule.ics',
    guard(async (req, res) => {
      const updated = await changedAt(payload, 'sessions')
      const found = await gatheringSessions(req)
      if (!found) return void notFound(req, res)
      ics(req, res, found.event.title, found.sessions, updated)
    }),
  )
  app.get(
    '/events/:id/schedule.xml',
    guard(async (req, res) => {
      const updated = await changedAt(payload, 'sessions')
      const found = await gatheringSessions(req)
      if (!found) return void notFound(req, res)
      const body = frabSchedule({
        gathering: found.event,
        sessions: found.sessions,
        origin: originOf(payload, req),
        timeZone: timeZone(),
        acronym: (found.event.slug as string) || `event-${found.event.feedId}`,
      })
      sendWithValidators(req, res, {
        body,
        type: 'application/xml; charset=utf-8',
        lastModified: updated,
      })
    }),
  )
}
