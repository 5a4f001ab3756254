import React from 'react'

import { callOpen, messagesFor } from '../../../plugins/content-call/exports/site.js'
import { type FrameFragment, SiteFrameDocument } from '../../graphql/operations.js'
import { localeVariables, shown, siteOrigin, siteQuery } from '../data.js'
import { type Locale, otherLocale, siteMessages, sitePath } from '../messages.js'

/** What a page tells search engines, link previews and feed readers about itself. */
export type PageMeta = {
  /** A summary of this page; the site's description when absent. */
  description?: string | null
  /** A picture for link previews (the media's social size). */
  image?: { url?: string | null; width?: number | null; height?: number | null } | null
  /** Feeds of what the page lists, for RSS autodiscovery. */
  feeds?: { title: string; href: string }[]
  /** Kept out of search engines (previews, private links). */
  noindex?: boolean
  /** A staff preview: says so above the content. */
  preview?: boolean
  type?: 'website' | 'article'
}

const absolute = (origin: string, href: string) => (/^https?:/.test(href) ? href : origin + href)

/**
 * The frame of every public page: its head (title, description, canonical and language
 * alternates, Open Graph, feeds), the skip link, the site's name and navigation as organizers
 * set it, the language switch, the main landmark and the footer. `path` is the page's path
 * without the language prefix.
 */
export async function SiteShell({
  locale,
  path,
  title,
  heading,
  frame,
  meta = {},
  skipLabel,
  children,
}: {
  locale: Locale
  path: string
  /** The page's title (the document title adds the site's name). */
  title: string
  /** The h1, when it differs from the title. */
  heading?: React.ReactNode
  /** The site's words, when the page's own query asked for them (the `Frame` fragment). */
  frame?: FrameFragment
  meta?: PageMeta
  /** What the skip link skips to. @default the content */
  skipLabel?: string
  children: React.ReactNode
}) {
  const words = frame ?? (await siteQuery(SiteFrameDocument, { ...localeVariables(locale) }))
  const t = siteMessages(locale)
  const site = words.Site
  const siteName = site?.name || t.siteName
  const other = otherLocale(locale)
  const origin = await siteOrigin()
  const here = absolute(origin, sitePath(locale, path))
  const description = meta.description || site?.description || undefined
  const image = meta.image?.url ? meta.image : null
  // The content call's own rule, on the dates the API gives.
  const proposing = callOpen(words.ContentCall ?? {}, locale).open
  // Words missing in the page's language are shown in English, marked so.
  const asked = words.ownSite !== undefined
  const ownLabels = new Map((words.ownSite?.navigation ?? []).map((item) => [item.id, item.label]))
  const footer = shown(site?.footer, words.ownSite?.footer, asked)
  const link = (href: string) => (href.startsWith('/') ? sitePath(locale, href) : href)
  return (
    <>
      <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
      {description && <meta content={description} name="description" />}
      {meta.noindex && <meta content="noindex, nofollow" name="robots" />}
      <link href={here} rel="canonical" />
      <link href={absolute(origin, sitePath('en', path))} hrefLang="en" rel="alternate" />
      <link href={absolute(origin, sitePath('es', path))} hrefLang="es" rel="alternate" />
      {(meta.feeds ?? []).map((feed) => (
        <link
          href={absolute(origin, feed.href)}
          key={feed.href}
          rel="alternate"
          title={feed.title}
          type={feed.href.endsWith('.ics') ? 'text/calendar' : 'application/rss+xml'}
        />
      ))}
      <meta content={title} property="og:title" />
      <meta content={meta.type ?? 'website'} property="og:type" />
      <meta content={here} property="og:url" />
      <meta content={siteName} property="og:site_name" />
      <meta content={locale === 'es' ? 'es_ES' : 'en_US'} property="og:locale" />
      {description && <meta content={description} property="og:description" />}
      {image && <meta content={absolute(origin, image.url!)} property="og:image" />}
      {image?.width && <meta content={String(image.width)} property="og:image:width" />}
      {image?.height && <meta content={String(image.height)} property="og:image:height" />}
      <meta content={image ? 'summary_large_image' : 'summary'} name="twitter:card" />

      <a className="skip-link" href="#main">
        {skipLabel ?? t.skipToContent}
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href={sitePath(locale, '/')}>{siteName}</a>
        </p>
        <nav aria-label={t.mainNavigation}>
          <ul className="site-nav">
            <li>
              <a href={sitePath(locale, '/')}>{t.home}</a>
            </li>
            {(site?.navigation ?? []).map((item) =>
              item.href && item.label ? (
                <li key={item.id ?? item.href}>
                  <a
                    href={link(item.href)}
                    lang={shown(item.label, ownLabels.get(item.id), asked).lang}
                  >
                    {item.label}
                  </a>
                </li>
              ) : null,
            )}
            {proposing && (
              <>
                <li>
                  <a href={sitePath(locale, '/propose')}>{t.propose}</a>
                </li>
                <li>
                  <a href={sitePath(locale, '/sign-on')}>{t.signOn}</a>
                </li>
              </>
            )}
          </ul>
        </nav>
        <nav aria-label={messagesFor(locale).language}>
          <a href={sitePath(other, path)} hrefLang={other} lang={other}>
            {messagesFor(locale).switchTo}
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {meta.preview && (
          <p className="panel preview" role="note">
            {t.previewNote}
          </p>
        )}
        <h1>{heading ?? title}</h1>
        {children}
      </main>
      {(site?.footer || site?.contactEmail) && (
        <footer className="site-footer">
          {footer.value && <p lang={footer.lang}>{footer.value}</p>}
          {site.contactEmail && (
            <p>
              {t.contact}: <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
            </p>
          )}
        </footer>
      )}
    </>
  )
}
