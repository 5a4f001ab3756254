import type { CollectionSlug, UIFieldServerProps } from 'payload'

import React from 'react'

import { hasAnyRole } from '../../shared/index.js'
import { MODERATION_LOG_SLUG } from '../defaults.js'
import { messagesFor, stateLabel } from '../utilities/messages.js'
import { userNames } from '../utilities/userNames.js'
import { RefreshOnSave } from './RefreshOnSave.js'

type Props = UIFieldServerProps & { moderatorRoles: string[] }

type Entry = {
  id: string
  from?: string | null
  to: string
  note?: string | null
  user?: string | null
  createdAt: string
}

const SHOWN = 25

/** The document's state changes, newest first, in its sidebar: who moved it where and when. */
export async function ModerationHistory({
  collectionSlug,
  i18n,
  id,
  moderatorRoles,
  payload,
  user,
}: Props) {
  if (!id || !hasAnyRole(user, moderatorRoles)) return null
  const t = messagesFor(i18n.language)
  const { docs } = await payload.find({
    collection: MODERATION_LOG_SLUG as CollectionSlug,
    where: {
      and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: String(id) } }],
    },
    sort: '-createdAt',
    limit: SHOWN,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const entries = docs as unknown as Entry[]
  const names = await userNames(
    payload,
    entries.map((entry) => entry.user ?? ''),
  )
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section className="moderation-history" aria-labelledby="moderation-history-title">
      <RefreshOnSave />
      <h3 id="moderation-history-title">{t.historyTitle}</h3>
      {entries.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="moderation-history__change">
                {entry.from ? stateLabel(entry.from, i18n.language) : '—'} →{' '}
                <strong>{stateLabel(entry.to, i18n.language)}</strong>
              </span>
              <span className="moderation-history__meta">
                {date.format(new Date(entry.createdAt))}, {t.historyBy}{' '}
                {(entry.user && names.get(entry.user)) || t.historySystem}
              </span>
              {entry.note ? <span className="moderation-history__note">{entry.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
