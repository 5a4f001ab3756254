import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedPublishingOptions } from '../types.js'
import { DELIVERIES_SLUG, WEBHOOKS_SLUG } from '../defaults.js'
import { resendEndpoint } from '../endpoints/resend.js'
import { WEBHOOK_EVENTS } from '../utilities/webhookEvents.js'

export const DELIVERY_STATES = ['queued', 'retrying', 'succeeded', 'failed', 'cancelled'] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]

const STATE_LABELS: Record<DeliveryState, { en: string; es: string }> = {
  queued: { en: 'Queued', es: 'En cola' },
  retrying: { en: 'Failed, will retry', es: 'Falló, se reintentará' },
  succeeded: { en: 'Delivered', es: 'Entregada' },
  failed: { en: 'Failed', es: 'Falló' },
  cancelled: { en: 'Cancelled (webhook off)', es: 'Cancelada (webhook inactivo)' },
}

const sidebar = { position: 'sidebar' as const, readOnly: true }

/**
 * The delivery log: one entry per change per webhook, with what was sent and how each try
 * went. Written by the system only; admins read it and resend.
 */
export const webhookDeliveries = (
  options: Pick<SanitizedPublishingOptions, 'adminRoles' | 'adminGroup'>,
): CollectionConfig => {
  const isAdmin = ({ req }: { req: { user?: unknown } }) => hasAnyRole(req.user, options.adminRoles)
  return {
    slug: DELIVERIES_SLUG,
    labels: {
      singular: { en: 'Webhook delivery', es: 'Entrega de webhook' },
      plural: { en: 'Webhook deliveries', es: 'Entregas de webhooks' },
    },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'summary',
      defaultColumns: ['summary', 'webhook', 'status', 'responseStatus', 'attempts', 'createdAt'],
    },
    access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
    endpoints: [resendEndpoint],
    fields: [
      {
        name: 'summary',
        type: 'text',
        label: { en: 'Change', es: 'Cambio' },
        admin: { readOnly: true },
      },
      {
        name: 'webhook',
        type: 'relationship',
        relationTo: WEBHOOKS_SLUG,
        required: true,
        index: true,
        label: { en: 'Webhook', es: 'Webhook' },
        admin: { readOnly: true },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'event',
            type: 'select',
            required: true,
            options: [...WEBHOOK_EVENTS],
            label: { en: 'Event', es: 'Evento' },
            admin: { readOnly: true },
          },
          {
            name: 'collection',
            type: 'text',
            required: true,
            label: { en: 'Collection', es: 'Colección' },
            admin: { readOnly: true },
          },
          {
            name: 'documentId',
            type: 'text',
            required: true,
            index: true,
            label: { en: 'Document', es: 'Documento' },
            admin: { readOnly: true },
          },
        ],
      },
      {
        name: 'body',
        type: 'code',
        required: true,
        label: { en: 'Body sent', es: 'Cuerpo enviado' },
        admin: { readOnly: true, language: 'json' },
      },
      {
        name: 'resend',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/plugins/publishing/components/ResendDelivery.js#ResendDelivery' },
        },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        index: true,
        options: DELIVERY_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
        label: { en: 'Status', es: 'Estado' },
        admin: sidebar,
      },
      {
        name: 'attempts',
        type: 'number',
        defaultValue: 0,
        label: { en: 'Attempts', es: 'Intentos' },
        admin: sidebar,
      },
      {
        name: 'responseStatus',
        type: 'number',
        label: { en: 'Response code', es: 'Código de respuesta' },
        admin: sidebar,
      },
      {
        name: 'lastError',
        type: 'text',
        label: { en: 'Last error', es: 'Último error' },
        admin: sidebar,
      },
      {
        name: 'lastAttemptAt',
        type: 'date',
        label: { en: 'Last attempt', es: 'Último intento' },
        admin: {
          ...sidebar,
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
        },
      },
      {
        name: 'deliveredAt',
        type: 'date',
        label: { en: 'Delivered', es: 'Entregada' },
        admin: {
          ...sidebar,
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
        },
      },
      {
        // Attempts made before the latest resend: a resend gets a full set of tries.
        name: 'attemptsBeforeResend',
        type: 'number',
        defaultValue: 0,
        admin: { hidden: true },
      },
    ],
  }
}
