import React from 'react'

import { organizationKinds } from '../../plugins/content-call/exports/site.js'
import config from '@payload-config'
import { getPayload } from 'payload'
import { HomeDocument } from '../graphql/operations.js'
import { RichText } from './components/RichText.js'
import { SiteShell } from './components/SiteShell.js'
import { localeVariables, ownById, shown, siteQuery, placeLine } from './data.js'
import { type Locale, siteMessages, sitePath } from './messages.js'
import { PostTeaser } from './posts.js'
import { formatDay, zoneOrSite } from './when.js'

/**
 * `/` and `/es`: the site's name and tagline, the gathering, the latest posts as teasers, the
 * introduction, whom it calls in, the invitation and its organizers: the seed's home page,
 * from content organizers edit.
 */
export async function HomePage({ locale }: { locale: Locale }) {
  const t = siteMessages(locale)
  const data = await siteQuery(HomeDocument, { ...localeVariables(locale) })
  const site = data.Site
  const gathering = data.Events?.docs[0]
  const posts = data.Posts?.docs ?? []
  const organizers = data.Organizations?.docs ?? []
  // The kinds of organizations are the content call's vocabulary (labels, not content).
  const kinds = organizationKinds(await getPayload({ config }), locale).filter(
    (kind) => kind.value !== 'other',
  )
  const siteName = site?.name || t.siteName
  const asked = data.ownSite !== undefined
  const tagline = shown(site?.tagline, data.ownSite?.tagline, asked)
  const intro = shown(site?.intro, data.ownSite?.intro, asked)
  const invitation = shown(site?.invitation, data.ownSite?.invitation, asked)
  return (
    <SiteShell
      frame={data}
      locale={locale}
      meta={{
        feeds: [{ title: `${siteName}: ${t.posts}`, href: `/feeds/posts.rss?locale=${locale}` }],
      }}
      path="/"
      title={siteName}
    >
      {tagline.value && (
        <p className="tagline" lang={tagline.lang}>
          {tagline.value}
        </p>
      )}
      {gathering && (
        <section aria-labelledby="gathering" className="gathering">
          <h2 id="gathering">
            <a href={sitePath(locale, `/events/${gathering.slug}`)}>{gathering.title}</a>
          </h2>
          <p className="gathering-when">
            <time dateTime={gathering.startsAt}>
              {formatDay(gathering.startsAt, locale, zoneOrSite(gathering.startsAt_tz))}
            </time>
            {gathering.endsAt && (
              <>
                {' – '}
                <time dateTime={gathering.endsAt}>
                  {formatDay(gathering.endsAt, locale, zoneOrSite(gathering.startsAt_tz))}
                </time>
              </>
            )}
            {gathering.place?.name && ` · ${placeLine(gathering.place)}`}
          </p>
        </section>
      )}

      <section aria-labelledby="latest-posts">
        <h2 id="latest-posts">{t.latestPosts}</h2>
        <ul className="teasers">
          {posts.map((post) => (
            <li key={post.id}>
              <PostTeaser locale={locale} own={ownById(data.ownPosts)} post={post} />
            </li>
          ))}
        </ul>
        <p>
          <a href={sitePath(locale, '/posts')}>{t.allPosts}</a>
        </p>
      </section>

      <section aria-labelledby="who">
        <h2 id="who">{t.whoWeInvite}</h2>
        <RichText lang={intro.lang} value={site?.intro} />
        <ul className="kinds">
          {kinds.map((kind) => (
            <li key={kind.value}>{kind.label}</li>
          ))}
        </ul>
        <RichText lang={invitation.lang} value={site?.invitation} />
        <p>
          <a href={sitePath(locale, '/sign-on')}>{t.signOn}</a> ·{' '}
          <a href={sitePath(locale, '/propose')}>{t.propose}</a>
        </p>
      </section>

      {organizers.length > 0 && (
        <section aria-labelledby="organizers">
          <h2 id="organizers">{t.organizedBy}</h2>
          <ul className="organizers">
            {organizers.map((org) => (
              <li key={org.id}>{org.website ? <a href={org.website}>{org.name}</a> : org.name}</li>
            ))}
          </ul>
        </section>
      )}
    </SiteShell>
  )
}
