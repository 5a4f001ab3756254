import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { userHasRole } from '../../../src/access/roles.js'
import { ResendDeliveryButton } from './ResendDeliveryButton.js'

const texts = {
  en: { pending: 'Waiting to be delivered: no resend needed.' },
  es: { pending: 'Esperando la entrega: no hace falta reenviar.' },
}

/** In a delivery's sidebar, for admins: "Resend", once the delivery is no longer pending. */
export async function ResendDelivery({ i18n, id, payload, user }: UIFieldServerProps) {
  if (!id || !userHasRole(user as never, 'admin')) return null
  const delivery = await payload.findByID({
    collection: 'webhook-deliveries',
    id,
    depth: 0,
    select: { status: true },
    overrideAccess: true,
  })
  const pending = delivery.status === 'queued' || delivery.status === 'retrying'
  const t = i18n.language === 'es' ? texts.es : texts.en
  return (
    <div className="field-type resend-delivery" style={{ marginBottom: 'var(--base)' }}>
      {pending ? (
        <p style={{ margin: 0 }}>{t.pending}</p>
      ) : (
        <ResendDeliveryButton id={String(id)} />
      )}
    </div>
  )
}
