'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const texts = {
  en: { create: 'Create session', failed: 'The session was not created' },
  es: { create: 'Crear sesión', failed: 'No se creó la sesión' },
}

/** Creates the accepted proposal's session and opens it (or the one that exists already). */
export function CreateSessionButton({ proposalId }: { proposalId: string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const t = i18n.language === 'es' ? texts.es : texts.en

  const create = async () => {
    setBusy(true)
    try {
      const res = await fetch(
        `${config.serverURL}${config.routes.api}/proposals/${proposalId}/session`,
        { method: 'POST', credentials: 'include', headers: { 'Accept-Language': i18n.language } },
      )
      const body = (await res.json().catch(() => ({}))) as {
        error?: string
        session?: { id: string }
      }
      if (body.session) {
        router.push(`${config.routes.admin}/collections/sessions/${body.session.id}`)
      } else {
        toast.error(`${t.failed}: ${body.error ?? res.status}`)
      }
    } catch (error) {
      toast.error(`${t.failed}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="primary" disabled={busy} onClick={() => void create()} size="small">
      {t.create}
    </Button>
  )
}
