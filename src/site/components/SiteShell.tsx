import React from 'react'

import { type Locale, messagesFor } from '../../../plugins/content-call/exports/client.js'

/**
 * The frame of every public page: skip link, site name, the language switch (a link to the
 * same page in the other language, marked with its language), and the main landmark.
 */
export function SiteShell({
  locale,
  alternate,
  title,
  children,
}: {
  locale: Locale
  /** The same page in the other language. */
  alternate: string
  title: string
  children: React.ReactNode
}) {
  const t = messagesFor(locale)
  const other: Locale = locale === 'es' ? 'en' : 'es'
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToForm}
      </a>
      <header className="site-header">
        <p className="site-name">Dual Power</p>
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
