import config from '@payload-config'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { type Locale, organizationKinds } from '../../plugins/content-call/exports/site.js'
import { HomeDocument, PostDocument } from '../graphql/operations.js'
import { publicQuery } from '../graphql/public.js'
import { defaultTimeZone } from '../fields/timeRange.js'
import { SiteShell } from './components/SiteShell.js'
import { formatDay, siteMessages, sitePath, zoneFromGraphQL } from './messages.js'

const payload = () => getPayload({ config })

/** Rich text from the API as HTML: Lexical's converter escapes every text node. */
function RichText({ value, className }: { value: unknown; className?: string }) {
  if (!value || typeof value !== 'object') return null
  const html = convertLexicalToHTML({ data: value as SerializedEditorState })
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}

/** `/` and `/es`: the gathering, the latest posts as teasers, its organizers, whom it calls in. */
export async function HomePage({ locale }: { locale: Locale }) {
  const t = siteMessages(locale)
  const p = await payload()
  const { Events, Posts, Organizations } = await publicQuery(p, HomeDocument, { locale })
  const gathering = Events?.docs[0]
  const posts = Posts?.docs ?? []
  const organizers = Organizations?.docs ?? []
  const kinds = organizationKinds(p, locale).filter((kind) => kind.value !== 'other')
  return (
    <SiteShell
      alternate={sitePath(locale === 'es' ? 'en' : 'es', '/')}
      locale={locale}
      skipLabel={t.skipToContent}
      title={gathering?.title ?? t.siteName}
    >
      {gathering && (
        <section aria-label={gathering.title ?? t.siteName} className="gathering">
          <p className="gathering-when">
            <time dateTime={gathering.startsAt}>
              {formatDay(gathering.startsAt, locale, zoneFromGraphQL(gathering.startsAt_tz))}
            </time>
            {gathering.endsAt && (
              <>
                {' – '}
                <time dateTime={gathering.endsAt}>
                  {formatDay(gathering.endsAt, locale, zoneFromGraphQL(gathering.startsAt_tz))}
                </time>
              </>
            )}
            {gathering.place?.name &&
              ` · ${[gathering.place.name, gathering.place.city].filter(Boolean).join(', ')}`}
          </p>
          <RichText className="intro" value={gathering.summary} />
        </section>
      )}

      <section aria-labelledby="latest-posts">
        <h2 id="latest-posts">{t.latestPosts}</h2>
        <ul className="teasers">
          {posts.map((post) => {
            const href = sitePath(locale, `/posts/${post.slug}`)
            return (
              <li key={post.id}>
                <article aria-labelledby={`post-${post.id}`}>
                  <h3 id={`post-${post.id}`}>
                    <a href={href}>{post.title}</a>
                  </h3>
                  {post.publishedAt && (
                    <p className="meta">
                      <time dateTime={post.publishedAt}>
                        {formatDay(post.publishedAt, locale, defaultTimeZone())}
                      </time>
                    </p>
                  )}
                  {post.excerpt && <p>{post.excerpt}</p>}
                  <p>
                    <a aria-describedby={`post-${post.id}`} href={href}>
                      {t.readMore}
                    </a>
                  </p>
                </article>
              </li>
            )
          })}
        </ul>
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

      <section aria-labelledby="who">
        <h2 id="who">{t.whoWeInvite}</h2>
        <ul className="kinds">
          {kinds.map((kind) => (
            <li key={kind.value}>{kind.label}</li>
          ))}
        </ul>
        <p>
          <a href={sitePath(locale, '/sign-on')}>{t.signOn}</a> ·{' '}
          <a href={sitePath(locale, '/propose')}>{t.propose}</a>
        </p>
      </section>
    </SiteShell>
  )
}

/** `/posts/:slug` and `/es/posts/:slug`. */
export async function PostPage({ locale, slug }: { locale: Locale; slug: string }) {
  const t = siteMessages(locale)
  const { Posts } = await publicQuery(await payload(), PostDocument, { locale, slug })
  const post = Posts?.docs[0]
  if (!post) notFound()
  return (
    <SiteShell
      alternate={sitePath(locale === 'es' ? 'en' : 'es', `/posts/${slug}`)}
      locale={locale}
      skipLabel={t.skipToContent}
      title={post.title ?? slug}
    >
      {/* React places it in the head: the title is known only once the query has answered. */}
      <title>{`${post.title ?? slug} · ${t.siteName}`}</title>
      <article>
        {post.publishedAt && (
          <p className="meta">
            {t.published}{' '}
            <time dateTime={post.publishedAt}>
              {formatDay(post.publishedAt, locale, defaultTimeZone())}
            </time>
          </p>
        )}
        {post.excerpt && <p className="intro">{post.excerpt}</p>}
        <RichText value={post.body} />
      </article>
      <p>
        <a href={sitePath(locale, '/')}>{t.backHome}</a>
      </p>
    </SiteShell>
  )
}

/** Both languages' post routes: the same post in each language, for hreflang. */
export async function postMetadata({
  params,
}: {
  params: Promise<{ slug: string }>
}): Promise<Metadata> {
  const { slug } = await params
  return { alternates: { languages: { en: `/posts/${slug}`, es: `/es/posts/${slug}` } } }
}
