'use client'

import { Button, toast, useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const texts = {
  en: {
    label: 'Release decision emails',
    selected: (n: number) => `Release selected (${n})`,
    all: 'Release all drafts',
    confirmAll: 'Send every draft decision email now?',
    done: (n: number) => `${n} email${n === 1 ? '' : 's'} released: they are being sent.`,
    skipped: (n: number) => `${n} skipped (not drafts).`,
    failed: 'Releasing failed',
  },
  es: {
    label: 'Liberar correos de decisión',
    selected: (n: number) => `Liberar seleccionados (${n})`,
    all: 'Liberar todos los borradores',
    confirmAll: '¿Enviar ahora todos los borradores de correos de decisión?',
    done: (n: number) =>
      `${n} correo${n === 1 ? '' : 's'} liberado${n === 1 ? '' : 's'}: se están enviando.`,
    skipped: (n: number) => `${n} omitido${n === 1 ? '' : 's'} (no eran borradores).`,
    failed: 'No se pudo liberar',
  },
}

/**
 * Above the outbox list: release the selected drafts, or every draft, in one go. Each released
 * email is sent by its own job and records the send.
 */
export function ReleaseDecisions() {
  const { count, selectAll, selected, toggleAll } = useSelection()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const t = i18n.language === 'es' ? texts.es : texts.en

  const release = async (all: boolean) => {
    if (all && !window.confirm(t.confirmAll)) return
    setBusy(true)
    try {
      const ids = [...selected.entries()].filter(([, on]) => on).map(([id]) => String(id))
      const res = await fetch(`${config.serverURL}${config.routes.api}/decision-emails/release`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(all || selectAll === 'allAvailable' ? { all: true } : { ids }),
      })
      const body = (await res.json().catch(() => ({}))) as {
        released?: string[]
        skipped?: unknown[]
        error?: string
      }
      if (!res.ok) {
        toast.error(`${t.failed}: ${body.error ?? res.status}`)
      } else {
        toast.success(t.done(body.released?.length ?? 0))
        if (body.skipped?.length) toast.info(t.skipped(body.skipped.length))
      }
      if (count > 0) toggleAll()
      router.refresh()
    } catch (error) {
      toast.error(`${t.failed}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="release-decisions" role="group" aria-label={t.label}>
      {count > 0 && (
        <Button
          buttonStyle="primary"
          disabled={busy}
          onClick={() => void release(false)}
          size="small"
        >
          {t.selected(count)}
        </Button>
      )}
      <Button
        buttonStyle="secondary"
        disabled={busy}
        onClick={() => void release(true)}
        size="small"
      >
        {t.all}
      </Button>
    </div>
  )
}
