import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { hasAnyRole } from '../../shared/index.js'
import { PUBLISHING_OPTIONS } from '../defaults.js'
import type { SanitizedPublishingOptions } from '../types.js'
import { ResendDeliveryButton } from './ResendDeliveryButton.js'

const texts = {
  en: { pending: 'Waiting to be delivered: no resend needed.' },
  es: { pending: 'Esperando la entrega: no hace falta reenviar.' },
}

/** In a delivery's sidebar, for admins: "Resend", once the delivery is no longer pending. */
export async function ResendDelivery({ i18n, id, payload, user }: UIFieldServerProps) {
  const { adminRoles } = payload.config.custom[PUBLISHING_OPTIONS] as SanitizedPublishingOptions
  if (!id || !hasAnyRole(user, adminRoles)) return null
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
