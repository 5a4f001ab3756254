import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Feed } from 'feed'

import type { FeedCollection } from './items.js'

type Doc = Record<string, unknown> & { id: string; title: string; updatedAt: string }
type Named = { name?: string | null; slug?: string | null }

const html = (state: unknown) =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true })
    : ''

const names = (value: unknown): Named[] =>
  Array.isArray(value) ? value.filter((v): v is Named => typeof v === 'object' && v !== null) : []

const EVENT_NS = 'http://purl.org/rss/1.0/modules/event/'

/** `+01:00` for `zone` at `instant`. */
const offsetIn = (instant: Date, zone: string) => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value
  return !name || name === 'GMT' ? '+00:00' : name.replace('GMT', '')
}

/** The instant as local time in `zone` with its offset (ISO 8601): `2022-07-09T10:00:00-05:00`. */
export function isoInZone(value: string, zone: string): string {
  const instant = new Date(value)
  const offset = offsetIn(instant, zone)
  const sign = offset.startsWith('-') ? -1 : 1
  const [h, m] = offset.slice(1).split(':').map(Number)
  const local = new Date(instant.getTime() + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000)
  return `${local.toISOString().slice(0, 19)}${offset}`
}

/**
 * When an event happens, for people (in the event's zone, the zone's name and offset given, so a
 * reader anywhere can tell) and for programs (`ev:startdate`/`ev:enddate`). The end is told in
 * the same zone as the start: one event, one clock.
 */
export function eventTimes(doc: Record<string, unknown>, zone: string, locale: 'en' | 'es') {
  const lang = locale === 'es' ? 'es' : 'en-GB'
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang, { ...options, timeZone: zone })
  const date = (instant: Date) => format({ dateStyle: 'full' }).format(instant)
  const time = (instant: Date) =>
    format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
  const zoneLabel = (instant: Date) => {
    const name = format({ timeZoneName: 'long' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value
    return `${name} (UTC${offsetIn(instant, zone).replace('-', '−')})`
  }
  const starts = new Date(doc.startsAt as string)
  const ends = doc.endsAt ? new Date(doc.endsAt as string) : null
  let text: string
  if (doc.allDay) {
    text = ends && date(ends) !== date(starts) ? `${date(starts)} – ${date(ends)}` : date(starts)
  } else if (!ends) {
    text = `${date(starts)}, ${time(starts)} ${zoneLabel(starts)}`
  } else if (date(ends) === date(starts) && zoneLabel(ends) === zoneLabel(starts)) {
    text = `${date(starts)}, ${time(starts)}–${time(ends)} ${zoneLabel(starts)}`
  } else {
    const at = (instant: Date) => `${date(instant)}, ${time(instant)} ${zoneLabel(instant)}`
    text = `${at(starts)} – ${at(ends)}`
  }
  return {
    text,
    start: isoInZone(starts.toISOString(), zone),
    end: ends ? isoInZone(ends.toISOString(), zone) : null,
  }
}

const DESCRIPTIONS = {
  events: {
    en: (site: string) => `Upcoming events published by ${site}`,
    es: (site: string) => `Próximos eventos publicados por ${site}`,
  },
  posts: {
    en: (site: string) => `Posts published by ${site}`,
    es: (site: string) => `Publicaciones de ${site}`,
  },
}

const TITLES = {
  events: { en: 'Upcoming events', es: 'Próximos eventos' },
  posts: { en: 'Posts', es: 'Publicaciones' },
}

/**
 * RSS 2.0 of visible posts or upcoming events, written by the `feed` library. Items link to the
 * page the app names (`pageUrl`), or else to the document in the REST API, and carry the
 * document's UUID as a permanent guid.
 */
export function rssFeed(options: {
  collection: FeedCollection
  docs: Doc[]
  origin: string
  selfUrl: string
  locale: 'en' | 'es'
  siteTitle: string
  updated: Date
  timeZone: string
  /** Where a reader sees the document (a site's page); null or absent: the REST API. */
  pageUrl?: (doc: Doc) => string | null
}) {
  const { collection, docs, origin, locale } = options
  const feed = new Feed({
    title: `${options.siteTitle}: ${TITLES[collection][locale]}`,
    id: options.selfUrl,
    description: DESCRIPTIONS[collection][locale](options.siteTitle),
    link: origin,
    language: locale,
    copyright: '',
    updated: options.updated,
    generator: 'dualpower-cms',
    feedLinks: { rss: options.selfUrl },
  })
  for (const doc of docs) {
    const link = options.pageUrl?.(doc) ?? `${origin}/api/${collection}/${doc.id}?locale=${locale}`
    if (collection === 'events') {
      const place = doc.place as { name?: string; city?: string } | null
      const zone = (doc.startsAt_tz as string) || options.timeZone
      const where = [place?.name, place?.city].filter(Boolean).join(', ')
      const when = eventTimes(doc, zone, locale)
      // An imported event was published when its source says it was created.
      const source = (doc.hyperactive as { createdOn?: string | null } | null)?.createdOn
      feed.addItem({
        title: doc.title,
        id: `urn:uuid:${doc.id}`,
        link,
        // pubDate is when it was published; when it happens is in the description and ev:.
        date: new Date(source || (doc.createdAt as string)),
        description: [when.text, where].filter(Boolean).join(' · '),
        extensions: [
          { name: 'ev:startdate', objects: { _text: when.start } },
          ...(when.end ? [{ name: 'ev:enddate', objects: { _text: when.end } }] : []),
          ...(where ? [{ name: 'ev:location', objects: { _text: where } }] : []),
        ],
        content: html(doc.summary) || html(doc.body),
        category: names(doc.categories).map((c) => ({ name: c.name ?? '', term: c.slug ?? '' })),
        author: names(doc.organizations).map((o) => ({ name: o.name ?? '' })),
      })
    } else {
      const published = new Date((doc.publishedAt as string) || (doc.createdAt as string))
      feed.addItem({
        title: doc.title,
        id: `urn:uuid:${doc.id}`,
        link,
        date: published,
        published,
        description: (doc.summary as string) || undefined,
        content: html(doc.body),
        category: names(doc.categories).map((c) => ({ name: c.name ?? '', term: c.slug ?? '' })),
        author: names(doc.authors).map((a) => ({ name: a.name ?? '' })),
      })
    }
  }
  // RSS 1.0's event module (purl.org/rss/1.0/modules/event), the one feed readers know.
  return feed.rss2().replace(/^(<\?xml[^>]*>\s*<rss version="2.0")/, `$1 xmlns:ev="${EVENT_NS}"`)
}
