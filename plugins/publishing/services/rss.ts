import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Feed } from 'feed'

import type { FeedCollection } from './items.js'

type Doc = Record<string, unknown> & { id: string; title: string; updatedAt: string }
type Named = { name?: string | null; slug?: string | null }

const html = (state: unknown) =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToHTML({ data: state as never, disableContainer: true })
    : ''

const names = (value: unknown): Named[] =>
  Array.isArray(value) ? value.filter((v): v is Named => typeof v === 'object' && v !== null) : []

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
 * document in the REST API (this is a headless CMS: the frontend's URL is not ours to guess) and
 * carry the document's UUID as a permanent guid.
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
    const link = `${origin}/api/${collection}/${doc.id}?locale=${locale}`
    if (collection === 'events') {
      const place = doc.place as { name?: string; city?: string } | null
      const zone = (doc.startsAt_tz as string) || options.timeZone
      const starts = new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-GB', {
        dateStyle: 'full',
        timeStyle: doc.allDay ? undefined : 'short',
        timeZone: zone,
      }).format(new Date(doc.startsAt as string))
      const where = [place?.name, place?.city].filter(Boolean).join(', ')
      feed.addItem({
        title: doc.title,
        id: `urn:uuid:${doc.id}`,
        link,
        // pubDate is when it was published; when it happens is in the description.
        date: new Date(doc.createdAt as string),
        description: [starts, where].filter(Boolean).join(' · '),
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
        description: (doc.excerpt as string) || undefined,
        content: html(doc.body),
        category: names(doc.categories).map((c) => ({ name: c.name ?? '', term: c.slug ?? '' })),
        author: names(doc.authors).map((a) => ({ name: a.name ?? '' })),
      })
    }
  }
  return feed.rss2()
}
