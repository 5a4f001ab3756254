import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  TextFieldSingleValidation,
} from 'payload'

import { forgetOnChange } from '../../shared/index.js'
import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedPublishingOptions } from '../types.js'
import { DELIVERIES_SLUG, WEBHOOKS_MEMO, WEBHOOKS_SLUG } from '../defaults.js'
import { WEBHOOK_EVENTS, type WebhookEvent } from '../utilities/webhookEvents.js'
import { newSecret, secretProblem } from '../utilities/signature.js'
import { targetProblem } from '../utilities/targets.js'

const EVENT_LABELS: Record<WebhookEvent, { en: string; es: string }> = {
  published: { en: 'Published (became visible)', es: 'Publicado (pasó a ser visible)' },
  updated: { en: 'Updated while visible', es: 'Actualizado mientras es visible' },
  featured: { en: 'Featured', es: 'Destacado' },
  hidden: { en: 'Hidden or unpublished', es: 'Ocultado o despublicado' },
  deleted: { en: 'Deleted while visible', es: 'Borrado mientras era visible' },
}

/** A target on a private or loopback address only with the explicit allowance. */
const validateUrl: TextFieldSingleValidation = async (value, { siblingData }) =>
  (await targetProblem(
    String(value ?? ''),
    (siblingData as { allowPrivateNetwork?: boolean }).allowPrivateNetwork === true,
  )) ?? true

const validateSecret: TextFieldSingleValidation = (value) =>
  value ? (secretProblem(value) ?? true) : true

/** An empty secret gets a new random one. */
const fillSecret: CollectionBeforeChangeHook = ({ data }) =>
  data.secret ? data : { ...data, secret: newSecret() }

/**
 * Webhooks: where the CMS tells other software (a static site that rebuilds, a chat bot) that
 * public content changed. Admins only: a webhook's URL and secret are infrastructure.
 */
export const webhooksCollection = (
  collections: string[],
  options: Pick<SanitizedPublishingOptions, 'adminRoles' | 'adminGroup'>,
): CollectionConfig => {
  const isAdmin = ({ req }: { req: { user?: unknown } }) => hasAnyRole(req.user, options.adminRoles)
  return {
    slug: WEBHOOKS_SLUG,
    labels: {
      singular: { en: 'Webhook', es: 'Webhook' },
      plural: { en: 'Webhooks', es: 'Webhooks' },
    },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'url',
      defaultColumns: ['url', 'collections', 'events', 'active'],
      description: {
        en: 'Each change to public content that a webhook subscribes to is POSTed to its URL, signed with its secret (Standard Webhooks). Failed deliveries are retried for about 15 minutes.',
        es: 'Cada cambio en el contenido público al que se suscribe un webhook se envía por POST a su URL, firmado con su secreto (Standard Webhooks). Las entregas fallidas se reintentan durante unos 15 minutos.',
      },
    },
    access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
    // Saves later in the same request (an import) see the webhooks as they are now.
    hooks: { beforeChange: [fillSecret], ...forgetOnChange(WEBHOOKS_MEMO) },
    fields: [
      {
        name: 'url',
        type: 'text',
        required: true,
        maxLength: 2000,
        label: { en: 'Target URL', es: 'URL de destino' },
        validate: validateUrl,
      },
      {
        name: 'description',
        type: 'text',
        maxLength: 300,
        label: { en: 'What it is for', es: 'Para qué sirve' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'collections',
            type: 'select',
            hasMany: true,
            required: true,
            options: collections,
            label: { en: 'Collections', es: 'Colecciones' },
          },
          {
            name: 'events',
            type: 'select',
            hasMany: true,
            required: true,
            defaultValue: [...WEBHOOK_EVENTS],
            options: WEBHOOK_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
            label: { en: 'Events', es: 'Eventos' },
          },
        ],
      },
      {
        name: 'secret',
        type: 'text',
        maxLength: 200,
        label: { en: 'Signing secret', es: 'Secreto de firma' },
        validate: validateSecret,
        admin: {
          description: {
            en: 'Receivers verify each delivery with it. Leave empty to generate one; replace it to rotate. Keep it private.',
            es: 'Quien recibe verifica cada entrega con él. Déjalo vacío para generar uno; cámbialo para rotarlo. Mantenlo en privado.',
          },
        },
      },
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: true,
        index: true,
        label: { en: 'Active', es: 'Activo' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'allowPrivateNetwork',
        type: 'checkbox',
        defaultValue: false,
        label: { en: 'Allow private network', es: 'Permitir red privada' },
        admin: {
          position: 'sidebar',
          description: {
            en: 'Lets this webhook reach loopback and private addresses (127.0.0.1, 10.x, 192.168.x…). Only for a receiver you run next to the CMS: otherwise it could be used to probe your internal network.',
            es: 'Permite que este webhook llegue a direcciones locales y privadas (127.0.0.1, 10.x, 192.168.x…). Solo para un receptor que tú gestionas junto al CMS: si no, podría usarse para sondear tu red interna.',
          },
        },
      },
      {
        name: 'deliveries',
        type: 'join',
        collection: DELIVERIES_SLUG,
        on: 'webhook',
        defaultSort: '-createdAt',
        label: { en: 'Deliveries', es: 'Entregas' },
        admin: { defaultColumns: ['event', 'collection', 'status', 'responseStatus', 'attempts'] },
      },
    ],
  }
}
