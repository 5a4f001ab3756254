import type { MetadataRoute } from 'next'

import { SitemapDocument } from '../graphql/operations.js'
import { siteOrigin, siteQuery } from './data.js'
import { sitePath } from './messages.js'

/** Pages that are the same for every reader, in both languages. */
const FIXED = ['/', '/posts', '/calendar', '/organizations']

/**
 * `/sitemap.xml`: the site's pages in English with their Spanish alternates, from the public
 * API, so what is hidden or pending is never listed.
 */
export async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin()
  const { Posts, Events } = await siteQuery(SitemapDocument, {})
  const entry = (path: string, updatedAt?: string | null): MetadataRoute.Sitemap[number] => ({
    url: origin + path,
    ...(updatedAt ? { lastModified: updatedAt } : {}),
    alternates: {
      languages: { en: origin + sitePath('en', path), es: origin + sitePath('es', path) },
    },
  })
  return [
    ...FIXED.map((path) => entry(path)),
    ...(Posts?.docs ?? []).flatMap((p) => (p.slug ? [entry(`/posts/${p.slug}`, p.updatedAt)] : [])),
    ...(Events?.docs ?? []).flatMap((e) =>
      e.slug ? [entry(`/events/${e.slug}`, e.updatedAt)] : [],
    ),
  ]
}

/** `/robots.txt`: everything public may be indexed; private links, the admin and the API not. */
export async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin()
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/admin',
        '/api/',
        '/preview/',
        '/es/preview/',
        '/propose/manage/',
        '/es/propose/manage/',
        '/sign-on/confirm/',
        '/es/sign-on/confirm/',
      ],
    },
    sitemap: `${origin}/sitemap.xml`,
  }
}
