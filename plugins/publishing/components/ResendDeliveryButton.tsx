'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const texts = {
  en: {
    resend: 'Resend',
    queued: 'Queued: it will be sent in a few seconds.',
    failed: 'Not resent',
  },
  es: {
    resend: 'Reenviar',
    queued: 'En cola: se enviará en unos segundos.',
    failed: 'No se reenvió',
  },
}

/** Queues the delivery again and refreshes the page to show its new status. */
export function ResendDeliveryButton({ id }: { id: string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const t = i18n.language === 'es' ? texts.es : texts.en

  const resend = async () => {
    setBusy(true)
    try {
      const res = await fetch(
        `${config.serverURL}${config.routes.api}/webhook-deliveries/${id}/resend`,
        { method: 'POST', credentials: 'include' },
      )
      const body = (await res.json().catch(() => ({}))) as { error?: string }
      if (res.ok) {
        toast.success(t.queued)
        router.refresh()
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
    <Button buttonStyle="secondary" disabled={busy} onClick={() => void resend()} size="small">
      {t.resend}
    </Button>
  )
}
