import type { CollectionSlug, ServerProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import Link from 'next/link'
import React from 'react'

import { hasAnyRole } from '../../shared/index.js'
import { messagesFor } from '../utilities/messages.js'

type Props = ServerProps & {
  /** The moderated collections, in the order the queue lists them. */
  collections: CollectionSlug[]
  moderatorRoles: string[]
}

const PER_COLLECTION = 10
const PENDING_QUERY = new URLSearchParams({ 'where[moderationStatus][equals]': 'pending' })

/**
 * The dashboard's moderation queue: what waits in `pending` in every moderated collection,
 * oldest first, with counts and a link to each item. Shown to moderators and up only.
 */
export async function ModerationQueue({
  collections,
  i18n,
  locale,
  moderatorRoles,
  payload,
  user,
}: Props) {
  if (!hasAnyRole(user, moderatorRoles)) return null
  const t = messagesFor(i18n.language)
  const adminRoute = payload.config.routes.admin
  const where = { moderationStatus: { equals: 'pending' } }

  const groups = await Promise.all(
    collections.map(async (slug) => {
      const config = payload.collections[slug].config
      const titleField = config.admin.useAsTitle || 'id'
      const result = await payload.find({
        collection: slug,
        where,
        sort: 'createdAt',
        limit: PER_COLLECTION,
        depth: 0,
        locale: locale?.code as 'en' | undefined,
        select: { [titleField]: true, createdAt: true },
        user,
        overrideAccess: false,
      })
      return {
        slug,
        label: getTranslation(config.labels.plural, i18n),
        total: result.totalDocs,
        items: (result.docs as unknown as Record<string, unknown>[]).map((doc) => ({
          id: String(doc.id),
          title: String(doc[titleField] || t.untitled),
          createdAt: String(doc.createdAt),
        })),
      }
    }),
  )
  const total = groups.reduce((sum, group) => sum + group.total, 0)
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section className="moderation-queue" aria-labelledby="moderation-queue-title">
      <h2 id="moderation-queue-title">{t.queueTitle}</h2>
      <p className="moderation-queue__total">{total === 0 ? t.queueEmpty : t.queueTotal(total)}</p>
      {groups
        .filter((group) => group.total > 0)
        .map((group) => (
          <div className="moderation-queue__group" key={group.slug}>
            <h3>
              {group.label} <span className="moderation-queue__count">({group.total})</span>
            </h3>
            <ul>
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link href={`${adminRoute}/collections/${group.slug}/${item.id}`}>
                    {item.title}
                  </Link>{' '}
                  <span className="moderation-queue__date">
                    {t.submitted} {date.format(new Date(item.createdAt))}
                  </span>
                </li>
              ))}
            </ul>
            {group.total > group.items.length || group.total > 1 ? (
              <Link
                className="moderation-queue__all"
                href={`${adminRoute}/collections/${group.slug}?${PENDING_QUERY}`}
              >
                {t.showAll(group.total, group.label)}
              </Link>
            ) : null}
          </div>
        ))}
    </section>
  )
}
