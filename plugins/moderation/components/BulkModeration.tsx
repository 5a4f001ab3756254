'use client'

import { Button, toast, useAuth, useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { messagesFor, stateLabel } from '../utilities/messages.js'

type Props = {
  collectionSlug: string
  moderatorRoles: string[]
  /** The states offered as one-click bulk actions. */
  states: string[]
}

type BulkResult = { docs?: unknown[]; errors?: { id?: string; message?: string }[] }

/**
 * Above a moderated list: when rows are selected, one button per state (publish, hide) that
 * moves them all through the REST API, so every transition is checked and logged as usual.
 */
export function BulkModeration({ collectionSlug, moderatorRoles, states }: Props) {
  const { count, getQueryParams, toggleAll } = useSelection()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (count === 0 || !roles.some((role) => moderatorRoles.includes(role))) return null
  const t = messagesFor(i18n.language)

  const apply = async (state: string) => {
    setBusy(true)
    try {
      const res = await fetch(
        `${config.serverURL}${config.routes.api}/${collectionSlug}${getQueryParams()}`,
        {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
          body: JSON.stringify({ moderationStatus: state }),
        },
      )
      const body = (await res.json().catch(() => ({}))) as BulkResult
      const done = body.docs?.length ?? 0
      const failed = body.errors ?? []
      if (done > 0) toast.success(t.bulkDone(done, stateLabel(state, i18n.language)))
      if (failed.length > 0) {
        const reasons = [...new Set(failed.map((error) => error.message).filter(Boolean))]
        toast.error(`${t.bulkFailed(failed.length)} ${reasons.join('; ')}`)
      } else if (!res.ok) {
        toast.error(`${t.bulkError} (${res.status})`)
      }
      toggleAll()
      router.refresh()
    } catch (error) {
      toast.error(`${t.bulkError}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="bulk-moderation" role="group" aria-label={t.bulkLabel}>
      {states.map((state) => (
        <Button
          buttonStyle={state === 'hidden' ? 'secondary' : 'primary'}
          disabled={busy}
          key={state}
          onClick={() => void apply(state)}
          size="small"
        >
          {t.bulkTo(stateLabel(state, i18n.language))} ({count})
        </Button>
      ))}
    </div>
  )
}
