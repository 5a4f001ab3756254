import { notFound } from 'next/navigation'
import React from 'react'

import { PostDocument, PostsDocument } from '../graphql/operations.js'
import { defaultTimeZone } from '../fields/timeRange.js'
import { Marked } from './components/Marked.js'
import { Pager } from './components/Pager.js'
import { RichText } from './components/RichText.js'
import { SiteShell } from './components/SiteShell.js'
import { localeVariables, ownById, shown, siteQuery, type Viewer, wholeNumber } from './data.js'
import { type Locale, siteMessages, sitePath } from './messages.js'
import { formatDay } from './when.js'

type Teaser = {
  id: string
  title: string | null
  slug: string | null
  summary: string | null
  publishedAt: string | null
}
type OwnTeasers = Map<string, { title: string | null; summary: string | null }> | null

/**
 * A post in a list: its title as a link, its date, its summary and "read more"; `own` holds the
 * posts' words without the English fallback (Spanish pages), so a fallback is marked.
 */
export function PostTeaser({
  post,
  locale,
  own = null,
}: {
  post: Teaser
  locale: Locale
  own?: OwnTeasers
}) {
  const t = siteMessages(locale)
  const href = sitePath(locale, `/posts/${post.slug}`)
  const title = shown(post.title, own?.get(post.id)?.title, own !== null)
  const summary = shown(post.summary, own?.get(post.id)?.summary, own !== null)
  return (
    <article aria-labelledby={`post-${post.id}`}>
      <h3 id={`post-${post.id}`} lang={title.lang}>
        <a href={href}>{post.title}</a>
      </h3>
      {post.publishedAt && (
        <p className="meta">
          <time dateTime={post.publishedAt}>
            {formatDay(post.publishedAt, locale, defaultTimeZone())}
          </time>
        </p>
      )}
      {post.summary && <p lang={summary.lang}>{post.summary}</p>}
      <p>
        <a aria-describedby={`post-${post.id}`} href={href}>
          {t.readMore}
        </a>
      </p>
    </article>
  )
}

const postsFeed = (locale: Locale, name: string) => ({
  title: `${name}: ${siteMessages(locale).posts}`,
  href: `/feeds/posts.rss?locale=${locale}`,
})

/** `/posts` and `/es/posts`: every post, newest first, twenty to a page. */
export async function PostsPage({ locale, page }: { locale: Locale; page?: string }) {
  const t = siteMessages(locale)
  const data = await siteQuery(PostsDocument, {
    ...localeVariables(locale),
    page: wholeNumber(page, 1),
  })
  const posts = data.Posts
  if (!posts || (posts.page > 1 && posts.docs.length === 0)) notFound()
  const name = data.Site?.name || t.siteName
  return (
    <SiteShell
      frame={data}
      locale={locale}
      meta={{ feeds: [postsFeed(locale, name)] }}
      path={posts.page > 1 ? `/posts?page=${posts.page}` : '/posts'}
      title={t.posts}
    >
      {posts.docs.length === 0 ? (
        <p>{t.noPosts}</p>
      ) : (
        <ul className="teasers">
          {posts.docs.map((post) => (
            <li key={post.id}>
              <PostTeaser locale={locale} own={ownById(data.ownPosts)} post={post} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        href={(n) => sitePath(locale, n > 1 ? `/posts?page=${n}` : '/posts')}
        labels={{ previous: t.previousPage, next: t.nextPage, pageOf: t.pageOf }}
        page={posts.page}
        pages={posts.totalPages}
      />
    </SiteShell>
  )
}

const NO_WORDS = { title: null, summary: null, body: null }

/** `/posts/:slug` and `/es/posts/:slug`. */
export async function PostPage({
  locale,
  slug,
  viewer,
}: {
  locale: Locale
  slug: string
  /** Set for a staff preview: the page shows what that staff member may read. */
  viewer?: Viewer
}) {
  const t = siteMessages(locale)
  const data = await siteQuery(PostDocument, { ...localeVariables(locale), slug }, viewer)
  const post = data.Posts?.docs[0]
  if (!post) notFound()
  const image = post.heroImage?.sizes?.social?.url ? post.heroImage.sizes.social : null
  // Undefined on English pages (not asked); a post the page's language lacks has null words.
  const own = data.ownPosts === undefined ? null : (data.ownPosts?.docs[0] ?? NO_WORDS)
  const title = shown(post.title, own?.title, own !== null)
  const summary = shown(post.summary, own?.summary, own !== null)
  const body = shown(post.body, own?.body, own !== null)
  return (
    <SiteShell
      frame={data}
      locale={locale}
      meta={{
        noindex: Boolean(viewer),
        preview: Boolean(viewer),
        type: 'article',
        description: post.seo?.description || post.summary,
        image,
        feeds: [postsFeed(locale, data.Site?.name || t.siteName)],
      }}
      path={`/posts/${slug}`}
      title={post.seo?.title || post.title || slug}
      heading={<Marked text={{ ...title, value: post.title ?? slug }} />}
    >
      <article>
        {post.publishedAt && (
          <p className="meta">
            {t.published}{' '}
            <time dateTime={post.publishedAt}>
              {formatDay(post.publishedAt, locale, defaultTimeZone())}
            </time>
          </p>
        )}
        {post.summary && (
          <p className="intro" lang={summary.lang}>
            {post.summary}
          </p>
        )}
        {post.heroImage?.url && (
          <img
            alt={post.heroImage.alt ?? ''}
            className="hero"
            height={post.heroImage.height ?? undefined}
            src={post.heroImage.url}
            width={post.heroImage.width ?? undefined}
          />
        )}
        <RichText lang={body.lang} value={post.body} />
      </article>
      <p>
        <a href={sitePath(locale, '/posts')}>{t.allPosts}</a>
      </p>
    </SiteShell>
  )
}
