import { notFound } from 'next/navigation'
import React from 'react'

import { PostDocument, PostsDocument } from '../graphql/operations.js'
import { defaultTimeZone } from '../fields/timeRange.js'
import { Pager } from './components/Pager.js'
import { RichText } from './components/RichText.js'
import { SiteShell } from './components/SiteShell.js'
import { siteQuery, type Viewer, wholeNumber } from './data.js'
import { type Locale, siteMessages, sitePath } from './messages.js'
import { formatDay } from './when.js'

type Teaser = {
  id: string
  title: string | null
  slug: string | null
  excerpt: string | null
  publishedAt: string | null
}

/** A post in a list: its title as a link, its date, its excerpt and "read more". */
export function PostTeaser({ post, locale }: { post: Teaser; locale: Locale }) {
  const t = siteMessages(locale)
  const href = sitePath(locale, `/posts/${post.slug}`)
  return (
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
  )
}

const postsFeed = (locale: Locale, name: string) => ({
  title: `${name}: ${siteMessages(locale).posts}`,
  href: `/feeds/posts.rss?locale=${locale}`,
})

/** `/posts` and `/es/posts`: every post, newest first, twenty to a page. */
export async function PostsPage({ locale, page }: { locale: Locale; page?: string }) {
  const t = siteMessages(locale)
  const data = await siteQuery(PostsDocument, { locale, page: wholeNumber(page, 1) })
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
              <PostTeaser locale={locale} post={post} />
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
  const data = await siteQuery(PostDocument, { locale, slug }, viewer)
  const post = data.Posts?.docs[0]
  if (!post) notFound()
  const image = post.heroImage?.sizes?.social?.url ? post.heroImage.sizes.social : null
  return (
    <SiteShell
      frame={data}
      locale={locale}
      meta={{
        noindex: Boolean(viewer),
        preview: Boolean(viewer),
        type: 'article',
        description: post.seo?.description || post.excerpt,
        image,
        feeds: [postsFeed(locale, data.Site?.name || t.siteName)],
      }}
      path={`/posts/${slug}`}
      title={post.seo?.title || post.title || slug}
      heading={post.title ?? slug}
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
        {post.excerpt && <p className="intro">{post.excerpt}</p>}
        {post.heroImage?.url && (
          <img
            alt={post.heroImage.alt ?? ''}
            className="hero"
            height={post.heroImage.height ?? undefined}
            src={post.heroImage.url}
            width={post.heroImage.width ?? undefined}
          />
        )}
        <RichText value={post.body} />
      </article>
      <p>
        <a href={sitePath(locale, '/posts')}>{t.allPosts}</a>
      </p>
    </SiteShell>
  )
}
