import React from 'react'

import { type Locale, messagesFor } from '../../../plugins/content-call/exports/client.js'
import { siteMessages, sitePath } from '../messages.js'

/**
 * The frame of every public page: skip link, site name, the site's navigation, the language
 * switch (a link to the same page in the other language, marked with its language), and the
 * main landmark.
 */
export function SiteShell({
  locale,
  alternate,
  title,
  skipLabel,
  children,
}: {
  locale: Locale
  /** The same page in the other language. */
  alternate: string
  title: string
  /** What the skip link skips to. @default the form */
  skipLabel?: string
  children: React.ReactNode
}) {
  const t = messagesFor(locale)
  const site = siteMessages(locale)
  const other: Locale = locale === 'es' ? 'en' : 'es'
  return (
    <>
      <a className="skip-link" href="#main">
        {skipLabel ?? t.skipToForm}
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href={sitePath(locale, '/')}>{site.siteName}</a>
        </p>
        <nav aria-label={site.mainNavigation}>
          <ul className="site-nav">
            <li>
              <a href={sitePath(locale, '/')}>{site.home}</a>
            </li>
            <li>
              <a href={sitePath(locale, '/propose')}>{site.propose}</a>
            </li>
            <li>
              <a href={sitePath(locale, '/sign-on')}>{site.signOn}</a>
            </li>
          </ul>
        </nav>
        <nav aria-label={t.language}>
          <a href={alternate} hrefLang={other} lang={other}>
            {t.switchTo}
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  )
}
