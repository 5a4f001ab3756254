import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { isStaffUser } from '../access/roles.js'
import { SessionEventDocument } from '../graphql/operations.js'
import { SiteShell } from './components/SiteShell.js'
import { siteQuery } from './data.js'
import { EventPage } from './event.js'
import { type Locale, siteMessages } from './messages.js'
import { PostPage } from './posts.js'
import { PREVIEWABLE } from './previewPath.js'
import { SchedulePage } from './schedule.js'

/**
 * `/preview/:collection/:key` and `/es/preview/…`: a post or event (by slug) or a session (by id, shown in
 * its gathering's programme) as it will look on the site, with what the signed-in staff member
 * may read, pending content included. Reached from the document's admin page; never cached
 * (it needs the admin's cookie, and the response cache passes requests with cookies) and never
 * indexed.
 */
export async function PreviewPage({
  collection,
  keyValue,
  locale,
}: {
  collection: string
  keyValue: string
  locale: Locale
}) {
  if (!(PREVIEWABLE as readonly string[]).includes(collection)) notFound()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaffUser(user)) {
    const t = siteMessages(locale)
    return (
      <SiteShell locale={locale} meta={{ noindex: true }} path="/" title={t.previewSignIn}>
        <p>
          <a href={`/admin/login?redirect=${encodeURIComponent('/admin')}`}>{t.previewSignIn}</a>
        </p>
      </SiteShell>
    )
  }
  if (collection === 'posts') return <PostPage locale={locale} slug={keyValue} viewer={user} />
  if (collection === 'events') return <EventPage locale={locale} slug={keyValue} viewer={user} />
  const found = await siteQuery(SessionEventDocument, { id: keyValue }, user).catch(() => null)
  const slug = found?.Session?.event?.slug
  if (!slug) notFound()
  return <SchedulePage locale={locale} slug={slug} viewer={user} />
}
